/**
 * The Wohngeld workers of one case: completeness check, pre-calculation, Nachforderung and
 * Bescheid-Entwurf. Plain handlers over the domain in wohngeld/; configuration problems are
 * retryable failures (an incident that names the setting once retries run out), a case that lacks
 * data is a result for the caseworker, not an error.
 */
import { z } from 'zod';
import { antragSchema } from '../wohngeld/antrag.ts';
import { analyzedDocumentSchema, DOCUMENT_TYPES } from '../wohngeld/catalog.ts';
import { pruefeVollstaendigkeit } from '../wohngeld/completeness.ts';
import { tagesendeInDeutschland } from '../wohngeld/datum.ts';
import { bildeHaushaltsmodell, ModellFehler, zuBerechnungsfall } from '../wohngeld/household.ts';
import { berechneWohngeld } from '../wohngeld/law/calculate.ts';
import { erstelleBescheidEntwurf } from '../wohngeld/letters/bescheid.ts';
import { erstelleNachforderung } from '../wohngeld/letters/nachforderung.ts';
import { pruefwerteAus } from '../wohngeld/pruefwerte.ts';
import { briefkopf, konfigurationsfehler, mietstufe, nachweisregeln } from './konfiguration.ts';
import { bpmnError, complete, defineWorker, retryableFailure, DocumentUnavailable, type DocumentReference, type JobContext, type RetryableFailureOutcome } from './types.ts';

const dokumentAnalysen = z.array(analyzedDocumentSchema).max(500).default([]);
const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datum der Form JJJJ-MM-TT' });
/** An optional input: absent or null (an input mapping from a variable the process lacks gives null). */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);
const heute = () => new Date().toISOString().slice(0, 10);
/** below this confidence (0..1) a value read from a document is marked for the caseworker, unless the process sets `mindestKonfidenz` */
export const STANDARD_MINDEST_KONFIDENZ = 0.8;

// a form leaves an empty reason as null; that is no reason, not an error
export const korrekturSchema = z
  .object({ pfad: z.string().min(1).max(200), wert: z.union([z.number(), z.boolean()]), begruendung: z.string().max(2000).nullish().transform((b) => b?.trim() || undefined) })
  .strict();

const fehlenderNachweisSchema = z.object({
  regel: z.string(),
  mitglied: z.object({ id: z.string(), name: z.string() }).optional(),
  nachweis: z.array(z.enum(DOCUMENT_TYPES)).min(1),
  bezeichnung: z.string(),
  grund: z.string(),
  fehlendeMonate: z.array(z.string()).optional(),
});

const vollstaendigkeitSchema = z.object({
  vollstaendig: z.boolean(),
  fehlend: z.array(fehlenderNachweisSchema),
  erfuellt: z.array(z.object({ regel: z.string(), mitglied: z.object({ id: z.string(), name: z.string() }).optional(), dokumente: z.array(z.string()) })),
});

const schrittSchema = z.object({ text: z.string(), rechtsgrundlage: z.string(), betrag: z.number().optional() });
export const berechnungSchema = z.object({
  wohngeld: z.number().int().min(0),
  anspruch: z.boolean(),
  M: z.number(),
  Y: z.number(),
  hoechstbetrag: z.number(),
  schritte: z.array(schrittSchema),
  rechtsstand: z.string(),
});

const documentReference = z.object({ 'camunda.document.type': z.literal('camunda'), storeId: z.string(), documentId: z.string(), contentHash: z.string().optional(), metadata: z.record(z.string(), z.unknown()).optional() });

/** A letter into the document store, named after the application; a store that is not there now is a retryable failure. */
async function speichereBrief(context: JobContext, pdf: Uint8Array, antragId: string, name: string, art: string): Promise<DocumentReference | RetryableFailureOutcome> {
  try {
    return await context.documents.upload(pdf, { fileName: `${name}-${antragId}.pdf`, contentType: 'application/pdf', customProperties: { antragId, art } });
  } catch (error) {
    if (error instanceof DocumentUnavailable) return retryableFailure(error.message);
    throw error;
  }
}

export const vollstaendigkeitPruefen = defineWorker({
  type: 'wohngeld.vollstaendigkeit-pruefen',
  description: 'Prüft nach den Nachweisregeln der Wohngeldstelle, welche Unterlagen noch fehlen',
  input: z.object({ antrag: antragSchema, dokumentAnalysen }),
  output: z.object({ vollstaendigkeit: vollstaendigkeitSchema }),
  fetchVariables: ['antrag', 'dokumentAnalysen'],
  async handler({ antrag, dokumentAnalysen }) {
    try {
      return complete({ vollstaendigkeit: pruefeVollstaendigkeit(antrag, dokumentAnalysen, nachweisregeln()) });
    } catch (error) {
      return konfigurationsfehler(error);
    }
  },
});

export const berechnen = defineWorker({
  type: 'wohngeld.berechnen',
  description: 'Bildet das Haushaltsmodell aus Antrag, Nachweisen und Korrekturen und berechnet das Wohngeld vorab (§ 19 WoGG)',
  input: z.object({
    antrag: antragSchema,
    dokumentAnalysen,
    korrekturen: z.array(korrekturSchema).max(500).nullish().transform((k) => k ?? []),
    /** document values read with less confidence than this (0..1) are marked for checking */
    mindestKonfidenz: z.number().min(0).max(1).nullish().transform((k) => k ?? STANDARD_MINDEST_KONFIDENZ),
  }),
  output: z.object({
    haushaltsmodell: z.record(z.string(), z.unknown()),
    berechnung: berechnungSchema.nullable(),
    /** what keeps the calculation from running, German, for the caseworker */
    berechnungHinweise: z.array(z.string()),
    /** every value the calculation uses, with source, evidence and confidence: what the caseworker checks */
    pruefwerte: z.array(z.record(z.string(), z.unknown())),
  }),
  fetchVariables: ['antrag', 'dokumentAnalysen', 'korrekturen', 'mindestKonfidenz'],
  async handler({ antrag, dokumentAnalysen, korrekturen, mindestKonfidenz }) {
    let stufe;
    try {
      stufe = mietstufe();
    } catch (error) {
      return konfigurationsfehler(error);
    }
    let modell;
    try {
      modell = bildeHaushaltsmodell(antrag, dokumentAnalysen, korrekturen);
    } catch (error) {
      // a correction that does not fit the case: the process must not go on with it
      if (error instanceof ModellFehler) return bpmnError('KORREKTUR_UNGUELTIG', `Korrektur ungültig: ${error.probleme.join('; ')}`, { berechnungHinweise: error.probleme });
      throw error;
    }
    try {
      const ergebnis = berechneWohngeld(zuBerechnungsfall(modell, stufe));
      return complete({ haushaltsmodell: modell as unknown as Record<string, unknown>, berechnung: ergebnis, berechnungHinweise: modell.hinweise, pruefwerte: pruefwerteAus(modell, mindestKonfidenz) as unknown as Record<string, unknown>[] });
    } catch (error) {
      if (error instanceof ModellFehler) return complete({ haushaltsmodell: modell as unknown as Record<string, unknown>, berechnung: null, berechnungHinweise: [...error.probleme, ...modell.hinweise], pruefwerte: pruefwerteAus(modell, mindestKonfidenz) as unknown as Record<string, unknown>[] });
      throw error;
    }
  },
});

export const nachforderungErstellen = defineWorker({
  type: 'wohngeld.nachforderung-erstellen',
  description: 'Erstellt das Schreiben zur Nachforderung fehlender Unterlagen mit Frist und Hinweis nach §§ 60, 66 SGB I',
  input: z.object({ antrag: antragSchema, vollstaendigkeit: vollstaendigkeitSchema, sachbearbeitung: optional(z.string().max(200)), briefdatum: optional(datum) }),
  output: z.object({
    nachforderung: z.object({
      dokument: documentReference,
      /** the last day to hand in, JJJJ-MM-TT */
      frist: z.string(),
      /** the end of that day in German local time with its offset, for the process's deadline timer */
      fristAblauf: z.string(),
      betreff: z.string(),
      anzahlNachweise: z.number().int(),
    }),
  }),
  fetchVariables: ['antrag', 'vollstaendigkeit', 'sachbearbeitung', 'briefdatum'],
  async handler({ antrag, vollstaendigkeit, sachbearbeitung, briefdatum }, context) {
    if (vollstaendigkeit.fehlend.length === 0) return bpmnError('NICHTS_NACHZUFORDERN', 'Es fehlen keine Nachweise; eine Nachforderung ist nicht nötig.');
    let kopf;
    try {
      kopf = briefkopf();
    } catch (error) {
      return konfigurationsfehler(error);
    }
    const brief = await erstelleNachforderung({ antrag, fehlend: vollstaendigkeit.fehlend, datum: briefdatum ?? heute(), briefkopf: kopf, sachbearbeitung });
    const dokument = await speichereBrief(context, brief.pdf, antrag.antragId, 'Nachforderung', 'nachforderung');
    if ('kind' in dokument) return dokument;
    return complete({ nachforderung: { dokument, frist: brief.frist, fristAblauf: tagesendeInDeutschland(brief.frist), betreff: brief.betreff, anzahlNachweise: vollstaendigkeit.fehlend.length } });
  },
});

export const bescheidErstellen = defineWorker({
  type: 'wohngeld.bescheid-erstellen',
  description: 'Erstellt den Bescheid-Entwurf mit Betrag, Bewilligungszeitraum, Berechnung und Begründung',
  input: z.object({
    antrag: antragSchema,
    berechnung: berechnungSchema,
    entscheidung: z.object({ ergebnis: z.enum(['bewilligen', 'ablehnen']), begruendung: z.string().trim().min(1, { error: 'Begründung fehlt' }).max(10_000), bewilligungsmonate: z.number().int().min(1).max(24).optional() }).loose(),
    sachbearbeitung: optional(z.string().max(200)),
    briefdatum: optional(datum),
  }),
  output: z.object({ bescheidEntwurf: z.object({ dokument: documentReference, betreff: z.string(), bewilligungszeitraum: z.object({ von: z.string(), bis: z.string() }).optional() }) }),
  fetchVariables: ['antrag', 'berechnung', 'entscheidung', 'sachbearbeitung', 'briefdatum'],
  async handler({ antrag, berechnung, entscheidung, sachbearbeitung, briefdatum }, context) {
    if (entscheidung.ergebnis === 'bewilligen' && !berechnung.anspruch) {
      return bpmnError('ENTSCHEIDUNG_WIDERSPRICHT_BERECHNUNG', 'Bewilligung gewählt, aber die Berechnung ergibt keinen Anspruch (§ 21 WoGG).');
    }
    let kopf;
    try {
      kopf = briefkopf();
    } catch (error) {
      return konfigurationsfehler(error);
    }
    const bescheid = await erstelleBescheidEntwurf({ antrag, ergebnis: berechnung, entscheidung: entscheidung.ergebnis, begruendung: entscheidung.begruendung, bewilligungsmonate: entscheidung.bewilligungsmonate, datum: briefdatum ?? heute(), briefkopf: kopf, sachbearbeitung });
    const dokument = await speichereBrief(context, bescheid.pdf, antrag.antragId, 'Bescheid-Entwurf', 'bescheid-entwurf');
    if ('kind' in dokument) return dokument;
    return complete({ bescheidEntwurf: { dokument, betreff: bescheid.betreff, ...(bescheid.bewilligungszeitraum ? { bewilligungszeitraum: bescheid.bewilligungszeitraum } : {}) } });
  },
});
