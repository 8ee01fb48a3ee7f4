/**
 * The letters as a reader and a machine see them: real, extractable text with correct umlauts,
 * the office's letterhead, each missing proof with its reason, the deadline, the §§ 60, 66 SGB I
 * notice; the draft decision with amount, approval period, steps and the marked template for
 * legal remedies.
 */
import { pdfText } from '../pdf-text.ts';
import { pruefeVollstaendigkeit, leseRegelwerk } from '../../wohngeld/completeness.ts';
import { berechneWohngeld } from '../../wohngeld/law/calculate.ts';
import { bewilligungszeitraum, erstelleBescheidEntwurf } from '../../wohngeld/letters/bescheid.ts';
import { BriefkopfFehler, leseBriefkopf } from '../../wohngeld/letters/briefkopf.ts';
import { fristende } from '../../wohngeld/letters/frist.ts';
import { erstelleNachforderung } from '../../wohngeld/letters/nachforderung.ts';
import { beispielAntrag } from '../wohngeld-case/fixtures.ts';
import { REFERENZFAELLE } from '../wohngeld-law/cases.ts';
import { readFileSync } from 'node:fs';

const kopf = leseBriefkopf({
  behoerde: 'Stadt Leipzig',
  stelle: 'Sozialamt – Abteilung Wohngeld',
  anschrift: { strasse: 'Prager Straße 21', plz: '04103', ort: 'Leipzig' },
  telefon: '0341 123-4567',
  email: 'wohngeld@leipzig.example',
  onlineEinreichung: 'https://wohngeld.leipzig.example/nachreichen',
  fristTage: 28,
});
const regeln = leseRegelwerk(JSON.parse(readFileSync(new URL('../../wohngeld/regeln/nachweise.json', import.meta.url), 'utf8')));


describe('Nachforderung', () => {
  test('letterhead, addressee, every missing proof with its reason, the deadline and the §§ 60, 66 SGB I notice, as real text', async () => {
    const antrag = beispielAntrag();
    const { fehlend } = pruefeVollstaendigkeit(antrag, [], regeln);
    const brief = await erstelleNachforderung({ antrag, fehlend, datum: '2025-03-20', briefkopf: kopf, sachbearbeitung: 'Frau Jäger' });
    expect(brief.frist).toBe('2025-04-17');
    const { text } = await pdfText(brief.pdf);
    for (const expected of [
      'Stadt Leipzig',
      'Sozialamt – Abteilung Wohngeld',
      'Katrin Schneider',
      'Eisenbahnstraße 45',
      '04315 Leipzig',
      'OZG-2025-000123',
      'Sehr geehrte Frau Schneider,',
      'Lohn- oder Gehaltsabrechnungen der letzten zwölf Monate (für Katrin Schneider)',
      'Schwerbehindertenausweis oder Feststellungsbescheid (für Erika Schneider)',
      'bis zum 17.04.2025',
      '§ 60 Abs. 1',
      '§ 66 Abs. 1 SGB I',
      '§ 66 Abs. 3 SGB I',
      'https://wohngeld.leipzig.example/nachreichen',
      'Frau Jäger',
    ])
      expect(text.replace(/\n/g, ' ').replace(/\s+/g, ' ')).toContain(expected);
    const flat = text.replace(/\n/g, ' ').replace(/\s+/g, ' ');
    expect(flat).toContain('Mietbescheinigung oder Mietvertrag');
    expect(flat).toContain('Für das zu erwartende Einkommen (§ 15 WoGG)');
  });

  test('no missing proof: no letter', async () => {
    await expect(erstelleNachforderung({ antrag: beispielAntrag(), fehlend: [], datum: '2025-03-20', briefkopf: kopf })).rejects.toThrow(/nicht nötig/);
  });
});

describe('Bescheid-Entwurf', () => {
  test('amount, approval period from the month of application, every step, the reasons and the marked legal-remedy template', async () => {
    const ergebnis = berechneWohngeld(REFERENZFAELLE.find((r) => r.name.startsWith('Alleinstehend, 1.400'))!.fall);
    const bescheid = await erstelleBescheidEntwurf({ antrag: beispielAntrag(), ergebnis, entscheidung: 'bewilligen', begruendung: 'Die Voraussetzungen nach §§ 3 bis 8 WoGG liegen vor; Einkommen und Miete sind nachgewiesen.', datum: '2025-04-02', briefkopf: kopf, sachbearbeitung: 'Herr Öztürk' });
    expect(bescheid.bewilligungszeitraum).toEqual({ von: '2025-03-01', bis: '2026-02-28' });
    const { text, pages } = await pdfText(bescheid.pdf);
    const flat = text.replace(/\n/g, ' ').replace(/\s+/g, ' ');
    expect(pages).toBeGreaterThanOrEqual(2);
    for (const expected of ['ENTWURF – nicht versenden', 'Bescheid über Wohngeld (Mietzuschuss)', 'vom 01.03.2025 bis 28.02.2026', 'monatlich 368 €', 'Begründung', 'Die Voraussetzungen nach §§ 3 bis 8 WoGG liegen vor', 'Höchstbetrag für 1 Haushaltsmitglied, Mietstufe V: 562,00 €', 'z4 = 1,15 · z3', 'Rechtsbehelfsbelehrung – VORLAGE, von der Wohngeldbehörde zu ergänzen', 'Herr Öztürk', 'Seite 1 von'])
      expect(flat).toContain(expected);
    // characters the standard font cannot write are replaced, not lost: "−" becomes "-"
    expect(flat).toContain('M = 581,20 € + 110,40 € = 691,60 €');
  });

  test('a refusal states it and gives no period; approving without a claim is refused', async () => {
    const keinAnspruch = berechneWohngeld({ stichtag: '2025-03-01', mietstufe: 1, bruttokaltmiete: 300, haushalt: [{ name: 'A', einkommen: [{ art: 'sonstiges', jahresbetrag: 60000 }], abzuege: { steuern: false, krankenversicherung: false, rentenversicherung: false } }] });
    expect(keinAnspruch.anspruch).toBe(false);
    const ablehnung = await erstelleBescheidEntwurf({ antrag: beispielAntrag(), ergebnis: keinAnspruch, entscheidung: 'ablehnen', begruendung: 'Das Einkommen übersteigt die Grenze.', datum: '2025-04-02', briefkopf: kopf });
    expect(ablehnung.bewilligungszeitraum).toBeUndefined();
    expect((await pdfText(ablehnung.pdf)).text).toContain('wird abgelehnt');
    await expect(erstelleBescheidEntwurf({ antrag: beispielAntrag(), ergebnis: keinAnspruch, entscheidung: 'bewilligen', begruendung: 'x', datum: '2025-04-02', briefkopf: kopf })).rejects.toThrow(/ohne Anspruch/);
  });

  test('§ 25: 1 to 24 months, ending on the last day of a month', () => {
    expect(bewilligungszeitraum('2024-01-31', 24)).toEqual({ von: '2024-01-01', bis: '2025-12-31' });
    expect(bewilligungszeitraum('2025-02-10', 1)).toEqual({ von: '2025-02-01', bis: '2025-02-28' });
    expect(() => bewilligungszeitraum('2025-02-10', 25)).toThrow(/1 bis 24 Monate/);
  });
});

describe('deadlines and letterhead', () => {
  test('a deadline on a weekend or nationwide holiday moves to the next working day', () => {
    expect(fristende('2025-03-20', 28)).toBe('2025-04-17'); // Thursday
    expect(fristende('2025-03-22', 28)).toBe('2025-04-22'); // Saturday 19.04., Easter Monday 21.04. -> Tuesday
    expect(fristende('2025-11-28', 28)).toBe('2025-12-29'); // Friday 26.12. holiday, weekend -> Monday
  });

  test('a wrong letterhead configuration is named field by field', () => {
    expect(() => leseBriefkopf({ behoerde: 'X', anschrift: { strasse: 'a', plz: '1', ort: '' }, farbe: 'rot' })).toThrow(BriefkopfFehler);
    try {
      leseBriefkopf({ behoerde: 'Stadt', stelle: 'Amt', anschrift: { strasse: 'Weg 1', plz: '123', ort: 'Ort' }, fristTage: 3 });
    } catch (error) {
      expect((error as BriefkopfFehler).probleme.join('\n')).toMatch(/anschrift\.plz: plz muss fünf Ziffern haben[\s\S]*fristTage/);
    }
  });
});
