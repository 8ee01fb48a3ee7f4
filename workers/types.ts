/**
 * The handler contract: what a worker module exports and what its handler returns.
 *
 * A handler is a plain function from validated input to an outcome. It knows nothing of the
 * Camunda client library; `adapter.ts` is the only place that talks to the client. That keeps the
 * handlers testable with a plain function call and keeps the library swappable.
 */
import type { z } from 'zod';

/** Variables as the engine stores them: a JSON object. */
export type Variables = Record<string, unknown>;

/** The job finished; `variables` are validated against the output schema and merged into the process. */
export interface CompleteOutcome<Out = Variables> {
  readonly kind: 'complete';
  readonly variables: Out;
}

/**
 * A business error the process model handles (an error boundary or error event subprocess catching
 * `errorCode`). Without a matching catch event Zeebe raises an incident with `message`.
 */
export interface BpmnErrorOutcome {
  readonly kind: 'bpmnError';
  readonly errorCode: string;
  /** German: the caseworker may read it in an incident or a catch event's variables. */
  readonly message: string;
  /** Set in the scope of the catching error event. */
  readonly variables?: Variables;
}

/**
 * A technical failure that may go away (a service down, a timeout). The adapter fails the job with
 * one retry less; after the last retry Zeebe raises an incident with `message`.
 */
export interface RetryableFailureOutcome {
  readonly kind: 'retryableFailure';
  readonly message: string;
  /** Wait before the job may be activated again; without it, at once. */
  readonly retryBackOffMs?: number;
}

export type Outcome<Out = Variables> = CompleteOutcome<Out> | BpmnErrorOutcome | RetryableFailureOutcome;

/** Constructors, so that handlers read `return complete({...})` instead of object literals with a tag. */
export function complete<Out>(variables: Out): CompleteOutcome<Out> {
  return { kind: 'complete', variables };
}

export function bpmnError(errorCode: string, message: string, variables?: Variables): BpmnErrorOutcome {
  return variables === undefined ? { kind: 'bpmnError', errorCode, message } : { kind: 'bpmnError', errorCode, message, variables };
}

export function retryableFailure(message: string, retryBackOffMs?: number): RetryableFailureOutcome {
  return retryBackOffMs === undefined ? { kind: 'retryableFailure', message } : { kind: 'retryableFailure', message, retryBackOffMs };
}

/** Minimal structured logger; the adapter supplies one that names the job type and job key. */
export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/**
 * A document in the engine's document store, as Camunda 8.8 hands out references (upload through
 * `POST /v2/documents`, a form's file picker): the variable holds this object, not the content.
 */
export interface DocumentReference {
  readonly 'camunda.document.type': 'camunda';
  readonly storeId: string;
  readonly documentId: string;
  readonly contentHash?: string;
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/** The documents port: the adapter implements it with the client, so handlers stay plain functions. */
export interface DocumentStore {
  /** The document's content; rejects with `DocumentUnavailable` when it cannot be fetched. */
  download(reference: DocumentReference): Promise<Buffer>;
  /** Stores a document the workers made (a letter) and returns its reference for the process variables. */
  upload(content: Uint8Array, metadata: { fileName: string; contentType: string; customProperties?: Record<string, string | number | boolean> }): Promise<DocumentReference>;
}

/** A document could not be fetched from the store (German message; `status` if the store answered). */
export class DocumentUnavailable extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DocumentUnavailable';
  }
}

/** What a handler may know about its job: metadata only, never the client. Keys are decimal strings. */
export interface JobContext {
  readonly jobKey: string;
  readonly jobType: string;
  readonly processInstanceKey: string;
  readonly processDefinitionId: string;
  readonly elementId: string;
  readonly elementInstanceKey: string;
  readonly tenantId: string;
  /** Task headers from the model (`zeebe:taskHeaders`); Zeebe headers are strings. */
  readonly customHeaders: Readonly<Record<string, string>>;
  /** Retries left including this attempt; 1 means this is the last one before an incident. */
  readonly retries: number;
  readonly logger: Logger;
  /** Downloads documents referenced in the variables (Camunda document references). */
  readonly documents: DocumentStore;
}

/**
 * One job type. `In` and `Out` are zod schemas: the adapter parses the job's variables with `input`
 * before the handler runs, and the handler's variables with `output` before completing the job.
 */
export interface WorkerDefinition<In extends z.ZodType = z.ZodType, Out extends z.ZodType = z.ZodType> {
  /** Job type as in the model's `zeebe:taskDefinition type`, e.g. 'wohngeld.dokument-klassifizieren'. */
  readonly type: string;
  /** One German line for `wohngeld start` and the docs. */
  readonly description: string;
  readonly input: In;
  readonly output: Out;
  readonly handler: (input: z.output<In>, context: JobContext) => Promise<Outcome<z.input<Out>>>;
  /** How long the job stays locked to this worker before Zeebe hands it to another one. Default 60 s. */
  readonly timeoutMs?: number;
  /** Jobs of this type handled at the same time. Default 4. */
  readonly maxParallelJobs?: number;
  /** the wait before another attempt after a failure that names none (a thrown exception, `retryableFailure` without back-off); default 10 s */
  readonly retryBackOffMs?: number;
  /** Only these variables are fetched on activation; without it, all variables visible to the task. */
  readonly fetchVariables?: readonly string[];
}

/** A definition of any schemas, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWorkerDefinition = WorkerDefinition<any, any>;

/** Identity function that infers the schema types, so a worker module needs no type annotations. */
export function defineWorker<In extends z.ZodType, Out extends z.ZodType>(definition: WorkerDefinition<In, Out>): WorkerDefinition<In, Out> {
  return definition;
}
