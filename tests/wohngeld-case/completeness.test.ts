/**
 * The completeness rules: the shipped rules file, what each household needs, months of payslips
 * counted, reasons in plain German, and an office's own rules checked before use.
 */
import { readFileSync } from 'node:fs';
import { leseRegelwerk, pruefeVollstaendigkeit, RegelFehler, letzteMonate } from '../../wohngeld/completeness.ts';
import { beispielAntrag, dokument, lohnabrechnungen } from './fixtures.ts';

const regelwerk = leseRegelwerk(JSON.parse(readFileSync(new URL('../../wohngeld/regeln/nachweise.json', import.meta.url), 'utf8')));
const zwoelfMonate = letzteMonate('2025-03-01', 12);

describe('pruefeVollstaendigkeit with the shipped rules', () => {
  test('nothing handed in: every proof the household needs, each with its reason', () => {
    const result = pruefeVollstaendigkeit(beispielAntrag(), [], regelwerk);
    expect(result.vollstaendig).toBe(false);
    expect(result.fehlend.map((f) => `${f.regel}:${f.mitglied?.id ?? 'haushalt'}`).sort()).toEqual(
      ['lohnabrechnungen:m1', 'meldebescheinigung:m1', 'miete:haushalt', 'rente:m3', 'schwerbehinderung:m3'].sort(),
    );
    const lohn = result.fehlend.find((f) => f.regel === 'lohnabrechnungen')!;
    expect(lohn.grund).toBe(
      'Katrin Schneider hat Einkommen aus nichtselbständiger Arbeit. Für das zu erwartende Einkommen (§ 15 WoGG) benötigen wir die Abrechnungen der letzten zwölf Monate; es fehlen: alle 12 Monate (März 2024 bis Februar 2025).',
    );
    expect(result.fehlend.find((f) => f.regel === 'schwerbehinderung')!.grund).toContain('Für Erika Schneider wird der Freibetrag');
  });

  test('payslips are counted by month: the missing months are named', () => {
    const docs = lohnabrechnungen(zwoelfMonate.filter((m) => m !== '2024-05' && m !== '2024-11'));
    const lohn = pruefeVollstaendigkeit(beispielAntrag(), docs, regelwerk).fehlend.find((f) => f.regel === 'lohnabrechnungen')!;
    expect(lohn.fehlendeMonate).toEqual(['2024-05', '2024-11']);
    expect(lohn.grund).toContain('es fehlen: Mai 2024 und November 2024.');
  });

  test('everything handed in: complete, and each rule names the documents that meet it', () => {
    const docs = [
      ...lohnabrechnungen(zwoelfMonate),
      dokument('rentenbescheid', { name: 'Erika Schneider', rente_brutto: 1100 }),
      dokument('schwerbehindertenausweis', { name: 'Erika Schneider', gdb: 100 }),
      dokument('mietvertrag', { mieter_name: 'Katrin Schneider', grundmiete: 500 }),
      dokument('meldebescheinigung', { name: 'Katrin Schneider' }),
    ];
    const result = pruefeVollstaendigkeit(beispielAntrag(), docs, regelwerk);
    expect(result.fehlend).toEqual([]);
    expect(result.vollstaendig).toBe(true);
    expect(result.erfuellt.find((e) => e.regel === 'lohnabrechnungen')!.dokumente).toHaveLength(12);
  });

  test('a proof of another person does not count for a member', () => {
    const result = pruefeVollstaendigkeit(beispielAntrag(), [dokument('rentenbescheid', { name: 'Hans Fremd', rente_brutto: 900 })], regelwerk);
    expect(result.fehlend.some((f) => f.regel === 'rente')).toBe(true);
  });

  test('home owners need no rent proof; members in training from 16 need a school certificate', () => {
    const antrag = beispielAntrag({
      wohnung: { verhaeltnis: 'eigentum' },
      haushalt: [
        { vorname: 'Katrin', nachname: 'Schneider', geburtsdatum: '1986-07-14', beziehung: 'antragsteller' },
        { vorname: 'Lea', nachname: 'Schneider', geburtsdatum: '2008-01-01', beziehung: 'kind', inAusbildung: true },
        { vorname: 'Tom', nachname: 'Schneider', geburtsdatum: '2015-01-01', beziehung: 'kind', inAusbildung: true },
      ],
    });
    const ids = pruefeVollstaendigkeit(antrag, [], regelwerk).fehlend.map((f) => `${f.regel}:${f.mitglied?.name ?? ''}`);
    expect(ids).not.toContain('miete:');
    expect(ids).toContain('ausbildung:Lea Schneider');
    expect(ids).not.toContain('ausbildung:Tom Schneider');
  });
});

describe('an office’s own rules file', () => {
  test('is checked before use: every problem named with its place', () => {
    const bad = { version: 1, regeln: [{ id: 'x', fuer: 'haushalt', wenn: { einkommensart: 'lotto', farbe: 'rot' }, nachweis: ['steuerbescheid'], bezeichnung: 'X', grund: 'zu kurz' }] };
    let probleme: string[] = [];
    try {
      leseRegelwerk(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(RegelFehler);
      probleme = (error as RegelFehler).probleme;
    }
    expect(probleme.some((p) => p.startsWith('regeln[0].wenn.einkommensart:'))).toBe(true);
    expect(probleme.some((p) => p.startsWith('regeln[0].wenn: unbekannte Angabe farbe'))).toBe(true);
    expect(probleme.some((p) => p.startsWith('regeln[0].nachweis[0]:'))).toBe(true);
    expect(probleme.some((p) => p.startsWith('regeln[0].grund:'))).toBe(true);
    expect(() => leseRegelwerk({ version: 2, regeln: [] })).toThrow(RegelFehler);
    expect(() => leseRegelwerk('kein Objekt')).toThrow(RegelFehler);
  });

  test('a rule the office adds takes effect without code: e.g. bank statements from every applicant', () => {
    const eigene = leseRegelwerk({
      version: 1,
      regeln: [{ id: 'kontoauszuege', fuer: 'mitglied', wenn: { beziehung: 'antragsteller' }, nachweis: ['kontoauszug'], anzahl: 3, bezeichnung: 'Kontoauszüge der letzten drei Monate', grund: 'Bitte reichen Sie von {name} die Kontoauszüge der letzten drei Monate ein.' }],
    });
    const result = pruefeVollstaendigkeit(beispielAntrag(), [dokument('kontoauszug', { kontoinhaber: 'Katrin Schneider' })], eigene);
    expect(result.fehlend).toEqual([expect.objectContaining({ regel: 'kontoauszuege', grund: 'Bitte reichen Sie von Katrin Schneider die Kontoauszüge der letzten drei Monate ein.' })]);
  });
});
