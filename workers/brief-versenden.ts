/**
 * `wohngeld.brief-versenden`: sends a letter of the case (Nachforderung, Bescheid). In this first
 * version that means placing the PDF with a Deckblatt in the office's Postausgang
 * (connectors/postausgang). A letter that cannot be downloaded or a directory that cannot be
 * written is a retryable failure; the letter stays where it is until it can be placed.
 */
import { z } from 'zod';
import { AusgangFehler } from '../connectors/ausgang.ts';
import { BRIEFARTEN, isPdf, legeBriefAb, postausgang, POSTAUSGANG_EINSTELLUNG } from '../connectors/postausgang/postausgang.ts';
import { antragSchema } from '../wohngeld/antrag.ts';
import { documentName, documentReferenceSchema, isOutcome, loadDocument } from './dokumente.ts';
import { complete, defineWorker, retryableFailure } from './types.ts';

const RETRY_BACKOFF_MS = 30_000;

export const briefVersenden = defineWorker({
  type: 'wohngeld.brief-versenden',
  description: 'Legt einen Brief (PDF) mit Deckblatt in den Postausgang der Wohngeldstelle',
  input: z.object({
    antrag: antragSchema,
    // a file picker stores a list; one letter in it is accepted like the reference itself
    brief: z.preprocess((value) => (Array.isArray(value) && value.length === 1 ? value[0] : value), documentReferenceSchema),
    briefArt: z.enum(BRIEFARTEN, { error: `briefArt muss eine von ${BRIEFARTEN.join(', ')} sein` }),
  }),
  output: z.object({
    versand: z.object({
      weg: z.literal('postausgang'),
      /** the PDF's file name in the Postausgang; the Deckblatt has the same name with .json */
      datei: z.string(),
      deckblatt: z.string(),
      /** the day the letter was first placed (German time), JJJJ-MM-TT */
      versandtAm: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    }),
  }),
  fetchVariables: ['antrag', 'brief', 'briefArt'],
  async handler({ antrag, brief, briefArt }, context) {
    const geladen = await loadDocument(brief, context);
    if (isOutcome(geladen)) return geladen;
    if (!isPdf(geladen.bytes)) return retryableFailure(`Der Brief „${geladen.file}“ ist kein PDF; in den Postausgang kommen nur PDF-Dokumente.`);
    try {
      const versand = await legeBriefAb(postausgang(), { antrag, briefArt, pdf: geladen.bytes, dokumentId: brief.documentId, dateiname: documentName(brief) });
      context.logger.info(versand.geschrieben ? 'Brief in den Postausgang gelegt' : 'Brief lag bereits im Postausgang', { antragId: antrag.antragId, datei: versand.datei });
      return complete({ versand: { weg: 'postausgang' as const, datei: versand.datei, deckblatt: versand.deckblatt, versandtAm: versand.abgelegtAm } });
    } catch (error) {
      if (error instanceof AusgangFehler) return retryableFailure(`${POSTAUSGANG_EINSTELLUNG}: ${error.message}`, RETRY_BACKOFF_MS);
      throw error;
    }
  },
});
