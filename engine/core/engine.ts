/**
 * The embedded engine's commands and queries, shaped like the Camunda 8.8 REST API's requests
 * and responses, so the HTTP layer only routes. State lives in SQLite; each command is one
 * transaction.
 */
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileBpmn } from '../model/index.js';
import type { ProcessModel } from '../model/types.js';
import { evaluateExpression } from '../feel/index.js';
import { EngineClock, isoDate } from './clock.js';
import { badRequest, conflict, notFound, ProblemError } from './errors.js';
import { Executor, type Effects, type MessageRow, type SubscriptionRow } from './executor.js';
import { addDuration, parseCycle, parseDate } from './timer-spec.js';
import { SCHEMA } from './schema.js';
import { statementCache } from './statements.js';
import { buildQuery, pageOf, type SearchRequest, type SearchSpec } from './search.js';
import * as dto from './dto.js';
import * as specs from './search-specs.js';

export interface EngineOptions {
  /** SQLite file, or `:memory:` */
  dbPath: string;
  clock?: EngineClock;
}

export interface Resource {
  name: string;
  content: Buffer;
}

type Vars = Record<string, unknown>;

const TENANT = '<default>';
const GATEWAY_VERSION = '8.8.0';

export class Engine {
  readonly clock: EngineClock;
  readonly events = new EventEmitter();
  private readonly models = new Map<number, ProcessModel>();
  /** message start events of the latest version of each process, by message name */
  private messageStarts = new Map<string, Array<{ pdKey: number; elementId: string; bpmnProcessId: string }>>();
  private readonly executor: Executor;
  private readonly sql: (text: string) => Database.Statement;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(readonly db: Database.Database, clock: EngineClock) {
    this.clock = clock;
    this.events.setMaxListeners(0);
    this.sql = statementCache(db);
    this.executor = new Executor(db, { model: (pdKey) => this.model(pdKey) }, clock);
    clock.onChange(() => this.scheduleTimers());
  }

  static async open(options: EngineOptions): Promise<Engine> {
    if (options.dbPath !== ':memory:') mkdirSync(dirname(options.dbPath), { recursive: true });
    const db = new Database(options.dbPath);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against a killed process (the WAL is fsynced at checkpoints, the OS keeps the rest)
    db.pragma('synchronous = NORMAL');
    db.exec(SCHEMA);
    const engine = new Engine(db, options.clock ?? new EngineClock());
    for (const row of db.prepare(`SELECT pd_key, xml, resource_name FROM process_definitions`).all() as Array<{ pd_key: number; xml: string; resource_name: string }>) {
      const model = await engine.compileStored(row.pd_key, row.xml, row.resource_name);
      engine.models.set(row.pd_key, model);
    }
    engine.rebuildMessageStarts();
    engine.scheduleTimers();
    return engine;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.events.emit('close');
    this.db.close();
  }

  private async compileStored(pdKey: number, xml: string, resourceName: string): Promise<ProcessModel> {
    const { processes } = await compileBpmn(xml, resourceName);
    const row = this.sql(`SELECT bpmn_process_id FROM process_definitions WHERE pd_key = ?`).get(pdKey) as { bpmn_process_id: string };
    const model = processes.find((p) => p.id === row.bpmn_process_id);
    if (!model) throw new Error(`stored process definition ${pdKey} no longer compiles`);
    return model;
  }

  private model(pdKey: number): ProcessModel {
    const model = this.models.get(pdKey);
    if (!model) throw new Error(`process definition ${pdKey} is not loaded`);
    return model;
  }

  /** Runs a command transactionally, then wakes whoever waits for what it changed. */
  private run<T>(command: (executor: Executor) => T): T {
    if (this.closed) throw new ProblemError(503, 'UNAVAILABLE', 'The engine is shutting down.');
    const { result, effects } = this.executor.transaction(() => command(this.executor));
    this.publish(effects);
    return result;
  }

  private publish(effects: Effects): void {
    for (const type of effects.jobTypes) this.events.emit('jobs', type);
    for (const piKey of effects.endedInstances) this.events.emit(`ended:${piKey}`);
    if (effects.endedInstances.size > 0 && this.messageStarts.size > 0) this.startBufferedAfter(effects.endedInstances);
    if (effects.timersChanged) this.scheduleTimers();
    if (effects.userTasksChanged) this.events.emit('userTasks');
  }

  // ---------------------------------------------------------------- cluster

  topology() {
    return {
      brokers: [{ nodeId: 0, host: 'localhost', port: 26501, version: GATEWAY_VERSION, partitions: [{ partitionId: 1, role: 'leader' as const, health: 'healthy' as const }] }],
      clusterSize: 1,
      partitionsCount: 1,
      replicationFactor: 1,
      gatewayVersion: GATEWAY_VERSION,
      lastCompletedChangeId: '-1',
    };
  }

  pinClock(timestamp: unknown): void {
    this.clock.pin(int64(timestamp, 'timestamp', 0));
  }

  resetClock(): void {
    this.clock.reset();
  }

  // ---------------------------------------------------------------- deployments

  async deploy(resources: Resource[], tenantId: string = TENANT) {
    if (resources.length === 0) throw badRequest('Expected to deploy at least one resource, but none was given.');
    const problems: string[] = [];
    const processes: Array<{ model: ProcessModel; xml: string; resourceName: string; checksum: string }> = [];
    const forms: Array<{ formId: string; schema: string; resourceName: string; checksum: string }> = [];
    for (const resource of resources) {
      const checksum = createHash('sha256').update(resource.content).digest('hex');
      if (resource.name.endsWith('.bpmn') || resource.name.endsWith('.xml')) {
        const xml = resource.content.toString('utf8');
        const compiled = await compileBpmn(xml, resource.name);
        for (const problem of compiled.problems) problems.push(`'${resource.name}': element '${problem.elementId}': ${problem.reason}`);
        for (const model of compiled.processes) {
          if (processes.some((p) => p.model.id === model.id)) problems.push(`'${resource.name}': the process id '${model.id}' is deployed twice in this deployment`);
          processes.push({ model, xml, resourceName: resource.name, checksum: `${checksum}:${model.id}` });
        }
      } else if (resource.name.endsWith('.form')) {
        let schema: unknown;
        try {
          schema = JSON.parse(resource.content.toString('utf8'));
        } catch (error) {
          problems.push(`'${resource.name}': not valid JSON: ${(error as Error).message}`);
          continue;
        }
        const formId = (schema as { id?: unknown } | null)?.id;
        if (typeof formId !== 'string' || formId === '') {
          problems.push(`'${resource.name}': a form needs a string 'id' (the formId that user tasks link)`);
          continue;
        }
        forms.push({ formId, schema: JSON.stringify(schema), resourceName: resource.name, checksum });
      } else {
        problems.push(`'${resource.name}': unsupported resource type; the embedded engine deploys .bpmn and .form files`);
      }
    }
    if (problems.length > 0) {
      throw badRequest(`Expected to deploy new resources, but encountered the following errors:\n${problems.join('\n')}`);
    }

    const result = this.run((ex) => {
      const deploymentKey = ex.nextKey();
      this.sql(`INSERT INTO deployments (deployment_key, tenant_id, created_at) VALUES (?, ?, ?)`).run(deploymentKey, tenantId, isoDate(this.clock.now()));
      const deployed: Array<Record<string, unknown>> = [];
      const fresh: Array<{ pdKey: number; model: ProcessModel }> = [];
      for (const process of processes) {
        const { key: pdKey, version, isNew } = this.versionOf(ex, `SELECT pd_key AS key, version, checksum FROM process_definitions WHERE bpmn_process_id = ? ORDER BY version DESC LIMIT 1`, process.model.id, process.checksum);
        if (isNew) {
          this.sql(`INSERT INTO process_definitions (pd_key, bpmn_process_id, version, name, version_tag, resource_name, checksum, xml, deployment_key, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(pdKey, process.model.id, version, process.model.name ?? null, process.model.versionTag ?? null, process.resourceName, process.checksum, process.xml, deploymentKey, tenantId);
          fresh.push({ pdKey, model: process.model });
        }
        deployed.push({ processDefinition: { processDefinitionId: process.model.id, processDefinitionVersion: version, resourceName: process.resourceName, tenantId, processDefinitionKey: String(pdKey) } });
      }
      for (const form of forms) {
        const { key: formKey, version, isNew } = this.versionOf(ex, `SELECT form_key AS key, version, checksum FROM forms WHERE form_id = ? ORDER BY version DESC LIMIT 1`, form.formId, form.checksum);
        if (isNew) {
          this.sql(`INSERT INTO forms (form_key, form_id, version, resource_name, checksum, schema, deployment_key, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(formKey, form.formId, version, form.resourceName, form.checksum, form.schema, deploymentKey, tenantId);
        }
        deployed.push({ form: { formId: form.formId, version, resourceName: form.resourceName, tenantId, formKey: String(formKey) } });
      }
      for (const { pdKey, model } of fresh) {
        this.models.set(pdKey, model);
        this.replaceStartTimers(ex, pdKey, model);
      }
      return { tenantId, deploymentKey: String(deploymentKey), deployments: deployed };
    });
    this.rebuildMessageStarts();
    return result;
  }

  /** Versioning by id as in Zeebe: unchanged content keeps the latest version, changed content gets the next. */
  private versionOf(ex: Executor, latestSql: string, id: string, checksum: string): { key: number; version: number; isNew: boolean } {
    const latest = this.sql(latestSql).get(id) as { key: number; version: number; checksum: string } | undefined;
    if (latest && latest.checksum === checksum) return { key: latest.key, version: latest.version, isNew: false };
    return { key: ex.nextKey(), version: (latest?.version ?? 0) + 1, isNew: true };
  }

  /** A new version's timer start events replace those of the versions before it (as in Zeebe). */
  private replaceStartTimers(ex: Executor, pdKey: number, model: ProcessModel): void {
    this.sql(`DELETE FROM timers WHERE role = 'start' AND pd_key IN (SELECT pd_key FROM process_definitions WHERE bpmn_process_id = ?)`).run(model.id);
    for (const id of model.timerStartEventIds) {
      const event = model.elements[id].event;
      if (event?.type !== 'timer') continue;
      const now = this.clock.now();
      const text = (raw: string) => String(evaluateExpression(raw, {}, { now: new Date(now) }));
      let due: number;
      let repetitions = 1;
      let interval: string | null = null;
      try {
        if (event.timeDuration) due = addDuration(now, text(event.timeDuration));
        else if (event.timeDate) due = parseDate(text(event.timeDate));
        else ({ firstDue: due, repetitions, interval } = parseCycle(text(event.timeCycle!), now));
      } catch (error) {
        throw badRequest(`Expected a valid timer on start event '${id}' of process '${model.id}': ${(error as Error).message}`);
      }
      this.sql(`INSERT INTO timers (timer_key, pi_key, ei_key, pd_key, element_id, due, repetitions, interval, role) VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, 'start')`).run(ex.nextKey(), pdKey, id, due, repetitions, interval);
    }
    ex.effects.timersChanged = true;
  }

  private rebuildMessageStarts(): void {
    const latest = this.sql(`SELECT pd_key, bpmn_process_id FROM process_definitions p WHERE version = (SELECT max(version) FROM process_definitions q WHERE q.bpmn_process_id = p.bpmn_process_id)`).all() as Array<{ pd_key: number; bpmn_process_id: string }>;
    const index = new Map<string, Array<{ pdKey: number; elementId: string; bpmnProcessId: string }>>();
    for (const row of latest) {
      const model = this.models.get(row.pd_key);
      if (!model) continue;
      for (const id of model.messageStartEventIds) {
        const event = model.elements[id].event;
        if (event?.type !== 'message') continue;
        const name = String(evaluateExpression(event.messageName, {}));
        index.set(name, [...(index.get(name) ?? []), { pdKey: row.pd_key, elementId: id, bpmnProcessId: row.bpmn_process_id }]);
      }
    }
    this.messageStarts = index;
  }

  // ---------------------------------------------------------------- process definitions

  private pdRow(key: string) {
    const row = this.sql(`SELECT * FROM process_definitions WHERE pd_key = ?`).get(parseKey(key, 'processDefinitionKey'));
    if (!row) throw notFound(`Process definition with key '${key}' not found`);
    return row as dto.ProcessDefinitionRow;
  }

  getProcessDefinition(key: string) {
    return dto.processDefinition(this.pdRow(key));
  }

  getProcessDefinitionXml(key: string): string {
    return this.pdRow(key).xml;
  }

  searchProcessDefinitions(request: SearchRequest) {
    return this.search(specs.processDefinitions, request, dto.processDefinition);
  }

  // ---------------------------------------------------------------- process instances

  async createProcessInstance(request: Vars) {
    const variables = asVariables(request.variables, 'variables');
    for (const unsupported of ['startInstructions', 'runtimeInstructions'] as const) {
      if (Array.isArray(request[unsupported]) && request[unsupported].length > 0) {
        throw badRequest(`'${unsupported}' are not supported by the embedded engine; start the instance at its none start event.`);
      }
    }
    let pd: { pd_key: number; bpmn_process_id: string; version: number } | undefined;
    if (request.processDefinitionKey !== undefined) {
      pd = this.sql(`SELECT pd_key, bpmn_process_id, version FROM process_definitions WHERE pd_key = ?`).get(parseKey(request.processDefinitionKey, 'processDefinitionKey')) as typeof pd;
      if (!pd) throw notFound(`Expected to find process definition with key '${String(request.processDefinitionKey)}', but none found`);
    } else if (typeof request.processDefinitionId === 'string') {
      const version = request.processDefinitionVersion ?? -1;
      if (!Number.isInteger(version)) throw badRequest(`'processDefinitionVersion' must be an integer.`);
      pd = (version === -1
        ? this.sql(`SELECT pd_key, bpmn_process_id, version FROM process_definitions WHERE bpmn_process_id = ? ORDER BY version DESC LIMIT 1`).get(request.processDefinitionId)
        : this.sql(`SELECT pd_key, bpmn_process_id, version FROM process_definitions WHERE bpmn_process_id = ? AND version = ?`).get(request.processDefinitionId, version)) as typeof pd;
      if (!pd) throw notFound(`Expected to find process definition with process ID '${request.processDefinitionId}'${version === -1 ? '' : ` and version '${String(version)}'`}, but none found`);
    } else {
      throw badRequest(`Expected either 'processDefinitionId' or 'processDefinitionKey' to be set.`);
    }
    const model = this.model(pd.pd_key);
    if (!model.noneStartEventId) throw badRequest(`Expected to create an instance of process '${pd.bpmn_process_id}', but it has no none start event.`);
    const fetchVariables = request.fetchVariables === undefined ? undefined : asStringList(request.fetchVariables, 'fetchVariables');
    const awaitCompletion = request.awaitCompletion === true;
    const requestedTimeout = request.requestTimeout === undefined ? 0 : int64(request.requestTimeout, 'requestTimeout', 0);
    const requestTimeout = requestedTimeout > 0 ? requestedTimeout : 60_000;

    // subscribe before the instance can complete, so a fast instance is not missed
    let ended: Promise<void> | null = null;
    let cancelWait = () => {};
    const piKey = this.run((ex) => {
      const key = ex.createProcessInstance(pd!.pd_key, model.noneStartEventId!, variables, null);
      if (awaitCompletion) {
        ended = new Promise<void>((resolve, reject) => {
          const timeout = setTimeout(() => {
            this.events.off(`ended:${key}`, done);
            reject(new ProblemError(504, 'DEADLINE_EXCEEDED', `Timed out after ${requestTimeout} ms waiting for process instance ${key} to complete.`));
          }, requestTimeout);
          const done = () => {
            clearTimeout(timeout);
            resolve();
          };
          cancelWait = () => {
            clearTimeout(timeout);
            this.events.off(`ended:${key}`, done);
          };
          this.events.once(`ended:${key}`, done);
        });
      }
      return key;
    });
    const base = { processDefinitionId: pd.bpmn_process_id, processDefinitionVersion: pd.version, tenantId: TENANT, processDefinitionKey: String(pd.pd_key), processInstanceKey: String(piKey), variables: {} as Vars };
    if (!awaitCompletion) return base;
    try {
      await ended;
    } catch (error) {
      cancelWait();
      throw error;
    }
    const state = (this.sql(`SELECT state FROM process_instances WHERE pi_key = ?`).get(piKey) as { state: string }).state;
    if (state !== 'COMPLETED') throw conflict(`Process instance ${piKey} was terminated before it completed.`);
    const all = this.rootVariables(piKey);
    base.variables = fetchVariables ? Object.fromEntries(Object.entries(all).filter(([name]) => fetchVariables.includes(name))) : all;
    return base;
  }

  private rootVariables(piKey: number): Vars {
    const result: Vars = {};
    for (const row of this.sql(`SELECT name, value FROM variables WHERE scope_key = ?`).all(piKey) as Array<{ name: string; value: string }>) {
      result[row.name] = JSON.parse(row.value);
    }
    return result;
  }

  private piRow(key: unknown) {
    const row = this.sql(`SELECT p.*, d.name AS pd_name, d.version_tag FROM process_instances p JOIN process_definitions d ON d.pd_key = p.pd_key WHERE p.pi_key = ?`).get(parseKey(key, 'processInstanceKey'));
    if (!row) throw notFound(`Process instance with key '${String(key)}' not found`);
    return row as dto.ProcessInstanceRow;
  }

  getProcessInstance(key: string) {
    return dto.processInstance(this.piRow(key));
  }

  searchProcessInstances(request: SearchRequest) {
    return this.search(specs.processInstances, request, dto.processInstance);
  }

  cancelProcessInstance(key: string): void {
    const row = this.piRow(key);
    if (row.state !== 'ACTIVE') throw notFound(`Expected to cancel a process instance with key '${key}', but no such active process instance was found`);
    this.run((ex) => ex.cancelProcessInstance(row.pi_key));
  }

  // ---------------------------------------------------------------- jobs

  /**
   * Activates up to `maxJobsToActivate` jobs; with no job ready it waits (long poll) until one is
   * or `requestTimeout` passes.
   */
  async activateJobs(request: Vars, signal?: AbortSignal) {
    const type = request.type;
    if (typeof type !== 'string' || type === '') throw badRequest(`'type' must be a non-empty string.`);
    const timeout = int64(request.timeout, 'timeout', 1);
    const max = request.maxJobsToActivate;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1) throw badRequest(`'maxJobsToActivate' must be a positive integer.`);
    const worker = typeof request.worker === 'string' ? request.worker : 'default';
    const fetchVariable = request.fetchVariable === undefined || request.fetchVariable === null ? undefined : asStringList(request.fetchVariable, 'fetchVariable');
    const requestedTimeout = request.requestTimeout === undefined ? 0 : int64(request.requestTimeout, 'requestTimeout', -1);
    const requestTimeout = requestedTimeout > 0 ? Math.min(requestedTimeout, 600_000) : 10_000;

    const ready = this.sql(`SELECT 1 FROM jobs WHERE type = ? AND ((state = 'ACTIVATABLE' AND activatable_at <= ?) OR (state = 'ACTIVATED' AND deadline <= ?)) LIMIT 1`);
    // a read first, so idle long polls do not write a transaction each time they look
    const attempt = () => {
      const now = this.clock.now();
      return ready.get(type, now, now) ? this.run((ex) => this.activateNow(ex, type, worker, timeout, max, fetchVariable)) : [];
    };
    let jobs = attempt();
    if (jobs.length > 0 || requestedTimeout < 0) return { jobs };
    const until = Date.now() + requestTimeout;
    while (jobs.length === 0 && Date.now() < until && !signal?.aborted && !this.closed) {
      await new Promise<void>((resolve) => {
        const wake = (changed: string) => {
          if (changed === type || changed === '*') finish();
        };
        const finish = () => {
          clearTimeout(timer);
          this.events.off('jobs', wake);
          this.events.off('close', finish);
          signal?.removeEventListener('abort', finish);
          resolve();
        };
        // jobs also become ready by time alone (a back-off or an activation deadline passes)
        const timer = setTimeout(finish, Math.min(250, Math.max(0, until - Date.now())));
        this.events.on('jobs', wake);
        this.events.once('close', finish);
        signal?.addEventListener('abort', finish);
      });
      if (this.closed || signal?.aborted) break;
      jobs = attempt();
    }
    return { jobs };
  }

  private activateNow(ex: Executor, type: string, worker: string, timeout: number, max: number, fetchVariable?: string[]) {
    const now = this.clock.now();
    const rows = this.sql(`SELECT * FROM jobs WHERE type = ? AND ((state = 'ACTIVATABLE' AND activatable_at <= ?) OR (state = 'ACTIVATED' AND deadline <= ?)) ORDER BY job_key LIMIT ?`).all(type, now, now, max) as dto.JobRow[];
    const update = this.sql(`UPDATE jobs SET state = 'ACTIVATED', worker = ?, deadline = ? WHERE job_key = ?`);
    return rows.map((job) => {
      update.run(worker, now + timeout, job.job_key);
      let variables = ex.visibleVariables(job.ei_key);
      if (fetchVariable) variables = Object.fromEntries(Object.entries(variables).filter(([name]) => fetchVariable.includes(name)));
      return dto.activatedJob({ ...job, worker, deadline: now + timeout }, variables);
    });
  }

  private jobRow(key: string): dto.JobRow {
    const row = this.sql(`SELECT * FROM jobs WHERE job_key = ?`).get(parseKey(key, 'jobKey')) as dto.JobRow | undefined;
    if (!row) throw notFound(`Job with key '${key}' not found`);
    return row;
  }

  private liveJob(key: string, action: string): dto.JobRow {
    const job = this.jobRow(key);
    if (job.state === 'COMPLETED' || job.state === 'CANCELED' || job.state === 'ERROR_THROWN') {
      throw notFound(`Expected to ${action} job with key '${key}', but no such job was found (it is ${job.state.toLowerCase().replace('_', ' ')})`);
    }
    if (job.state === 'FAILED') throw conflict(`Expected to ${action} job with key '${key}', but it is in state 'FAILED' (it has no retries left and an incident).`);
    return job;
  }

  completeJob(key: string, request: Vars): void {
    const variables = asVariables(request.variables, 'variables');
    const job = this.liveJob(key, 'complete');
    this.run((ex) => {
      this.sql(`UPDATE jobs SET state = 'COMPLETED' WHERE job_key = ?`).run(job.job_key);
      this.completeWaitState(ex, job.ei_key, variables);
    });
  }

  /** A task finished by a worker or a person: its variables propagate, then the element completes. */
  private completeWaitState(ex: Executor, eiKey: number, variables: Vars): void {
    const ei = ex.getEi(eiKey);
    if (!ei) return;
    const element = ex.modelOf(ei).elements[ei.element_id];
    // with output mappings the variables stay local to the task and only the mappings propagate
    if (element.outputs.length > 0) for (const [name, value] of Object.entries(variables)) ex.setLocal(eiKey, ei.pi_key, name, value);
    else ex.propagate(eiKey, ei.pi_key, variables);
    ex.enqueue({ type: 'complete', eiKey });
  }

  failJob(key: string, request: Vars): void {
    const retries = request.retries ?? 0;
    if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 0) throw badRequest(`'retries' must be a non-negative integer.`);
    const backOff = request.retryBackOff === undefined ? 0 : int64(request.retryBackOff, 'retryBackOff', 0);
    const message = typeof request.errorMessage === 'string' ? request.errorMessage : '';
    const variables = asVariables(request.variables, 'variables');
    const job = this.liveJob(key, 'fail');
    this.run((ex) => {
      const ei = ex.getEi(job.ei_key);
      if (ei) for (const [name, value] of Object.entries(variables)) ex.setLocal(ei.ei_key, ei.pi_key, name, value);
      if (retries > 0) {
        this.sql(`UPDATE jobs SET state = 'ACTIVATABLE', retries = ?, activatable_at = ?, error_message = ?, worker = NULL, deadline = NULL WHERE job_key = ?`).run(retries, this.clock.now() + backOff, message, job.job_key);
        ex.effects.jobTypes.add(job.type);
      } else {
        this.sql(`UPDATE jobs SET state = 'FAILED', retries = 0, error_message = ? WHERE job_key = ?`).run(message, job.job_key);
        if (ei) ex.raiseIncident(ei, 'JOB_NO_RETRIES', message || 'No more retries left.', job.job_key, null);
      }
    });
  }

  throwJobError(key: string, request: Vars): void {
    const errorCode = request.errorCode;
    if (typeof errorCode !== 'string' || errorCode === '') throw badRequest(`'errorCode' must be a non-empty string.`);
    const message = typeof request.errorMessage === 'string' ? request.errorMessage : '';
    const variables = asVariables(request.variables, 'variables');
    const job = this.liveJob(key, 'throw an error for');
    this.run((ex) => {
      this.sql(`UPDATE jobs SET state = 'ERROR_THROWN', error_code = ?, error_message = ? WHERE job_key = ?`).run(errorCode, message, job.job_key);
      const ei = ex.getEi(job.ei_key);
      if (ei) ex.throwError(ei, errorCode, message, variables, job.job_key);
    });
  }

  updateJob(key: string, request: Vars): void {
    const changeset = request.changeset;
    if (!changeset || typeof changeset !== 'object') throw badRequest(`'changeset' must be an object with 'retries' and/or 'timeout'.`);
    const { retries, timeout } = changeset as Vars;
    if (retries !== undefined && retries !== null && (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 1)) throw badRequest(`'changeset.retries' must be a positive integer.`);
    const newTimeout = timeout === undefined || timeout === null ? null : int64(timeout, 'changeset.timeout', 0);
    const job = this.jobRow(key);
    if (job.state === 'COMPLETED' || job.state === 'CANCELED') throw notFound(`Expected to update job with key '${key}', but no such job was found`);
    this.run(() => {
      if (typeof retries === 'number') this.sql(`UPDATE jobs SET retries = ? WHERE job_key = ?`).run(retries, job.job_key);
      if (newTimeout !== null && job.state === 'ACTIVATED') this.sql(`UPDATE jobs SET deadline = ? WHERE job_key = ?`).run(this.clock.now() + newTimeout, job.job_key);
    });
  }

  searchJobs(request: SearchRequest) {
    return this.search(specs.jobs, request, dto.jobSearchItem);
  }

  // ---------------------------------------------------------------- incidents

  private incidentRow(key: string): dto.IncidentRow {
    const row = this.sql(`SELECT * FROM incidents WHERE incident_key = ?`).get(parseKey(key, 'incidentKey')) as dto.IncidentRow | undefined;
    if (!row) throw notFound(`Incident with key '${key}' not found`);
    return row;
  }

  getIncident(key: string) {
    return dto.incident(this.incidentRow(key));
  }

  searchIncidents(request: SearchRequest, processInstanceKey?: string) {
    if (processInstanceKey !== undefined) {
      this.piRow(processInstanceKey);
      request = { ...request, filter: { ...(request.filter ?? {}), processInstanceKey } };
    }
    return this.search(specs.incidents, request, dto.incident);
  }

  resolveIncident(key: string): void {
    const incident = this.incidentRow(key);
    if (incident.state !== 'ACTIVE') throw notFound(`Expected to resolve incident with key '${key}', but no such incident was found`);
    this.run((ex) => {
      this.sql(`UPDATE incidents SET state = 'RESOLVED' WHERE incident_key = ?`).run(incident.incident_key);
      ex.updateIncidentCount(incident.pi_key);
      if (incident.job_key !== null) {
        const job = this.sql(`SELECT * FROM jobs WHERE job_key = ?`).get(incident.job_key) as dto.JobRow;
        if (job.state === 'FAILED' && job.retries <= 0) {
          // as in Zeebe: resolving without new retries raises the incident again
          const ei = ex.getEi(job.ei_key);
          if (ei) ex.raiseIncident(ei, 'JOB_NO_RETRIES', job.error_message || 'No more retries left.', job.job_key, null);
          return;
        }
        if (job.state === 'FAILED' || job.state === 'ERROR_THROWN') {
          this.sql(`UPDATE jobs SET state = 'ACTIVATABLE', activatable_at = 0, worker = NULL, deadline = NULL WHERE job_key = ?`).run(job.job_key);
          ex.effects.jobTypes.add(job.type);
        }
      } else if (incident.retry_action) {
        ex.enqueue(JSON.parse(incident.retry_action));
      }
    });
  }

  // ---------------------------------------------------------------- messages

  publishMessage(request: Vars) {
    const { name, correlationKey, ttl, messageId, variables } = this.messageRequest(request, true);
    return this.run((ex) => {
      const now = this.clock.now();
      if (messageId !== null) {
        // as in Zeebe, the id is unique per message name and correlation key while buffered
        this.sql(`DELETE FROM messages WHERE name = ? AND correlation_key = ? AND message_id = ? AND expires_at <= ?`).run(name, correlationKey, messageId, now);
        if (this.sql(`SELECT 1 FROM messages WHERE name = ? AND correlation_key = ? AND message_id = ?`).get(name, correlationKey, messageId)) {
          throw new ProblemError(409, 'ALREADY_EXISTS', `Expected to publish a new message with id '${messageId}', but a message with name '${name}', correlation key '${correlationKey}' and that id was already published`);
        }
      }
      const messageKey = ex.nextKey();
      this.correlateEverywhere(ex, messageKey, name, correlationKey, variables);
      if (ttl > 0) {
        this.sql(`INSERT INTO messages (msg_key, name, correlation_key, variables, expires_at, message_id, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(messageKey, name, correlationKey, JSON.stringify(variables), now + ttl, messageId, TENANT);
        ex.effects.timersChanged = true; // the expiry is scheduled like a timer
      }
      return { tenantId: TENANT, messageKey: String(messageKey) };
    });
  }

  correlateMessage(request: Vars) {
    const { name, correlationKey, variables } = this.messageRequest(request, false);
    return this.run((ex) => {
      const messageKey = ex.nextKey();
      const first = this.correlateEverywhere(ex, messageKey, name, correlationKey, variables);
      if (first === null) {
        throw notFound(`Expected to find subscriptions for message with name '${name}' and correlation key '${correlationKey}', but none were found.`);
      }
      return { tenantId: TENANT, messageKey: String(messageKey), processInstanceKey: String(first) };
    });
  }

  private messageRequest(request: Vars, publication: boolean) {
    if (typeof request.name !== 'string' || request.name === '') throw badRequest(`'name' must be a non-empty string.`);
    const correlationKey = request.correlationKey ?? '';
    if (typeof correlationKey !== 'string') throw badRequest(`'correlationKey' must be a string.`);
    const ttl = publication && request.timeToLive !== undefined ? int64(request.timeToLive, 'timeToLive', 0) : 0;
    const messageId = request.messageId ?? null;
    if (messageId !== null && typeof messageId !== 'string') throw badRequest(`'messageId' must be a string.`);
    return { name: request.name, correlationKey, ttl: ttl as number, messageId: messageId === '' ? null : (messageId as string | null), variables: asVariables(request.variables, 'variables') };
  }

  /**
   * Correlates a message as Zeebe does: once per process (bpmnProcessId), either starting it
   * through a message start event or reaching one waiting subscription of one of its instances.
   * Returns the first process instance it reached (a started one before a waiting one).
   */
  private correlateEverywhere(ex: Executor, messageKey: number, name: string, correlationKey: string, variables: Vars): number | null {
    let first: number | null = null;
    const reached = new Set<string>();
    for (const start of this.messageStarts.get(name) ?? []) {
      const piKey = this.startByMessage(ex, start, messageKey, correlationKey, variables);
      if (piKey === null) continue;
      reached.add(start.bpmnProcessId);
      first ??= piKey;
    }
    const subscriptions = this.sql(`SELECT s.*, p.bpmn_process_id FROM subscriptions s JOIN process_instances p ON p.pi_key = s.pi_key WHERE s.message_name = ? AND s.correlation_key = ? ORDER BY s.sub_key`).all(name, correlationKey) as Array<SubscriptionRow & { bpmn_process_id: string }>;
    for (const sub of subscriptions) {
      if (reached.has(sub.bpmn_process_id)) continue;
      if (!this.sql(`SELECT 1 FROM subscriptions WHERE sub_key = ?`).get(sub.sub_key)) continue; // closed by an earlier correlation
      reached.add(sub.bpmn_process_id);
      ex.correlate(sub, messageKey, variables);
      first ??= sub.pi_key;
    }
    return first;
  }

  /** Starts a process by message unless an instance started with this correlation key is still active. */
  private startByMessage(ex: Executor, start: { pdKey: number; elementId: string; bpmnProcessId: string }, messageKey: number, correlationKey: string, variables: Vars): number | null {
    if (correlationKey !== '' && this.sql(`SELECT 1 FROM process_instances WHERE bpmn_process_id = ? AND state = 'ACTIVE' AND start_correlation_key = ?`).get(start.bpmnProcessId, correlationKey)) return null;
    const target = `pd:${start.bpmnProcessId}`;
    if (this.sql(`SELECT 1 FROM message_correlations WHERE msg_key = ? AND target = ?`).get(messageKey, target)) return null;
    this.sql(`INSERT INTO message_correlations (msg_key, target) VALUES (?, ?)`).run(messageKey, target);
    return ex.createProcessInstance(start.pdKey, start.elementId, variables, correlationKey === '' ? null : correlationKey);
  }

  /**
   * When an instance started by a message ends, a buffered message with the same correlation key
   * may start the next one (Zeebe's message cardinality for start events).
   */
  private startBufferedAfter(endedInstances: Set<number>): void {
    for (const piKey of endedInstances) {
      const ended = this.sql(`SELECT bpmn_process_id, start_correlation_key FROM process_instances WHERE pi_key = ?`).get(piKey) as { bpmn_process_id: string; start_correlation_key: string | null } | undefined;
      if (!ended?.start_correlation_key) continue;
      for (const [name, starts] of this.messageStarts) {
        const start = starts.find((s) => s.bpmnProcessId === ended.bpmn_process_id);
        if (!start) continue;
        const message = this.sql(`SELECT * FROM messages WHERE name = ? AND correlation_key = ? AND expires_at > ? AND NOT EXISTS (SELECT 1 FROM message_correlations c WHERE c.msg_key = messages.msg_key AND c.target = ?) ORDER BY msg_key LIMIT 1`).get(name, ended.start_correlation_key, this.clock.now(), `pd:${start.bpmnProcessId}`) as MessageRow | undefined;
        if (!message) continue;
        this.run((ex) => this.startByMessage(ex, start, message.msg_key, message.correlation_key, JSON.parse(message.variables) as Vars));
        break;
      }
    }
  }

  // ---------------------------------------------------------------- timers

  private scheduleTimers(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    const next = this.sql(`SELECT min(due) AS due FROM (SELECT min(due) AS due FROM timers UNION ALL SELECT min(expires_at) FROM messages)`).get() as { due: number | null };
    if (next.due === null) return;
    const delay = Math.max(0, Math.min(next.due - this.clock.now(), 2 ** 31 - 1));
    // a pinned clock does not advance by itself: nothing is due until the clock is moved
    if (this.clock.isPinned() && delay > 0) return;
    this.timer = setTimeout(() => this.fireDueTimers(), delay);
    this.timer.unref();
  }

  private fireDueTimers(): void {
    if (this.closed) return;
    const now = this.clock.now();
    const due = this.sql(`SELECT * FROM timers WHERE due <= ? ORDER BY due LIMIT 100`).all(now) as dto.TimerRow[];
    for (const timer of due) {
      try {
        this.run((ex) => this.fireTimer(ex, timer));
      } catch (error) {
        // a timer that cannot fire must not stop the others; it stays and is retried
        console.error(`Timer ${timer.timer_key} of '${timer.element_id}' failed:`, error);
      }
    }
    this.run(() => this.sql(`DELETE FROM messages WHERE expires_at <= ?`).run(now));
    this.scheduleTimers();
  }

  private fireTimer(ex: Executor, timer: dto.TimerRow): void {
    if (!this.sql(`SELECT 1 FROM timers WHERE timer_key = ?`).get(timer.timer_key)) return;
    const next = timer.interval && (timer.repetitions === -1 || timer.repetitions > 1) ? addDuration(timer.due, timer.interval) : null;
    const reschedule = () => {
      if (next === null) return false;
      this.sql(`UPDATE timers SET due = ?, repetitions = ? WHERE timer_key = ?`).run(next, timer.repetitions === -1 ? -1 : timer.repetitions - 1, timer.timer_key);
      return true;
    };
    if (timer.role === 'start') {
      if (!reschedule()) this.sql(`DELETE FROM timers WHERE timer_key = ?`).run(timer.timer_key);
      ex.createProcessInstance(timer.pd_key, timer.element_id, {}, null);
      return;
    }
    const owner = ex.getEi(timer.ei_key!);
    if (!owner) {
      this.sql(`DELETE FROM timers WHERE timer_key = ?`).run(timer.timer_key);
      return;
    }
    const event = ex.modelOf(owner).elements[timer.element_id];
    if (timer.role === 'catch') {
      this.sql(`DELETE FROM timers WHERE timer_key = ?`).run(timer.timer_key);
      ex.enqueue({ type: 'complete', eiKey: owner.ei_key });
    } else if (timer.role === 'boundary') {
      if (event.cancelActivity !== false || !reschedule()) this.sql(`DELETE FROM timers WHERE timer_key = ?`).run(timer.timer_key);
      ex.triggerBoundary(owner, event, {});
    } else {
      ex.triggerEventGateway(owner, event, {});
    }
    ex.effects.timersChanged = true;
  }

  // ---------------------------------------------------------------- user tasks

  private userTaskRow(key: string): dto.UserTaskRow {
    const row = this.sql(`SELECT * FROM user_tasks WHERE ut_key = ?`).get(parseKey(key, 'userTaskKey')) as dto.UserTaskRow | undefined;
    if (!row) throw notFound(`User task with key '${key}' not found`);
    return row;
  }

  private openUserTask(key: string, action: string): dto.UserTaskRow {
    const row = this.userTaskRow(key);
    if (row.state !== 'CREATED') throw notFound(`Expected to ${action} user task with key '${key}', but no such active user task was found (it is ${row.state.toLowerCase()})`);
    return row;
  }

  getUserTask(key: string) {
    return dto.userTask(this.userTaskRow(key));
  }

  searchUserTasks(request: SearchRequest) {
    return this.search(specs.userTasks, request, dto.userTask);
  }

  /** The linked form of a user task, or null when it has none (HTTP 204). */
  getUserTaskForm(key: string) {
    const task = this.userTaskRow(key);
    if (task.form_key === null) return null;
    const form = this.sql(`SELECT * FROM forms WHERE form_key = ?`).get(task.form_key) as dto.FormRow;
    return dto.form(form);
  }

  searchUserTaskVariables(key: string, request: SearchRequest, truncate = true) {
    const task = this.userTaskRow(key);
    const visible = this.executor.visibleVariableKeys(task.ei_key);
    const spec = { ...specs.variables, table: `(SELECT *, '<default>' AS tenant_id FROM variables WHERE var_key IN (${visible.join(', ') || 'NULL'}))` };
    return this.search(spec, request ?? {}, (row: dto.VariableRow) => dto.variableSearchItem(row, truncate));
  }

  // ---------------------------------------------------------------- element instances

  /** `PUT /element-instances/{key}/variables`: sets variables locally or with propagation. */
  setElementInstanceVariables(key: string, request: Vars): void {
    const variables = asVariables(request.variables, 'variables');
    if (request.local !== undefined && typeof request.local !== 'boolean') throw badRequest(`'local' must be a boolean.`);
    const scopeKey = parseKey(key, 'elementInstanceKey');
    this.run((ex) => {
      const scope = ex.getEi(scopeKey);
      if (!scope) throw notFound(`Expected to set variables on element instance '${key}', but no such active element instance was found`);
      if (request.local === true) for (const [name, value] of Object.entries(variables)) ex.setLocal(scopeKey, scope.pi_key, name, value);
      else ex.propagate(scopeKey, scope.pi_key, variables);
    });
  }

  assignUserTask(key: string, request: Vars): void {
    const assignee = request.assignee;
    if (typeof assignee !== 'string' || assignee === '') throw badRequest(`'assignee' must be a non-empty string.`);
    const task = this.openUserTask(key, 'assign');
    if (request.allowOverride === false && task.assignee && task.assignee !== assignee) {
      throw conflict(`Expected to assign user task with key '${key}' to '${assignee}', but it is already assigned to '${task.assignee}'`);
    }
    this.run((ex) => {
      this.sql(`UPDATE user_tasks SET assignee = ? WHERE ut_key = ?`).run(assignee, task.ut_key);
      ex.effects.userTasksChanged = true;
    });
  }

  unassignUserTask(key: string): void {
    const task = this.openUserTask(key, 'unassign');
    this.run((ex) => {
      this.sql(`UPDATE user_tasks SET assignee = NULL WHERE ut_key = ?`).run(task.ut_key);
      ex.effects.userTasksChanged = true;
    });
  }

  completeUserTask(key: string, request: Vars): void {
    const variables = asVariables(request.variables, 'variables');
    const task = this.openUserTask(key, 'complete');
    this.run((ex) => {
      this.sql(`UPDATE user_tasks SET state = 'COMPLETED', completion_date = ? WHERE ut_key = ?`).run(isoDate(this.clock.now()), task.ut_key);
      ex.effects.userTasksChanged = true;
      this.completeWaitState(ex, task.ei_key, variables);
    });
  }

  // ---------------------------------------------------------------- variables

  searchVariables(request: SearchRequest, truncate = true) {
    return this.search(specs.variables, request, (row: dto.VariableRow) => dto.variableSearchItem(row, truncate));
  }

  getVariable(key: string) {
    const row = this.sql(`SELECT * FROM variables WHERE var_key = ?`).get(parseKey(key, 'variableKey')) as dto.VariableRow | undefined;
    if (!row) throw notFound(`Variable with key '${key}' not found`);
    return dto.variable(row);
  }

  // ---------------------------------------------------------------- forms

  getForm(formKey: string) {
    const row = this.sql(`SELECT * FROM forms WHERE form_key = ?`).get(parseKey(formKey, 'formKey')) as dto.FormRow | undefined;
    if (!row) throw notFound(`Form with key '${formKey}' not found`);
    return dto.form(row);
  }

  // ---------------------------------------------------------------- documents

  createDocument(content: Buffer, metadata: Vars, storeId?: string, documentId?: string) {
    const id = documentId ?? randomUUID();
    if (!/^[A-Za-z0-9._-]{1,200}$/.test(id)) throw badRequest(`'documentId' may only contain letters, digits, '.', '_' and '-'.`);
    const store = storeId ?? 'in-memory';
    if (store !== 'in-memory') throw badRequest(`Unknown document store '${store}'; the embedded engine has the store 'in-memory' (kept in its database).`);
    const contentHash = createHash('sha256').update(content).digest('hex');
    const meta: Vars = { ...metadata, size: content.length };
    if (meta.expiresAt !== undefined && (typeof meta.expiresAt !== 'string' || Number.isNaN(Date.parse(meta.expiresAt)))) throw badRequest(`'metadata.expiresAt' must be an ISO 8601 date-time.`);
    this.run(() => {
      if (this.sql(`SELECT 1 FROM documents WHERE document_id = ?`).get(id)) throw conflict(`A document with id '${id}' already exists.`);
      this.sql(`INSERT INTO documents (document_id, store_id, content, content_hash, metadata, expires_at) VALUES (?, ?, ?, ?, ?, ?)`).run(id, store, content, contentHash, JSON.stringify(meta), meta.expiresAt ? Date.parse(meta.expiresAt as string) : null);
    });
    return dto.documentReference(id, store, contentHash, meta);
  }

  getDocument(id: string, contentHash?: string): { content: Buffer; contentType: string; fileName?: string } {
    const row = this.sql(`SELECT * FROM documents WHERE document_id = ?`).get(id) as { content: Buffer; content_hash: string; metadata: string; expires_at: number | null } | undefined;
    if (!row || (row.expires_at !== null && row.expires_at <= this.clock.now())) throw notFound(`Document with id '${id}' not found`);
    if (contentHash !== undefined && contentHash !== row.content_hash) throw badRequest(`The content hash does not match the document with id '${id}'.`);
    const meta = JSON.parse(row.metadata) as { contentType?: string; fileName?: string };
    return { content: row.content, contentType: meta.contentType ?? 'application/octet-stream', fileName: meta.fileName };
  }

  deleteDocument(id: string): void {
    this.run(() => {
      if (this.sql(`DELETE FROM documents WHERE document_id = ?`).run(id).changes === 0) throw notFound(`Document with id '${id}' not found`);
    });
  }

  // ---------------------------------------------------------------- search

  private search<Row, Item>(spec: SearchSpec, request: SearchRequest, map: (row: Row) => Item) {
    const query = buildQuery(spec, request ?? {});
    const rows = this.db.prepare(query.sql).all(...query.params) as Row[];
    const { n } = this.db.prepare(query.countSql).get(...query.params) as { n: number };
    return pageOf(rows.map(map), n, query.offset);
  }
}

/** An int64 field: the official client sends these as JSON strings (its bigints), others as numbers. */
function int64(value: unknown, name: string, min: number): number {
  const number = typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < min) {
    throw badRequest(`'${name}' must be an integer of at least ${min}, but was ${JSON.stringify(value)}.`);
  }
  return number;
}

export function parseKey(value: unknown, name: string): number {
  if (typeof value === 'string' && /^\d{1,16}$/.test(value)) return Number(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw badRequest(`'${name}' must be a key (a string of digits), but was ${JSON.stringify(value)}.`);
}

function asVariables(value: unknown, name: string): Vars {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw badRequest(`'${name}' must be a JSON object mapping variable names to values.`);
  for (const key of Object.keys(value)) {
    if (key === '') throw badRequest(`'${name}' contains a variable with an empty name.`);
  }
  return value as Vars;
}

function asStringList(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw badRequest(`'${name}' must be an array of strings.`);
  return value;
}

export type { MessageRow };
