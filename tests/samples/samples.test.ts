/**
 * The example applications in samples/: the committed files are what samples/generate.ts makes;
 * each antrag.json is valid; the real document pipeline recognises every document and reads the
 * household's data from it as antrag.json states it; the proof rules find the complete samples
 * complete and name what the incomplete one lacks; the family's pre-calculation takes every
 * amount from a document.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeDocument } from '../../docai/analyze.ts';
import { shutdownIntake } from '../../docai/intake/index.ts';
import { antragSchema, antragsteller, vollerName, type Antrag, type HaushaltsmitgliedAngaben } from '../../wohngeld/antrag.ts';
import type { AnalyzedDocument, DocumentTypeId } from '../../wohngeld/catalog.ts';
import { letzteMonate, pruefeVollstaendigkeit } from '../../wohngeld/completeness.ts';
import { bildeHaushaltsmodell, PERSON_FIELD, zuBerechnungsfall } from '../../wohngeld/household.ts';
import { berechneWohngeld, type Einkommensart } from '../../wohngeld/law/calculate.ts';
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

const personField = (type: DocumentTypeId) => (type === 'mietbescheinigung' ? 'mieter_name' : PERSON_FIELD[type]!);

describe.each(['antrag-vollstaendig', 'antrag-unvollstaendig', 'antrag-familie'])('%s', (ordner) => {
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

  test('every document names the member of antrag.json\'s household it was drawn for; the Mietbescheinigung the applicant', () => {
    const { antrag, dokumente } = analysen.get(ordner)!;
    const beispiel = beispiele.find((b) => b.ordner === ordner)!;
    const members = antrag.haushalt.map(vollerName);
    for (const dokument of dokumente) {
      const field = personField(dokument.documentType);
      const drawnFor = beispiel.dokumente.find((d) => d.datei === dokument.file)!.werte[field];
      expect({ file: dokument.file, name: dokument.fields[field]?.value }).toEqual({ file: dokument.file, name: drawnFor });
      expect(members).toContain(drawnFor);
    }
    expect(dokumente.find((d) => d.documentType === 'mietbescheinigung')!.fields.mieter_name?.value).toBe(vollerName(antragsteller(antrag)));
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

/** The documents of one type that name a member. */
const von = (dokumente: readonly AnalyzedDocument[], type: DocumentTypeId, m: HaushaltsmitgliedAngaben) => dokumente.filter((d) => d.documentType === type && d.fields[personField(type)]?.value === vollerName(m));
const value = (d: AnalyzedDocument, id: string) => d.fields[id]?.value;

/** For each kind of income: the proof and the monthly amount it states. */
const MONATSBETRAG: Partial<Record<Einkommensart, [DocumentTypeId, (d: AnalyzedDocument) => number]>> = {
  elterngeld: ['elterngeldbescheid', (d) => value(d, 'elterngeld_monatlich') as number],
  // the Agentur für Arbeit pays 30 days for a month
  arbeitslosengeld: ['arbeitslosengeldbescheid', (d) => Math.round((value(d, 'leistungsbetrag_taeglich') as number) * 3000) / 100],
  rente: ['rentenbescheid', (d) => value(d, 'rente_brutto') as number],
};

describe('antrag-familie: a family of five, ten documents', () => {
  const familie = () => analysen.get('antrag-familie')!;
  const mitglied = (predicate: (m: HaushaltsmitgliedAngaben) => boolean) => {
    const found = familie().antrag.haushalt.filter(predicate);
    expect(found).toHaveLength(1);
    return found[0];
  };

  test('ten documents; each income of antrag.json is the monthly amount of the one proof naming its member', () => {
    const { antrag, dokumente } = familie();
    expect(dokumente).toHaveLength(10);
    const incomes = antrag.haushalt.flatMap((m) => m.einkommen.map((e) => ({ m, e })));
    expect(incomes.map(({ e }) => e.art).sort()).toEqual(['arbeitslosengeld', 'elterngeld', 'rente']);
    for (const { m, e } of incomes) {
      const [type, monthly] = MONATSBETRAG[e.art]!;
      const proofs = von(dokumente, type, m);
      expect({ member: vollerName(m), proofs: proofs.length }).toEqual({ member: vollerName(m), proofs: 1 });
      expect({ member: vollerName(m), art: e.art, monatsbetrag: e.monatsbetrag }).toEqual({ member: vollerName(m), art: e.art, monatsbetrag: monthly(proofs[0]) });
    }
  });

  test('the baby is the child of the Elterngeldbescheid: the Bezug begins on its birthday and runs past the application; the Arbeitslosengeld too', () => {
    const { antrag, dokumente } = familie();
    const mutter = antragsteller(antrag);
    const [elterngeld] = von(dokumente, 'elterngeldbescheid', mutter);
    const baby = mitglied((m) => m.beziehung === 'kind' && !m.inAusbildung);
    expect(value(elterngeld, 'bezug_von')).toBe(baby.geburtsdatum);
    expect(String(value(elterngeld, 'bezug_bis')) > antrag.eingangsdatum).toBe(true);
    const [alg] = von(dokumente, 'arbeitslosengeldbescheid', mitglied((m) => m.einkommen.some((e) => e.art === 'arbeitslosengeld')));
    expect(String(value(alg, 'bewilligung_von')) <= antrag.eingangsdatum && String(value(alg, 'bewilligung_bis')) > antrag.eingangsdatum).toBe(true);
  });

  test('the daughter at school has a Schulbescheinigung valid past the application; the grandmother a GdB of 100', () => {
    const { antrag, dokumente } = familie();
    const [schule] = von(dokumente, 'schulbescheinigung', mitglied((m) => m.inAusbildung));
    expect(String(value(schule, 'gueltig_bis')) > antrag.eingangsdatum).toBe(true);
    const [ausweis] = von(dokumente, 'schwerbehindertenausweis', mitglied((m) => m.schwerbehindert));
    expect(value(ausweis, 'gdb')).toBe(100);
  });

  test('each Meldebescheinigung has the birth date of its member and the flat; the parents and the daughter moved in when the tenancy began', () => {
    const { antrag, dokumente } = familie();
    const a = antrag.antragsteller.anschrift;
    const tenancy = value(dokumente.find((d) => d.documentType === 'mietbescheinigung')!, 'einzugsdatum');
    const registered = antrag.haushalt.filter((m) => von(dokumente, 'meldebescheinigung', m).length > 0);
    expect(registered.map((m) => m.beziehung).sort()).toEqual(['antragsteller', 'ehepartner', 'elternteil', 'kind']);
    for (const m of registered) {
      const [melde] = von(dokumente, 'meldebescheinigung', m);
      expect({ member: vollerName(m), geburtsdatum: value(melde, 'geburtsdatum'), anschrift: value(melde, 'anschrift') }).toEqual({
        member: vollerName(m),
        geburtsdatum: m.geburtsdatum,
        anschrift: `${a.strasse} ${a.hausnummer}, ${a.plz} ${a.ort}`,
      });
      if (m.beziehung !== 'elternteil') expect({ member: vollerName(m), einzug: value(melde, 'einzugsdatum') }).toEqual({ member: vollerName(m), einzug: tenancy });
    }
  });

  test('the proof rules find it complete, each rule met by its member\'s documents', () => {
    const { antrag, dokumente } = familie();
    const result = pruefeVollstaendigkeit(antrag, dokumente, nachweisregeln({}));
    expect(result.fehlend).toEqual([]);
    expect(result.vollstaendig).toBe(true);
    expect(result.erfuellt.map((e) => `${e.regel}: ${e.mitglied?.name ?? 'Haushalt'}`).sort()).toEqual(
      [
        `arbeitslosengeld: ${vollerName(mitglied((m) => m.beziehung === 'ehepartner'))}`,
        `ausbildung: ${vollerName(mitglied((m) => m.inAusbildung))}`,
        `elterngeld: ${vollerName(antragsteller(antrag))}`,
        `meldebescheinigung: ${vollerName(antragsteller(antrag))}`,
        'miete: Haushalt',
        `rente: ${vollerName(mitglied((m) => m.beziehung === 'elternteil'))}`,
        `schwerbehinderung: ${vollerName(mitglied((m) => m.beziehung === 'elternteil'))}`,
      ].sort(),
    );
  });

  test('the pre-calculation takes the rent, every income and the disability allowance from the documents, with nothing to look at, and finds a claim', () => {
    const { antrag, dokumente } = familie();
    const modell = bildeHaushaltsmodell(antrag, dokumente);
    expect(modell.hinweise).toEqual([]);
    expect(modell.bruttokaltmiete).toMatchObject({ wert: antrag.wohnung.bruttokaltmiete, quelle: 'dokument', dokument: 'mietbescheinigung.pdf' });
    const incomes = modell.mitglieder.flatMap((m) => m.einkommen.map((e) => ({ name: m.name, art: e.art, quelle: e.jahresbetrag?.quelle })));
    expect(incomes).toHaveLength(3);
    for (const income of incomes) expect(income).toEqual({ ...income, quelle: 'dokument' });
    const grandmother = modell.mitglieder.find((m) => m.beziehung === 'elternteil')!;
    expect(grandmother.freibetraege.schwerbehindert).toMatchObject({ wert: true, quelle: 'dokument' });
    const ergebnis = berechneWohngeld(zuBerechnungsfall(modell));
    expect(ergebnis.anspruch).toBe(true);
    expect(ergebnis.schritte.map((s) => s.text)).toContain('Zu berücksichtigende Haushaltsmitglieder: 5');
    // Elterngeld for five of the twelve months: 300 € free for each of them (§ 10 Abs. 1 BEEG), not 3.600 €
    expect(ergebnis.schritte.map((s) => s.text).join('\n')).toMatch(/Elterngeld .* anrechnungsfrei 1\.500,00 € \(5 Monate Bezug\)/);
  });
});
