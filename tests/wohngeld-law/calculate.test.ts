/**
 * The Wohngeld calculation against the amounts the law and the federal calculator give
 * (./cases.ts), and the rules around it: the law chosen by the date, § 21, § 19 Abs. 3,
 * members excluded, allowances, and steps that cite their paragraphs.
 */
import { berechneWohngeld, BerechnungsFehler, type Berechnungsfall } from '../../wohngeld/law/calculate.ts';
import { Dezimal, dez } from '../../wohngeld/law/decimal.ts';
import { REFERENZFAELLE } from './cases.ts';

const allein = (jahresbetrag: number, extra: Partial<Berechnungsfall> = {}): Berechnungsfall => ({
  stichtag: '2025-03-01',
  mietstufe: 5,
  bruttokaltmiete: 600,
  haushalt: [{ name: 'A', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag }], abzuege: { steuern: true, krankenversicherung: true, rentenversicherung: true } }],
  ...extra,
});

describe('reference cases (BMWSB examples 2025, federal calculator 2023 and 2025, Länderhinweis > 12 members)', () => {
  test.each(REFERENZFAELLE.map((r) => [r.name, r] as const))('%s', (_name, referenz) => {
    const ergebnis = berechneWohngeld(referenz.fall);
    expect({ wohngeld: ergebnis.wohngeld, M: ergebnis.M, Y: ergebnis.Y }).toEqual({ wohngeld: referenz.wohngeld, M: referenz.M, Y: referenz.Y });
    expect(ergebnis.anspruch).toBe(referenz.wohngeld >= 10);
  });
});

describe('the law in force on the day', () => {
  test('31.12.2024 uses the 2023 values, 01.01.2025 those of 2025', () => {
    const alt = berechneWohngeld(allein(16800, { stichtag: '2024-12-31' }));
    const neu = berechneWohngeld(allein(16800, { stichtag: '2025-01-01' }));
    expect(alt.hoechstbetrag).toBe(540);
    expect(neu.hoechstbetrag).toBe(562);
    expect(alt.schritte[0].text).toContain('ab 01.01.2023');
    expect(neu.schritte[0].text).toContain('ab 01.01.2025');
    expect(neu.wohngeld).toBeGreaterThan(alt.wohngeld);
  });

  test('a day before 2023 is refused, naming the field', () => {
    expect(() => berechneWohngeld(allein(16800, { stichtag: '2022-12-31' }))).toThrow(BerechnungsFehler);
    expect(() => berechneWohngeld(allein(16800, { stichtag: '2022-12-31' }))).toThrow(/^stichtag: /);
  });
});

describe('§ 21 Nr. 1: no payment below 10 €', () => {
  test('an income just high enough leaves less than 10 €: no claim and 0 €', () => {
    // find the income at which the amount drops below 10 € and check both sides of it
    let low = 24000;
    let high = 60000;
    while (high - low > 12) {
      const mid = Math.round((low + high) / 2 / 12) * 12;
      if (berechneWohngeld(allein(mid)).anspruch) low = mid;
      else high = mid;
    }
    const last = berechneWohngeld(allein(low));
    const none = berechneWohngeld(allein(high));
    expect(last.anspruch).toBe(true);
    expect(last.wohngeld).toBeGreaterThanOrEqual(10);
    expect(none).toMatchObject({ anspruch: false, wohngeld: 0 });
    expect(none.schritte.at(-1)).toMatchObject({ rechtsgrundlage: '§ 21 Nr. 1 WoGG' });
    expect(none.schritte.at(-1)!.text).toContain('kein Anspruch');
  });
});

describe('household and income rules', () => {
  test('rent above the Höchstbetrag counts up to it plus Klimakomponente; the heating relief is added on top', () => {
    const e = berechneWohngeld(allein(16800, { bruttokaltmiete: 900 }));
    expect(e.M).toBe(562 + 19.2 + 110.4);
    const unter = berechneWohngeld(allein(16800, { bruttokaltmiete: 400 }));
    expect(unter.M).toBe(400 + 110.4);
  });

  test('M and Y below the Anlage 3 least values are replaced by them', () => {
    const e = berechneWohngeld({ stichtag: '2025-03-01', mietstufe: 1, bruttokaltmiete: 0, haushalt: [{ name: 'A', einkommen: [], abzuege: { steuern: false, krankenversicherung: false, rentenversicherung: false } }] });
    expect(e.Y).toBe(396);
    expect(e.schritte.some((s) => s.rechtsgrundlage === 'Anlage 3 Nr. 1 WoGG' && s.text.startsWith('Y liegt unter dem Mindestwert'))).toBe(true);
    expect(e.M).toBe(110.4); // the heating relief alone is above the least M of 54 €
  });

  test('each § 16 deduction takes 10 % of the member’s income', () => {
    const ohne = berechneWohngeld({ ...allein(24000), haushalt: [{ name: 'A', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 24000 }], abzuege: { steuern: false, krankenversicherung: false, rentenversicherung: false } }] });
    const mit = berechneWohngeld(allein(24000));
    expect(ohne.Y).toBe((24000 - 1230) / 12);
    expect(mit.Y).toBe(Math.round(((24000 - 1230) * 0.7 / 12) * 100) / 100);
  });

  test('the single-parent allowance counts once per household, the disability allowance per member', () => {
    const haushalt = (flags: { alleinerziehend?: boolean; schwerbehindert?: boolean }[]): Berechnungsfall => ({
      stichtag: '2025-03-01', mietstufe: 3, bruttokaltmiete: 500,
      haushalt: flags.map((freibetraege, i) => ({ name: `M${i}`, einkommen: [{ art: 'sonstiges' as const, jahresbetrag: 12000 }], abzuege: { steuern: false, krankenversicherung: false, rentenversicherung: false }, freibetraege })),
    });
    const base = berechneWohngeld(haushalt([{}, {}])).Y;
    expect(berechneWohngeld(haushalt([{ alleinerziehend: true }, { alleinerziehend: true }])).Y).toBe(base - 110);
    expect(berechneWohngeld(haushalt([{ schwerbehindert: true }, { schwerbehindert: true }])).Y).toBe(base - 300);
  });

  test('Elterngeld: 300 € a month are free, with ElterngeldPlus 150 €', () => {
    const mit = (elterngeldPlus: boolean) =>
      berechneWohngeld({ stichtag: '2025-03-01', mietstufe: 3, bruttokaltmiete: 500, haushalt: [{ name: 'A', einkommen: [{ art: 'elterngeld', jahresbetrag: 12000, elterngeldPlus }], abzuege: { steuern: false, krankenversicherung: false, rentenversicherung: false } }] }).Y;
    expect(mit(false)).toBe(700);
    expect(mit(true)).toBe(850);
  });

  test('Elterngeld received for fewer than twelve months: 300 € free for each of those months only', () => {
    const fall = (monate?: number) =>
      berechneWohngeld({ stichtag: '2025-03-01', mietstufe: 3, bruttokaltmiete: 500, haushalt: [{ name: 'A', einkommen: [{ art: 'elterngeld', jahresbetrag: 5000, ...(monate ? { monate } : {}) }], abzuege: { steuern: false, krankenversicherung: false, rentenversicherung: false } }] });
    const fuenf = fall(5);
    // 5 × 1.000 € received, 5 × 300 € free: 3.500 € count, not 5.000 − 3.600 = 1.400 €
    expect(fuenf.schritte.some((s) => s.text.includes('anrechnungsfrei 1.500,00 € (5 Monate Bezug) = 3.500,00 €'))).toBe(true);
    expect(fall(undefined).schritte.some((s) => s.text.includes('anrechnungsfrei 3.600,00 € = 1.400,00 €'))).toBe(true);
  });

  test('more than twelve members: 65 € (2025) for each one above twelve, at most M', () => {
    const viele = (n: number, stichtag = '2025-06-01'): Berechnungsfall => ({
      stichtag, mietstufe: 3, bruttokaltmiete: 1600,
      haushalt: Array.from({ length: n }, (_, i) => ({ name: `M${i}`, einkommen: i === 0 ? [{ art: 'sonstiges' as const, jahresbetrag: 56259 }] : [], abzuege: { steuern: false, krankenversicherung: false, rentenversicherung: false } })),
    });
    const zwoelf = berechneWohngeld(viele(12)).wohngeld;
    expect(berechneWohngeld(viele(13)).wohngeld).toBe(zwoelf + 65);
    expect(berechneWohngeld(viele(13, '2024-06-01')).schritte.some((s) => s.rechtsgrundlage === '§ 19 Abs. 3 WoGG' && s.text.includes('57,00 €'))).toBe(true);
    const sehrViele = berechneWohngeld(viele(40));
    expect(sehrViele.wohngeld).toBeLessThanOrEqual(sehrViele.M);
    expect(sehrViele.wohngeld).toBe(Math.floor(sehrViele.M));
  });

  test('members excluded from Wohngeld: rent and amounts pro rata, their income not counted (§ 11 Abs. 3)', () => {
    const e = berechneWohngeld({
      stichtag: '2025-03-01', mietstufe: 4, bruttokaltmiete: 570,
      haushalt: [
        { name: 'Mutter', einkommen: [{ art: 'rente', jahresbetrag: 10560 }], abzuege: { steuern: false, krankenversicherung: true, rentenversicherung: false } },
        { name: 'Sohn', einkommen: [{ art: 'sonstiges', jahresbetrag: 99999 }], abzuege: { steuern: false, krankenversicherung: false, rentenversicherung: false }, beruecksichtigt: false },
      ],
    });
    expect(e.Y).toBe(784.35);
    expect(e.schritte.some((s) => s.rechtsgrundlage === '§ 11 Abs. 3 WoGG')).toBe(true);
  });

  test('nobody to count: no claim (§ 21 Nr. 2)', () => {
    const e = berechneWohngeld({ ...allein(1000), haushalt: [{ ...allein(1000).haushalt[0], beruecksichtigt: false }] });
    expect(e).toMatchObject({ wohngeld: 0, anspruch: false });
    expect(e.schritte.at(-1)!.rechtsgrundlage).toBe('§ 21 Nr. 2 WoGG');
  });
});

describe('the steps', () => {
  test('every step is German text with its legal basis; M, Y, Höchstbetrag, deductions and the formula with its coefficients are shown', () => {
    const e = berechneWohngeld(allein(16800));
    for (const s of e.schritte) {
      expect(s.text.length).toBeGreaterThan(5);
      expect(s.rechtsgrundlage).toMatch(/(§|Anlage)/);
    }
    const all = e.schritte.map((s) => `${s.rechtsgrundlage} ${s.text}`).join('\n');
    for (const expected of ['Höchstbetrag für 1 Haushaltsmitglied, Mietstufe V: 562,00 €', 'Klimakomponente: 19,20 €', 'M = 581,20 € + 110,40 € = 691,60 €', 'Arbeitnehmer-Pauschbetrag 1.230,00 €', 'pauschaler Abzug 30 %', 'Y = 10.899,00 € / 12 = 908,25 €', 'a = 0,04, b = 0,0004797, c = 0,0000408', 'Formel: Wohngeld = 1,15 · (M − (a + b · M + c · Y) · Y)', 'z4 = 1,15 · z3 = 368,335628374', 'Auf volle Euro gerundet: 368 €'])
      expect(all).toContain(expected);
  });
});

describe('fixed-point decimals with ten places (Anlage 3 Nr. 2)', () => {
  test('exact sums, products cut to ten places, half-up rounding to euros', () => {
    expect(dez('0.1').plus('0.2').toString()).toBe('0.3');
    expect(dez('2').dividedBy(3).toString()).toBe('0.6666666666');
    expect(dez('-2').dividedBy(3).toString()).toBe('-0.6666666666');
    expect(dez('0.00004080').times('908.25').toString()).toBe('0.0370566');
    expect(dez('367.5').round(0).toString()).toBe('368');
    expect(dez('367.4999999999').round(0).toString()).toBe('367');
    expect(dez('-0.5').round(0).toString()).toBe('-1');
    expect(dez('1234567.891').format(2)).toBe('1.234.567,89');
    expect(dez('12.9').floor().toString()).toBe('12');
    expect(Dezimal.max(dez(1), dez(2)).toString()).toBe('2');
  });

  test('refuses what is not a decimal number', () => {
    for (const bad of ['', 'abc', '1,5', '1e5x', '0.12345678901']) expect(() => dez(bad)).toThrow(RangeError);
    expect(() => dez(Number.NaN)).toThrow(RangeError);
    expect(() => dez(1).dividedBy(0)).toThrow(RangeError);
  });
});
