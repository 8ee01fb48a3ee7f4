/**
 * Zeebe's token semantics for the supported BPMN subset, executed against SQLite.
 *
 * Every public command of the engine runs inside one SQLite transaction: it enqueues actions,
 * and `drain()` processes them until the process instances reach their next wait state (a job,
 * a user task, a subscription, a timer, an incident). Nothing about a running instance is kept
 * in memory between commands.
 */
import type Database from 'better-sqlite3';
import type { FlowElement, ProcessModel, VariableMapping } from '../model/types.js';
import { ExpressionError, evaluateCondition, evaluateExpression, isExpression } from '../feel/index.js';
import { addDuration, parseCycle, parseDate, TimerSpecError } from './timer-spec.js';
import { isoDate, type EngineClock } from './clock.js';
import { statementCache } from './statements.js';

export type Role = 'process' | 'element' | 'body' | 'inner';

export interface ElementInstanceRow {
  ei_key: number;
  pi_key: number;
  pd_key: number;
  element_id: string;
  flow_scope_key: number | null;
  role: Role;
  state: string;
  data: string | null;
}

interface InstanceData {
  /** multi-instance body */
  collection?: unknown[];
  nextIndex?: number;
  completed?: number;
  /** exclusive gateway: the flow chosen on activation */
  chosenFlow?: string;
  /** a start event created by a message or timer rather than by a plain create */
  startEventId?: string;
  /** index of an inner multi-instance instance */
  index?: number;
}

export type Action =
  | { type: 'activate'; eiKey: number }
  | { type: 'complete'; eiKey: number }
  | { type: 'scopeCheck'; scopeKey: number }
  | { type: 'rethrow'; eiKey: number; errorCode: string; errorMessage: string };

export type IncidentType =
  | 'IO_MAPPING_ERROR'
  | 'JOB_NO_RETRIES'
  | 'CONDITION_ERROR'
  | 'EXTRACT_VALUE_ERROR'
  | 'UNHANDLED_ERROR_EVENT'
  | 'FORM_NOT_FOUND'
  | 'UNKNOWN';

/** A failure that parks the element instance in an incident instead of failing the command. */
export class IncidentError extends Error {
  constructor(
    readonly errorType: IncidentType,
    message: string,
  ) {
    super(message);
  }
}

export interface ModelSource {
  model(pdKey: number): ProcessModel;
}

/** What a committed transaction changed, so the server can wake waiters afterwards. */
export interface Effects {
  jobTypes: Set<string>;
  endedInstances: Set<number>;
  userTasksChanged: boolean;
  timersChanged: boolean;
}

export const newEffects = (): Effects => ({
  jobTypes: new Set(),
  endedInstances: new Set(),
  userTasksChanged: false,
  timersChanged: false,
});

const PARTITION_KEY_BASE = 2 ** 51; // Zeebe encodes the partition id (here 1) in the key's upper bits

export class Executor {
  private queue: Action[] = [];
  effects: Effects = newEffects();
  private nextKeyValue: number;
  private keyDirty = false;
  private readonly stmt: ReturnType<Executor['prepare']>;
  private readonly sql: (text: string) => Database.Statement;

  constructor(
    readonly db: Database.Database,
    private readonly models: ModelSource,
    readonly clock: EngineClock,
  ) {
    const row = db.prepare(`SELECT value FROM meta WHERE name = 'nextKey'`).get() as
      | { value: string }
      | undefined;
    this.nextKeyValue = row ? Number(row.value) : PARTITION_KEY_BASE + 1;
    this.stmt = this.prepare();
    this.sql = statementCache(db);
  }

  private prepare() {
    const db = this.db;
    return {
      saveKey: db.prepare(`INSERT INTO meta (name, value) VALUES ('nextKey', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`),
      insertEi: db.prepare(`INSERT INTO element_instances (ei_key, pi_key, pd_key, element_id, flow_scope_key, role, state, data) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)`),
      getEi: db.prepare(`SELECT * FROM element_instances WHERE ei_key = ?`),
      updateEiData: db.prepare(`UPDATE element_instances SET data = ? WHERE ei_key = ?`),
      deleteEi: db.prepare(`DELETE FROM element_instances WHERE ei_key = ?`),
      children: db.prepare(`SELECT * FROM element_instances WHERE flow_scope_key = ?`),
      childCount: db.prepare(`SELECT (SELECT count(*) FROM element_instances WHERE flow_scope_key = ?) + (SELECT coalesce(sum(count), 0) FROM join_tokens WHERE flow_scope_key = ?) AS n`),
      getVar: db.prepare(`SELECT var_key, value FROM variables WHERE scope_key = ? AND name = ?`),
      scopeVars: db.prepare(`SELECT name, value FROM variables WHERE scope_key = ?`),
      insertVar: db.prepare(`INSERT INTO variables (var_key, scope_key, pi_key, name, value) VALUES (?, ?, ?, ?, ?)`),
      updateVar: db.prepare(`UPDATE variables SET value = ? WHERE var_key = ?`),
      addJoinToken: db.prepare(`INSERT INTO join_tokens (flow_scope_key, gateway_id, flow_id, count) VALUES (?, ?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1`),
      joinTokens: db.prepare(`SELECT flow_id, count FROM join_tokens WHERE flow_scope_key = ? AND gateway_id = ? AND count > 0`),
      consumeJoinToken: db.prepare(`UPDATE join_tokens SET count = count - 1 WHERE flow_scope_key = ? AND gateway_id = ? AND flow_id = ?`),
      cleanJoinTokens: db.prepare(`DELETE FROM join_tokens WHERE flow_scope_key = ? AND count <= 0`),
      deleteJoinTokens: db.prepare(`DELETE FROM join_tokens WHERE flow_scope_key = ?`),
      insertJob: db.prepare(`INSERT INTO jobs (job_key, type, state, retries, pi_key, ei_key, pd_key, bpmn_process_id, version, element_id, custom_headers, tenant_id) VALUES (?, ?, 'ACTIVATABLE', ?, ?, ?, ?, ?, ?, ?, ?, '<default>')`),
      cancelJobs: db.prepare(`UPDATE jobs SET state = 'CANCELED' WHERE ei_key = ? AND state IN ('ACTIVATABLE', 'ACTIVATED', 'FAILED')`),
      cancelUserTasks: db.prepare(`UPDATE user_tasks SET state = 'CANCELED' WHERE ei_key = ? AND state = 'CREATED'`),
      userTaskOfEi: db.prepare(`SELECT ut_key FROM user_tasks WHERE ei_key = ? AND state = 'CREATED'`),
      insertUserTask: db.prepare(`INSERT INTO user_tasks (ut_key, ei_key, pi_key, pd_key, bpmn_process_id, version, element_id, name, process_name, state, assignee, candidate_groups, candidate_users, due_date, follow_up_date, form_key, external_form_reference, priority, creation_date, custom_headers, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CREATED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '<default>')`),
      latestForm: db.prepare(`SELECT form_key FROM forms WHERE form_id = ? ORDER BY version DESC LIMIT 1`),
      insertSub: db.prepare(`INSERT INTO subscriptions (sub_key, pi_key, ei_key, element_id, message_name, correlation_key, role) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      deleteSubsOfEi: db.prepare(`DELETE FROM subscriptions WHERE ei_key = ?`),
      deleteSub: db.prepare(`DELETE FROM subscriptions WHERE sub_key = ?`),
      bufferedMessage: db.prepare(`SELECT * FROM messages WHERE name = ? AND correlation_key = ? AND expires_at > ? AND NOT EXISTS (SELECT 1 FROM message_correlations c WHERE c.msg_key = messages.msg_key AND c.target = ?) ORDER BY msg_key LIMIT 1`),
      processIdOfInstance: db.prepare(`SELECT bpmn_process_id FROM process_instances WHERE pi_key = ?`),
      markCorrelated: db.prepare(`INSERT OR IGNORE INTO message_correlations (msg_key, target) VALUES (?, ?)`),
      insertTimer: db.prepare(`INSERT INTO timers (timer_key, pi_key, ei_key, pd_key, element_id, due, repetitions, interval, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      deleteTimersOfEi: db.prepare(`DELETE FROM timers WHERE ei_key = ?`),
      insertIncident: db.prepare(`INSERT INTO incidents (incident_key, pi_key, pd_key, bpmn_process_id, element_id, ei_key, job_key, error_type, error_message, state, creation_time, retry_action, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, '<default>')`),
      resolveIncidentsOfEi: db.prepare(`UPDATE incidents SET state = 'RESOLVED' WHERE ei_key = ? AND state = 'ACTIVE'`),
      incidentCount: db.prepare(`UPDATE process_instances SET incident_count = (SELECT count(*) FROM incidents WHERE pi_key = ? AND state = 'ACTIVE') WHERE pi_key = ?`),
      getPi: db.prepare(`SELECT * FROM process_instances WHERE pi_key = ?`),
      insertPi: db.prepare(`INSERT INTO process_instances (pi_key, pd_key, bpmn_process_id, version, state, start_date, start_correlation_key, tenant_id) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, '<default>')`),
      endPi: db.prepare(`UPDATE process_instances SET state = ?, end_date = ? WHERE pi_key = ?`),
      getPd: db.prepare(`SELECT pd_key, bpmn_process_id, version, name FROM process_definitions WHERE pd_key = ?`),
    };
  }

  // ---------------------------------------------------------------- keys and transactions

  nextKey(): number {
    this.keyDirty = true;
    return this.nextKeyValue++;
  }

  /** Runs a command in one transaction and processes everything it set in motion. */
  transaction<T>(command: () => T): { result: T; effects: Effects } {
    this.effects = newEffects();
    const run = this.db.transaction(() => {
      const result = command();
      this.drain();
      if (this.keyDirty) {
        this.stmt.saveKey.run(String(this.nextKeyValue));
        this.keyDirty = false;
      }
      return result;
    });
    try {
      return { result: run(), effects: this.effects };
    } catch (error) {
      // the transaction rolled back: reload the key counter so no key is handed out twice
      const row = this.db.prepare(`SELECT value FROM meta WHERE name = 'nextKey'`).get() as
        | { value: string }
        | undefined;
      this.nextKeyValue = row ? Number(row.value) : PARTITION_KEY_BASE + 1;
      this.keyDirty = false;
      this.queue = [];
      throw error;
    }
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const action = this.queue.shift()!;
      const ei = this.getEi('eiKey' in action ? action.eiKey : action.scopeKey);
      if (!ei) continue; // terminated meanwhile
      try {
        switch (action.type) {
          case 'activate':
            this.activate(ei);
            break;
          case 'complete':
            this.complete(ei);
            break;
          case 'scopeCheck':
            this.scopeCheck(ei);
            break;
          case 'rethrow':
            this.throwError(ei, action.errorCode, action.errorMessage, {}, null);
            break;
        }
      } catch (error) {
        if (error instanceof IncidentError) {
          this.raiseIncident(ei, error.errorType, error.message, null, action);
        } else if (error instanceof ExpressionError) {
          this.raiseIncident(ei, action.type === 'activate' || action.type === 'complete' ? 'IO_MAPPING_ERROR' : 'UNKNOWN', error.message, null, action);
        } else {
          throw error;
        }
      }
    }
  }

  // ---------------------------------------------------------------- element instances

  getEi(key: number): ElementInstanceRow | undefined {
    return this.stmt.getEi.get(key) as ElementInstanceRow | undefined;
  }

  private data(ei: ElementInstanceRow): InstanceData {
    return ei.data ? (JSON.parse(ei.data) as InstanceData) : {};
  }

  private setData(ei: ElementInstanceRow, data: InstanceData): void {
    ei.data = JSON.stringify(data);
    this.stmt.updateEiData.run(ei.data, ei.ei_key);
  }

  modelOf(ei: { pd_key: number }): ProcessModel {
    return this.models.model(ei.pd_key);
  }

  private element(ei: ElementInstanceRow): FlowElement {
    const element = this.modelOf(ei).elements[ei.element_id];
    if (!element) throw new Error(`element ${ei.element_id} missing in model ${ei.pd_key}`);
    return element;
  }

  /** Creates an element instance (it counts as active in its scope at once) and schedules its activation. */
  createElementInstance(
    piKey: number,
    pdKey: number,
    elementId: string,
    flowScopeKey: number | null,
    role: Role,
    data?: InstanceData,
  ): number {
    const key = role === 'process' ? piKey : this.nextKey();
    this.stmt.insertEi.run(key, piKey, pdKey, elementId, flowScopeKey, role, data ? JSON.stringify(data) : null);
    this.enqueue({ type: 'activate', eiKey: key });
    return key;
  }

  /** Creates a process instance and its start event; variables land in the root scope. */
  createProcessInstance(
    pdKey: number,
    startEventId: string,
    variables: Record<string, unknown>,
    startCorrelationKey: string | null,
  ): number {
    const pd = this.stmt.getPd.get(pdKey) as { bpmn_process_id: string; version: number };
    const piKey = this.nextKey();
    this.stmt.insertPi.run(piKey, pdKey, pd.bpmn_process_id, pd.version, isoDate(this.clock.now()), startCorrelationKey);
    this.stmt.insertEi.run(piKey, piKey, pdKey, pd.bpmn_process_id, null, 'process', null);
    for (const [name, value] of Object.entries(variables)) this.setLocal(piKey, piKey, name, value);
    this.createElementInstance(piKey, pdKey, startEventId, piKey, 'element');
    return piKey;
  }

  private activate(ei: ElementInstanceRow): void {
    const element = this.element(ei);
    // an activation retried after an incident must not open its subscriptions twice
    if (mayOwnEvents(element)) {
      this.stmt.deleteSubsOfEi.run(ei.ei_key);
      this.stmt.deleteTimersOfEi.run(ei.ei_key);
    }
    if (ei.role === 'body') return this.activateBody(ei, element);

    // input mappings are evaluated one after another, each seeing the ones before it
    if (element.inputs.length > 0) {
      for (const mapping of element.inputs) {
        const context = this.visibleVariables(ei.ei_key);
        this.setLocalPath(ei, mapping, this.evaluate(mapping.source, context));
      }
    }
    this.activateKind(ei, element);
    // boundary events open after the wait state exists: a buffered message may trigger one at
    // once, and the interruption must find the job or user task to cancel
    if (ei.role === 'element' && element.boundaryEventIds.length > 0 && this.getEi(ei.ei_key)) this.openBoundaryEvents(ei, element);
  }

  private activateKind(ei: ElementInstanceRow, element: FlowElement): void {
    switch (element.kind) {
      case 'startEvent':
      case 'boundaryEvent':
      case 'parallelGateway':
        return this.enqueue({ type: 'complete', eiKey: ei.ei_key });
      case 'endEvent':
        return this.activateEndEvent(ei, element);
      case 'serviceTask':
        return this.createJob(ei, element);
      case 'userTask':
        return this.createUserTask(ei, element);
      case 'receiveTask':
        return this.openCatchEvent(ei, element);
      case 'intermediateCatchEvent':
        if (this.data(ei).chosenFlow === 'triggered') return this.enqueue({ type: 'complete', eiKey: ei.ei_key });
        return this.openCatchEvent(ei, element);
      case 'exclusiveGateway':
        return this.activateExclusiveGateway(ei, element);
      case 'eventBasedGateway':
        return this.activateEventBasedGateway(ei, element);
      case 'subProcess':
        this.createElementInstance(ei.pi_key, ei.pd_key, element.startEventId!, ei.ei_key, 'element');
        return;
    }
  }

  private activateBody(body: ElementInstanceRow, element: FlowElement): void {
    const mi = element.multiInstance!;
    const collection = this.evaluate(mi.inputCollection.startsWith('=') ? mi.inputCollection : `=${mi.inputCollection}`, this.visibleVariables(body.flow_scope_key!));
    if (!Array.isArray(collection)) {
      throw new IncidentError('EXTRACT_VALUE_ERROR', `Expected result of the expression '${mi.inputCollection}' to be 'ARRAY', but was '${collection === null ? 'NULL' : typeof collection === 'object' ? 'OBJECT' : String(typeof collection).toUpperCase()}'.`);
    }
    if (mi.outputCollection) this.setLocal(body.ei_key, body.pi_key, mi.outputCollection, collection.map(() => null));
    const count = mi.isSequential ? Math.min(1, collection.length) : collection.length;
    this.setData(body, { collection, nextIndex: count, completed: 0 });
    if (collection.length === 0) return this.enqueue({ type: 'complete', eiKey: body.ei_key });
    for (let index = 0; index < count; index++) this.createInner(body, element, collection, index);
    if (element.boundaryEventIds.length > 0) this.openBoundaryEvents(body, element);
  }

  private createInner(body: ElementInstanceRow, element: FlowElement, collection: unknown[], index: number): void {
    const key = this.createElementInstance(body.pi_key, body.pd_key, element.id, body.ei_key, 'inner', { index });
    const mi = element.multiInstance!;
    if (mi.inputElement) this.setLocal(key, body.pi_key, mi.inputElement, collection[index] ?? null);
    this.setLocal(key, body.pi_key, 'loopCounter', index + 1);
    // as Zeebe does: a variable that the output element reads is created local to each inner
    // instance, so parallel instances do not overwrite each other's result in an outer scope
    const outputVariable = /^=\s*([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z_][A-Za-z0-9_.]*)?\s*$/.exec(mi.outputElement ?? '')?.[1];
    if (outputVariable && outputVariable !== mi.inputElement) this.setLocal(key, body.pi_key, outputVariable, null);
  }

  private activateEndEvent(ei: ElementInstanceRow, element: FlowElement): void {
    const event = element.event;
    if (event?.type === 'error') {
      // a throwing event's error code may be an expression (a catching one may not)
      const code = this.evaluate(event.errorCode ?? '', this.visibleVariables(ei.ei_key));
      if (typeof code !== 'string' || code === '') {
        throw new IncidentError('EXTRACT_VALUE_ERROR', `Expected the error code of '${element.id}' to be a non-empty string, but was '${JSON.stringify(code)}'.`);
      }
      return this.throwError(ei, code, `Error end event '${element.id}'`, {}, null);
    }
    if (event?.type === 'terminate') {
      for (const sibling of this.stmt.children.all(ei.flow_scope_key) as ElementInstanceRow[]) {
        if (sibling.ei_key !== ei.ei_key) this.terminate(sibling);
      }
      this.stmt.deleteJoinTokens.run(ei.flow_scope_key);
    }
    this.enqueue({ type: 'complete', eiKey: ei.ei_key });
  }

  private activateExclusiveGateway(ei: ElementInstanceRow, element: FlowElement): void {
    const model = this.modelOf(ei);
    let chosen: string | undefined;
    if (element.outgoing.length === 1 && !model.flows[element.outgoing[0]].conditionExpression) {
      chosen = element.outgoing[0];
    } else {
      const context = this.visibleVariables(ei.ei_key);
      for (const flowId of element.outgoing) {
        const condition = model.flows[flowId].conditionExpression;
        if (flowId === element.defaultFlowId || !condition) continue;
        try {
          if (evaluateCondition(condition, context, { now: new Date(this.clock.now()) })) {
            chosen = flowId;
            break;
          }
        } catch (error) {
          if (error instanceof ExpressionError) throw new IncidentError('CONDITION_ERROR', error.message);
          throw error;
        }
      }
      chosen ??= element.defaultFlowId;
    }
    if (!chosen) {
      throw new IncidentError('CONDITION_ERROR', `Expected at least one condition to evaluate to true, or to have a default flow, at gateway '${element.id}'.`);
    }
    this.setData(ei, { ...this.data(ei), chosenFlow: chosen });
    this.enqueue({ type: 'complete', eiKey: ei.ei_key });
  }

  private activateEventBasedGateway(ei: ElementInstanceRow, element: FlowElement): void {
    const model = this.modelOf(ei);
    const context = this.visibleVariables(ei.ei_key);
    const opened: Array<{ subKey: number; name: string; key: string }> = [];
    for (const flowId of element.outgoing) {
      const target = model.elements[model.flows[flowId].targetId];
      if (target.event?.type === 'message') {
        const { name, key } = this.messageOf(target, context);
        const subKey = this.nextKey();
        this.stmt.insertSub.run(subKey, ei.pi_key, ei.ei_key, target.id, name, key, 'gateway');
        opened.push({ subKey, name, key });
      } else if (target.event?.type === 'timer') {
        this.createTimer(ei, target, 'gateway', context);
      }
    }
    for (const sub of opened) {
      if (this.correlateBuffered(sub.subKey, sub.name, sub.key, ei.pi_key)) break;
    }
  }

  // ---------------------------------------------------------------- completion

  private complete(ei: ElementInstanceRow): void {
    if (ei.role === 'process') return this.completeProcess(ei);
    const element = this.element(ei);
    const flowScope = ei.flow_scope_key!;

    if (ei.role === 'body') {
      const mi = element.multiInstance!;
      if (mi.outputCollection) {
        const output = this.stmt.getVar.get(ei.ei_key, mi.outputCollection) as { value: string } | undefined;
        this.propagate(flowScope, ei.pi_key, { [mi.outputCollection]: output ? JSON.parse(output.value) : [] });
      }
    } else if (element.outputs.length > 0) {
      this.applyOutputs(ei, element.outputs, flowScope);
    }

    if (ei.role === 'inner') {
      const mi = element.multiInstance!;
      if (mi.outputCollection && mi.outputElement) {
        const value = this.evaluate(mi.outputElement.startsWith('=') ? mi.outputElement : `=${mi.outputElement}`, this.visibleVariables(ei.ei_key));
        const row = this.stmt.getVar.get(flowScope, mi.outputCollection) as { var_key: number; value: string } | undefined;
        if (row) {
          const list = JSON.parse(row.value) as unknown[];
          list[this.data(ei).index ?? 0] = value ?? null;
          this.stmt.updateVar.run(JSON.stringify(list), row.var_key);
        }
      }
    }

    const chosenFlow = this.data(ei).chosenFlow;
    this.removeElementInstance(ei);

    if (ei.role === 'inner') return this.innerCompleted(flowScope, element);
    const flows = element.kind === 'exclusiveGateway' ? [chosenFlow!] : element.outgoing;
    for (const flowId of flows) this.takeFlow(ei, flowId);
    this.enqueue({ type: 'scopeCheck', scopeKey: flowScope });
  }

  private applyOutputs(ei: ElementInstanceRow, outputs: VariableMapping[], targetScope: number): void {
    const context = this.visibleVariables(ei.ei_key);
    const outer = this.visibleVariables(targetScope);
    const result: Record<string, unknown> = {};
    for (const mapping of outputs) {
      const head = mapping.target.split('.')[0];
      // a nested target (`order.number`) adds to the existing context variable, as in Zeebe
      if (head !== mapping.target && !(head in result) && isContext(outer[head])) result[head] = structuredClone(outer[head]);
      setPath(result, mapping.target, this.evaluate(mapping.source, context));
    }
    this.propagate(targetScope, ei.pi_key, result);
  }

  private innerCompleted(bodyKey: number, element: FlowElement): void {
    const body = this.getEi(bodyKey)!;
    const data = this.data(body);
    data.completed = (data.completed ?? 0) + 1;
    const collection = data.collection ?? [];
    const mi = element.multiInstance!;
    const active = (this.stmt.children.all(body.ei_key) as ElementInstanceRow[]).length;
    if (mi.completionCondition) {
      const context = {
        ...this.visibleVariables(body.ei_key),
        numberOfInstances: collection.length,
        numberOfCompletedInstances: data.completed,
        numberOfActiveInstances: active,
      };
      let done: boolean;
      try {
        done = evaluateCondition(mi.completionCondition, context, { now: new Date(this.clock.now()) });
      } catch (error) {
        if (error instanceof ExpressionError) throw new IncidentError('CONDITION_ERROR', error.message);
        throw error;
      }
      if (done) {
        for (const inner of this.stmt.children.all(body.ei_key) as ElementInstanceRow[]) this.terminate(inner);
        this.setData(body, data);
        return this.enqueue({ type: 'complete', eiKey: body.ei_key });
      }
    }
    if (mi.isSequential && (data.nextIndex ?? 0) < collection.length) {
      const index = data.nextIndex ?? 0;
      data.nextIndex = index + 1;
      this.setData(body, data);
      return this.createInner(body, element, collection, index);
    }
    this.setData(body, data);
    if (active === 0) this.enqueue({ type: 'complete', eiKey: body.ei_key });
  }

  private takeFlow(source: ElementInstanceRow, flowId: string): void {
    const model = this.modelOf(source);
    const flow = model.flows[flowId];
    const target = model.elements[flow.targetId];
    const scope = source.flow_scope_key!;
    if (target.kind === 'parallelGateway' && target.incoming.length > 1) {
      this.stmt.addJoinToken.run(scope, target.id, flowId);
      const arrived = this.stmt.joinTokens.all(scope, target.id) as Array<{ flow_id: string }>;
      if (target.incoming.every((incoming) => arrived.some((token) => token.flow_id === incoming))) {
        for (const incoming of target.incoming) this.stmt.consumeJoinToken.run(scope, target.id, incoming);
        this.stmt.cleanJoinTokens.run(scope);
        this.createElementInstance(source.pi_key, source.pd_key, target.id, scope, target.multiInstance ? 'body' : 'element');
      }
      return;
    }
    this.createElementInstance(source.pi_key, source.pd_key, target.id, scope, target.multiInstance ? 'body' : 'element');
  }

  private scopeCheck(scope: ElementInstanceRow): void {
    if (scope.role === 'body') return; // a body completes through its inner instances
    const { n } = this.stmt.childCount.get(scope.ei_key, scope.ei_key) as { n: number };
    if (n === 0) this.enqueue({ type: 'complete', eiKey: scope.ei_key });
  }

  private completeProcess(root: ElementInstanceRow): void {
    this.stmt.deleteEi.run(root.ei_key);
    this.stmt.endPi.run('COMPLETED', isoDate(this.clock.now()), root.pi_key);
    this.effects.endedInstances.add(root.pi_key);
  }

  /** Removes a finished element instance with everything it owned. */
  private removeElementInstance(ei: ElementInstanceRow): void {
    // its variables stay: like Camunda's exported history, they remain searchable by scope key
    if (ei.role === 'process' || mayOwnEvents(this.element(ei))) {
      this.stmt.deleteSubsOfEi.run(ei.ei_key);
      if (this.stmt.deleteTimersOfEi.run(ei.ei_key).changes > 0) this.effects.timersChanged = true;
    }
    if (ei.role !== 'element' || this.element(ei).kind === 'subProcess') this.stmt.deleteJoinTokens.run(ei.ei_key);
    this.stmt.deleteEi.run(ei.ei_key);
  }

  /** Terminates an element instance and, depth first, everything inside it. */
  terminate(ei: ElementInstanceRow): void {
    for (const child of this.stmt.children.all(ei.ei_key) as ElementInstanceRow[]) this.terminate(child);
    if (this.stmt.cancelJobs.run(ei.ei_key).changes > 0) this.effects.jobTypes.add('*');
    if (this.stmt.cancelUserTasks.run(ei.ei_key).changes > 0) this.effects.userTasksChanged = true;
    if (this.stmt.resolveIncidentsOfEi.run(ei.ei_key).changes > 0) this.stmt.incidentCount.run(ei.pi_key, ei.pi_key);
    this.removeElementInstance(ei);
  }

  /** Cancels a whole process instance. */
  cancelProcessInstance(piKey: number): void {
    const root = this.getEi(piKey);
    if (!root) return;
    this.terminate(root);
    this.stmt.endPi.run('TERMINATED', isoDate(this.clock.now()), piKey);
    this.effects.endedInstances.add(piKey);
  }

  // ---------------------------------------------------------------- errors and incidents

  /**
   * Throws a BPMN error from an element instance: the nearest error boundary event up the scope
   * hierarchy catches it (a specific error code before a catch-all); uncaught, it is an incident.
   */
  throwError(
    thrower: ElementInstanceRow,
    errorCode: string,
    errorMessage: string,
    variables: Record<string, unknown>,
    jobKey: number | null,
  ): void {
    let current: ElementInstanceRow | undefined = thrower;
    while (current && current.role !== 'process') {
      if (current.role !== 'inner') {
        const element = this.element(current);
        const model = this.modelOf(current);
        const catchers = element.boundaryEventIds.map((id) => model.elements[id]).filter((b) => b.event?.type === 'error');
        const boundary =
          catchers.find((b) => b.event?.type === 'error' && b.event.errorCode === errorCode) ??
          catchers.find((b) => b.event?.type === 'error' && b.event.errorCode === undefined);
        if (boundary) {
          const scope = current.flow_scope_key!;
          this.terminate(current);
          const key = this.createElementInstance(current.pi_key, current.pd_key, boundary.id, scope, 'element');
          // like any event trigger (Zeebe's applyOutputMappings): local to the catch event when it
          // has output mappings, otherwise merged into the process
          this.setEventVariables(this.getEi(key)!, boundary, variables);
          return;
        }
      }
      current = current.flow_scope_key === null ? undefined : this.getEi(current.flow_scope_key);
    }
    const message = `Expected to throw an error event with the code '${errorCode}' with message '${errorMessage}', but it was not caught. No error events are available in the scope.`;
    this.raiseIncident(thrower, 'UNHANDLED_ERROR_EVENT', message, jobKey, jobKey === null ? { type: 'rethrow', eiKey: thrower.ei_key, errorCode, errorMessage } : null);
  }

  raiseIncident(ei: ElementInstanceRow, errorType: IncidentType, message: string, jobKey: number | null, retry: Action | null): void {
    const pd = this.stmt.getPd.get(ei.pd_key) as { bpmn_process_id: string };
    this.stmt.insertIncident.run(this.nextKey(), ei.pi_key, ei.pd_key, pd.bpmn_process_id, ei.role === 'process' ? pd.bpmn_process_id : ei.element_id, ei.ei_key, jobKey, errorType, message, isoDate(this.clock.now()), retry ? JSON.stringify(retry) : null);
    this.stmt.incidentCount.run(ei.pi_key, ei.pi_key);
  }

  updateIncidentCount(piKey: number): void {
    this.stmt.incidentCount.run(piKey, piKey);
  }

  // ---------------------------------------------------------------- wait states

  private createJob(ei: ElementInstanceRow, element: FlowElement): void {
    const { type: rawType, retries: rawRetries } = element.taskDefinition!;
    // most job types are fixed strings: load the variables only when an expression needs them
    const context = isExpression(rawType) || isExpression(rawRetries) ? this.visibleVariables(ei.ei_key) : {};
    const type = this.evaluate(rawType, context);
    if (typeof type !== 'string' || type === '') {
      throw new IncidentError('EXTRACT_VALUE_ERROR', `Expected the job type of '${element.id}' to be a non-empty string, but was '${JSON.stringify(type)}'.`);
    }
    const retriesValue = this.evaluate(rawRetries, context);
    const retries = Number(retriesValue);
    if (!Number.isInteger(retries)) {
      throw new IncidentError('EXTRACT_VALUE_ERROR', `Expected the job retries of '${element.id}' to be an integer, but was '${JSON.stringify(retriesValue)}'.`);
    }
    const pd = this.stmt.getPd.get(ei.pd_key) as { bpmn_process_id: string; version: number };
    this.stmt.insertJob.run(this.nextKey(), type, retries, ei.pi_key, ei.ei_key, ei.pd_key, pd.bpmn_process_id, pd.version, element.id, JSON.stringify(element.taskHeaders));
    this.effects.jobTypes.add(type);
  }

  private createUserTask(ei: ElementInstanceRow, element: FlowElement): void {
    const def = element.userTask ?? {};
    const context = this.visibleVariables(ei.ei_key);
    const text = (raw: string | undefined, what: string): string | null => {
      if (raw === undefined || raw === '') return null;
      const value = this.evaluate(raw, context);
      if (value === null) return null;
      if (typeof value !== 'string' && typeof value !== 'number') {
        throw new IncidentError('EXTRACT_VALUE_ERROR', `Expected the ${what} of '${element.id}' to be a string, but was '${JSON.stringify(value)}'.`);
      }
      return String(value);
    };
    const list = (raw: string | undefined, what: string): string[] => {
      if (raw === undefined || raw === '') return [];
      const value = this.evaluate(raw, context);
      if (value === null) return [];
      if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
      throw new IncidentError('EXTRACT_VALUE_ERROR', `Expected the ${what} of '${element.id}' to be a list of strings, but was '${JSON.stringify(value)}'.`);
    };
    const date = (raw: string | undefined, what: string): string | null => {
      const value = text(raw, what);
      if (value === null) return null;
      const millis = Date.parse(value);
      if (Number.isNaN(millis)) throw new IncidentError('EXTRACT_VALUE_ERROR', `Expected the ${what} of '${element.id}' to be an ISO 8601 date-time, but was '${value}'.`);
      return isoDate(millis);
    };
    let formKey: number | null = null;
    if (def.formId) {
      const form = this.stmt.latestForm.get(def.formId) as { form_key: number } | undefined;
      if (!form) throw new IncidentError('FORM_NOT_FOUND', `Expected to find a form with id '${def.formId}' for user task '${element.id}', but no form with this id is deployed.`);
      formKey = form.form_key;
    }
    const priorityText = text(def.priority, 'priority');
    const priority = priorityText === null ? 50 : Number(priorityText);
    if (!Number.isInteger(priority) || priority < 0 || priority > 100) {
      throw new IncidentError('EXTRACT_VALUE_ERROR', `Expected the priority of '${element.id}' to be an integer between 0 and 100, but was '${priorityText}'.`);
    }
    const pd = this.stmt.getPd.get(ei.pd_key) as { bpmn_process_id: string; version: number; name: string | null };
    this.stmt.insertUserTask.run(
      this.nextKey(), ei.ei_key, ei.pi_key, ei.pd_key, pd.bpmn_process_id, pd.version, element.id,
      element.name ?? null, pd.name ?? null, text(def.assignee, 'assignee'),
      JSON.stringify(list(def.candidateGroups, 'candidate groups')),
      JSON.stringify(list(def.candidateUsers, 'candidate users')),
      date(def.dueDate, 'due date'), date(def.followUpDate, 'follow-up date'), formKey,
      def.externalFormReference ?? null, priority, isoDate(this.clock.now()), JSON.stringify(element.taskHeaders),
    );
    this.effects.userTasksChanged = true;
  }

  private messageOf(element: FlowElement, context: Record<string, unknown>): { name: string; key: string } {
    if (element.event?.type !== 'message') throw new Error(`${element.id} has no message`);
    const name = this.evaluate(element.event.messageName, context);
    if (typeof name !== 'string') {
      throw new IncidentError('EXTRACT_VALUE_ERROR', `Expected the message name of '${element.id}' to be a string, but was '${JSON.stringify(name)}'.`);
    }
    const key = this.evaluate(element.event.correlationKey ?? '', context);
    if (typeof key !== 'string' && typeof key !== 'number') {
      throw new IncidentError('EXTRACT_VALUE_ERROR', `Failed to extract the correlation key for '${element.event.correlationKey}': The value must be either a string or a number, but was '${JSON.stringify(key)}'.`);
    }
    return { name, key: String(key) };
  }

  private openCatchEvent(ei: ElementInstanceRow, element: FlowElement): void {
    if (element.event?.type === 'timer') return this.createTimer(ei, element, 'catch', this.visibleVariables(ei.ei_key));
    const { name, key } = this.messageOf(element, this.visibleVariables(ei.ei_key));
    const subKey = this.nextKey();
    this.stmt.insertSub.run(subKey, ei.pi_key, ei.ei_key, element.id, name, key, 'catch');
    this.correlateBuffered(subKey, name, key, ei.pi_key);
  }

  private openBoundaryEvents(host: ElementInstanceRow, element: FlowElement): void {
    const model = this.modelOf(host);
    const context = this.visibleVariables(host.ei_key);
    for (const id of element.boundaryEventIds) {
      const boundary = model.elements[id];
      if (boundary.event?.type === 'timer') this.createTimer(host, boundary, 'boundary', context);
      if (boundary.event?.type === 'message') {
        const { name, key } = this.messageOf(boundary, context);
        this.stmt.insertSub.run(this.nextKey(), host.pi_key, host.ei_key, boundary.id, name, key, 'boundary');
      }
    }
    // buffered messages are checked after the host is fully set up
    for (const sub of this.sql(`SELECT * FROM subscriptions WHERE ei_key = ? AND role = 'boundary'`).all(host.ei_key) as SubscriptionRow[]) {
      if (this.correlateBuffered(sub.sub_key, sub.message_name, sub.correlation_key, host.pi_key)) break;
    }
  }

  private createTimer(owner: ElementInstanceRow, event: FlowElement, role: string, context: Record<string, unknown>): void {
    if (event.event?.type !== 'timer') return;
    const now = this.clock.now();
    const { timeDuration, timeDate, timeCycle } = event.event;
    const text = (raw: string) => {
      const value = this.evaluate(raw, context);
      if (typeof value !== 'string') throw new IncidentError('EXTRACT_VALUE_ERROR', `Expected the timer of '${event.id}' to be an ISO 8601 text, but was '${JSON.stringify(value)}'.`);
      return value;
    };
    try {
      let due: number;
      let repetitions = 1;
      let interval: string | null = null;
      if (timeDuration) due = addDuration(now, text(timeDuration));
      else if (timeDate) due = parseDate(text(timeDate));
      else {
        const cycle = parseCycle(text(timeCycle!), now);
        due = cycle.firstDue;
        repetitions = cycle.repetitions;
        interval = cycle.interval;
      }
      this.stmt.insertTimer.run(this.nextKey(), owner.pi_key, owner.ei_key, owner.pd_key, event.id, due, repetitions, interval, role);
      this.effects.timersChanged = true;
    } catch (error) {
      if (error instanceof TimerSpecError) throw new IncidentError('EXTRACT_VALUE_ERROR', `Invalid timer of '${event.id}': ${error.message}`);
      throw error;
    }
  }

  // ---------------------------------------------------------------- triggers

  /** Correlates the oldest buffered message for a just-opened subscription. */
  private correlateBuffered(subKey: number, name: string, correlationKey: string, piKey: number): boolean {
    const message = this.stmt.bufferedMessage.get(name, correlationKey, this.clock.now(), `pd:${this.processIdOf(piKey)}`) as MessageRow | undefined;
    if (!message) return false;
    const sub = this.sql(`SELECT * FROM subscriptions WHERE sub_key = ?`).get(subKey) as SubscriptionRow;
    this.correlate(sub, message.msg_key, JSON.parse(message.variables) as Record<string, unknown>);
    return true;
  }

  processIdOf(piKey: number): string {
    return (this.stmt.processIdOfInstance.get(piKey) as { bpmn_process_id: string }).bpmn_process_id;
  }

  /**
   * Delivers a message to one subscription. Zeebe correlates a message once per process (by
   * bpmnProcessId, across versions and instances), which the correlation record enforces.
   */
  correlate(sub: SubscriptionRow, messageKey: number, variables: Record<string, unknown>): void {
    this.stmt.markCorrelated.run(messageKey, `pd:${this.processIdOf(sub.pi_key)}`);
    const owner = this.getEi(sub.ei_key)!;
    const model = this.modelOf(owner);
    const event = model.elements[sub.element_id];
    if (sub.role === 'catch') {
      this.stmt.deleteSub.run(sub.sub_key);
      this.setEventVariables(owner, event, variables);
      this.enqueue({ type: 'complete', eiKey: owner.ei_key });
    } else if (sub.role === 'boundary') {
      this.triggerBoundary(owner, event, variables);
    } else {
      this.triggerEventGateway(owner, event, variables);
    }
  }

  private setEventVariables(ei: ElementInstanceRow, event: FlowElement, variables: Record<string, unknown>): void {
    if (event.outputs.length > 0) {
      for (const [name, value] of Object.entries(variables)) this.setLocal(ei.ei_key, ei.pi_key, name, value);
    } else {
      this.propagate(ei.flow_scope_key!, ei.pi_key, variables);
    }
  }

  triggerBoundary(host: ElementInstanceRow, boundary: FlowElement, variables: Record<string, unknown>): void {
    const scope = host.flow_scope_key!;
    if (boundary.cancelActivity !== false) this.terminate(host);
    const key = this.createElementInstance(host.pi_key, host.pd_key, boundary.id, scope, 'element');
    this.setEventVariables(this.getEi(key)!, boundary, variables);
  }

  triggerEventGateway(gateway: ElementInstanceRow, event: FlowElement, variables: Record<string, unknown>): void {
    const scope = gateway.flow_scope_key!;
    const key = this.createElementInstance(gateway.pi_key, gateway.pd_key, event.id, scope, 'element', { chosenFlow: 'triggered' });
    this.setEventVariables(this.getEi(key)!, event, variables);
    this.removeElementInstance(gateway);
  }

  // ---------------------------------------------------------------- variables

  evaluate(raw: string, context: Record<string, unknown>): unknown {
    return evaluateExpression(raw, context, { now: new Date(this.clock.now()) });
  }

  /** All variables visible from a scope: the inner scope shadows the outer ones. */
  visibleVariables(scopeKey: number): Record<string, unknown> {
    const chain: number[] = [];
    let key: number | null = scopeKey;
    while (key !== null) {
      chain.push(key);
      const row = this.getEi(key);
      key = row ? row.flow_scope_key : null;
    }
    const result: Record<string, unknown> = {};
    for (let i = chain.length - 1; i >= 0; i--) {
      for (const row of this.stmt.scopeVars.all(chain[i]) as Array<{ name: string; value: string }>) {
        result[row.name] = JSON.parse(row.value);
      }
    }
    return result;
  }

  /** Keys of the variables visible from a scope, the innermost one of each name. */
  visibleVariableKeys(scopeKey: number): number[] {
    const byName = new Map<string, number>();
    let key: number | null = scopeKey;
    while (key !== null) {
      for (const row of this.sql(`SELECT var_key, name FROM variables WHERE scope_key = ?`).all(key) as Array<{ var_key: number; name: string }>) {
        if (!byName.has(row.name)) byName.set(row.name, row.var_key);
      }
      const parent = this.getEi(key);
      key = parent ? parent.flow_scope_key : null;
    }
    return [...byName.values()];
  }

  setLocal(scopeKey: number, piKey: number, name: string, value: unknown): void {
    const json = JSON.stringify(value === undefined ? null : value);
    const existing = this.stmt.getVar.get(scopeKey, name) as { var_key: number } | undefined;
    if (existing) this.stmt.updateVar.run(json, existing.var_key);
    else this.stmt.insertVar.run(this.nextKey(), scopeKey, piKey, name, json);
  }

  private setLocalPath(ei: ElementInstanceRow, mapping: VariableMapping, value: unknown): void {
    const [head, ...rest] = mapping.target.split('.');
    if (rest.length === 0) return this.setLocal(ei.ei_key, ei.pi_key, head, value);
    const current = this.visibleVariables(ei.ei_key)[head];
    const container = isContext(current) ? structuredClone(current) : {};
    setPath(container, rest.join('.'), value);
    this.setLocal(ei.ei_key, ei.pi_key, head, container);
  }

  /**
   * Zeebe's variable propagation: each variable is set in the nearest scope, starting at
   * `scopeKey`, that already has it, or else in the process instance's root scope.
   */
  propagate(scopeKey: number, piKey: number, variables: Record<string, unknown>): void {
    const names = Object.keys(variables);
    if (names.length === 0) return;
    const chain: number[] = [];
    let key: number | null = scopeKey;
    while (key !== null) {
      chain.push(key);
      const row = this.getEi(key);
      key = row ? row.flow_scope_key : null;
    }
    for (const name of names) {
      const json = JSON.stringify(variables[name] === undefined ? null : variables[name]);
      let done = false;
      for (const scope of chain) {
        const existing = this.stmt.getVar.get(scope, name) as { var_key: number } | undefined;
        if (existing) {
          this.stmt.updateVar.run(json, existing.var_key);
          done = true;
          break;
        }
      }
      if (!done) this.stmt.insertVar.run(this.nextKey(), piKey, piKey, name, json);
    }
  }
}

export interface SubscriptionRow {
  sub_key: number;
  pi_key: number;
  ei_key: number;
  element_id: string;
  message_name: string;
  correlation_key: string;
  role: 'catch' | 'boundary' | 'gateway';
}

export interface MessageRow {
  msg_key: number;
  name: string;
  correlation_key: string;
  variables: string;
  expires_at: number;
  message_id: string | null;
}

/** Whether instances of an element can own subscriptions or timers (boundary, catch or gateway events). */
const mayOwnEvents = (element: FlowElement): boolean =>
  element.boundaryEventIds.length > 0 || element.event !== undefined || element.kind === 'eventBasedGateway';

const isContext = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets `a.b.c` in an object, creating the intermediate objects. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}
