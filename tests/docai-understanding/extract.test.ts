import { CATALOG, VALUE_SCHEMAS } from '../../wohngeld/catalog.js';
import { extractFields } from '../../docai/extract.js';
import { buildText, evidenceOnPage } from './helpers.js';
import { SAMPLES } from './samples.js';
import { noisyValue, ocrNoise } from './noise.js';

const TODAY = { today: '2025-06-01' };

describe('extraction on hand-written documents', () => {
  const typed = SAMPLES.filter((sample) => sample.type !== 'sonstiges');

  test.each(typed.map((sample) => [sample.name, sample] as const))('%s', (_name, sample) => {
    const result = extractFields(sample.type, sample.text, TODAY);
    const values = Object.fromEntries(Object.entries(result.fields).map(([id, field]) => [id, field.value]));
    expect(values).toEqual(expect.objectContaining(sample.expected));
    for (const id of sample.absent ?? []) expect(result.fields[id]).toBeUndefined();
    // only catalog fields, each normalised as its kind says, with evidence on its page
    const definitions = CATALOG[sample.type].fields;
    for (const [id, field] of Object.entries(result.fields)) {
      const definition = definitions.find((d) => d.id === id);
      expect(definition).toBeDefined();
      expect(VALUE_SCHEMAS[definition!.kind].safeParse(field.value).success).toBe(true);
      expect(field.confidence).toBeGreaterThanOrEqual(0);
      expect(field.confidence).toBeLessThanOrEqual(1);
    }
    expect(evidenceOnPage(sample.text, result.fields)).toEqual([]);
  });

  test('OCR noise (umlauts lost, i read as l, ";" for ":", spaced numbers) still reads most fields', () => {
    let total = 0;
    let right = 0;
    for (const sample of typed) {
      const noisy = ocrNoise(sample.text);
      const result = extractFields(sample.type, noisy, TODAY);
      for (const [id, value] of Object.entries(sample.expected)) {
        total++;
        // a name or address whose umlauts the noise took reads right without them: no reader can restore them
        const got = result.fields[id]?.value;
        if (got === value || (typeof value === 'string' && got === noisyValue(value))) right++;
      }
      expect(evidenceOnPage(noisy, result.fields)).toEqual([]);
    }
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });

  test('low OCR line confidence lowers the field confidence', () => {
    const lines = ['# Mietbescheinigung', 'Grundmiete: 450,00 €'];
    const clean = extractFields('mietbescheinigung', buildText(lines));
    const doubtful = extractFields('mietbescheinigung', buildText(lines, { source: 'ocr', confidence: 0.5 }));
    expect(doubtful.fields.grundmiete.value).toBe(450);
    expect(doubtful.fields.grundmiete.confidence).toBeLessThan(clean.fields.grundmiete.confidence);
  });

  test('a field the document does not contain is absent', () => {
    const result = extractFields('mietbescheinigung', buildText(['# Mietbescheinigung', 'Mieter: Anna Schmidt']));
    expect(Object.keys(result.fields)).toEqual(['mieter_name']);
  });

  test('sonstiges has no fields', () => {
    expect(extractFields('sonstiges', buildText(['Grundmiete: 450,00 €']))).toEqual({ fields: {}, warnings: [] });
  });

  test('empty and odd documents do not throw', () => {
    for (const type of Object.keys(CATALOG) as (keyof typeof CATALOG)[]) {
      expect(() => extractFields(type, { pages: [], warnings: [] })).not.toThrow();
      expect(() => extractFields(type, buildText(['', '   ', '|||', ':'.repeat(300)]))).not.toThrow();
    }
  });
});

describe('readings that are easy to get wrong', () => {
  test('a figure in a sentence whose verb in the past stands before the label is an old one: low confidence', () => {
    const past = extractFields('mietbescheinigung', buildText(['# Mietbescheinigung', 'Bis 29.2.2024 betrug der Mietzins (kalt) 580,00 €; die Anpassung erfolgte nach § 558 BGB.']));
    const present = extractFields('mietbescheinigung', buildText(['# Mietbescheinigung', 'Ab 1.3.2024 beträgt der Mietzins (kalt) 612,00 €.']));
    expect(past.fields.grundmiete.value).toBe(580);
    expect(present.fields.grundmiete.value).toBe(612);
    expect(past.fields.grundmiete.confidence).toBeLessThan(0.5);
    expect(present.fields.grundmiete.confidence).toBeGreaterThan(0.8);
  });

  test('Nebenkosten exclude heating, also when the heating label stands in the same line', () => {
    const text = buildText(['# Mietbescheinigung', 'Betriebskosten (ohne Heizung und Warmwasser): 120,00 €', 'Heizkosten: 90,00 €']);
    const { fields } = extractFields('mietbescheinigung', text);
    expect(fields.nebenkosten.value).toBe(120);
    expect(fields.heizkosten.value).toBe(90);
  });

  test("a Mietvertrag's heating advance is not extracted as Nebenkosten", () => {
    const text = buildText(['# Mietvertrag', 'Heizkostenvorauszahlung: 70,00 €', 'Betriebskostenvorauszahlung: 130,00 €', 'Kaution: 1.500,00 €']);
    const { fields } = extractFields('mietvertrag', text);
    expect(fields.nebenkosten.value).toBe(130);
    expect(fields.grundmiete).toBeUndefined();
  });

  test('netto is the statutory net, not the Auszahlungsbetrag', () => {
    const text = buildText(['# Verdienstabrechnung März 2025', 'Auszahlungsbetrag 1.900,00 €', 'Gesetzliches Netto 2.050,00 €', 'Gesamt-Brutto 2.900,00 €']);
    const { fields } = extractFields('lohnabrechnung', text);
    expect(fields.netto.value).toBe(2050);
    expect(fields.brutto.value).toBe(2900);
    expect(fields.abrechnungsmonat.value).toBe('2025-03');
  });

  test('Arbeitslosengeld Änderungsbescheid: the new daily amount and period', () => {
    const text = buildText([
      '# Änderungsbescheid Arbeitslosengeld',
      'Bundesagentur für Arbeit',
      'Ab dem 01.06.2025 beträgt Ihr täglicher Leistungsbetrag 52,30 € (bisher 49,80 €).',
      'Bewilligungszeitraum neu: 01.06.2025 bis 30.11.2025 (bisher: 01.12.2024 bis 30.11.2025)',
    ]);
    const { fields } = extractFields('arbeitslosengeldbescheid', text);
    expect(fields.leistungsbetrag_taeglich.value).toBe(52.3);
    expect(fields.bewilligung_von.value).toBe('2025-06-01');
    expect(fields.bewilligung_bis.value).toBe('2025-11-30');
  });

  test('Elterngeld: first and last day of the months paid', () => {
    const text = buildText(['# Elterngeldbescheid', 'Elterngeld monatlich: 1.100,00 €', 'Sie erhalten Elterngeld von Juni 2025 bis November 2025.']);
    const { fields } = extractFields('elterngeldbescheid', text);
    expect(fields.bezug_von.value).toBe('2025-06-01');
    expect(fields.bezug_bis.value).toBe('2025-11-30');
  });

  test('Elterngeld: months of life counted from the birth date', () => {
    const text = buildText(['# Elterngeldbescheid', 'Geburtsdatum des Kindes: 10.01.2025', 'Elterngeld wird für den 1. bis 12. Lebensmonat gezahlt.']);
    const { fields } = extractFields('elterngeldbescheid', text);
    expect(fields.bezug_von.value).toBe('2025-01-10');
    expect(fields.bezug_bis.value).toBe('2026-01-09');
  });

  test('an unlimited card has no gueltig_bis', () => {
    const text = buildText(['# Schwerbehindertenausweis', 'Name: Horst Weber', 'GdB 80', 'Gültig bis: unbefristet', 'Ausgestellt am 01.02.2020']);
    const { fields } = extractFields('schwerbehindertenausweis', text);
    expect(fields.gdb.value).toBe(80);
    expect(fields.gueltig_bis).toBeUndefined();
  });

  test('Nachname, Vorname is turned around; titles and salutations go', () => {
    const text = buildText(['# Meldebescheinigung', 'Name: Dr. Müller-Lüdenscheidt, Jürgen', 'Geburtsdatum: 01.01.1970']);
    expect(extractFields('meldebescheinigung', text).fields.name.value).toBe('Jürgen Müller-Lüdenscheidt');
  });

  test('the street keeps its spelling, also on two lines', () => {
    const text = buildText(['# Meldebescheinigung', 'Anschrift: Karl-Liebknecht-Str. 12', '           04107 Leipzig']);
    const { fields } = extractFields('meldebescheinigung', text);
    expect(fields.anschrift.value).toBe('Karl-Liebknecht-Str. 12, 04107 Leipzig');
    expect(fields.anschrift.text).toBe('Karl-Liebknecht-Str. 12');
  });

  test('Einzugsdatum is not the Ausstellungsdatum', () => {
    const text = buildText(['# Meldebescheinigung', 'Ausstellungsdatum: 12.02.2025', 'Name: Anna Schmidt', 'Einzugsdatum: 01.10.2023']);
    expect(extractFields('meldebescheinigung', text).fields.einzugsdatum.value).toBe('2023-10-01');
  });

  test('Kundennummer is not the Aktenzeichen, and a phone number is not a date', () => {
    const text = buildText(['# Bescheid über Arbeitslosengeld', 'Aktenzeichen: 955-AL-12345', 'Telefon: 0800 4 5555 00', 'Kundennummer: 955A123456']);
    const { fields } = extractFields('arbeitslosengeldbescheid', text);
    expect(fields.kundennummer.value).toBe('955A123456');
    expect(fields.bewilligung_von).toBeUndefined();
  });

  test('haushaltsmitglieder counts the persons listed, applicant included', () => {
    const text = buildText([
      '# Antrag auf Mietzuschuss',
      'Name: Peter Kraus',
      'Haushaltsmitglieder (einschließlich antragstellende Person)',
      'Kraus, Peter   04.04.1970   Antragsteller',
      'Kraus, Maria   05.05.1972   Ehefrau',
      'Kraus, Lea   06.06.2010   Tochter',
      'Kraus, Tim   07.07.2012   Sohn',
      'Einkommen',
    ]);
    expect(extractFields('antrag', text).fields.haushaltsmitglieder.value).toBe(4);
  });

  test('haushaltsmitglieder: a form with one column per person counts the filled columns', () => {
    const text = buildText(
      [
        '# Antrag auf Wohngeld',
        '4 Haushaltsmitglieder (Person 1 ist immer die antragstellende Person)',
        'lfd. Nr. | Person 1 | Person 2 | Person 3 | Person 4',
        'Familienname | Hofmann | Hofmann | Hofmann',
        'Vorname(n) | Johanna | Lea | Ben',
        'Geburtsdatum | 27.6.1966 | 03.02.2012 | 11.09.2015',
        'Verhältnis zu Person 1 | antragst. Person | Tochter | Sohn',
        'Im Haushalt leben insgesamt (Personen, Sie eingeschlossen): | 3',
        '5 Auszahlung des Wohngeldes',
      ],
      { columns: [45, 154, 255, 357, 458] },
    );
    expect(extractFields('antrag', text).fields.haushaltsmitglieder.value).toBe(3);
  });

  test('on a scan: a ticked box that lost a bracket, and person columns behind a stroke of the ruling', () => {
    const text = buildText(
      [
        '# Antrag auf Wohngeld',
        'Welche Art von Antrag stellen Sie? (bitte nur ein Kästchen ankreuzen)',
        'DE. Ich beantrage zum ersten Mal Wohngeld,',
        'X] Mein Bewilligungszeitraum endet; ich beantrage Wohngeld für den folgenden Zeitraum.',
        'm} Mehrbetrag wegen Änderung der Verhältnisse im laufenden Bezug',
        '---',
        '4 |Haushaltsmitglieder (Person 1 ist immer die antragstellende Person)',
        '| lfd. Nr. | = Person 1 | Person 2 | Person 3',
        'Familienname | Hofmann | Hofmann',
        'Vorname(n) | Mandy | Piotr',
        '5 |Auszahlung des Wohngeldes',
      ],
      { source: 'ocr', confidence: 0.9, columns: [55, 161, 268, 370] },
    );
    const { fields } = extractFields('antrag', text);
    expect(fields.antragsart.value).toBe('weiterleistungsantrag');
    expect(fields.haushaltsmitglieder.value).toBe(2);
  });

  test('on a scan the address window keeps its name despite specks beside and between its lines', () => {
    const text = buildText(
      ['Agentur für Arbeit München - Postfach - 81369 München', 'Frau', '5 Katharina Schmitt', 'x', 'Im Winkel 3', '81369 München', '# Bewilligung von Arbeitslosengeld', 'Höhe des Arbeitslosengeldes je Kalendertag | 56,57 €'],
      { source: 'ocr', confidence: 0.9 },
    );
    expect(extractFields('arbeitslosengeldbescheid', text).fields.name.value).toBe('Katharina Schmitt');
  });

  test('a caption wrapped over two lines has its value beside the middle of both; a word in its bracket is no label', () => {
    const line = (text: string, x: number, y: number, height = 7) => ({ text, x, y, width: text.length * 3, height, confidence: 1 });
    const text = {
      pages: [
        {
          page: 1,
          source: 'text-layer' as const,
          width: 595,
          height: 842,
          lines: [
            line('Antrag auf Wohngeld', 42, 100, 16),
            line('Name, Vorname(n)', 45, 280),
            line('Hofmann, Johanna', 138, 280, 9),
            line('Anschrift (Straße, Hausnr.,', 45, 341.5),
            line('Moritzstraße 30, 38100 Braunschweig', 138, 345.3, 9),
            line('PLZ, Ort)', 45, 349.5),
            line('Vermieter/in (Name,', 45, 466),
            line('Heidelberger Wohnungsgesellschaft mbH, Hauptstraße 25, 69115 Heidelberg', 138, 469, 9),
            line('Anschrift)', 45, 474),
          ],
        },
      ],
      warnings: [],
    };
    expect(extractFields('antrag', text).fields.anschrift.value).toBe('Moritzstraße 30, 38100 Braunschweig');
  });

  test('Elterngeld months from a table whose amounts a poor scan lost: months of maternity benefit are not paid', () => {
    const text = buildText([
      '# Elterngeldbescheid',
      'Lebensmonat vom bis Leistungsart Betrag in EUR',
      '14.05.2025 13.06.2025 Mutterschaftsleistungen',
      '14.06.2025 13.07.2025 Basiselterngeld',
      '14.07.2025 13.08.2025 Basiselterngeld',
    ]);
    const { fields } = extractFields('elterngeldbescheid', text);
    expect([fields.bezug_von.value, fields.bezug_bis.value]).toEqual(['2025-06-14', '2025-08-13']);
  });

  test('a customer number of the Bundesagentur with its letter misread as a digit is repaired, with low confidence', () => {
    const { fields } = extractFields('arbeitslosengeldbescheid', buildText(['# Bescheid über Arbeitslosengeld', 'Kundennummer 9218814206']));
    expect(fields.kundennummer.value).toBe('921B814206');
    expect(fields.kundennummer.confidence).toBeLessThan(0.7);
  });

  test('an implausible figure is refused (a daily amount of 41775 € is a lost comma)', () => {
    const { fields } = extractFields('arbeitslosengeldbescheid', buildText(['# Bescheid über Arbeitslosengeld', 'Arbeitslosengeld täglich EUR 41775']));
    expect(fields.leistungsbetrag_taeglich).toBeUndefined();
  });

  test('a value of the wrong kind is refused', () => {
    const text = buildText(['# Mietbescheinigung', 'Wohnfläche: siehe Mietvertrag', 'Einzugsdatum: 0341 987654', 'Grundmiete: 8,5 %']);
    const { fields } = extractFields('mietbescheinigung', text);
    expect(fields.wohnflaeche).toBeUndefined();
    expect(fields.einzugsdatum).toBeUndefined();
    expect(fields.grundmiete).toBeUndefined();
  });

  test('value in the cell to the right, and value below the label in the same column', () => {
    const text = buildText(['# Mietbescheinigung', 'Grundmiete | Nebenkosten | Heizkosten', '400,00 € | 90,00 € | 60,00 €'], { columns: [50, 250, 450] });
    const { fields } = extractFields('mietbescheinigung', text);
    expect([fields.grundmiete.value, fields.nebenkosten.value, fields.heizkosten.value]).toEqual([400, 90, 60]);
  });
});
