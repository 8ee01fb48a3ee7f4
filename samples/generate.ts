/**
 * Re-creates the example applications in samples/: for each an `antrag.json` and the documents
 * of its applicant as born-digital PDFs, drawn by the synthetic corpus generator (tests/corpus/).
 *
 *   node --import tsx samples/generate.ts [--out DIR]
 *
 * The corpus generator draws every person, address and amount from its random stream; it has no
 * parameters for chosen values. So the samples steer that stream (`GelenkterZufall`): the first
 * person a layout draws gets the applicant's names and birth date, the first address the flat.
 * Whatever else a draw brings (a second given name, a title, a street spelt "Str.", the amounts)
 * is checked against the document's ground truth, and a deterministic search over seeds takes
 * the first seed whose document fits. The amounts of the application (rent, pension, wages) are
 * then taken from the documents, so that application and documents agree to the cent.
 *
 * The same code gives the same bytes: the test in tests/samples/ re-creates the folders and
 * compares them with the committed files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { antragSchema, type Antrag } from '../wohngeld/antrag.ts';
import type { DocumentTypeId } from '../wohngeld/catalog.ts';
import { Ctx, type Value } from '../tests/corpus/context.ts';
import { kindOf } from '../tests/corpus/corpus.ts';
import { addDays, type IsoDate } from '../tests/corpus/dates.ts';
import * as fake from '../tests/corpus/fake.ts';
import type { TextItem } from '../tests/corpus/doc.ts';
import { Rng } from '../tests/corpus/random.ts';
import { renderPdf } from '../tests/corpus/render.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The applicant as the documents must name them. */
export interface Person {
  readonly vorname: string;
  readonly nachname: string;
  readonly geschlecht: 'f' | 'm';
  readonly geburtsdatum: IsoDate;
}

export interface Adresse {
  readonly strasse: string;
  readonly hausnummer: string;
  readonly plz: string;
  readonly ort: string;
}

/** One document of a sample: which layout, on which day it was issued, what it must show. */
interface Dokumentwunsch {
  readonly datei: string;
  readonly typ: DocumentTypeId;
  /** a layout of the dev split (the layouts the rules were tuned on) */
  readonly layout: string;
  /** the day the document was issued (the generator's `today`) */
  readonly ausgestellt: IsoDate;
  /**
   * Further conditions on the drawn values (amounts in a plausible range, …); `gedruckt(label)` is
   * the text printed right of a label on the same line, for what the catalog has no field for.
   */
  readonly passt?: (werte: Readonly<Record<string, Value>>, gedruckt: (label: string) => string | undefined) => boolean;
  /** the seed search starts here; a second document of the same kind reuses the first one's seed */
  readonly seedAb?: number;
}

export interface Gezeichnet {
  readonly datei: string;
  readonly typ: DocumentTypeId;
  readonly layout: string;
  readonly seed: number;
  /** the document's ground truth: every catalog field as printed, normalised */
  readonly werte: Readonly<Record<string, Value>>;
  readonly pdf: Uint8Array;
}

// ------------------------------------------------------------------ steering the generator

/** The lists the generator draws names and addresses from, learnt by recording one draw. */
interface Listen {
  readonly weiblich: readonly unknown[];
  readonly maennlich: readonly unknown[];
  readonly nachnamen: readonly unknown[];
  readonly orte: readonly unknown[];
  readonly strassen: readonly unknown[];
}

class Aufzeichnung extends Rng {
  readonly picks: (readonly unknown[])[] = [];
  constructor() {
    super('aufzeichnung');
  }
  // Always "high": no optional extra (second given name, title, street spelling) is drawn.
  override next(): number {
    return 0.99;
  }
  override pick<T>(items: readonly T[]): T {
    this.picks.push(items);
    return super.pick(items);
  }
}

function lerneListen(): Listen {
  const draw = (f: (rng: Rng) => unknown) => {
    const rng = new Aufzeichnung();
    f(rng);
    return rng.picks;
  };
  const [weiblich, nachnamen] = draw((rng) => fake.person(rng, { gender: 'f' }));
  const [maennlich] = draw((rng) => fake.person(rng, { gender: 'm' }));
  const [orte, strassen] = draw((rng) => fake.address(rng));
  return { weiblich, maennlich, nachnamen, orte, strassen };
}

/**
 * A random stream whose first person and first address are the chosen ones (see the module's
 * comment). Everything else, and every forked stream, stays the generator's own.
 */
class GelenkterZufall extends Rng {
  private vorname: 'offen' | 'gesetzt' | 'fertig' = 'offen';
  private nachname: 'offen' | 'fertig' = 'offen';
  private geburt: number[] = [];
  private ort: 'offen' | 'fertig' = 'offen';
  private strasse: 'offen' | 'gesetzt' | 'fertig' = 'offen';

  constructor(
    seed: string,
    private readonly listen: Listen,
    private readonly person: Person,
    private readonly adresse: Adresse,
  ) {
    super(seed);
  }

  override pick<T>(items: readonly T[]): T {
    const { listen, person, adresse } = this;
    if (this.vorname === 'offen' && (items === listen.weiblich || items === listen.maennlich)) {
      this.vorname = 'gesetzt';
      // a draw of the other gender's names is another person than ours: the seed will not fit
      if (items === (person.geschlecht === 'f' ? listen.weiblich : listen.maennlich)) return person.vorname as T;
    }
    if (this.vorname === 'gesetzt' && this.nachname === 'offen' && items === listen.nachnamen) {
      this.nachname = 'fertig';
      this.vorname = 'fertig';
      const [y, m, d] = person.geburtsdatum.split('-').map(Number);
      this.geburt = [y, m, d];
      return person.nachname as T;
    }
    if (this.ort === 'offen' && items === listen.orte) {
      this.ort = 'fertig';
      return [adresse.plz, adresse.ort] as T;
    }
    if (this.ort === 'fertig' && this.strasse === 'offen' && items === listen.strassen) {
      this.strasse = 'gesetzt';
      return adresse.strasse as T;
    }
    return super.pick(items);
  }

  // The three numbers drawn right after the surname are the birth year, month and day.
  override int(min: number, max: number): number {
    const next = this.geburt.shift();
    return next ?? super.int(min, max);
  }

  // The house number is the first weighted draw after the street.
  override weighted<T>(items: readonly (readonly [T, number])[]): T {
    if (this.strasse === 'gesetzt') {
      this.strasse = 'fertig';
      return Number(this.adresse.hausnummer) as T;
    }
    return super.weighted(items);
  }
}

/** A generator context whose "today" (the day the document was issued) is chosen. */
class Ausstellung extends Ctx {
  override readonly today: IsoDate;
  constructor(rng: Rng, type: DocumentTypeId, today: IsoDate) {
    super(rng, 'dev', type);
    this.today = today;
  }
}

const PERSON_FIELD: Partial<Record<DocumentTypeId, string>> = {
  rentenbescheid: 'name',
  meldebescheinigung: 'name',
  mietbescheinigung: 'mieter_name',
  lohnabrechnung: 'arbeitnehmer_name',
};

const adresszeile = (a: Adresse) => `${a.strasse} ${a.hausnummer}, ${a.plz} ${a.ort}`;

function zeichne(listen: Listen, person: Person, adresse: Adresse, wunsch: Dokumentwunsch, seed: number): Ctx {
  const layout = kindOf(wunsch.typ).layouts.find((l) => l.id === wunsch.layout);
  if (!layout || layout.holdout) throw new Error(`${wunsch.typ}/${wunsch.layout}: kein Layout des dev-Splits`);
  const ctx = new Ausstellung(new GelenkterZufall(`beispiel/${wunsch.typ}/${seed}`, listen, person, adresse), wunsch.typ, wunsch.ausgestellt);
  layout.build(ctx);
  ctx.doc.finish();
  return ctx;
}

/** Does the drawn document show our applicant, and her or his address spelt as in antrag.json? */
function zeigtPerson(ctx: Ctx, werte: Readonly<Record<string, Value>>, typ: DocumentTypeId, person: Person, adresse: Adresse): boolean {
  const feld = PERSON_FIELD[typ];
  if (!feld || werte[feld] !== `${person.vorname} ${person.nachname}`) return false;
  if (typ === 'meldebescheinigung' && (werte.geburtsdatum !== person.geburtsdatum || werte.anschrift !== adresszeile(adresse))) return false;
  if (typ === 'mietbescheinigung' && werte.anschrift !== adresszeile(adresse)) return false;
  // the generator may print the street "Str." or "Strasse" (the address window, a payslip's head)
  const strasse = `${adresse.strasse} ${adresse.hausnummer}`;
  return ctx.doc.items.some((item) => item.kind === 'text' && item.text.includes(strasse));
}

/** The text printed right of `label` on the same line of the same page (the nearest run). */
function gedrucktNeben(ctx: Ctx, label: string): string | undefined {
  const texts = ctx.doc.items.filter((item): item is TextItem => item.kind === 'text');
  const at = texts.find((item) => item.text === label);
  if (!at) return undefined;
  const right = texts.filter((item) => item.page === at.page && Math.abs(item.baseline - at.baseline) < 1 && item.x > at.x).sort((a, b) => a.x - b.x);
  return right[0]?.text;
}

const MAX_SEEDS = 20_000;

export async function zeichneDokument(listen: Listen, person: Person, adresse: Adresse, wunsch: Dokumentwunsch): Promise<Gezeichnet> {
  for (let seed = wunsch.seedAb ?? 1; seed < (wunsch.seedAb ?? 1) + MAX_SEEDS; seed++) {
    const ctx = zeichne(listen, person, adresse, wunsch, seed);
    // The ground truth may hold values no field shows (the generator checks that): ours must be printed.
    const werte = Object.fromEntries(Object.entries(ctx.values).filter(([feld]) => ctx.doc.placements.has(feld)));
    if (!zeigtPerson(ctx, werte, wunsch.typ, person, adresse)) continue;
    if (wunsch.passt && !wunsch.passt(werte, (label) => gedrucktNeben(ctx, label))) continue;
    return { datei: wunsch.datei, typ: wunsch.typ, layout: wunsch.layout, seed, werte, pdf: await renderPdf(ctx.doc, ctx.meta) };
  }
  throw new Error(`${wunsch.datei}: kein Seed in ${MAX_SEEDS} Versuchen passt – hat sich der Generator geändert?`);
}

// ------------------------------------------------------------------ the samples

export interface Beispiel {
  readonly ordner: string;
  readonly antrag: Antrag;
  readonly dokumente: readonly Gezeichnet[];
}

const zahl = (v: Value | undefined): number => {
  if (typeof v !== 'number') throw new Error(`Betrag erwartet, erhalten: ${String(v)}`);
  return v;
};
const cent = (v: number) => Math.round(v * 100) / 100;

/** A pensioner living alone in a rented flat, with every proof the rules ask for. */
async function vollstaendig(listen: Listen): Promise<Beispiel> {
  const person: Person = { vorname: 'Ursula', nachname: 'Hoffmann', geschlecht: 'f', geburtsdatum: '1951-04-17' };
  const adresse: Adresse = { strasse: 'Lindenallee', hausnummer: '14', plz: '04277', ort: 'Leipzig' };
  const eingangsdatum = '2025-09-15';

  const rente = await zeichneDokument(listen, person, adresse, {
    datei: 'rentenanpassung-2025.pdf',
    typ: 'rentenbescheid',
    layout: 'drv-anpassung',
    ausgestellt: '2025-06-10',
    passt: (w) => w.gueltig_ab === '2025-07-01' && zahl(w.rente_brutto) >= 950 && zahl(w.rente_brutto) <= 1250,
  });
  const miete = await zeichneDokument(listen, person, adresse, {
    datei: 'mietbescheinigung.pdf',
    typ: 'mietbescheinigung',
    layout: 'stadt-formular',
    ausgestellt: '2025-08-26',
    passt: (w) => w.bewohner_anzahl === 1 && w.heizkosten !== undefined && zahl(w.wohnflaeche) >= 38 && zahl(w.wohnflaeche) <= 58 && zahl(w.grundmiete) + zahl(w.nebenkosten) <= 520 && String(w.einzugsdatum) >= '2017-01-01',
  });
  // The registration says she moved in when the tenancy began.
  const einzug = String(miete.werte.einzugsdatum);
  const melde = await zeichneMeldebescheinigung(listen, person, adresse, { datei: 'meldebescheinigung.pdf', layout: 'bmg18-einfach', einzug, ausgestelltZwischen: ['2025-08-18', '2025-09-12'] });

  const antrag = antragSchema.parse({
    antragId: 'OZG-2025-000417',
    eingangsdatum,
    antragsart: 'erstantrag',
    antragsteller: { anrede: 'Frau', anschrift: { strasse: adresse.strasse, hausnummer: adresse.hausnummer, plz: adresse.plz, ort: adresse.ort }, email: 'ursula.hoffmann@example.org' },
    haushalt: [
      {
        vorname: person.vorname,
        nachname: person.nachname,
        geburtsdatum: person.geburtsdatum,
        beziehung: 'antragsteller',
        einkommen: [{ art: 'rente', monatsbetrag: zahl(rente.werte.rente_brutto) }],
        abzuege: { steuern: false, krankenversicherung: true, rentenversicherung: false },
      },
    ],
    wohnung: { verhaeltnis: 'miete', bruttokaltmiete: cent(zahl(miete.werte.grundmiete) + zahl(miete.werte.nebenkosten)), wohnflaeche: zahl(miete.werte.wohnflaeche), mietstufe: 2 },
    bankverbindung: { iban: fake.germanIban('86055592', '1120448317'), kontoinhaber: `${person.vorname} ${person.nachname}` },
  });
  return { ordner: 'antrag-vollstaendig', antrag, dokumente: [rente, miete, melde] };
}

/** An employee who sent only the last two payslips and no Meldebescheinigung. */
async function unvollstaendig(listen: Listen): Promise<Beispiel> {
  const person: Person = { vorname: 'Jonas', nachname: 'Becker', geschlecht: 'm', geburtsdatum: '1991-08-23' };
  const adresse: Adresse = { strasse: 'Eisenbahnstraße', hausnummer: '71', plz: '04315', ort: 'Leipzig' };
  const eingangsdatum = '2025-10-06';

  const september = await zeichneDokument(listen, person, adresse, {
    datei: 'lohnabrechnung-2025-09.pdf',
    typ: 'lohnabrechnung',
    layout: 'datev',
    ausgestellt: '2025-10-01',
    // single, no children: tax class I, no child allowance; with the firm since he was grown up
    passt: (w, gedruckt) =>
      w.abrechnungsmonat === '2025-09' && zahl(w.brutto) >= 1900 && zahl(w.brutto) <= 2500 && gedruckt('StKl') === '1' && gedruckt('Kinderfr.') === '0,0' && Number(gedruckt('Eintritt')?.slice(-4)) >= 2014,
  });
  // The same payroll a month earlier: the same seed, issued a month before.
  const august = await zeichneDokument(listen, person, adresse, {
    datei: 'lohnabrechnung-2025-08.pdf',
    typ: 'lohnabrechnung',
    layout: 'datev',
    ausgestellt: '2025-09-01',
    seedAb: september.seed,
    passt: (w) => w.abrechnungsmonat === '2025-08' && w.brutto === september.werte.brutto,
  });
  if (august.seed !== september.seed) throw new Error('Die Lohnabrechnung für August ist nicht dieselbe Abrechnung einen Monat früher.');
  const miete = await zeichneDokument(listen, person, adresse, {
    datei: 'mietbescheinigung.pdf',
    typ: 'mietbescheinigung',
    layout: 'wohnungsunternehmen-tabelle',
    ausgestellt: '2025-09-22',
    passt: (w) => w.bewohner_anzahl === 1 && w.heizkosten !== undefined && zahl(w.wohnflaeche) >= 40 && zahl(w.wohnflaeche) <= 62 && zahl(w.grundmiete) + zahl(w.nebenkosten) <= 560,
  });

  const antrag = antragSchema.parse({
    antragId: 'OZG-2025-000532',
    eingangsdatum,
    antragsart: 'erstantrag',
    antragsteller: { anrede: 'Herr', anschrift: { strasse: adresse.strasse, hausnummer: adresse.hausnummer, plz: adresse.plz, ort: adresse.ort }, telefon: '0341 5550172' },
    haushalt: [
      {
        vorname: person.vorname,
        nachname: person.nachname,
        geburtsdatum: person.geburtsdatum,
        beziehung: 'antragsteller',
        einkommen: [{ art: 'nichtselbststaendig', monatsbetrag: zahl(september.werte.brutto) }],
        abzuege: { steuern: true, krankenversicherung: true, rentenversicherung: true },
      },
    ],
    wohnung: { verhaeltnis: 'miete', bruttokaltmiete: cent(zahl(miete.werte.grundmiete) + zahl(miete.werte.nebenkosten)), wohnflaeche: zahl(miete.werte.wohnflaeche), mietstufe: 2 },
    bankverbindung: { iban: fake.germanIban('86095604', '3307215509'), kontoinhaber: `${person.vorname} ${person.nachname}` },
  });
  return { ordner: 'antrag-unvollstaendig', antrag, dokumente: [august, september, miete] };
}

/**
 * A Meldebescheinigung whose move-in day is a given one. The layout draws the move-in day as
 * "today minus n days"; n does not depend on today, so a first drawing tells n and a second one,
 * issued n days after the move-in, prints the wanted day (if that issue day is in the window).
 */
async function zeichneMeldebescheinigung(
  listen: Listen,
  person: Person,
  adresse: Adresse,
  wunsch: { datei: string; layout: string; einzug: IsoDate; ausgestelltZwischen: readonly [IsoDate, IsoDate] },
): Promise<Gezeichnet> {
  const [von, bis] = wunsch.ausgestelltZwischen;
  let seedAb = 1;
  for (let versuch = 0; versuch < 5000; versuch++) {
    const probe = await zeichneDokument(listen, person, adresse, { datei: wunsch.datei, typ: 'meldebescheinigung', layout: wunsch.layout, ausgestellt: bis, seedAb });
    const tage = tageZwischen(String(probe.werte.einzugsdatum), bis);
    const ausgestellt = addDays(wunsch.einzug, tage);
    if (ausgestellt >= von && ausgestellt <= bis) {
      const doc = await zeichneDokument(listen, person, adresse, { datei: wunsch.datei, typ: 'meldebescheinigung', layout: wunsch.layout, ausgestellt, seedAb: probe.seed });
      if (doc.seed === probe.seed && doc.werte.einzugsdatum === wunsch.einzug) return doc;
    }
    seedAb = probe.seed + 1;
  }
  throw new Error(`${wunsch.datei}: keine Meldebescheinigung mit Einzug am ${wunsch.einzug} gefunden`);
}

function tageZwischen(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export async function erzeugeBeispiele(): Promise<Beispiel[]> {
  const listen = lerneListen();
  return [await vollstaendig(listen), await unvollstaendig(listen)];
}

/** Writes each sample into DIR/<ordner>/ (the folder is emptied first). */
export async function schreibeBeispiele(dir: string, beispiele: readonly Beispiel[]): Promise<void> {
  for (const beispiel of beispiele) {
    const ordner = path.join(dir, beispiel.ordner);
    await rm(ordner, { recursive: true, force: true });
    await mkdir(ordner, { recursive: true });
    await writeFile(path.join(ordner, 'antrag.json'), JSON.stringify(beispiel.antrag, null, 2) + '\n');
    for (const dokument of beispiel.dokumente) await writeFile(path.join(ordner, dokument.datei), dokument.pdf);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : SAMPLES_DIR;
  const beispiele = await erzeugeBeispiele();
  await schreibeBeispiele(out, beispiele);
  for (const b of beispiele) console.log(`${path.join(out, b.ordner)}: antrag.json, ${b.dokumente.map((d) => `${d.datei} (${d.typ}/${d.layout}, Seed ${d.seed})`).join(', ')}`);
}
