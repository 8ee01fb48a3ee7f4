/**
 * `wohngeld.daten-extrahieren`: the whole analysis of one document — type, fields with their
 * evidence, warnings — as the catalog's analysed document (../shared/spec/dokumente.md).
 *
 * Input `dokument` (a Camunda document reference). Output `dokumentAnalyse`: `{ file,
 * documentType, confidence, pages, source, fields, warnings }`, `file` being the uploaded file
 * name. Where the office configured an LLM (`LLM_MODEL`, see docai/llm.ts) it checks and
 * completes the rule result; without one the rules alone decide.
 */
import { z } from 'zod';
import type { Refiner } from '../docai/analyze.ts';
import { analyzedDocumentSchema } from '../wohngeld/catalog.ts';
import { DOCUMENT_JOB_TIMEOUT_MS, DOCUMENT_MAX_PARALLEL_JOBS, dokumentInputSchema, failureOutcome, isOutcome, loadDocument, readTextOnce, sharedRefiner } from './dokumente.ts';
import { complete, defineWorker, retryableFailure } from './types.ts';

export const datenExtrahieren = defineWorker({
  type: 'wohngeld.daten-extrahieren',
  description: 'Liest ein eingereichtes Dokument und entnimmt ihm die Angaben laut Dokumentkatalog',
  input: dokumentInputSchema,
  output: z.object({ dokumentAnalyse: analyzedDocumentSchema }),
  fetchVariables: ['dokument'],
  timeoutMs: DOCUMENT_JOB_TIMEOUT_MS,
  maxParallelJobs: DOCUMENT_MAX_PARALLEL_JOBS,
  async handler({ dokument }, context) {
    let refiner: Refiner | undefined;
    try {
      refiner = await sharedRefiner(context);
    } catch (e) {
      // A wrong LLM_* setting: retried, then an incident that says what to fix.
      return retryableFailure(`Sprachmodell falsch konfiguriert: ${e instanceof Error ? e.message : String(e)}`);
    }
    const loaded = await loadDocument(dokument, context);
    if (isOutcome(loaded)) return loaded;
    try {
      const { analyzeText } = await import('../docai/analyze.ts');
      const dokumentAnalyse = await analyzeText(loaded.file, await readTextOnce(loaded), { refiner, signal: loaded.signal });
      return complete({ dokumentAnalyse });
    } catch (e) {
      return failureOutcome(loaded.file, e, context);
    }
  },
});
