/**
 * "Nothing is lost": the embedded engine runs as a child process (`engine/main.ts`), is killed
 * with SIGKILL while work is in flight, and is restarted on the same SQLite file. Every process
 * instance must then complete exactly once: no token lost, none duplicated.
 *
 * Workers may legitimately run a job twice (a completion whose answer was lost in the kill is
 * retried after the job's lease expires: at-least-once); what must hold is the engine's state.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import createCamundaClient, { ProcessDefinitionId, ProcessInstanceKey, type CamundaClient } from '@camunda8/orchestration-cluster-api';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// ---------------------------------------------------------------- engine child process

interface EngineProcess {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: EngineProcess[] = [];

async function startEngine(dbPath: string, timeoutMs = 20_000): Promise<EngineProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'engine/main.ts', '--port', '0', '--db', dbPath], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  const until = Date.now() + timeoutMs;
  for (;;) {
    const match = /^engine listening on (\S+)$/m.exec(stdout);
    if (match) {
      const engine = { child, url: match[1], stderr: () => stderr, exited };
      running.push(engine);
      return engine;
    }
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`engine exited before it was ready:\n${stdout}\n${stderr}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`engine not ready after ${timeoutMs} ms:\n${stdout}\n${stderr}`);
    }
    await sleep(20);
  }
}

async function stopEngine(engine: EngineProcess): Promise<void> {
  engine.child.kill('SIGTERM');
  const { code } = await withTimeout(engine.exited, 10_000, 'engine shutdown');
  expect(code).toBe(0);
}

// ---------------------------------------------------------------- helpers

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs: number, describe?: () => Promise<string>): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${describe ? `: ${await describe()}` : ''}`);
    await sleep(100);
  }
}

function newClient(url: string): CamundaClient {
  return createCamundaClient({
    // only this configuration: nothing from the environment may point the client elsewhere
    env: {},
    config: { CAMUNDA_REST_ADDRESS: url, CAMUNDA_AUTH_STRATEGY: 'NONE', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: 1 },
    log: { level: 'silent' },
  });
}

/** Plain REST calls for the checks, so they do not depend on the client's typings. */
async function api<T>(url: string, route: string, body: unknown): Promise<T> {
  const response = await fetch(`${url}/v2${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${route} → ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

interface InstanceItem {
  processInstanceKey: string;
  state: string;
  startDate: string;
  endDate?: string;
}
interface JobItem {
  jobKey: string;
  processInstanceKey: string;
  elementId: string;
  state: string;
}
interface VariableItem {
  processInstanceKey: string;
  scopeKey: string;
  name: string;
  value: string;
}
interface Page<T> {
  items: T[];
  page: { totalItems: number };
}

const instances = (url: string, filter: Record<string, unknown>) => api<Page<InstanceItem>>(url, '/process-instances/search', { filter, page: { limit: 10_000 } });
const jobs = (url: string, filter: Record<string, unknown>) => api<Page<JobItem>>(url, '/jobs/search', { filter, page: { limit: 10_000 } });
const variables = (url: string, filter: Record<string, unknown>) => api<Page<VariableItem>>(url, '/variables/search', { filter, page: { limit: 10_000 } });

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

const NS = [
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"',
].join(' ');

const definitions = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
${body}
</bpmn:definitions>
`;

const bpmnFile = (name: string, xml: string) => new File([xml], name, { type: 'application/xml' });

// ---------------------------------------------------------------- scenario 1: service tasks

const PROCESS = 'crash-recovery';
const TYPE_A = 'crash-recovery-a';
const TYPE_B = 'crash-recovery-b';
const INSTANCES = 200;
/** B completions confirmed before the kill: some instances are done, most are not */
const KILL_AFTER = 60;
/** job lease; jobs activated before the kill are handed out again this long after activation */
const JOB_TIMEOUT_MS = 3_000;

const SERVICE_XML = definitions(`
<bpmn:process id="${PROCESS}" isExecutable="true">
  <bpmn:startEvent id="Start"/>
  <bpmn:serviceTask id="TaskA"><bpmn:extensionElements><zeebe:taskDefinition type="${TYPE_A}"/></bpmn:extensionElements></bpmn:serviceTask>
  <bpmn:serviceTask id="TaskB"><bpmn:extensionElements><zeebe:taskDefinition type="${TYPE_B}"/></bpmn:extensionElements></bpmn:serviceTask>
  <bpmn:endEvent id="End"/>
  <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="TaskA"/>
  <bpmn:sequenceFlow id="F2" sourceRef="TaskA" targetRef="TaskB"/>
  <bpmn:sequenceFlow id="F3" sourceRef="TaskB" targetRef="End"/>
</bpmn:process>`);

/** What the workers did, per job type: every run of a job, and the completions the engine confirmed. */
class Tally {
  /** job key → process instance key, for every job a worker ran */
  readonly ran = new Map<string, string>();
  /** job key → how often a worker ran it */
  readonly runs = new Map<string, number>();
  /** job key → how often the engine accepted its completion */
  readonly confirmed = new Map<string, number>();
  confirmedTotal = 0;

  run(jobKey: string, piKey: string): void {
    this.ran.set(jobKey, piKey);
    this.runs.set(jobKey, (this.runs.get(jobKey) ?? 0) + 1);
  }

  confirm(jobKey: string): void {
    this.confirmed.set(jobKey, (this.confirmed.get(jobKey) ?? 0) + 1);
    this.confirmedTotal++;
  }

  instancesRun(): Set<string> {
    return new Set(this.ran.values());
  }

  reruns(): number {
    return [...this.runs.values()].filter((n) => n > 1).length;
  }
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'engine-durability-'));
});

afterAll(async () => {
  for (const engine of running) if (engine.child.exitCode === null && engine.child.signalCode === null) engine.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('crash recovery (SIGKILL, restart on the same database)', () => {
  test('200 instances of start → A → B → end complete exactly once across a kill mid-flight', async () => {
    const dbPath = path.join(dir, 'service', 'engine.sqlite');
    const tallies: Record<string, Tally> = { [TYPE_A]: new Tally(), [TYPE_B]: new Tally() };
    const flags: Record<string, string> = { [TYPE_A]: 'a', [TYPE_B]: 'b' };

    // ---- first life: deploy, create 200 instances, let the workers run, kill mid-flight
    const first = await startEngine(dbPath);
    const client1 = newClient(first.url);
    const deployment = await client1.createDeployment({ resources: [bpmnFile('crash-recovery.bpmn', SERVICE_XML)] });
    expect(deployment.processes.map((p) => String(p.processDefinitionId))).toEqual([PROCESS]);

    // the workers hold their jobs until all instances exist, so the kill never hits a creation
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let killedAt: { confirmedA: number; confirmedB: number } | null = null;
    const kill = () => {
      if (killedAt) return;
      killedAt = { confirmedA: tallies[TYPE_A].confirmedTotal, confirmedB: tallies[TYPE_B].confirmedTotal };
      first.child.kill('SIGKILL');
      client1.stopAllWorkers();
    };

    const startWorkers = (client: CamundaClient, held: Promise<void>, onConfirmed?: (type: string) => void) => {
      for (const type of [TYPE_A, TYPE_B]) {
        client.createJobWorker({
          jobType: type,
          maxParallelJobs: 16,
          jobTimeoutMs: JOB_TIMEOUT_MS,
          pollTimeoutMs: 1_000,
          pollIntervalMs: 10,
          fetchVariables: ['n'],
          jobHandler: async (job) => {
            await held;
            tallies[type].run(String(job.jobKey), String(job.processInstanceKey));
            const receipt = await job.complete({ [flags[type]]: true });
            tallies[type].confirm(String(job.jobKey));
            onConfirmed?.(type);
            return receipt;
          },
        });
      }
    };
    startWorkers(client1, gate, (type) => {
      if (type === TYPE_B && tallies[TYPE_B].confirmedTotal >= KILL_AFTER) kill();
    });

    const created: string[] = [];
    const processDefinitionId = ProcessDefinitionId.assumeExists(PROCESS);
    for (let batch = 0; batch < INSTANCES; batch += 20) {
      const keys = await Promise.all(
        Array.from({ length: Math.min(20, INSTANCES - batch) }, (_, i) =>
          client1.createProcessInstance({ processDefinitionId, variables: { n: batch + i } }).then((r) => String(r.processInstanceKey)),
        ),
      );
      created.push(...keys);
    }
    expect(new Set(created).size).toBe(INSTANCES);
    openGate();

    const died = await withTimeout(first.exited, 20_000, `the kill after ${KILL_AFTER} completions of B`);
    expect(died.signal).toBe('SIGKILL');
    expect(killedAt).not.toBeNull();
    const { confirmedA, confirmedB } = killedAt!;
    // mid-flight: some instances done, not all
    expect(confirmedB).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(confirmedB).toBeLessThan(INSTANCES);

    // ---- second life on the same file: first the recovered state, before any worker runs
    const second = await startEngine(dbPath);
    const recovered = await instances(second.url, { processDefinitionId: PROCESS });
    expect(recovered.items.map((i) => i.processInstanceKey).sort()).toEqual([...created].sort());
    const stateOf = new Map(recovered.items.map((i) => [i.processInstanceKey, i.state]));
    const completedAtRestart = [...stateOf.values()].filter((s) => s === 'COMPLETED').length;
    expect([...stateOf.values()].every((s) => s === 'COMPLETED' || s === 'ACTIVE')).toBe(true);
    expect(completedAtRestart).toBeGreaterThanOrEqual(confirmedB);
    expect(completedAtRestart).toBeLessThan(INSTANCES);

    // nothing the engine confirmed is lost
    const jobsAtRestart = await jobs(second.url, { processDefinitionId: PROCESS });
    const jobState = new Map(jobsAtRestart.items.map((j) => [j.jobKey, j.state]));
    for (const tally of Object.values(tallies)) {
      for (const jobKey of tally.confirmed.keys()) expect(jobState.get(jobKey)).toBe('COMPLETED');
    }
    // every instance holds exactly one token: an active one waits at exactly one open job, a completed one at none
    const openJobs = countBy(jobsAtRestart.items.filter((j) => j.state === 'CREATED'), (j) => j.processInstanceKey);
    for (const [piKey, state] of stateOf) expect([piKey, openJobs.get(piKey) ?? 0]).toEqual([piKey, state === 'ACTIVE' ? 1 : 0]);
    expect(jobsAtRestart.items.filter((j) => j.state !== 'CREATED' && j.state !== 'COMPLETED')).toEqual([]);

    // ---- the workers come back (new client, new port) and finish the rest
    const client2 = newClient(second.url);
    startWorkers(client2, Promise.resolve());
    try {
      await waitFor(
        'all instances to complete after the restart',
        async () => (await instances(second.url, { processDefinitionId: PROCESS, state: 'COMPLETED' })).page.totalItems === INSTANCES,
        // jobs whose lease was taken before the kill come back after JOB_TIMEOUT_MS
        JOB_TIMEOUT_MS + 15_000,
        async () => `${(await instances(second.url, { processDefinitionId: PROCESS, state: 'COMPLETED' })).page.totalItems} of ${INSTANCES} completed`,
      );
    } finally {
      client2.stopAllWorkers();
    }

    // all 200 completed, none active or terminated
    const final = await instances(second.url, { processDefinitionId: PROCESS });
    expect(final.items).toHaveLength(INSTANCES);
    expect(final.items.filter((i) => i.state !== 'COMPLETED')).toEqual([]);

    // each instance's variables show both tasks done
    for (const name of ['a', 'b']) {
      const vars = await variables(second.url, { name });
      const mine = vars.items.filter((v) => stateOf.has(v.processInstanceKey));
      expect(mine).toHaveLength(INSTANCES);
      expect(new Set(mine.map((v) => v.processInstanceKey)).size).toBe(INSTANCES);
      expect(mine.every((v) => v.value === 'true' && v.scopeKey === v.processInstanceKey)).toBe(true);
    }

    // exactly one job per instance and task, and it is completed: no token lost, none duplicated
    const finalJobs = await jobs(second.url, { processDefinitionId: PROCESS });
    expect(finalJobs.items).toHaveLength(2 * INSTANCES);
    expect(finalJobs.items.filter((j) => j.state !== 'COMPLETED')).toEqual([]);
    const perTask = countBy(finalJobs.items, (j) => `${j.processInstanceKey}/${j.elementId}`);
    expect(perTask.size).toBe(2 * INSTANCES);
    expect([...perTask.values()].every((n) => n === 1)).toBe(true);
    for (const piKey of created) {
      expect(perTask.get(`${piKey}/TaskA`)).toBe(1);
      expect(perTask.get(`${piKey}/TaskB`)).toBe(1);
    }

    // the workers' view: every instance's tasks ran (at least once); the engine accepted each job's completion at most once
    for (const [type, tally] of Object.entries(tallies)) {
      expect([type, tally.instancesRun().size]).toEqual([type, INSTANCES]);
      expect([type, [...tally.confirmed.values()].filter((n) => n > 1)]).toEqual([type, []]);
      const completedKeys = new Set(finalJobs.items.filter((j) => j.elementId === (type === TYPE_A ? 'TaskA' : 'TaskB')).map((j) => j.jobKey));
      for (const jobKey of tally.confirmed.keys()) expect(completedKeys.has(jobKey)).toBe(true);
      // every completed job was completed by a worker of this test
      for (const jobKey of completedKeys) expect(tally.ran.has(jobKey)).toBe(true);
    }
    expect(await api<Page<unknown>>(second.url, '/incidents/search', { filter: { processDefinitionId: PROCESS } })).toMatchObject({ page: { totalItems: 0 } });

    await stopEngine(second);
    expect(second.stderr()).not.toMatch(/error|^\s+at /im);

    // nothing live is left behind in the database: no element instance, join token or open job
    const db = new Database(dbPath, { readonly: true });
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(count(`SELECT count(*) AS n FROM element_instances`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM join_tokens`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM jobs WHERE state <> 'COMPLETED'`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM variables WHERE scope_key <> pi_key`)).toBe(0);
    } finally {
      db.close();
    }

    console.log(
      `crash recovery: killed after ${confirmedA} A / ${confirmedB} B completions; ${completedAtRestart} of ${INSTANCES} instances completed at restart; ` +
        `jobs run again after the restart (at-least-once): A ${tallies[TYPE_A].reruns()}, B ${tallies[TYPE_B].reruns()}`,
    );
  }, 60_000);

  // ---------------------------------------------------------------- scenario 2: messages and timers

  test('buffered messages, open subscriptions and timers survive a kill', async () => {
    const dbPath = path.join(dir, 'events', 'engine.sqlite');
    const waitProcess = (id: string, definition: string) => `
<bpmn:process id="${id}" isExecutable="true">
  <bpmn:startEvent id="Start"/>
  <bpmn:intermediateCatchEvent id="Wait">${definition}</bpmn:intermediateCatchEvent>
  <bpmn:endEvent id="End"/>
  <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Wait"/>
  <bpmn:sequenceFlow id="F2" sourceRef="Wait" targetRef="End"/>
</bpmn:process>`;
    const messageXml = definitions(
      waitProcess('crash-message', '<bpmn:messageEventDefinition messageRef="Ping"/>') +
        '\n<bpmn:message id="Ping" name="crash-ping"><bpmn:extensionElements><zeebe:subscription correlationKey="=key"/></bpmn:extensionElements></bpmn:message>',
    );
    const timerXml = definitions(
      waitProcess('crash-timer', '<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">=delay</bpmn:timeDuration></bpmn:timerEventDefinition>'),
    );

    const first = await startEngine(dbPath);
    const client1 = newClient(first.url);
    await client1.createDeployment({ resources: [bpmnFile('crash-message.bpmn', messageXml), bpmnFile('crash-timer.bpmn', timerXml)] });
    const message = ProcessDefinitionId.assumeExists('crash-message');
    const timer = ProcessDefinitionId.assumeExists('crash-timer');
    const create = async (client: CamundaClient, id: typeof message, vars: Record<string, unknown>) =>
      String((await client.createProcessInstance({ processDefinitionId: id, variables: vars })).processInstanceKey);

    // an instance waiting at an open subscription
    const waiting = await create(client1, message, { key: 'waiting-1' });
    // a message with no subscriber yet, buffered for a minute
    await client1.publishMessage({ name: 'crash-ping', correlationKey: 'buffered-1', timeToLive: 60_000, variables: { via: 'buffer' } });
    // a message that expires while the engine is down
    await client1.publishMessage({ name: 'crash-ping', correlationKey: 'expired-1', timeToLive: 300, variables: { via: 'expired' } });
    // a timer due while the engine is down, and one due after the restart
    const dueWhileDown = await create(client1, timer, { delay: 'PT0.3S' });
    const dueAfterRestart = await create(client1, timer, { delay: 'PT3S' });

    first.child.kill('SIGKILL');
    expect((await withTimeout(first.exited, 10_000, 'kill')).signal).toBe('SIGKILL');
    await sleep(600); // the short timer and the short-lived message are past due now

    const second = await startEngine(dbPath);
    const client2 = newClient(second.url);
    const url = second.url;
    const stateOf = async (piKey: string) => (await instances(url, { processInstanceKey: piKey })).items[0];

    // the buffered message correlates to an instance created after the restart, at once
    const buffered = await create(client2, message, { key: 'buffered-1' });
    expect((await stateOf(buffered)).state).toBe('COMPLETED');
    const via = await variables(url, { processInstanceKey: buffered, name: 'via' });
    expect(via.items.map((v) => v.value)).toEqual(['"buffer"']);

    // the expired one does not
    const expired = await create(client2, message, { key: 'expired-1' });
    expect((await stateOf(expired)).state).toBe('ACTIVE');

    // the subscription opened before the kill is still there
    await client2.publishMessage({ name: 'crash-ping', correlationKey: 'waiting-1', variables: { via: 'publish' } });
    expect((await stateOf(waiting)).state).toBe('COMPLETED');
    expect((await variables(url, { processInstanceKey: waiting, name: 'via' })).items.map((v) => v.value)).toEqual(['"publish"']);

    // both timers fire: the overdue one right after the restart, the other when it is due
    await waitFor('the overdue timer to fire', async () => (await stateOf(dueWhileDown)).state === 'COMPLETED', 5_000);
    await waitFor('the timer due after the restart to fire', async () => (await stateOf(dueAfterRestart)).state === 'COMPLETED', 10_000);
    const late = await stateOf(dueAfterRestart);
    expect(Date.parse(late.endDate!) - Date.parse(late.startDate)).toBeGreaterThanOrEqual(3_000);

    // each fired once: no timer, subscription or live element remains but the expired-key instance's wait
    await client2.cancelProcessInstance({ processInstanceKey: ProcessInstanceKey.assumeExists(expired) });
    await stopEngine(second);
    expect(second.stderr()).not.toMatch(/error|^\s+at /im);
    const db = new Database(dbPath, { readonly: true });
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(count(`SELECT count(*) AS n FROM timers`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM subscriptions`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM element_instances`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM process_instances WHERE state = 'ACTIVE'`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM process_instances WHERE state = 'COMPLETED'`)).toBe(4);
    } finally {
      db.close();
    }
  }, 60_000);
});
