/**
 * `wohngeld.dokument-klassifizieren`: which kind of document did the citizen hand in?
 *
 * Input `dokument` (a Camunda document reference). Output `dokumentKlassifikation`:
 * `{ documentType, confidence, pages, source, warnings }` in the catalog's ids
 * (../shared/spec/dokumente.md) — no text and no fields, so process variables stay small.
 * Rules only: the LLM, where configured, gives its opinion on the type in
 * `wohngeld.daten-extrahieren`, which reads the fields anyway.
 */
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../wohngeld/catalog.ts';
import { DOCUMENT_JOB_TIMEOUT_MS, DOCUMENT_MAX_PARALLEL_JOBS, dokumentInputSchema, failureOutcome, isOutcome, loadDocument, readTextOnce } from './dokumente.ts';
import { complete, defineWorker } from './types.ts';

export const dokumentKlassifikationSchema = z.object({
  documentType: z.enum(DOCUMENT_TYPES),
  confidence: z.number().min(0).max(1),
  pages: z.number().int().nonnegative(),
  source: z.enum(['text-layer', 'ocr']),
  warnings: z.array(z.string()),
});

export const dokumentKlassifizieren = defineWorker({
  type: 'wohngeld.dokument-klassifizieren',
  description: 'Liest ein eingereichtes Dokument und bestimmt seinen Dokumenttyp',
  input: dokumentInputSchema,
  output: z.object({ dokumentKlassifikation: dokumentKlassifikationSchema }),
  fetchVariables: ['dokument'],
  timeoutMs: DOCUMENT_JOB_TIMEOUT_MS,
  maxParallelJobs: DOCUMENT_MAX_PARALLEL_JOBS,
  async handler({ dokument }, context) {
    const loaded = await loadDocument(dokument, context);
    if (isOutcome(loaded)) return loaded;
    try {
      const { classify } = await import('../docai/classify.ts');
      const text = await readTextOnce(loaded);
      const classification = classify(text);
      return complete({
        dokumentKlassifikation: {
          documentType: classification.documentType,
          confidence: Math.round(classification.confidence * 1000) / 1000,
          pages: text.pages.length,
          source: text.pages.some((page) => page.source === 'ocr') ? ('ocr' as const) : ('text-layer' as const),
          warnings: text.warnings,
        },
      });
    } catch (e) {
      return failureOutcome(loaded.file, e, context);
    }
  },
});
