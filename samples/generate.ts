/**
 * Re-creates the example applications in samples/: for each an `antrag.json` and the documents
 * of its household as born-digital PDFs, drawn by the synthetic corpus generator (tests/corpus/).
 *
 *   node --import tsx samples/generate.ts [--out DIR]
 *
 * The corpus generator draws every person, address and amount from its random stream; it has no
 * parameters for chosen values. So the samples steer that stream (`GelenkterZufall`): the first
 * person a layout draws gets the names and birth date of the household member the document is
 * about, the first address (after the issuer's own, where a layout draws that first) the flat.
 * Whatever else a draw brings (a second given name, a title, a street spelt "Str.", the amounts)
 * is checked against the document's ground truth, and a deterministic search over seeds takes
 * the first seed whose document fits. The amounts of the application (rent, pension, wages,
 * Elterngeld, Arbeitslosengeld) are then taken from the documents, so that application and
 * documents agree to the cent.
 *
 * The same code gives the same bytes: the test in tests/samples/ re-creates the folders and
 * compares them with the committed files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { antragSchema, vollerName, type Antrag, type BEZIEHUNGEN } from '../wohngeld/antrag.ts';
import type { DocumentTypeId } from '../wohngeld/catalog.ts';
import type { Einkommensart } from '../wohngeld/law/calculate.ts';
import { Ctx, type Value } from '../tests/corpus/context.ts';
import { kindOf } from '../tests/corpus/corpus.ts';
import { addDays, addMonths, type IsoDate } from '../tests/corpus/dates.ts';
import * as fake from '../tests/corpus/fake.ts';
import type { TextItem } from '../tests/corpus/doc.ts';
import { Rng } from '../tests/corpus/random.ts';
import { renderPdf } from '../tests/corpus/render.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('.', import.meta.url));

/** A member of the household as the documents must name them. */
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
   * the text printed right of a label on the same line, `text` everything printed (one run a
   * line), for what the catalog has no field for.
   */
  readonly passt?: (werte: Readonly<Record<string, Value>>, gedruckt: (label: string) => string | undefined, text: string) => boolean;
  /** the seed search starts here; a second document of the same kind reuses the first one's seed */
  readonly seedAb?: number;
  /**
   * How many addresses the layout draws before the person's own (a school letter draws the
   * school's first): those stay the generator's, the next one is the flat.
   */
  readonly fremdeAdressen?: number;
}

export interface Gezeichnet {
  readonly datei: string;
  readonly typ: DocumentTypeId;
  readonly layout: string;
  readonly seed: number;
  /** the document's ground truth: every catalog field as printed, normalised */
  readonly werte: Readonly<Record<string, Value>>;
  /** everything printed, one text run a line (for what the catalog has no field for) */
  readonly text: string;
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
    private fremdeAdressen = 0,
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
      if (this.fremdeAdressen > 0) {
        this.fremdeAdressen--;
        return super.pick(items);
      }
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
  arbeitslosengeldbescheid: 'name',
  elterngeldbescheid: 'name',
  schulbescheinigung: 'name',
  schwerbehindertenausweis: 'name',
};

const adresszeile = (a: Adresse) => `${a.strasse} ${a.hausnummer}, ${a.plz} ${a.ort}`;

function zeichne(listen: Listen, person: Person, adresse: Adresse, wunsch: Dokumentwunsch, seed: number): Ctx {
  const layout = kindOf(wunsch.typ).layouts.find((l) => l.id === wunsch.layout);
  if (!layout || layout.holdout) throw new Error(`${wunsch.typ}/${wunsch.layout}: kein Layout des dev-Splits`);
  const ctx = new Ausstellung(new GelenkterZufall(`beispiel/${wunsch.typ}/${seed}`, listen, person, adresse, wunsch.fremdeAdressen), wunsch.typ, wunsch.ausgestellt);
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
  // and a house number "14a"
  const strasse = new RegExp(`${adresse.strasse.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${adresse.hausnummer}(?![0-9a-z])`);
  return ctx.doc.items.some((item) => item.kind === 'text' && strasse.test(item.text));
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
    const text = ctx.doc.items.flatMap((item) => (item.kind === 'text' ? [item.text] : [])).join('\n');
    if (wunsch.passt && !wunsch.passt(werte, (label) => gedrucktNeben(ctx, label), text)) continue;
    return { datei: wunsch.datei, typ: wunsch.typ, layout: wunsch.layout, seed, werte, text, pdf: await renderPdf(ctx.doc, ctx.meta) };
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
/** "Renate Köhler" → "renate-koehler" */
const dateiname = (p: Person) =>
  vollerName(p)
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]+/g, '-');

// The parts of antrag.json every sample states the same way.
type Beziehung = (typeof BEZIEHUNGEN)[number];
type Einkommen = { art: Einkommensart; monatsbetrag: number };
type Abzuege = { steuern: boolean; krankenversicherung: boolean; rentenversicherung: boolean };

const anschrift = (a: Adresse) => ({ strasse: a.strasse, hausnummer: a.hausnummer, plz: a.plz, ort: a.ort });

function mitglied(p: Pick<Person, 'vorname' | 'nachname' | 'geburtsdatum'>, beziehung: Beziehung, angaben: { einkommen?: Einkommen[]; abzuege?: Abzuege; schwerbehindert?: boolean; inAusbildung?: boolean } = {}) {
  return { vorname: p.vorname, nachname: p.nachname, geburtsdatum: p.geburtsdatum, beziehung, ...angaben };
}

/** The flat as the Mietbescheinigung states it: the rent without heating (§ 9 WoGG) and the area. */
function mietwohnung(miete: Gezeichnet, mietstufe: number) {
  return { verhaeltnis: 'miete' as const, bruttokaltmiete: cent(zahl(miete.werte.grundmiete) + zahl(miete.werte.nebenkosten)), wohnflaeche: zahl(miete.werte.wohnflaeche), mietstufe };
}

const konto = (inhaber: Person, blz: string, kontonummer: string) => ({ iban: fake.germanIban(blz, kontonummer), kontoinhaber: vollerName(inhaber) });

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
    antragsteller: { anrede: 'Frau', anschrift: anschrift(adresse), email: 'ursula.hoffmann@example.org' },
    haushalt: [
      mitglied(person, 'antragsteller', {
        einkommen: [{ art: 'rente', monatsbetrag: zahl(rente.werte.rente_brutto) }],
        abzuege: { steuern: false, krankenversicherung: true, rentenversicherung: false },
      }),
    ],
    wohnung: mietwohnung(miete, 2),
    bankverbindung: konto(person, '86055592', '1120448317'),
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
    antragsteller: { anrede: 'Herr', anschrift: anschrift(adresse), telefon: '0341 5550172' },
    haushalt: [
      mitglied(person, 'antragsteller', {
        einkommen: [{ art: 'nichtselbststaendig', monatsbetrag: zahl(september.werte.brutto) }],
        abzuege: { steuern: true, krankenversicherung: true, rentenversicherung: true },
      }),
    ],
    wohnung: mietwohnung(miete, 2),
    bankverbindung: konto(person, '86095604', '3307215509'),
  });
  return { ordner: 'antrag-unvollstaendig', antrag, dokumente: [august, september, miete] };
}

/** Given names the generator may give a baby that parents of 2025 would choose. */
const BABYNAMEN = new Set(['Mia', 'Emilia', 'Lena', 'Marie', 'Sophie', 'Hannah', 'Lea', 'Charlotte', 'Greta', 'Johanna', 'Anna', 'Paul', 'Ben', 'Finn', 'Elias', 'Noah', 'Leon', 'Felix', 'Jonas', 'Lukas', 'Maximilian', 'Ole', 'Till']);

/** The child an Elterngeldbescheid is for, as its subject line names it ("für Ihr Kind Finn Wagner, geboren am 14.03.2025"). */
function kindLautElterngeldbescheid(text: string, nachname: string): { vorname: string; geburtsdatum: IsoDate } | undefined {
  const m = new RegExp(`für Ihr Kind (\\S+) ${nachname}, geboren am (\\d{2})\\.(\\d{2})\\.(\\d{4})`).exec(text);
  return m ? { vorname: m[1], geburtsdatum: `${m[4]}-${m[3]}-${m[2]}` } : undefined;
}

/** Running text with its line breaks undone. */
const fliesstext = (text: string) => text.replace(/\s+/g, ' ');

/**
 * A family of five sharing a rented flat: the applicant on parental leave with Elterngeld for her
 * baby, her husband with Arbeitslosengeld, their daughter at a Gymnasium, the baby, and the
 * applicant's mother, a pensioner with a GdB of 100. Ten documents prove every rule.
 */
async function familie(listen: Listen): Promise<Beispiel> {
  const adresse: Adresse = { strasse: 'Georg-Schwarz-Straße', hausnummer: '112', plz: '04177', ort: 'Leipzig' };
  const julia: Person = { vorname: 'Julia', nachname: 'Wagner', geschlecht: 'f', geburtsdatum: '1986-05-21' };
  const stefan: Person = { vorname: 'Stefan', nachname: 'Wagner', geschlecht: 'm', geburtsdatum: '1983-10-02' };
  const lea: Person = { vorname: 'Lea', nachname: 'Wagner', geschlecht: 'f', geburtsdatum: '2009-03-12' };
  const renate: Person = { vorname: 'Renate', nachname: 'Köhler', geschlecht: 'f', geburtsdatum: '1953-01-28' };
  const eingangsdatum = '2025-11-03';

  const miete = await zeichneDokument(listen, julia, adresse, {
    datei: 'mietbescheinigung.pdf',
    typ: 'mietbescheinigung',
    layout: 'vermieter-brief',
    ausgestellt: '2025-10-15',
    passt: (w) =>
      w.bewohner_anzahl === 5 && w.heizkosten !== undefined && zahl(w.wohnflaeche) >= 88 && zahl(w.wohnflaeche) <= 112 && zahl(w.grundmiete) + zahl(w.nebenkosten) >= 640 && zahl(w.grundmiete) + zahl(w.nebenkosten) <= 820 && String(w.einzugsdatum) >= '2012-01-01' && String(w.einzugsdatum) <= '2019-12-31',
  });
  // The parents and the daughter registered when the tenancy began, the grandmother later. Only
  // the father's is the extended certificate (with his former address).
  const einzug = String(miete.werte.einzugsdatum);
  const ausgestelltZwischen = ['2025-10-06', '2025-10-24'] as const;
  const meldebescheinigung = (p: Person, layout: string, seit: IsoDate) =>
    zeichneMeldebescheinigung(listen, p, adresse, { datei: `meldebescheinigung-${dateiname(p)}.pdf`, layout, einzug: seit, ausgestelltZwischen });
  const meldeJulia = await meldebescheinigung(julia, 'bmg18-einfach', einzug);
  const meldeStefan = await meldebescheinigung(stefan, 'bmg18-erweitert', einzug);
  const meldeLea = await meldebescheinigung(lea, 'bmg18-einfach', einzug);
  const meldeRenate = await meldebescheinigung(renate, 'bmg18-einfach', '2023-04-01');

  // Basiselterngeld for the twelve months of life from the birth (no Mutterschaftsleistungen set off).
  const elterngeld = await zeichneDokument(listen, julia, adresse, {
    datei: `elterngeldbescheid-${dateiname(julia)}.pdf`,
    typ: 'elterngeldbescheid',
    layout: 'monatstabelle',
    ausgestellt: '2025-05-19',
    passt: (w, _, text) => {
      const kind = kindLautElterngeldbescheid(text, julia.nachname);
      return (
        /(Stadt|Amt für Jugend und Familie) Leipzig/.test(text) &&
        kind !== undefined && BABYNAMEN.has(kind.vorname) && kind.geburtsdatum >= '2025-02-01' && kind.geburtsdatum <= '2025-04-15' &&
        w.bezug_von === kind.geburtsdatum && w.bezug_bis === addDays(addMonths(kind.geburtsdatum, 12), -1) &&
        zahl(w.elterngeld_monatlich) >= 950 && zahl(w.elterngeld_monatlich) <= 1400
      );
    },
  });
  const baby = kindLautElterngeldbescheid(elterngeld.text, julia.nachname)!;

  // Arbeitslosengeld at the rate for parents (67 %), tax class III, IV or V, for a year from the summer.
  const arbeitslosengeld = await zeichneDokument(listen, stefan, adresse, {
    datei: `arbeitslosengeld-${dateiname(stefan)}.pdf`,
    typ: 'arbeitslosengeldbescheid',
    layout: 'ba-bewilligung-tabelle',
    ausgestellt: '2025-08-14',
    passt: (w, _, text) =>
      /\n[345]\n67 %\n/.test(text) && zahl(w.leistungsbetrag_taeglich) >= 38 && zahl(w.leistungsbetrag_taeglich) <= 52 && String(w.bewilligung_von) >= '2025-07-01' && String(w.bewilligung_bis) >= '2026-06-01',
  });

  // A school letter names the school's address first, then the pupil's: hers is the flat.
  const schule = await zeichneDokument(listen, lea, adresse, {
    datei: `schulbescheinigung-${dateiname(lea)}.pdf`,
    typ: 'schulbescheinigung',
    layout: 'schule-brief',
    ausgestellt: '2025-09-08',
    fremdeAdressen: 1,
    passt: (w, _, text) => /Gymnasium Leipzig$/.test(String(w.einrichtung)) && / · 04\d{3} Leipzig\n/.test(text) && / die Klasse 1[01][a-d]? unserer Schule/.test(fliesstext(text)) && w.gueltig_bis === '2026-07-31',
  });

  const rente = await zeichneDokument(listen, renate, adresse, {
    datei: `rentenanpassung-2025-${dateiname(renate)}.pdf`,
    typ: 'rentenbescheid',
    layout: 'drv-anpassung',
    ausgestellt: '2025-06-10',
    passt: (w, _, text) => w.gueltig_ab === '2025-07-01' && zahl(w.rente_brutto) >= 850 && zahl(w.rente_brutto) <= 1150 && /Ihre (Regelaltersrente|Altersrente) berechnen/.test(fliesstext(text)) && /Deutsche Rentenversicherung (Bund|Mitteldeutschland)/.test(text),
  });
  // Her GdB raised to 100 without time limit (the allowance of § 17 Nr. 1 WoGG), by the city of Leipzig.
  const schwerbehinderung = await zeichneDokument(listen, renate, adresse, {
    datei: `schwerbehinderung-${dateiname(renate)}.pdf`,
    typ: 'schwerbehindertenausweis',
    layout: 'neufeststellung-tabelle',
    ausgestellt: '2025-06-30',
    passt: (w, _, text) => w.gdb === 100 && w.gueltig_bis === undefined && text.includes('Stadt Leipzig'),
  });

  // Elterngeld is free of contributions; the children pay none either.
  const keineAbzuege = { steuern: false, krankenversicherung: false, rentenversicherung: false };
  const antrag = antragSchema.parse({
    antragId: 'OZG-2025-000688',
    eingangsdatum,
    antragsart: 'erstantrag',
    antragsteller: { anrede: 'Frau', anschrift: anschrift(adresse), email: 'julia.wagner@example.org', telefon: '0176 55501283' },
    haushalt: [
      mitglied(julia, 'antragsteller', {
        einkommen: [{ art: 'elterngeld', monatsbetrag: zahl(elterngeld.werte.elterngeld_monatlich) }],
        abzuege: keineAbzuege,
      }),
      // the Agentur für Arbeit pays his health and pension insurance
      mitglied(stefan, 'ehepartner', {
        einkommen: [{ art: 'arbeitslosengeld', monatsbetrag: cent(zahl(arbeitslosengeld.werte.leistungsbetrag_taeglich) * 30) }],
        abzuege: { steuern: false, krankenversicherung: true, rentenversicherung: true },
      }),
      mitglied(lea, 'kind', { abzuege: keineAbzuege, inAusbildung: true }),
      mitglied({ vorname: baby.vorname, nachname: julia.nachname, geburtsdatum: baby.geburtsdatum }, 'kind', { abzuege: keineAbzuege }),
      mitglied(renate, 'elternteil', {
        einkommen: [{ art: 'rente', monatsbetrag: zahl(rente.werte.rente_brutto) }],
        abzuege: { steuern: false, krankenversicherung: true, rentenversicherung: false },
        schwerbehindert: true,
      }),
    ],
    wohnung: mietwohnung(miete, 2),
    bankverbindung: konto(julia, '86055592', '1104739251'),
  });
  return {
    ordner: 'antrag-familie',
    antrag,
    dokumente: [miete, meldeJulia, meldeStefan, meldeLea, meldeRenate, elterngeld, arbeitslosengeld, schule, rente, schwerbehinderung],
  };
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
  return [await vollstaendig(listen), await unvollstaendig(listen), await familie(listen)];
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
