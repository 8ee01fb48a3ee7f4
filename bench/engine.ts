/**
 * "Fast and lean": a benchmark of the embedded engine, run with `npm run bench:engine`.
 *
 * The engine runs as a child process (`node --import tsx engine/main.ts`) on a file-backed SQLite
 * database in a temporary directory; the official client `@camunda8/orchestration-cluster-api`
 * and its job workers run in this process and talk to it over HTTP on loopback, so engine and
 * workers do not share an event loop.
 *
 *  (a) throughput: process instances completed per second for start → 3 service tasks → end
 *      with no-op workers, measured over BENCH_INSTANCES (default 3000) after a warm-up;
 *  (b) memory: growth of the engine process's RSS (VmRSS from /proc/<pid>/status) while
 *      BENCH_PARKED (default 50,000) instances are created and parked at a user task.
 *
 * Exits non-zero when a target is missed. BENCH_CPU_PROF=<dir> starts the engine with
 * `--cpu-prof` and writes its CPU profiles to <dir>/throughput and <dir>/parked (on SIGTERM; the
 * largest file is the main thread's) for a look in DevTools.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createCamundaClient, { ProcessDefinitionId, type CamundaClient } from '@camunda8/orchestration-cluster-api';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const TARGET_PER_SECOND = 300;
const TARGET_RSS_GROWTH_MB = 50;

const intEnv = (name: string, fallback: number) => {
  const value = process.env[name];
  return value && /^\d+$/.test(value) ? Number(value) : fallback;
};
const MEASURED = intEnv('BENCH_INSTANCES', 3000);
const WARMUP = intEnv('BENCH_WARMUP', 300);
const PARKED = intEnv('BENCH_PARKED', 50_000);
const PARK_WARMUP = intEnv('BENCH_PARK_WARMUP', 1000);
const CREATE_CONCURRENCY = intEnv('BENCH_CONCURRENCY', 32);
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF;

// ---------------------------------------------------------------- engine child process

interface EngineProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

async function startEngine(dbPath: string, label: string): Promise<EngineProcess> {
  // one directory per run: tsx's loader thread writes a profile of its own beside the main thread's
  const profile = CPU_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', path.join(CPU_PROF_DIR, label)] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'engine/main.ts', '--port', '0', '--db', dbPath], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    process.stderr.write(`[engine] ${d}`);
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const until = Date.now() + 30_000;
  for (;;) {
    const match = /^engine listening on (\S+)$/m.exec(stdout);
    if (match) return { child, url: match[1], exited };
    if (child.exitCode !== null) throw new Error(`engine exited before it was ready:\n${stdout}\n${stderr}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error('engine not ready after 30 s');
    }
    await sleep(20);
  }
}

async function stopEngine(engine: EngineProcess): Promise<void> {
  engine.child.kill('SIGTERM');
  const timer = setTimeout(() => engine.child.kill('SIGKILL'), 15_000);
  await engine.exited;
  clearTimeout(timer);
}

/** Resident set size of a process in bytes, from /proc/<pid>/status (VmRSS, or VmHWM for the peak). */
async function rssOf(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

// ---------------------------------------------------------------- helpers

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => bytes / (1024 * 1024);

function newClient(url: string): CamundaClient {
  return createCamundaClient({
    env: {},
    config: { CAMUNDA_REST_ADDRESS: url, CAMUNDA_AUTH_STRATEGY: 'NONE' },
    log: { level: 'silent' },
  });
}

async function waitUntil(what: string, condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
}

/** Runs `count` tasks with at most `concurrency` in flight. */
async function pool(count: number, concurrency: number, task: (index: number) => Promise<unknown>, onProgress?: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < count) {
      const index = next++;
      await task(index);
      done++;
      onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}

const NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"';
const bpmn = (processId: string, middle: string[]) => {
  const ids = ['Start', ...middle.map((_, i) => `Task${i + 1}`), 'End'];
  const flows = ids.slice(1).map((id, i) => `<bpmn:sequenceFlow id="F${i + 1}" sourceRef="${ids[i]}" targetRef="${id}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} id="Definitions_${processId}" targetNamespace="http://bpmn.io/schema/bpmn">
<bpmn:process id="${processId}" isExecutable="true">
<bpmn:startEvent id="Start"/>
${middle.join('\n')}
<bpmn:endEvent id="End"/>
${flows.join('\n')}
</bpmn:process>
</bpmn:definitions>
`;
};
const serviceTask = (id: string, type: string) => `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}"/></bpmn:extensionElements></bpmn:serviceTask>`;

// ---------------------------------------------------------------- (a) throughput

interface Throughput {
  instances: number;
  seconds: number;
  perSecond: number;
  engineCpuSeconds: number;
  clientCpuSeconds: number;
}

async function cpuSecondsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime (fields 14 and 15 of stat, counted from 1) in clock ticks, usually 100 per second
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function throughput(dir: string): Promise<Throughput> {
  const engine = await startEngine(path.join(dir, 'throughput.sqlite'), 'throughput');
  const client = newClient(engine.url);
  try {
    const processId = 'bench-three-tasks';
    const types = ['bench-task-1', 'bench-task-2', 'bench-task-3'];
    const xml = bpmn(processId, types.map((type, i) => serviceTask(`Task${i + 1}`, type)));
    await client.createDeployment({ resources: [new File([xml], `${processId}.bpmn`, { type: 'application/xml' })] });

    let finished = 0; // completions of the last task: each one ends its instance
    for (const type of types) {
      const last = type === types[types.length - 1];
      client.createJobWorker({
        jobType: type,
        maxParallelJobs: 64,
        jobTimeoutMs: 60_000,
        pollTimeoutMs: 10_000,
        pollIntervalMs: 1,
        validateSchemas: false,
        fetchVariables: ['n'],
        jobHandler: async (job) => {
          const receipt = await job.complete();
          if (last) finished++;
          return receipt;
        },
      });
    }

    const processDefinitionId = ProcessDefinitionId.assumeExists(processId);
    const create = (n: number) => client.createProcessInstance({ processDefinitionId, variables: { n } });

    await pool(WARMUP, CREATE_CONCURRENCY, (i) => create(i));
    await waitUntil('the warm-up instances to complete', () => finished >= WARMUP, 120_000);

    const cpuBefore = await cpuSecondsOf(engine.child.pid!);
    const clientCpuBefore = process.cpuUsage();
    const started = performance.now();
    await pool(MEASURED, CREATE_CONCURRENCY, (i) => create(WARMUP + i));
    await waitUntil('the measured instances to complete', () => finished >= WARMUP + MEASURED, 600_000);
    const seconds = (performance.now() - started) / 1000;
    const engineCpuSeconds = (await cpuSecondsOf(engine.child.pid!)) - cpuBefore;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const clientCpuSeconds = (clientCpu.user + clientCpu.system) / 1e6;

    // sanity: the engine agrees that all of them completed
    const response = await fetch(`${engine.url}/v2/process-instances/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ filter: { processDefinitionId: processId, state: 'COMPLETED' }, page: { limit: 1 } }),
    });
    const { page } = (await response.json()) as { page: { totalItems: number } };
    if (page.totalItems !== WARMUP + MEASURED) throw new Error(`expected ${WARMUP + MEASURED} completed instances, the engine reports ${page.totalItems}`);
    return { instances: MEASURED, seconds, perSecond: MEASURED / seconds, engineCpuSeconds, clientCpuSeconds };
  } finally {
    client.stopAllWorkers();
    await stopEngine(engine);
  }
}

// ---------------------------------------------------------------- (b) memory of parked instances

interface Memory {
  parked: number;
  before: number;
  after: number;
  settled: number;
  peak: number;
  seconds: number;
}

async function memory(dir: string): Promise<Memory> {
  const engine = await startEngine(path.join(dir, 'parked.sqlite'), 'parked');
  const pid = engine.child.pid!;
  const client = newClient(engine.url);
  try {
    const processId = 'bench-parked';
    const xml = bpmn(processId, ['<bpmn:userTask id="Task1" name="Prüfen"><bpmn:extensionElements><zeebe:userTask/></bpmn:extensionElements></bpmn:userTask>']);
    await client.createDeployment({ resources: [new File([xml], `${processId}.bpmn`, { type: 'application/xml' })] });
    const processDefinitionId = ProcessDefinitionId.assumeExists(processId);
    const create = (n: number) => client.createProcessInstance({ processDefinitionId, variables: { n, applicant: `Antrag ${n}` } });

    // a warm-up, so the baseline includes compiled code, prepared statements and SQLite's page cache
    await pool(PARK_WARMUP, CREATE_CONCURRENCY, (i) => create(i));
    await sleep(1000);
    const before = await rssOf(pid);

    const started = performance.now();
    let lastReport = Date.now();
    await pool(PARKED, CREATE_CONCURRENCY, (i) => create(PARK_WARMUP + i), (done) => {
      if (Date.now() - lastReport > 5000) {
        lastReport = Date.now();
        rssOf(pid).then(
          (rss) => process.stdout.write(`    … ${done} of ${PARKED} parked, engine RSS ${mb(rss).toFixed(1)} MB\n`),
          () => {},
        );
      }
    });
    const seconds = (performance.now() - started) / 1000;
    const after = await rssOf(pid);
    await sleep(3000);
    const settled = await rssOf(pid);
    const peak = await rssOf(pid, 'VmHWM');

    const response = await fetch(`${engine.url}/v2/user-tasks/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ filter: { processDefinitionId: processId, state: 'CREATED' }, page: { limit: 1 } }),
    });
    const { page } = (await response.json()) as { page: { totalItems: number } };
    if (page.totalItems !== PARK_WARMUP + PARKED) throw new Error(`expected ${PARK_WARMUP + PARKED} open user tasks, the engine reports ${page.totalItems}`);
    return { parked: PARKED, before, after, settled, peak, seconds };
  } finally {
    await stopEngine(engine);
  }
}

// ---------------------------------------------------------------- report

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'engine-bench-'));
  const setup = [
    `engine: child process (node --import tsx engine/main.ts, Node ${process.version}), SQLite file in ${dir}`,
    `client: @camunda8/orchestration-cluster-api over HTTP on loopback, workers in the bench process; ${cpus().length} CPU core(s)`,
  ];
  console.log(setup.join('\n'));
  try {
    console.log(`\n(a) start → 3 service tasks → end, no-op workers: ${WARMUP} warm-up, then ${MEASURED} measured (${CREATE_CONCURRENCY} creations in flight)`);
    const a = await throughput(dir);
    console.log(`    ${a.perSecond.toFixed(0)} instances/s (${a.instances} in ${a.seconds.toFixed(2)} s)`);
    console.log(`    CPU: engine ${a.engineCpuSeconds.toFixed(2)} s (${((a.engineCpuSeconds / a.instances) * 1000).toFixed(2)} ms per instance, ${((a.engineCpuSeconds / a.seconds) * 100).toFixed(0)}% of a core); client and workers ${a.clientCpuSeconds.toFixed(2)} s (${((a.clientCpuSeconds / a.seconds) * 100).toFixed(0)}% of a core)`);

    console.log(`\n(b) ${PARKED} instances parked at a user task (${PARK_WARMUP} warm-up before the baseline)`);
    const b = await memory(dir);
    const growth = b.settled - b.before;
    console.log(`    created in ${b.seconds.toFixed(1)} s (${(b.parked / b.seconds).toFixed(0)} creations/s)`);
    console.log(`    engine RSS ${mb(b.before).toFixed(1)} MB before → ${mb(b.after).toFixed(1)} MB right after → ${mb(b.settled).toFixed(1)} MB after 3 s; peak ${mb(b.peak).toFixed(1)} MB`);

    const rows = [
      ['measure', 'result', 'target', 'verdict'],
      ['(a) instances completed per second', a.perSecond.toFixed(0), `>= ${TARGET_PER_SECOND}`, a.perSecond >= TARGET_PER_SECOND ? 'ok' : 'MISSED'],
      [`(b) RSS growth, ${b.parked} parked`, `${mb(growth).toFixed(1)} MB`, `< ${TARGET_RSS_GROWTH_MB} MB`, mb(growth) < TARGET_RSS_GROWTH_MB ? 'ok' : 'MISSED'],
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
    console.log(`\n${line(rows[0])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.slice(1).map(line).join('\n')}`);
    if (rows.slice(1).some((r) => r[3] !== 'ok')) {
      console.log('\nA target was missed.');
      process.exitCode = 1;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
