/**
 * The Postausgang: "sending" a letter in this first version means placing the PDF with a small
 * cover sheet (Deckblatt, JSON) in the office's outbox directory (WOHNGELD_POSTAUSGANG), from where
 * the office prints and posts it or an OZG mailbox connector picks it up.
 *
 * `<antragId>-<briefArt>.pdf`, then `<antragId>-<briefArt>.json` (../ausgang.ts: atomic,
 * idempotent, a different letter under the same name becomes `.v2`). The Deckblatt carries the
 * day the letter was first placed; a retried job finds the same letter (same PDF) and keeps that
 * day, so a retry never yields a second, differently dated copy.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { antragsteller, type Antrag } from '../../wohngeld/antrag.ts';
import { ausgangsverzeichnis, dateistamm, fassungen, legeAb, liesAusgangsdatei } from '../ausgang.ts';

export const POSTAUSGANG_EINSTELLUNG = 'WOHNGELD_POSTAUSGANG';
export const STANDARD_POSTAUSGANG = './data/postausgang';
export const BRIEFARTEN = ['nachforderung', 'bescheid'] as const;
export type BriefArt = (typeof BRIEFARTEN)[number];

/** The cover sheet next to each letter. */
export const deckblattSchema = z
  .object({
    schemaVersion: z.literal(1),
    antragId: z.string(),
    briefArt: z.enum(BRIEFARTEN),
    /** the day the letter was placed in the Postausgang (German time), JJJJ-MM-TT */
    abgelegtAm: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    empfaenger: z
      .object({
        anrede: z.enum(['Frau', 'Herr', 'keine']),
        vorname: z.string(),
        nachname: z.string(),
        anschrift: z.object({ strasse: z.string(), hausnummer: z.string(), plz: z.string(), ort: z.string() }).strict(),
        email: z.string().optional(),
      })
      .strict(),
    brief: z
      .object({
        /** sha256 (hex) of the PDF next to this sheet */
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.number().int().positive(),
        /** where the letter came from: the Camunda document */
        dokumentId: z.string(),
        dateiname: z.string().optional(),
      })
      .strict(),
  })
  .strict();

export type Deckblatt = z.infer<typeof deckblattSchema>;

export interface Brief {
  readonly antrag: Antrag;
  readonly briefArt: BriefArt;
  readonly pdf: Buffer;
  /** the document the PDF was downloaded from */
  readonly dokumentId: string;
  readonly dateiname?: string;
}

export interface Versand {
  /** the PDF's file name in the Postausgang */
  readonly datei: string;
  /** the Deckblatt's file name */
  readonly deckblatt: string;
  readonly abgelegtAm: string;
  /** false: the same letter was there already */
  readonly geschrieben: boolean;
}

export function postausgang(env: Record<string, string | undefined> = process.env): string {
  return ausgangsverzeichnis(POSTAUSGANG_EINSTELLUNG, STANDARD_POSTAUSGANG, env);
}

/** The calendar day in Germany: a letter placed at 00:30 is dated that day, not the day before as in UTC. */
export function tagInDeutschland(zeitpunkt: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(zeitpunkt);
}

export const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

/** The day this very letter (same PDF) was placed before, if it is still there. */
async function frueheresAblegedatum(verzeichnis: string, stamm: string, sha256: string): Promise<string | undefined> {
  for (const fassung of await fassungen(verzeichnis, stamm)) {
    if (!fassung.endungen.includes('json')) continue;
    const inhalt = await liesAusgangsdatei(verzeichnis, `${fassung.stamm}.json`);
    let blatt: unknown;
    try {
      blatt = JSON.parse(inhalt?.toString('utf8') ?? '');
    } catch {
      continue; // not ours, or edited by hand: it does not count as this letter
    }
    const gelesen = deckblattSchema.safeParse(blatt);
    if (gelesen.success && gelesen.data.brief.sha256 === sha256) return gelesen.data.abgelegtAm;
  }
  return undefined;
}

/**
 * Places the letter and its Deckblatt; rejects with `AusgangFehler` when the directory cannot be
 * written. `jetzt` is the clock (tests set it).
 */
export async function legeBriefAb(verzeichnis: string, brief: Brief, jetzt: () => Date = () => new Date()): Promise<Versand> {
  const { antrag } = brief;
  const stamm = dateistamm(`${antrag.antragId}-${brief.briefArt}`);
  const sha256 = createHash('sha256').update(brief.pdf).digest('hex');
  const abgelegtAm = (await frueheresAblegedatum(verzeichnis, stamm, sha256)) ?? tagInDeutschland(jetzt());
  const person = antragsteller(antrag);
  const deckblatt: Deckblatt = deckblattSchema.parse({
    schemaVersion: 1,
    antragId: antrag.antragId,
    briefArt: brief.briefArt,
    abgelegtAm,
    empfaenger: {
      anrede: antrag.antragsteller.anrede,
      vorname: person.vorname,
      nachname: person.nachname,
      anschrift: { ...antrag.antragsteller.anschrift },
      ...(antrag.antragsteller.email ? { email: antrag.antragsteller.email } : {}),
    },
    brief: { sha256, bytes: brief.pdf.length, dokumentId: brief.dokumentId, ...(brief.dateiname ? { dateiname: brief.dateiname } : {}) },
  });
  const ablage = await legeAb(verzeichnis, stamm, [
    { endung: 'pdf', inhalt: brief.pdf },
    { endung: 'json', inhalt: `${JSON.stringify(deckblatt, null, 2)}\n` },
  ]);
  return { datei: ablage.dateien[0], deckblatt: ablage.dateien[1], abgelegtAm, geschrieben: ablage.geschrieben };
}
