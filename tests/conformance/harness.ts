/**
 * Shared helpers of the conformance suite: the official client
 * (`@camunda8/orchestration-cluster-api` 8.8.4, strict request and response validation) talks to
 * the embedded engine, started on a free loopback port with an in-memory database.
 *
 * Every wait here is bounded; nothing sleeps longer than a few hundred milliseconds.
 */
import createCamundaClient, { type CamundaClient } from '@camunda8/orchestration-cluster-api';
import { type EmbeddedEngine, startEmbeddedEngine } from '../../engine/server.ts';

export type { CamundaClient };

export interface Conformance {
  engine: EmbeddedEngine;
  client: CamundaClient;
  /**
   * The same client without request validation; responses are still validated strictly. For
   * requests the strict request schemas of 8.8.4 mangle or refuse: cursor pages (the page union
   * matches the offset variant first and strips `after`/`before`) and file uploads of the
   * documents API (the schema wants a string where the API takes a binary part).
   */
  unvalidatedRequests: CamundaClient;
  /** base URL of the REST API, e.g. `http://localhost:1234/v2` */
  api: string;
  close(): Promise<void>;
}

/**
 * The client as the suite uses it: no auth, strict validation both ways, quiet, no retries.
 * `validation` is only relaxed where the client's own schemas cannot express a valid exchange
 * (each such place says why).
 */
export function createConformanceClient(url: string, validation = 'req:strict,res:strict'): CamundaClient {
  return createCamundaClient({
    // only the explicit config counts, not the environment of whoever runs the tests
    env: {},
    config: {
      CAMUNDA_REST_ADDRESS: url,
      CAMUNDA_AUTH_STRATEGY: 'NONE',
      CAMUNDA_SDK_VALIDATION: validation,
      CAMUNDA_SDK_LOG_LEVEL: 'silent',
      // a 5xx must fail the test at once, not be retried into a pass
      CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: 1,
      CAMUNDA_SDK_BACKPRESSURE_PROFILE: 'LEGACY',
    },
  });
}

export async function startConformance(): Promise<Conformance> {
  const engine = await startEmbeddedEngine({ port: 0, dbPath: ':memory:' });
  const client = createConformanceClient(engine.url);
  const unvalidatedRequests = createConformanceClient(engine.url, 'req:none,res:strict');
  return {
    engine,
    client,
    unvalidatedRequests,
    api: `${engine.url}/v2`,
    close: async () => {
      client.stopAllWorkers();
      await engine.close();
    },
  };
}

// ------------------------------------------------------------------ deployments

/** Deploys in-memory resources (file name → content) through `createDeployment` with `File`s. */
export async function deploy(client: CamundaClient, resources: Record<string, string>) {
  const files = Object.entries(resources).map(
    ([name, content]) => new File([content], name, { type: name.endsWith('.bpmn') ? 'application/xml' : 'application/json' }),
  );
  return client.createDeployment({ resources: files });
}

/** Deploys one process and returns its process definition (id, key, version). */
export async function deployProcess(client: CamundaClient, xml: string, name = 'process.bpmn') {
  const result = await deploy(client, { [name]: xml });
  expect(result.processes).toHaveLength(1);
  return result.processes[0];
}

// ------------------------------------------------------------------ consistency options

/** Search and get methods of the client need this second argument; 0 = answer at once. */
export const now = { consistency: { waitUpToMs: 0 } };

/** Lets the client poll (bounded) until `predicate` holds. */
export const within = <T>(predicate: (result: T) => boolean, waitUpToMs = 5_000) => ({
  consistency: { waitUpToMs, pollIntervalMs: 20, predicate },
});

/** Polls `probe` until `predicate` holds or `timeoutMs` passes (then throws with the last value). */
export async function waitFor<T>(probe: () => Promise<T>, predicate: (value: T) => boolean, timeoutMs = 5_000, intervalMs = 20): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!predicate(last)) {
    if (Date.now() > until) throw new Error(`waitFor: condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last, bigintSafe)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    last = await probe();
  }
  return last;
}

const bigintSafe = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

// ------------------------------------------------------------------ errors

export interface SdkHttpError {
  name: string;
  status: number;
  title?: string;
  detail?: string;
  type?: string;
}

/** Awaits an SDK call that must fail with an HTTP error of `status`; returns the error. */
export async function expectHttpError(call: Promise<unknown>, status: number): Promise<SdkHttpError> {
  let caught: unknown;
  try {
    await call;
  } catch (error) {
    caught = error;
  }
  if (caught === undefined) throw new Error(`expected the call to fail with HTTP ${status}, but it succeeded`);
  const error = caught as SdkHttpError;
  if (error.name !== 'HttpSdkError' || error.status !== status) {
    throw new Error(`expected an HttpSdkError with status ${status}, got ${error.name} ${String(error.status)}: ${(caught as Error).message}`);
  }
  expect(typeof error.title).toBe('string');
  expect(typeof error.detail).toBe('string');
  return error;
}

// ------------------------------------------------------------------ raw HTTP

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  json: unknown;
}

/** One raw request (bypassing the client), with a hard timeout so a hang fails instead of blocking. */
export async function rawRequest(
  api: string,
  method: string,
  path: string,
  options: { body?: string | Uint8Array | FormData; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RawResponse> {
  const response = await fetch(`${api}${path}`, {
    method,
    body: options.body as BodyInit | undefined,
    headers: options.headers,
    signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
}

/** A JSON request: the body is serialised unless it already is a string. */
export const rawJson = (api: string, method: string, path: string, body?: unknown, timeoutMs?: number) =>
  rawRequest(api, method, path, {
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    timeoutMs,
  });

/** Asserts an RFC 9457 problem answer with the given status. */
export function expectProblem(response: RawResponse, status: number): void {
  if (response.status !== status) throw new Error(`expected HTTP ${status}, got ${response.status}: ${response.text.slice(0, 300)}`);
  expect(response.contentType).toMatch(/^application\/problem\+json/);
  const problem = response.json as { status?: unknown; title?: unknown; detail?: unknown; type?: unknown };
  expect(problem).toEqual(expect.objectContaining({ status, title: expect.any(String), detail: expect.any(String), type: expect.any(String) }));
}

// ------------------------------------------------------------------ BPMN

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">`;

/** Wraps flow elements in a process; `extra` goes before the process (messages, errors). */
export function bpmnProcess(id: string, body: string, options: { name?: string; extra?: string } = {}): string {
  const name = options.name ? ` name="${options.name}"` : '';
  return `${HEADER}
  ${options.extra ?? ''}
  <bpmn:process id="${id}"${name} isExecutable="true">
${body}
  </bpmn:process>
</bpmn:definitions>
`;
}

/** start → end */
export const emptyProcess = (id: string, name?: string) =>
  bpmnProcess(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:endEvent id="end"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" />`,
    { name },
  );

/** start → service task (job type) → end; optionally with an error boundary event on `errorCode`. */
export function serviceTaskProcess(
  id: string,
  jobType: string,
  options: { retries?: number; headers?: Record<string, string>; errorCode?: string; errorOutputs?: Record<string, string> } = {},
): string {
  const retries = options.retries !== undefined ? ` retries="${options.retries}"` : '';
  const headers = options.headers
    ? `<zeebe:taskHeaders>${Object.entries(options.headers).map(([k, v]) => `<zeebe:header key="${k}" value="${v}" />`).join('')}</zeebe:taskHeaders>`
    : '';
  const outputs = options.errorOutputs
    ? `<bpmn:extensionElements><zeebe:ioMapping>${Object.entries(options.errorOutputs).map(([target, source]) => `<zeebe:output source="${source}" target="${target}" />`).join('')}</zeebe:ioMapping></bpmn:extensionElements>`
    : '';
  const boundary = options.errorCode
    ? `    <bpmn:boundaryEvent id="caught" attachedToRef="task">${outputs}<bpmn:outgoing>f3</bpmn:outgoing><bpmn:errorEventDefinition errorRef="err" /></bpmn:boundaryEvent>
    <bpmn:endEvent id="errorEnd"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="caught" targetRef="errorEnd" />`
    : '';
  return bpmnProcess(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:serviceTask id="task" name="Task">
      <bpmn:extensionElements><zeebe:taskDefinition type="${jobType}"${retries} />${headers}</bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
    <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
${boundary}`,
    { extra: options.errorCode ? `<bpmn:error id="err" name="Err" errorCode="${options.errorCode}" />` : '' },
  );
}

/** start → Camunda user task (optionally linked to a form, assignee, candidates, priority) → end */
export function userTaskProcess(
  id: string,
  options: { name?: string; formId?: string; assignee?: string; candidateGroups?: string; priority?: number } = {},
): string {
  const parts = ['<zeebe:userTask />'];
  if (options.formId) parts.push(`<zeebe:formDefinition formId="${options.formId}" />`);
  if (options.assignee || options.candidateGroups) {
    const assignee = options.assignee ? ` assignee="${options.assignee}"` : '';
    const groups = options.candidateGroups ? ` candidateGroups="${options.candidateGroups}"` : '';
    parts.push(`<zeebe:assignmentDefinition${assignee}${groups} />`);
  }
  if (options.priority !== undefined) parts.push(`<zeebe:priorityDefinition priority="${options.priority}" />`);
  return bpmnProcess(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="review" name="${options.name ?? 'Review'}">
      <bpmn:extensionElements>${parts.join('')}</bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />`,
    { name: options.name },
  );
}

/** start → message catch event (name, correlation key expression) → end */
export function messageCatchProcess(id: string, messageName: string, correlationKey = '=orderId'): string {
  return bpmnProcess(
    id,
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:intermediateCatchEvent id="wait"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing><bpmn:messageEventDefinition messageRef="msg" /></bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />`,
    {
      extra: `<bpmn:message id="msg" name="${messageName}"><bpmn:extensionElements><zeebe:subscription correlationKey="${correlationKey}" /></bpmn:extensionElements></bpmn:message>`,
    },
  );
}

/** A form (Camunda form-js schema) with the given id and one text field. */
export const formSchema = (id: string, label = 'Name') =>
  JSON.stringify({
    id,
    type: 'default',
    schemaVersion: 16,
    components: [{ key: 'name', label, type: 'textfield', id: 'Field_1' }],
  });
