/**
 * The single place that maps worker definitions to the Camunda client: one job worker per
 * definition, input and output validated with the definition's zod schemas, outcomes mapped to
 * complete / throw error / fail.
 *
 * The decision what to do with a job (`decideJobAction`) is separate from carrying it out, so the
 * mapping can be tested without an engine and the client calls stay in `startWorkers`.
 */
import { type CamundaClient, DocumentId, type EnrichedActivatedJob, type JobWorker } from '@camunda8/orchestration-cluster-api';
import { z } from 'zod';
import { createConsoleLogger, withFields } from './logger.ts';
import { documentContentBytes } from './document-content.ts';
import { type AnyWorkerDefinition, type DocumentReference, type DocumentStore, DocumentUnavailable, type JobContext, type Logger, type Variables } from './types.ts';

/** What the adapter does with a job, derived from the definition and the handler's outcome. */
export type JobAction =
  | { readonly action: 'complete'; readonly variables: Variables }
  | { readonly action: 'error'; readonly errorCode: string; readonly errorMessage: string; readonly variables?: Variables }
  | { readonly action: 'fail'; readonly errorMessage: string; readonly retries: number; readonly retryBackOffMs?: number };

/** The part of an activated job the adapter reads (keys as plain strings). */
export interface ActivatedJob {
  readonly jobKey: string;
  readonly type: string;
  readonly processInstanceKey: string;
  readonly processDefinitionId: string;
  readonly elementId: string;
  readonly elementInstanceKey: string;
  readonly tenantId: string;
  readonly customHeaders: Readonly<Record<string, unknown>>;
  readonly retries: number;
  readonly variables: Readonly<Record<string, unknown>>;
}

export const DEFAULT_JOB_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_PARALLEL_JOBS = 4;

/** Zeebe shows the message in the incident; a few hundred characters are enough to say what is wrong. */
const MAX_ERROR_MESSAGE_LENGTH = 2000;

/** German zod messages for the caseworker, per parse so the global zod configuration stays untouched. */
const germanErrors = z.locales.de().localeError;

/**
 * Runs the definition's handler for one job and decides the job's fate. Never throws: every path
 * ends in one of the three actions, so a job never stays activated until its timeout by accident.
 */
/**
 * The wait before another attempt after a technical failure whose handler named none: a fault
 * that is there now (a store restarting, a setting being fixed) is rarely gone a moment later,
 * and retrying at once would use up the model's retries in a second.
 */
export const DEFAULT_RETRY_BACKOFF_MS = 10_000;

/** A failure that may be retried; with no retries left the engine raises an incident at once, so a back-off would mean nothing. */
function retryAction(errorMessage: string, retries: number, retryBackOffMs: number): JobAction {
  return retries > 0 ? { action: 'fail', errorMessage, retries, retryBackOffMs } : { action: 'fail', errorMessage, retries };
}

export async function decideJobAction(definition: AnyWorkerDefinition, job: ActivatedJob, logger: Logger, documents: DocumentStore = noDocumentStore): Promise<JobAction> {
  const input = definition.input.safeParse(job.variables, { error: germanErrors });
  if (!input.success) {
    // Retrying cannot fix variables the process gave us, so retries go to 0 at once: Zeebe then
    // raises an incident on the task, and the incident's message names the invalid fields. Whoever
    // resolves the incident (caseworker in Operate, integrator) corrects the variables and sets
    // retries again.
    const errorMessage = limit(`Ungültige Eingabe für Jobtyp „${definition.type}“: ${describeIssues(input.error)}`);
    logger.warn('Eingabe ungültig, Job ohne weitere Versuche fehlgeschlagen', { errorMessage });
    return { action: 'fail', errorMessage, retries: 0 };
  }

  const context: JobContext = {
    jobKey: job.jobKey,
    jobType: job.type,
    processInstanceKey: job.processInstanceKey,
    processDefinitionId: job.processDefinitionId,
    elementId: job.elementId,
    elementInstanceKey: job.elementInstanceKey,
    tenantId: job.tenantId,
    customHeaders: stringHeaders(job.customHeaders),
    retries: job.retries,
    logger,
    documents,
  };

  let outcome: unknown;
  try {
    outcome = await definition.handler(input.data, context);
  } catch (e) {
    // An exception is a technical failure: another attempt may succeed.
    const errorMessage = limit(messageOf(e));
    const retries = Math.max(0, job.retries - 1);
    logger.warn('Handler hat eine Ausnahme geworfen', { errorMessage, retries });
    return retryAction(errorMessage, retries, definition.retryBackOffMs ?? DEFAULT_RETRY_BACKOFF_MS);
  }

  if (!isOutcome(outcome)) {
    const errorMessage = `Worker „${definition.type}“ lieferte kein gültiges Ergebnis (complete, bpmnError oder retryableFailure erwartet).`;
    logger.error(errorMessage);
    return { action: 'fail', errorMessage, retries: 0 };
  }

  switch (outcome.kind) {
    case 'complete': {
      const output = definition.output.safeParse(outcome.variables, { error: germanErrors });
      if (!output.success) {
        // A handler that breaks its own contract will do so again; an incident makes it visible.
        const errorMessage = limit(`Ungültige Ausgabe des Workers „${definition.type}“: ${describeIssues(output.error)}`);
        logger.error('Ausgabe ungültig, Job ohne weitere Versuche fehlgeschlagen', { errorMessage });
        return { action: 'fail', errorMessage, retries: 0 };
      }
      if (!isPlainObject(output.data)) {
        const errorMessage = `Ungültige Ausgabe des Workers „${definition.type}“: Prozessvariablen müssen ein Objekt sein.`;
        logger.error(errorMessage);
        return { action: 'fail', errorMessage, retries: 0 };
      }
      return { action: 'complete', variables: output.data };
    }
    case 'bpmnError':
      return outcome.variables === undefined
        ? { action: 'error', errorCode: outcome.errorCode, errorMessage: limit(outcome.message) }
        : { action: 'error', errorCode: outcome.errorCode, errorMessage: limit(outcome.message), variables: outcome.variables };
    case 'retryableFailure': {
      const retries = Math.max(0, job.retries - 1);
      const errorMessage = limit(outcome.message);
      logger.info('Vorübergehender Fehler, Job wird erneut versucht', { errorMessage, retries });
      return retryAction(errorMessage, retries, outcome.retryBackOffMs ?? definition.retryBackOffMs ?? DEFAULT_RETRY_BACKOFF_MS);
    }
  }
}

export interface StartWorkersOptions {
  /** Base logger; the adapter adds job type and job key to each event. Default: console, level info. */
  readonly logger?: Logger;
  /** Pause between activation requests when no job came. Default 100 ms. */
  readonly pollIntervalMs?: number;
  /** Long-poll time of one activation request; default: the engine's default. */
  readonly pollTimeoutMs?: number;
}

export interface WorkersHandle {
  /** Job types that have a running worker. */
  readonly types: readonly string[];
  /**
   * Stops polling at once, then waits for jobs already in a handler to be reported to the engine
   * (up to `timeoutMs`, default 10 s). Jobs still running after that time out in the engine and
   * are handed out again.
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/** Starts one job worker per definition on `client`. */
export function startWorkers(client: CamundaClient, definitions: readonly AnyWorkerDefinition[], options: StartWorkersOptions = {}): WorkersHandle {
  const baseLogger = options.logger ?? createConsoleLogger('info');
  const inFlight = new Set<Promise<unknown>>();
  const sdkWorkers: JobWorker[] = [];
  const documents = clientDocumentStore(client);
  const seen = new Set<string>();

  for (const definition of definitions) {
    if (seen.has(definition.type)) throw new Error(`Jobtyp „${definition.type}“ ist doppelt registriert.`);
    seen.add(definition.type);
    const typeLogger = withFields(baseLogger, { jobType: definition.type });
    const worker = client.createJobWorker({
      jobType: definition.type,
      workerName: `wohngeld:${definition.type}`,
      jobTimeoutMs: definition.timeoutMs ?? DEFAULT_JOB_TIMEOUT_MS,
      maxParallelJobs: definition.maxParallelJobs ?? DEFAULT_MAX_PARALLEL_JOBS,
      pollIntervalMs: options.pollIntervalMs ?? 100,
      ...(options.pollTimeoutMs === undefined ? {} : { pollTimeoutMs: options.pollTimeoutMs }),
      ...(definition.fetchVariables ? { fetchVariables: [...definition.fetchVariables] } : {}),
      // Validation is ours (German messages, retries 0); the library's would fail with a bare message.
      validateSchemas: false,
      jobHandler: (job: EnrichedActivatedJob) => {
        const run = handleJob(definition, job, withFields(typeLogger, { jobKey: String(job.jobKey) }), documents);
        inFlight.add(run);
        return run.finally(() => inFlight.delete(run));
      },
    });
    sdkWorkers.push(worker);
  }

  let stopping: Promise<void> | undefined;
  return {
    types: [...seen],
    stop(stopOptions = {}) {
      stopping ??= (async () => {
        for (const worker of sdkWorkers) worker.stop();
        const timeoutMs = stopOptions.timeoutMs ?? 10_000;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
        await Promise.race([Promise.allSettled([...inFlight]), timeout]);
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

/** Carries out the decided action through the library's job helpers (which mark the job acknowledged). */
async function handleJob(definition: AnyWorkerDefinition, job: EnrichedActivatedJob, logger: Logger, documents: DocumentStore) {
  const action = await decideJobAction(definition, toActivatedJob(job), logger, documents);
  try {
    switch (action.action) {
      case 'complete':
        return await job.complete(action.variables);
      case 'error':
        return await job.error({
          errorCode: action.errorCode,
          errorMessage: action.errorMessage,
          ...(action.variables ? { variables: action.variables } : {}),
        });
      case 'fail':
        return await job.fail({
          errorMessage: action.errorMessage,
          retries: action.retries,
          ...(action.retryBackOffMs === undefined ? {} : { retryBackOff: action.retryBackOffMs }),
        });
    }
  } catch (e) {
    // The engine did not take the answer (connection lost, job timed out and handed out again).
    // Nothing to do here: the job times out and another attempt runs.
    logger.error(`Rückmeldung an die Engine fehlgeschlagen (${action.action})`, { error: messageOf(e) });
    return await job.ignore();
  }
}

/**
 * The documents port on the client: `GET /v2/documents/{id}?storeId=…&contentHash=…` through the
 * client's `getDocument`, so authentication is the client's. Every failure is a `DocumentUnavailable`.
 */
export function clientDocumentStore(client: CamundaClient): DocumentStore {
  return {
    async download(reference: DocumentReference): Promise<Buffer> {
      let content: unknown;
      try {
        content = await client.getDocument({
          documentId: DocumentId.assumeExists(reference.documentId),
          ...(reference.storeId ? { storeId: reference.storeId } : {}),
          // The engine checks the hash when it is given; a reference without one still downloads.
          contentHash: reference.contentHash as string,
        });
      } catch (e) {
        const status = (e as { status?: unknown }).status;
        const detail = typeof status === 'number' ? `HTTP ${status}${status === 404 ? ', nicht gefunden oder abgelaufen' : status === 400 ? ', Prüfsumme passt nicht' : ''}` : messageOf(e);
        throw new DocumentUnavailable(`Dokument „${reference.documentId}“ konnte nicht aus dem Dokumentenspeicher geladen werden (${detail}).`, typeof status === 'number' ? status : undefined);
      }
      const bytes = await documentContentBytes(content);
      if (bytes) return bytes;
      throw new DocumentUnavailable(`Dokument „${reference.documentId}“: Der Dokumentenspeicher lieferte keinen Inhalt.`);
    },
    async upload(content, metadata): Promise<DocumentReference> {
      let created: Record<string, unknown>;
      try {
        // the client's default validation leaves requests unchecked: its 8.8.4 schema of createDocument
        // would reject a File (tests/conformance/documents.test.ts)
        created = (await client.createDocument({
          file: new File([Buffer.from(content)], metadata.fileName, { type: metadata.contentType }),
          metadata: { contentType: metadata.contentType, fileName: metadata.fileName, ...(metadata.customProperties ? { customProperties: metadata.customProperties } : {}) },
        } as never)) as Record<string, unknown>;
      } catch (e) {
        const status = (e as { status?: unknown }).status;
        throw new DocumentUnavailable(`„${metadata.fileName}“ konnte nicht im Dokumentenspeicher abgelegt werden (${typeof status === 'number' ? `HTTP ${status}` : messageOf(e)}).`, typeof status === 'number' ? status : undefined);
      }
      return plainReference(created);
    },
  };
}

/** A reference as process variables can hold it: JSON only (the client parses the size as a BigInt). */
function plainReference(created: Record<string, unknown>): DocumentReference {
  const json = JSON.parse(JSON.stringify(created, (_key, value) => (typeof value === 'bigint' ? Number(value) : value))) as DocumentReference;
  if (typeof json.documentId !== 'string' || json.documentId === '') throw new DocumentUnavailable('Der Dokumentenspeicher lieferte keine Dokument-ID.');
  return json;
}

/** For `decideJobAction` without a client (tests of handlers that need no documents). */
const noDocumentStore: DocumentStore = {
  download: async (reference) => {
    throw new DocumentUnavailable(`Dokument „${reference.documentId}“: kein Dokumentenspeicher angebunden.`);
  },
  upload: async (_content, metadata) => {
    throw new DocumentUnavailable(`„${metadata.fileName}“: kein Dokumentenspeicher angebunden.`);
  },
};

function toActivatedJob(job: EnrichedActivatedJob): ActivatedJob {
  return {
    jobKey: String(job.jobKey),
    type: job.type,
    processInstanceKey: String(job.processInstanceKey),
    processDefinitionId: String(job.processDefinitionId),
    elementId: String(job.elementId),
    elementInstanceKey: String(job.elementInstanceKey),
    tenantId: String(job.tenantId ?? ''),
    customHeaders: job.customHeaders ?? {},
    retries: typeof job.retries === 'number' ? job.retries : 0,
    variables: job.variables ?? {},
  };
}

/** "antragId: Ungültige Eingabe: …; einkommen.brutto: Zu klein: …" — field paths first, so they stand out. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${formatPath(issue.path) || '(Wurzel)'}: ${issue.message}`).join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += (out === '' ? '' : '.') + String(segment);
  }
  return out;
}

function stringHeaders(headers: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) out[key] = typeof value === 'string' ? value : JSON.stringify(value);
  return out;
}

function isOutcome(value: unknown): value is { kind: 'complete'; variables: unknown } | { kind: 'bpmnError'; errorCode: string; message: string; variables?: Variables } | { kind: 'retryableFailure'; message: string; retryBackOffMs?: number } {
  if (!isPlainObject(value)) return false;
  switch (value.kind) {
    case 'complete':
      return true;
    case 'bpmnError':
      return typeof value.errorCode === 'string' && value.errorCode !== '' && typeof value.message === 'string' && (value.variables === undefined || isPlainObject(value.variables));
    case 'retryableFailure':
      return typeof value.message === 'string' && (value.retryBackOffMs === undefined || (typeof value.retryBackOffMs === 'number' && value.retryBackOffMs >= 0));
    default:
      return false;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(e: unknown): string {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return message.trim() === '' ? 'Unbekannter Fehler im Worker' : message;
}

function limit(message: string): string {
  return message.length <= MAX_ERROR_MESSAGE_LENGTH ? message : message.slice(0, MAX_ERROR_MESSAGE_LENGTH - 1) + '…';
}
