/**
 * What the two document workers share: the input (a Camunda document reference in `dokument`),
 * the download through the documents port, and how failures map to outcomes:
 * - the document is refused or unreadable (`DocumentRefused` of docai intake) → BPMN error
 *   `DOKUMENT_UNLESBAR` with the German reason; the process decides (e.g. ask for a new upload);
 * - anything else (the store not reachable, the sandbox shut down, a timeout of our own) →
 *   retryable failure; after the last retry an incident with the message.
 *
 * docai is imported on first use, so `wohngeld` commands that run no document worker do not load
 * parsers, OCR or the LLM client.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { Refiner } from '../docai/analyze.ts';
import { DocumentRefused, type DocumentText } from '../docai/types.ts';
import { bpmnError, type BpmnErrorOutcome, type DocumentReference, DocumentUnavailable, type JobContext, retryableFailure, type RetryableFailureOutcome } from './types.ts';

/** The BPMN error code for a document that cannot or must not be read. */
export const DOKUMENT_UNLESBAR = 'DOKUMENT_UNLESBAR';

/** A Camunda document reference (as `POST /v2/documents` returns it and Camunda forms store it). */
export const documentReferenceSchema = z.object(
  {
    'camunda.document.type': z.literal('camunda', { error: '„camunda“ erwartet (eine Dokumentreferenz von Camunda)' }),
    storeId: z.string().min(1),
    documentId: z.string().min(1),
    contentHash: z.string().min(1).optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'Dokumentreferenz fehlt'
        : Array.isArray(issue.input)
          ? `genau ein Dokument erwartet, erhalten: eine Liste mit ${issue.input.length}`
          : 'Camunda-Dokumentreferenz erwartet ({ "camunda.document.type": "camunda", storeId, documentId, … })',
  },
);

/** `dokument`: one reference; a file picker's list with exactly one entry is accepted as well. */
export const dokumentInputSchema = z.object({
  dokument: z.preprocess((value) => (Array.isArray(value) && value.length === 1 ? value[0] : value), documentReferenceSchema),
});

/** The job stays locked this long: intake allows 60 s + 15 s per page, and jobs may queue for the pool. */
export const DOCUMENT_JOB_TIMEOUT_MS = 15 * 60_000;
/** Stop reading a little before the engine would hand the job to someone else. */
const READ_DEADLINE_MS = DOCUMENT_JOB_TIMEOUT_MS - 30_000;
/** The intake pool has one child per core; this many jobs keep it busy. */
export const DOCUMENT_MAX_PARALLEL_JOBS = Math.max(2, availableParallelism());
/** Wait before a retry after a transient fault. */
const RETRY_BACKOFF_MS = 10_000;

/** The name the caseworker knows the document by. */
export function documentName(reference: Pick<DocumentReference, 'documentId' | 'metadata'>): string {
  const fileName = reference.metadata?.fileName;
  return typeof fileName === 'string' && fileName.trim() !== '' ? fileName.trim() : reference.documentId;
}

export type Loaded = { readonly file: string; readonly bytes: Buffer; readonly signal: AbortSignal };

/** Downloads the document; a failure is a retryable outcome. */
export async function loadDocument(reference: DocumentReference, context: JobContext): Promise<Loaded | RetryableFailureOutcome> {
  const file = documentName(reference);
  try {
    const bytes = await context.documents.download(reference);
    return { file, bytes, signal: AbortSignal.timeout(READ_DEADLINE_MS) };
  } catch (e) {
    const message = e instanceof DocumentUnavailable ? e.message : `Dokument „${file}“ konnte nicht geladen werden: ${messageOf(e)}`;
    context.logger.warn('Dokument nicht ladbar', { documentId: reference.documentId, error: message });
    return retryableFailure(message, RETRY_BACKOFF_MS);
  }
}

/** The outcome of an error while reading or analysing a downloaded document. */
export function failureOutcome(file: string, e: unknown, context: JobContext): BpmnErrorOutcome | RetryableFailureOutcome {
  if (e instanceof DocumentRefused) {
    context.logger.info('Dokument nicht lesbar', { file, code: e.code });
    return bpmnError(DOKUMENT_UNLESBAR, `Das Dokument „${file}“ ist nicht lesbar: ${e.reason}`, {
      dokumentFehler: { datei: file, code: e.code, grund: e.reason },
    });
  }
  const message = `Das Dokument „${file}“ konnte vorübergehend nicht gelesen werden: ${messageOf(e)}`;
  context.logger.warn('Vorübergehender Fehler beim Lesen eines Dokuments', { file, error: messageOf(e) });
  return retryableFailure(message, RETRY_BACKOFF_MS);
}

/**
 * The text of documents read lately, by content. A process classifies a document and then
 * extracts its data: two jobs, usually on the same worker within seconds; reading a scan twice
 * would double the OCR. Failures are not kept (a transient fault must be retried for real).
 */
const RECENT_TEXTS = 16;
const RECENT_TEXT_MS = 10 * 60_000;
const recentTexts = new Map<string, { text: Promise<DocumentText>; until: number }>();

/** The document's text, read once for jobs that follow each other (see `recentTexts`). */
export async function readTextOnce(loaded: Loaded): Promise<DocumentText> {
  const key = createHash('sha256').update(loaded.bytes).digest('hex');
  const now = Date.now();
  for (const [k, entry] of recentTexts) if (entry.until <= now) recentTexts.delete(k);
  const known = recentTexts.get(key);
  if (known) return known.text;
  const { readDocumentText } = await import('../docai/intake/index.ts');
  const text = readDocumentText(loaded.bytes, { fileName: loaded.file, signal: loaded.signal });
  recentTexts.set(key, { text, until: now + RECENT_TEXT_MS });
  while (recentTexts.size > RECENT_TEXTS) recentTexts.delete(recentTexts.keys().next().value!);
  text.catch(() => recentTexts.delete(key));
  return text;
}

export function isOutcome(value: Loaded | RetryableFailureOutcome): value is RetryableFailureOutcome {
  return 'kind' in value;
}

let refiner: Promise<Refiner | undefined> | undefined;

/** The LLM refiner of the environment, made once per process (it logs its endpoint once). */
export function sharedRefiner(context: JobContext): Promise<Refiner | undefined> {
  refiner ??= import('../docai/llm.ts').then(({ createRefinerFromEnv }) => createRefinerFromEnv(process.env, { log: (line) => context.logger.info(line) }));
  // A configuration error is reported on every job until it is fixed, not cached as "no LLM".
  refiner.catch(() => (refiner = undefined));
  return refiner;
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
