/**
 * Shared harness for the construct suite: every test file starts its own embedded engine on a free
 * loopback port, talks to it only through the official client `@camunda8/orchestration-cluster-api`
 * (strict request and response validation), runs real job workers and reads every outcome back
 * through the REST API (process instances, variables, user tasks, incidents, jobs).
 *
 * Time never passes by itself: each file pins the engine clock (`PUT /v2/clock`) and moves it, so
 * timers, due dates and message time-to-live are driven deterministically and nothing sleeps.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import createCamundaClient, {
  type CamundaClient,
  ElementId,
  type JobWorker,
  ProcessDefinitionId,
  ProcessInstanceKey,
} from '@camunda8/orchestration-cluster-api';
import { type EmbeddedEngine, startEmbeddedEngine } from '../../engine/server.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/constructs/', import.meta.url));

/** The instant every file pins its clock to first: a Monday, 08:00 UTC. */
export const T0 = Date.parse('2030-03-04T08:00:00.000Z');
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Job activation timeout for workers: far longer than any clock move a test makes. */
const JOB_TIMEOUT_MS = 365 * DAY;

type Vars = Record<string, unknown>;
type Client = CamundaClient;
export type InstanceKey = ProcessInstanceKey;
type ActivatedJob = Parameters<Parameters<Client['createJobWorker']>[0]['jobHandler']>[0];
export type Incident = NonNullable<Awaited<ReturnType<Client['searchIncidents']>>['items']>[number];
export type UserTask = Awaited<ReturnType<Client['searchUserTasks']>>['items'][number];
export type JobItem = Awaited<ReturnType<Client['searchJobs']>>['items'][number];
export type VariableItem = Awaited<ReturnType<Client['searchVariables']>>['items'][number];
export type ProcessInstance = Awaited<ReturnType<Client['getProcessInstance']>>;

/** Reads happen "now": the engine is strongly consistent, waiting is done by {@link eventually}. */
export const NOW = { consistency: { waitUpToMs: 0 } } as const;

export interface EventuallyOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Bounded polling: runs `probe` until it stops throwing (typically a block of `expect`s) and
 * returns its result; after `timeoutMs` the last failure is rethrown, so the test reports the
 * assertion that never became true.
 */
export async function eventually<T>(probe: () => Promise<T> | T, options: EventuallyOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const intervalMs = options.intervalMs ?? 15;
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() >= until) throw error;
      await sleep(intervalMs);
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A job a {@link JobQueue} holds until the test decides what to do with it. */
export interface HeldJob {
  job: ActivatedJob;
  complete(variables?: Vars): Promise<void>;
  fail(errorMessage: string, retries: number, retryBackOff?: number): Promise<void>;
  error(errorCode: string, errorMessage?: string, variables?: Vars): Promise<void>;
}

/**
 * A real job worker whose handler parks each activated job until the test takes it: the test
 * decides when, in which order and how jobs end (complete, fail, BPMN error).
 */
export class JobQueue {
  private readonly held: HeldJob[] = [];
  /** every job this worker ever received, in activation order */
  readonly received: ActivatedJob[] = [];
  readonly worker: JobWorker;

  constructor(client: Client, readonly type: string) {
    this.worker = client.createJobWorker({
      jobType: type,
      workerName: `queue-${type}`,
      maxParallelJobs: 32,
      jobTimeoutMs: JOB_TIMEOUT_MS,
      pollIntervalMs: 5,
      pollTimeoutMs: 2000,
      jobHandler: (job) =>
        new Promise((resolve, reject) => {
          this.received.push(job);
          const settle = async (action: () => Promise<unknown>) => {
            try {
              resolve((await action()) as Awaited<ReturnType<typeof job.complete>>);
            } catch (error) {
              reject(error);
              throw error;
            }
          };
          this.held.push({
            job,
            complete: (variables = {}) => settle(() => job.complete(variables)).then(() => undefined),
            fail: (errorMessage, retries, retryBackOff) => settle(() => job.fail({ errorMessage, retries, retryBackOff })).then(() => undefined),
            error: (errorCode, errorMessage, variables) => settle(() => job.error({ errorCode, errorMessage, variables })).then(() => undefined),
          });
        }),
    });
  }

  /** Waits for (and removes) the next held job that matches. */
  async take(match: (job: ActivatedJob) => boolean = () => true, options?: EventuallyOptions): Promise<HeldJob> {
    return eventually(() => {
      const index = this.held.findIndex((held) => match(held.job));
      if (index < 0) throw new Error(`no job of type '${this.type}' matching the filter was activated (holding ${this.held.length})`);
      return this.held.splice(index, 1)[0];
    }, options);
  }

  /** Waits for the next held job of a process instance. */
  takeFor(processInstanceKey: string, elementId?: string): Promise<HeldJob> {
    return this.take((job) => job.processInstanceKey === processInstanceKey && (elementId === undefined || job.elementId === elementId));
  }

  /** The jobs held right now for an instance (without taking them). */
  heldFor(processInstanceKey: string): ActivatedJob[] {
    return this.held.filter((held) => held.job.processInstanceKey === processInstanceKey).map((held) => held.job);
  }
}

export class Harness {
  private readonly workers: JobWorker[] = [];
  private clockAt = T0;

  private constructor(readonly engine: EmbeddedEngine, readonly client: Client) {}

  static async start(): Promise<Harness> {
    const engine = await startEmbeddedEngine({ port: 0, dbPath: ':memory:' });
    const client = createCamundaClient({
      env: {},
      config: {
        CAMUNDA_REST_ADDRESS: engine.url,
        CAMUNDA_AUTH_STRATEGY: 'NONE',
        CAMUNDA_SDK_VALIDATION: 'req:strict,res:strict',
        CAMUNDA_SDK_LOG_LEVEL: 'silent',
      },
      log: { level: 'silent' },
    });
    const harness = new Harness(engine, client);
    await harness.pinClock(T0);
    return harness;
  }

  async close(): Promise<void> {
    for (const worker of this.workers) worker.stop();
    await this.engine.close();
  }

  // ------------------------------------------------------------------ clock

  /** Pins the engine clock (`PUT /v2/clock`). */
  async pinClock(at: number | string): Promise<void> {
    this.clockAt = typeof at === 'number' ? at : Date.parse(at);
    await this.client.pinClock({ timestamp: this.clockAt });
  }

  /** Moves the pinned clock forward. */
  async advanceClock(ms: number): Promise<void> {
    await this.pinClock(this.clockAt + ms);
  }

  /**
   * For negative checks right after a clock move: the engine fires due timers asynchronously (on
   * its next tick), so give it a moment before asserting that nothing happened.
   */
  async settle(): Promise<void> {
    await sleep(60);
  }

  get now(): number {
    return this.clockAt;
  }

  // ------------------------------------------------------------------ deployment and instances

  /** Deploys fixtures from tests/fixtures/constructs by file name (.bpmn and .form). */
  async deploy(...fileNames: string[]) {
    return this.client.deployResourcesFromFiles(fileNames.map((name) => path.join(FIXTURES, name)));
  }

  async start(processId: string, variables: Vars = {}): Promise<InstanceKey> {
    const created = await this.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists(processId), variables });
    return created.processInstanceKey;
  }

  async instance(key: InstanceKey): Promise<ProcessInstance> {
    return this.client.getProcessInstance({ processInstanceKey: key }, NOW);
  }

  async stateOf(key: InstanceKey): Promise<string> {
    return (await this.instance(key)).state;
  }

  /** Polls (through the SDK's own consistency support) until the instance has the state. */
  async waitForState(key: InstanceKey, state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED', waitUpToMs = 5000): Promise<ProcessInstance> {
    try {
      return await this.client.getProcessInstance({ processInstanceKey: key }, { consistency: { waitUpToMs, pollIntervalMs: 15, predicate: (instance) => instance.state === state } });
    } catch (error) {
      const actual = await this.instance(key);
      const incidents = await this.incidents(key);
      throw new Error(`instance ${key} did not reach ${state}: it is ${actual.state}; active incidents: ${JSON.stringify(incidents.map((i) => [i.elementId, i.errorType, i.errorMessage]))} (${String(error)})`);
    }
  }

  /** Instances of a process, oldest first. */
  async instancesOf(processId: string) {
    const result = await this.client.searchProcessInstances({ filter: { processDefinitionId: ProcessDefinitionId.assumeExists(processId) }, page: { limit: 100 } }, NOW);
    return result.items;
  }

  // ------------------------------------------------------------------ variables

  /** All variables of an instance as the variable search returns them, every scope. */
  async variableItems(key: InstanceKey): Promise<VariableItem[]> {
    const result = await this.client.searchVariables({ filter: { processInstanceKey: key }, page: { limit: 500 } }, NOW);
    return result.items;
  }

  /** The variables in the instance's root scope (scopeKey = processInstanceKey), parsed. */
  async rootVariables(key: InstanceKey): Promise<Vars> {
    const items = (await this.variableItems(key)).filter((item) => String(item.scopeKey) === String(key));
    return Object.fromEntries(items.map((item) => [item.name, JSON.parse(item.value)]));
  }

  /** The raw JSON text of a root variable, e.g. to check how a number is written. */
  async rawRootVariable(key: InstanceKey, name: string): Promise<string | undefined> {
    return (await this.variableItems(key)).find((item) => String(item.scopeKey) === String(key) && item.name === name)?.value;
  }

  // ------------------------------------------------------------------ incidents

  async incidents(key: InstanceKey, state: 'ACTIVE' | 'RESOLVED' | 'ANY' = 'ACTIVE'): Promise<Incident[]> {
    const result = await this.client.searchIncidents({ filter: { processInstanceKey: key }, page: { limit: 100 } }, NOW);
    return (result.items ?? []).filter((incident) => state === 'ANY' || incident.state === state);
  }

  async waitForIncident(key: InstanceKey, elementId?: string): Promise<Incident> {
    return eventually(async () => {
      const found = (await this.incidents(key)).find((incident) => elementId === undefined || incident.elementId === elementId);
      if (!found) throw new Error(`no active incident${elementId ? ` at '${elementId}'` : ''} in instance ${key}`);
      return found;
    });
  }

  async resolveIncident(incident: Incident): Promise<void> {
    if (!incident.incidentKey) throw new Error("the incident has no key");
    await this.client.resolveIncident({ incidentKey: incident.incidentKey });
  }

  // ------------------------------------------------------------------ jobs

  async jobs(key: InstanceKey, elementId?: string): Promise<JobItem[]> {
    const result = await this.client.searchJobs({ filter: { processInstanceKey: key }, page: { limit: 200 } }, NOW);
    return result.items.filter((job) => elementId === undefined || job.elementId === elementId);
  }

  /** Waits until the instance has a job in `state` at `elementId` and returns it. */
  async waitForJob(key: InstanceKey, elementId: string, state = 'CREATED'): Promise<JobItem> {
    return eventually(async () => {
      const found = (await this.jobs(key, elementId)).find((job) => job.state === state);
      if (!found) throw new Error(`no ${state} job at '${elementId}' in instance ${key}: ${JSON.stringify((await this.jobs(key)).map((j) => [j.elementId, j.state]))}`);
      return found;
    });
  }

  /** A worker that handles every job of `type` with `handler` until the file's engine stops. */
  worker(type: string, handler: (job: ActivatedJob) => ReturnType<ActivatedJob['complete']>): JobWorker {
    const worker = this.client.createJobWorker({
      jobType: type,
      workerName: `worker-${type}`,
      maxParallelJobs: 8,
      jobTimeoutMs: JOB_TIMEOUT_MS,
      pollIntervalMs: 5,
      pollTimeoutMs: 2000,
      jobHandler: handler,
    });
    this.workers.push(worker);
    return worker;
  }

  /** A worker that holds its jobs for the test, see {@link JobQueue}. */
  queue(type: string): JobQueue {
    const queue = new JobQueue(this.client, type);
    this.workers.push(queue.worker);
    return queue;
  }

  // ------------------------------------------------------------------ user tasks

  async userTasks(key: InstanceKey, elementId?: string): Promise<UserTask[]> {
    const result = await this.client.searchUserTasks({ filter: { processInstanceKey: key, ...(elementId ? { elementId: ElementId.assumeExists(elementId) } : {}) }, page: { limit: 100 } }, NOW);
    return result.items;
  }

  async waitForUserTask(key: InstanceKey, elementId: string, state: 'CREATED' | 'COMPLETED' | 'CANCELED' = 'CREATED'): Promise<UserTask> {
    return eventually(async () => {
      const found = (await this.userTasks(key, elementId)).find((task) => task.state === state);
      if (!found) throw new Error(`no ${state} user task '${elementId}' in instance ${key}`);
      return found;
    });
  }

  async completeUserTask(task: UserTask, variables: Vars = {}): Promise<void> {
    await this.client.completeUserTask({ userTaskKey: task.userTaskKey, variables });
  }

  // ------------------------------------------------------------------ messages

  async publish(name: string, correlationKey: string, options: { variables?: Vars; timeToLive?: number; messageId?: string } = {}) {
    return this.client.publishMessage({ name, correlationKey, timeToLive: options.timeToLive ?? 0, ...(options.messageId ? { messageId: options.messageId } : {}), variables: options.variables ?? {} });
  }
}

/** The HTTP status of a failed SDK call (the SDK's HttpSdkError carries it). */
export async function statusOf(call: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number') return status;
    throw error;
  }
}

/** Registers beforeAll/afterAll for a harness shared by the tests of one file. */
export function useHarness(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await Harness.start();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('the harness is not started yet');
    return harness;
  };
}

export { ProcessDefinitionId, ProcessInstanceKey };
