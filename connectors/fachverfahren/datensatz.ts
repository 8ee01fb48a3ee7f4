/**
 * The export record of a case, from the process variables. Only the variables go in, nothing of
 * "now": the same variables always give the same record, byte for byte, so a retried job finds
 * its own export again (see ../ausgang.ts).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { antragsteller as antragstellerVon, type Antrag } from '../../wohngeld/antrag.ts';
import type { Korrektur } from '../../wohngeld/household.ts';
import { pfad } from '../../wohngeld/probleme.ts';
import { fachverfahrenExportSchema, QUELLEN, SCHEMA_VERSION, type FachverfahrenExport } from './schema.ts';

type Quelle = (typeof QUELLEN)[number];
interface ModellWert {
  readonly wert: number;
  readonly quelle: string;
}

/** The variables the record is made of (as the workers of the case write them). */
export interface Fallvariablen {
  readonly antrag: Antrag;
  readonly entscheidung: { readonly ergebnis: 'bewilligen' | 'ablehnen' | 'versagen'; readonly begruendung: string; readonly entschiedenAm?: string | null };
  readonly berechnung?: {
    readonly wohngeld: number;
    readonly anspruch: boolean;
    readonly M: number;
    readonly Y: number;
    readonly hoechstbetrag: number;
    readonly rechtsstand: string;
    readonly schritte: readonly { readonly text: string; readonly rechtsgrundlage: string; readonly betrag?: number }[];
  } | null;
  readonly bescheidEntwurf?: {
    readonly dokument: { readonly storeId: string; readonly documentId: string; readonly contentHash?: string; readonly metadata?: Readonly<Record<string, unknown>> };
    readonly betreff: string;
    readonly bewilligungszeitraum?: { readonly von: string; readonly bis: string } | null;
  } | null;
  readonly haushaltsmodell?: {
    readonly mietstufe?: ModellWert | null;
    readonly bruttokaltmiete?: ModellWert | null;
    readonly mitglieder?: readonly { readonly id: string; readonly beruecksichtigt?: { readonly wert: boolean } | null }[] | null;
  } | null;
  readonly korrekturen?: readonly Korrektur[] | null;
  readonly dokumentAnalysen?: readonly { readonly file: string; readonly documentType: string; readonly confidence: number }[] | null;
  /** the office's Mietstufe (WOHNGELD_MIETSTUFE): the calculation used it where the model has none */
  readonly konfigurierteMietstufe?: number;
}

export type Pruefung = { readonly ok: true; readonly datensatz: FachverfahrenExport } | { readonly ok: false; readonly gruende: string[] };

const cent = (n: number) => Math.round(n * 100) / 100;
const quelle = (q: string): Quelle | undefined => (QUELLEN as readonly string[]).includes(q) ? (q as Quelle) : undefined;

/**
 * XML 1.0 cannot carry control characters (other than tab and line breaks), unpaired surrogates
 * or U+FFFE/U+FFFF. They are dropped from every text, in the JSON as well, so both files say the same.
 */
// eslint-disable-next-line no-control-regex
const NICHT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function bereinigt<T>(wert: T): T {
  if (typeof wert === 'string') return wert.replace(NICHT_XML, '') as T;
  if (Array.isArray(wert)) return wert.map(bereinigt) as T;
  if (wert && typeof wert === 'object') return Object.fromEntries(Object.entries(wert).filter(([, v]) => v !== undefined).map(([k, v]) => [k, bereinigt(v)])) as T;
  return wert;
}

/** The record of a case, checked against the schema: either the record, or the reasons the Fachverfahren cannot take it (German, each naming the field). */
export function baueDatensatz(v: Fallvariablen): Pruefung {
  const { antrag, entscheidung, berechnung, bescheidEntwurf, haushaltsmodell } = v;
  const person = antragstellerVon(antrag);
  const bewilligt = entscheidung.ergebnis === 'bewilligen';
  const modellMitglieder = haushaltsmodell?.mitglieder ?? [];
  const mietstufe = haushaltsmodell?.mietstufe
    ? { mietstufe: haushaltsmodell.mietstufe.wert, mietstufeQuelle: quelle(haushaltsmodell.mietstufe.quelle) }
    : berechnung && v.konfigurierteMietstufe !== undefined
      ? { mietstufe: v.konfigurierteMietstufe, mietstufeQuelle: 'konfiguration' as const }
      : {};
  const miete = haushaltsmodell?.bruttokaltmiete
    ? { bruttokaltmiete: cent(haushaltsmodell.bruttokaltmiete.wert), bruttokaltmieteQuelle: quelle(haushaltsmodell.bruttokaltmiete.quelle) }
    : antrag.wohnung.bruttokaltmiete !== undefined
      ? { bruttokaltmiete: cent(antrag.wohnung.bruttokaltmiete), bruttokaltmieteQuelle: 'antrag' as const }
      : {};
  const dokument = bescheidEntwurf?.dokument;
  const fileName = typeof dokument?.metadata?.fileName === 'string' ? dokument.metadata.fileName : undefined;

  const kandidat = bereinigt({
    schemaVersion: SCHEMA_VERSION,
    antragId: antrag.antragId,
    eingangsdatum: antrag.eingangsdatum,
    antragsart: antrag.antragsart,
    antragsteller: {
      anrede: antrag.antragsteller.anrede,
      vorname: person.vorname,
      nachname: person.nachname,
      geburtsdatum: person.geburtsdatum,
      anschrift: { ...antrag.antragsteller.anschrift },
      email: antrag.antragsteller.email,
      telefon: antrag.antragsteller.telefon?.trim() || undefined,
    },
    // the model numbers the members m1, m2, … in the application's order
    haushalt: antrag.haushalt.map((m, i) => ({
      id: modellMitglieder[i]?.id ?? `m${i + 1}`,
      vorname: m.vorname,
      nachname: m.nachname,
      geburtsdatum: m.geburtsdatum,
      beziehung: m.beziehung,
      beruecksichtigt: modellMitglieder[i]?.beruecksichtigt?.wert,
    })),
    wohnung: { verhaeltnis: antrag.wohnung.verhaeltnis, ...mietstufe, ...miete, wohnflaeche: antrag.wohnung.wohnflaeche || undefined },
    entscheidung: {
      ergebnis: entscheidung.ergebnis,
      begruendung: entscheidung.begruendung,
      entschiedenAm: entscheidung.entschiedenAm ?? undefined,
      bewilligungszeitraum: bewilligt && bescheidEntwurf?.bewilligungszeitraum ? { von: bescheidEntwurf.bewilligungszeitraum.von, bis: bescheidEntwurf.bewilligungszeitraum.bis } : undefined,
      wohngeldMonatlich: bewilligt && berechnung ? cent(berechnung.wohngeld) : undefined,
    },
    berechnung: berechnung
      ? {
          wohngeld: cent(berechnung.wohngeld),
          anspruch: berechnung.anspruch,
          M: cent(berechnung.M),
          Y: cent(berechnung.Y),
          hoechstbetrag: cent(berechnung.hoechstbetrag),
          rechtsstand: berechnung.rechtsstand,
          schritte: berechnung.schritte.map((s) => ({ text: s.text, rechtsgrundlage: s.rechtsgrundlage, betrag: s.betrag === undefined ? undefined : cent(s.betrag) })),
        }
      : undefined,
    korrekturen: (v.korrekturen ?? []).map((k) => ({ pfad: k.pfad, wert: k.wert, begruendung: k.begruendung })),
    dokumente: (v.dokumentAnalysen ?? []).map((d) => ({ file: d.file, documentType: d.documentType, confidence: d.confidence })),
    bescheidEntwurf: dokument ? { documentId: dokument.documentId, storeId: dokument.storeId, contentHash: dokument.contentHash, fileName, betreff: bescheidEntwurf!.betreff } : undefined,
    bankverbindung: bewilligt && antrag.bankverbindung ? { iban: antrag.bankverbindung.iban, kontoinhaber: antrag.bankverbindung.kontoinhaber } : undefined,
  });

  const geprueft = fachverfahrenExportSchema.safeParse(kandidat, { error: z.locales.de().localeError });
  if (!geprueft.success) return { ok: false, gruende: geprueft.error.issues.map((issue) => `${pfad(issue.path, 'Datensatz')}: ${issue.message}`) };
  return { ok: true, datensatz: geprueft.data };
}

/** The record as JSON text, as written to `<antragId>.json`. */
export function alsJson(datensatz: FachverfahrenExport): string {
  return `${JSON.stringify(datensatz, null, 2)}\n`;
}

/** sha256 (hex) of the JSON text: the `pruefsumme` of the hand-over. */
export function pruefsumme(json: string): string {
  return createHash('sha256').update(json, 'utf8').digest('hex');
}
