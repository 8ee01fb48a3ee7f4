/**
 * The example applications in samples/: the committed files are what samples/generate.ts makes;
 * each antrag.json is valid; the real document pipeline recognises every document and reads the
 * applicant's data from it as antrag.json states it; the proof rules find the complete sample
 * complete and name what the incomplete one lacks.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeDocument } from '../../docai/analyze.ts';
import { shutdownIntake } from '../../docai/intake/index.ts';
import { antragSchema, antragsteller, type Antrag } from '../../wohngeld/antrag.ts';
import type { AnalyzedDocument } from '../../wohngeld/catalog.ts';
import { letzteMonate, pruefeVollstaendigkeit } from '../../wohngeld/completeness.ts';
import { PERSON_FIELD } from '../../wohngeld/household.ts';
import { nachweisregeln } from '../../workers/konfiguration.ts';
import { type Beispiel, erzeugeBeispiele, SAMPLES_DIR, schreibeBeispiele } from '../../samples/generate.ts';

let beispiele: Beispiel[];
const analysen = new Map<string, { antrag: Antrag; dokumente: AnalyzedDocument[] }>();

beforeAll(async () => {
  beispiele = await erzeugeBeispiele();
  for (const beispiel of beispiele) {
    const dir = path.join(SAMPLES_DIR, beispiel.ordner);
    const antrag = antragSchema.parse(JSON.parse(await readFile(path.join(dir, 'antrag.json'), 'utf8')));
    const dokumente: AnalyzedDocument[] = [];
    for (const name of (await readdir(dir)).filter((f) => f.endsWith('.pdf')).sort()) {
      dokumente.push(await analyzeDocument({ file: name, bytes: await readFile(path.join(dir, name)) }));
    }
    analysen.set(beispiel.ordner, { antrag, dokumente });
  }
}, 120_000);

afterAll(async () => {
  await shutdownIntake();
});

test('the committed samples are exactly what samples/generate.ts makes', async () => {
  const out = await mkdtemp(path.join(tmpdir(), 'wohngeld-samples-'));
  try {
    await schreibeBeispiele(out, beispiele);
    for (const beispiel of beispiele) {
      const made = (await readdir(path.join(out, beispiel.ordner))).sort();
      const committed = (await readdir(path.join(SAMPLES_DIR, beispiel.ordner))).sort();
      expect(committed).toEqual(made);
      for (const file of made) expect((await readFile(path.join(SAMPLES_DIR, beispiel.ordner, file))).equals(await readFile(path.join(out, beispiel.ordner, file)))).toBe(true);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

describe.each(['antrag-vollstaendig', 'antrag-unvollstaendig'])('%s', (ordner) => {
  test('every document is recognised as the type it was drawn as, with confidence ≥ 0.8, from its text layer', () => {
    const { dokumente } = analysen.get(ordner)!;
    const beispiel = beispiele.find((b) => b.ordner === ordner)!;
    expect(dokumente.map((d) => d.file)).toEqual(beispiel.dokumente.map((d) => d.datei).sort());
    for (const dokument of dokumente) {
      const expected = beispiel.dokumente.find((d) => d.datei === dokument.file)!;
      expect({ file: dokument.file, documentType: dokument.documentType }).toEqual({ file: dokument.file, documentType: expected.typ });
      expect(dokument.confidence).toBeGreaterThanOrEqual(0.8);
      expect(dokument.source).toBe('text-layer');
      expect(dokument.warnings).toEqual([]);
    }
  });

  test('every document names the applicant of antrag.json', () => {
    const { antrag, dokumente } = analysen.get(ordner)!;
    const person = antragsteller(antrag);
    for (const dokument of dokumente) {
      const field = dokument.documentType === 'mietbescheinigung' ? 'mieter_name' : PERSON_FIELD[dokument.documentType]!;
      expect({ file: dokument.file, name: dokument.fields[field]?.value }).toEqual({ file: dokument.file, name: `${person.vorname} ${person.nachname}` });
    }
  });

  test('the rent of antrag.json is the Mietbescheinigung\'s rent without heating, the flat its address', () => {
    const { antrag, dokumente } = analysen.get(ordner)!;
    const miete = dokumente.find((d) => d.documentType === 'mietbescheinigung')!;
    const value = (id: string) => miete.fields[id]?.value as number;
    expect(Math.round((value('grundmiete') + value('nebenkosten')) * 100) / 100).toBe(antrag.wohnung.bruttokaltmiete);
    expect(value('wohnflaeche')).toBe(antrag.wohnung.wohnflaeche);
    const a = antrag.antragsteller.anschrift;
    expect(miete.fields.anschrift?.value).toBe(`${a.strasse} ${a.hausnummer}, ${a.plz} ${a.ort}`);
    expect(value('bewohner_anzahl')).toBe(antrag.haushalt.length);
  });
});

describe('antrag-vollstaendig: a pensioner living alone', () => {
  test('the pension of antrag.json is the Rentenbescheid\'s; the Meldebescheinigung has her birth date and address', () => {
    const { antrag, dokumente } = analysen.get('antrag-vollstaendig')!;
    const person = antragsteller(antrag);
    const rente = dokumente.find((d) => d.documentType === 'rentenbescheid')!;
    expect(rente.fields.rente_brutto?.value).toBe(person.einkommen.find((e) => e.art === 'rente')?.monatsbetrag);
    const melde = dokumente.find((d) => d.documentType === 'meldebescheinigung')!;
    expect(melde.fields.geburtsdatum?.value).toBe(person.geburtsdatum);
    const a = antrag.antragsteller.anschrift;
    expect(melde.fields.anschrift?.value).toBe(`${a.strasse} ${a.hausnummer}, ${a.plz} ${a.ort}`);
    // she registered when the tenancy began
    expect(melde.fields.einzugsdatum?.value).toBe(dokumente.find((d) => d.documentType === 'mietbescheinigung')!.fields.einzugsdatum?.value);
  });

  test('the proof rules find it complete', () => {
    const { antrag, dokumente } = analysen.get('antrag-vollstaendig')!;
    const result = pruefeVollstaendigkeit(antrag, dokumente, nachweisregeln({}));
    expect(result.fehlend).toEqual([]);
    expect(result.vollstaendig).toBe(true);
    expect(result.erfuellt.map((e) => e.regel).sort()).toEqual(['meldebescheinigung', 'miete', 'rente']);
  });
});

describe('antrag-unvollstaendig: an employee with two payslips and no Meldebescheinigung', () => {
  test('the wages of antrag.json are the payslips\' gross pay, for the two months before the application', () => {
    const { antrag, dokumente } = analysen.get('antrag-unvollstaendig')!;
    const payslips = dokumente.filter((d) => d.documentType === 'lohnabrechnung');
    const monatsbetrag = antragsteller(antrag).einkommen.find((e) => e.art === 'nichtselbststaendig')?.monatsbetrag;
    expect(payslips.map((p) => p.fields.brutto?.value)).toEqual([monatsbetrag, monatsbetrag]);
    expect(payslips.map((p) => p.fields.abrechnungsmonat?.value).sort()).toEqual(letzteMonate(antrag.eingangsdatum, 2).sort());
  });

  test('the proof rules ask for the ten missing payslips and the Meldebescheinigung, and nothing else', () => {
    const { antrag, dokumente } = analysen.get('antrag-unvollstaendig')!;
    const result = pruefeVollstaendigkeit(antrag, dokumente, nachweisregeln({}));
    expect(result.vollstaendig).toBe(false);
    expect(result.fehlend.map((f) => f.regel)).toEqual(['lohnabrechnungen', 'meldebescheinigung']);
    const lohn = result.fehlend.find((f) => f.regel === 'lohnabrechnungen')!;
    expect(lohn.fehlendeMonate).toEqual(letzteMonate(antrag.eingangsdatum, 12).slice(2).reverse());
    expect(lohn.grund).toContain('Jonas Becker');
    expect(result.erfuellt.map((e) => e.regel)).toEqual(['miete']);
  });
});
