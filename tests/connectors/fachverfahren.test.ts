/**
 * The Fachverfahren export record: built from the variables of a really calculated and decided
 * case, the same every time, the XML well-formed and carrying the JSON's values, the JSON Schema
 * in the repository the one the zod schema generates, and the rules of a case the Fachverfahren
 * can take.
 */
import { readFile } from 'node:fs/promises';
import { baueDatensatz, alsJson, type Fallvariablen } from '../../connectors/fachverfahren/datensatz.ts';
import { JSON_SCHEMA_DATEI, jsonSchemaText } from '../../connectors/fachverfahren/json-schema.ts';
import { XML_NAMESPACE, type FachverfahrenExport } from '../../connectors/fachverfahren/schema.ts';
import { alsXml } from '../../connectors/fachverfahren/xml.ts';
import { vergesseKonfiguration } from '../../workers/konfiguration.ts';
import { memoryStore } from '../workers/memory-store.ts';
import { entschiedenerFall, type Fall } from './fall.ts';
import { liesXml, unterschiede, XmlFehler } from './xml-leser.ts';

const saved = process.env.WOHNGELD_MIETSTUFE;
let bewilligt: Fall;
beforeAll(async () => {
  process.env.WOHNGELD_MIETSTUFE = '2';
  vergesseKonfiguration();
  bewilligt = await entschiedenerFall(memoryStore());
});
afterAll(() => {
  if (saved === undefined) delete process.env.WOHNGELD_MIETSTUFE;
  else process.env.WOHNGELD_MIETSTUFE = saved;
});

const variablen = (fall: Fall): Fallvariablen => ({ ...(fall as unknown as Fallvariablen), konfigurierteMietstufe: 2 });

function datensatz(fall: Fall): FachverfahrenExport {
  const pruefung = baueDatensatz(variablen(fall));
  if (!pruefung.ok) throw new Error(pruefung.gruende.join('\n'));
  return pruefung.datensatz;
}

test('the committed JSON Schema is the one generated from the zod schema', async () => {
  expect(await readFile(JSON_SCHEMA_DATEI, 'utf8')).toBe(jsonSchemaText());
});

test('the record of an approval: applicant, household, dwelling as calculated, decision, calculation, corrections, documents, Bescheid, account', () => {
  const d = datensatz(bewilligt);
  const berechnung = bewilligt.berechnung as { wohngeld: number; M: number; Y: number; hoechstbetrag: number; rechtsstand: string; schritte: unknown[] };
  expect(d).toMatchObject({
    schemaVersion: 1,
    antragId: 'OZG-2025-000123',
    eingangsdatum: '2025-03-14',
    antragsart: 'erstantrag',
    antragsteller: { anrede: 'Frau', vorname: 'Katrin', nachname: 'Schneider', geburtsdatum: '1986-07-14', anschrift: { strasse: 'Eisenbahnstraße', hausnummer: '45', plz: '04315', ort: 'Leipzig' }, email: 'katrin.schneider@example.org' },
    haushalt: [
      { id: 'm1', vorname: 'Katrin', beziehung: 'antragsteller', beruecksichtigt: true },
      { id: 'm2', vorname: 'Paul', geburtsdatum: '2012-03-02', beziehung: 'kind', beruecksichtigt: true },
      { id: 'm3', vorname: 'Erika', beziehung: 'elternteil', beruecksichtigt: true },
    ],
    // the corrected rent, and the office's Mietstufe the calculation used
    wohnung: { verhaeltnis: 'miete', mietstufe: 2, mietstufeQuelle: 'konfiguration', bruttokaltmiete: 600, bruttokaltmieteQuelle: 'korrektur' },
    entscheidung: { ergebnis: 'bewilligen', entschiedenAm: '2025-04-02', bewilligungszeitraum: bewilligt.bescheidEntwurf!.bewilligungszeitraum, wohngeldMonatlich: berechnung.wohngeld },
    berechnung: { wohngeld: berechnung.wohngeld, anspruch: true, M: berechnung.M, Y: berechnung.Y, hoechstbetrag: berechnung.hoechstbetrag, rechtsstand: berechnung.rechtsstand },
    korrekturen: [{ pfad: 'bruttokaltmiete', wert: 600, begruendung: 'Stellplatz (30 €) herausgerechnet' }],
    bescheidEntwurf: { documentId: (bewilligt.bescheidEntwurf!.dokument as { documentId: string }).documentId, storeId: 'in-memory', fileName: 'Bescheid-Entwurf-OZG-2025-000123.pdf', betreff: 'Bescheid über Wohngeld (Mietzuschuss)' },
    bankverbindung: { iban: 'DE89370400440532013000', kontoinhaber: 'Katrin Schneider' },
  });
  expect(d.entscheidung.wohngeldMonatlich).toBeGreaterThan(0);
  expect(d.berechnung!.schritte).toHaveLength(berechnung.schritte.length);
  expect(d.dokumente).toHaveLength(bewilligt.dokumentAnalysen.length);
  expect(d.dokumente).toContainEqual({ file: 'mietbescheinigung.pdf', documentType: 'mietbescheinigung', confidence: 0.95 });
});

test('the same variables give the same bytes; nothing of "now" is in it', () => {
  const a = alsJson(datensatz(bewilligt));
  const b = alsJson(datensatz(structuredClone(bewilligt)));
  expect(b).toBe(a);
  expect(alsXml(datensatz(bewilligt))).toBe(alsXml(datensatz(structuredClone(bewilligt))));
  expect(a).not.toContain(new Date().toISOString().slice(0, 10));
});

test('the XML is well-formed, in the namespace, and carries exactly the JSON values', () => {
  const d = datensatz(bewilligt);
  const wurzel = liesXml(alsXml(d));
  expect(wurzel.name).toBe('fachverfahrenExport');
  expect(wurzel.attribute).toEqual({ xmlns: XML_NAMESPACE });
  expect(unterschiede(wurzel, JSON.parse(alsJson(d)))).toEqual([]);
  // amounts as euros with cents
  expect(alsXml(d)).toContain('<bruttokaltmiete>600.00</bruttokaltmiete>');
});

test('texts with markup characters, line breaks and characters XML cannot carry: the same in both files', () => {
  const begruendung = 'Miete < Grenze & "Zuschlag" > 0 ]]> \'ok\'\r\nZeile 2\tTab \u0001 Emoji 🏠 Umlaute äöüß';
  const fall = { ...bewilligt, entscheidung: { ...bewilligt.entscheidung, begruendung } };
  const d = datensatz(fall);
  expect(d.entscheidung.begruendung).toBe(begruendung.replace('\u0001', ''));
  const wurzel = liesXml(alsXml(d));
  expect(unterschiede(wurzel, JSON.parse(alsJson(d)))).toEqual([]);
});

test('a refusal without calculation and Bescheid-Entwurf (versagen) is a valid record', async () => {
  const d = datensatz(await entschiedenerFall(memoryStore(), 'versagen'));
  expect(d.entscheidung).toEqual({ ergebnis: 'versagen', begruendung: 'Die angeforderten Nachweise wurden nicht vorgelegt (§ 66 SGB I).', entschiedenAm: '2025-04-02' });
  expect(d.berechnung).toBeUndefined();
  expect(d.bankverbindung).toBeUndefined();
  // without a model the rent is the application's
  expect(d.wohnung).toEqual({ verhaeltnis: 'miete', bruttokaltmiete: 640, bruttokaltmieteQuelle: 'antrag' });
  expect(unterschiede(liesXml(alsXml(d)), JSON.parse(alsJson(d)))).toEqual([]);
});

describe('cases the Fachverfahren cannot take: each reason names the field', () => {
  const gruende = (fall: Fall) => {
    const pruefung = baueDatensatz(variablen(fall));
    return pruefung.ok ? [] : pruefung.gruende;
  };

  test('approval without bank account', () => {
    const { bankverbindung: _, ...antrag } = bewilligt.antrag;
    expect(gruende({ ...bewilligt, antrag })).toEqual(['bankverbindung: Für die Bewilligung fehlt die Bankverbindung (antrag.bankverbindung); ohne sie kann das Fachverfahren das Wohngeld nicht auszahlen.']);
  });

  test('an IBAN failing mod-97', () => {
    const antrag = { ...bewilligt.antrag, bankverbindung: { iban: 'DE89370400440532013001', kontoinhaber: 'Katrin Schneider' } };
    expect(gruende({ ...bewilligt, antrag })).toEqual(['bankverbindung.iban: Die IBAN DE89370400440532013001 ist ungültig: die Prüfziffer stimmt nicht (Prüfverfahren Modulo 97).']);
  });

  test('approval of 0 € or without a calculation', () => {
    expect(gruende({ ...bewilligt, berechnung: { ...bewilligt.berechnung, wohngeld: 0, anspruch: false } })).toEqual([
      'entscheidung.wohngeldMonatlich: Eine Bewilligung braucht einen Wohngeldbetrag über 0 € je Monat; die Berechnung ergibt 0 € (berechnung.wohngeld).',
    ]);
    expect(gruende({ ...bewilligt, berechnung: null })).toEqual(['entscheidung.wohngeldMonatlich: Für die Bewilligung fehlt die Berechnung (Variable berechnung); ohne sie steht kein Wohngeldbetrag fest.']);
  });

  test('approval without approval period, or a period ending before it begins', () => {
    const { bewilligungszeitraum: _, ...ohne } = bewilligt.bescheidEntwurf!;
    expect(gruende({ ...bewilligt, bescheidEntwurf: ohne as Fall['bescheidEntwurf'] })).toEqual(['entscheidung.bewilligungszeitraum: Für die Bewilligung fehlt der Bewilligungszeitraum (bescheidEntwurf.bewilligungszeitraum).']);
    const verkehrt = { ...bewilligt.bescheidEntwurf!, bewilligungszeitraum: { von: '2026-02-28', bis: '2025-03-01' } };
    expect(gruende({ ...bewilligt, bescheidEntwurf: verkehrt })).toEqual(['entscheidung.bewilligungszeitraum: Der Bewilligungszeitraum beginnt (2026-02-28) nach seinem Ende (2025-03-01).']);
  });

  test('approval or rejection without Bescheid-Entwurf; several faults at once all named', () => {
    const { bankverbindung: _, ...antrag } = bewilligt.antrag;
    expect(gruende({ ...bewilligt, antrag, bescheidEntwurf: undefined })).toEqual([
      'bescheidEntwurf: Der Bescheid-Entwurf fehlt (Variable bescheidEntwurf); das Fachverfahren braucht ihn für die Akte.',
      'bankverbindung: Für die Bewilligung fehlt die Bankverbindung (antrag.bankverbindung); ohne sie kann das Fachverfahren das Wohngeld nicht auszahlen.',
      'entscheidung.bewilligungszeitraum: Für die Bewilligung fehlt der Bewilligungszeitraum (bescheidEntwurf.bewilligungszeitraum).',
    ]);
    expect(gruende({ ...bewilligt, entscheidung: { ...bewilligt.entscheidung, ergebnis: 'ablehnen' }, bescheidEntwurf: undefined })).toEqual([
      'bescheidEntwurf: Der Bescheid-Entwurf fehlt (Variable bescheidEntwurf); das Fachverfahren braucht ihn für die Akte.',
    ]);
  });

  test('a rejection needs no bank account and hands none over', () => {
    const pruefung = baueDatensatz(variablen({ ...bewilligt, entscheidung: { ...bewilligt.entscheidung, ergebnis: 'ablehnen' } }));
    expect(pruefung.ok).toBe(true);
    if (pruefung.ok) {
      expect(pruefung.datensatz.bankverbindung).toBeUndefined();
      expect(pruefung.datensatz.entscheidung.wohngeldMonatlich).toBeUndefined();
      expect(pruefung.datensatz.entscheidung.bewilligungszeitraum).toBeUndefined();
    }
  });
});

test('the test reader refuses XML that is not well-formed', () => {
  for (const kaputt of ['<a><b></a></b>', '<a>Fisch & Brot</a>', '<a>1</a><b/>', '<a>\u0001</a>', '<a x="1" x="2"/>', '<a>', 'Text', '<a>&unbekannt;</a>']) {
    expect(() => liesXml(kaputt)).toThrow(XmlFehler);
  }
  expect(liesXml('<?xml version="1.0"?>\n<a b="&quot;"><c>x&amp;y&#13;&#x41;</c><!-- k --><d/></a>\n')).toMatchObject({ name: 'a', attribute: { b: '"' }, kinder: [{ name: 'c', text: 'x&y\rA' }, { name: 'd', text: '' }] });
});
