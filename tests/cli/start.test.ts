/**
 * `wohngeld start` as a user runs it: a child process with a free port and a temporary database,
 * reached over HTTP, stopped with Ctrl-C (SIGINT).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type EmbeddedEngine, startEmbeddedEngine } from '../../engine/server.ts';
import { cleanEnv, runCli, spawnCli, stackTraceLine, launch, waitForOutput, type Running } from './run-cli.ts';

let dir: string;
const started: Running[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-start-'));
});

afterAll(async () => {
  for (const running of started) if (running.child.exitCode === null) running.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('wohngeld start', () => {
  test('starts the embedded engine, answers GET /v2/topology, stops cleanly on SIGINT', async () => {
    const db = path.join(dir, 'neu', 'engine.sqlite');
    const running = launch(['start'], cleanEnv({ PORT: '0', WOHNGELD_WEB_PORT: '0', WOHNGELD_DB: db, WOHNGELD_LOG_LEVEL: 'warn' }));
    started.push(running);

    const [, url] = await waitForOutput(running, /Eingebettete Engine läuft: (http:\/\/\S+?) /);
    await waitForOutput(running, /Beenden mit Strg\+C\./);
    expect(running.stdout()).toMatch(/^Bereitgestellt: \d+ Prozessmodell(e)?, \d+ Formular(e)? aus /m);
    expect(running.stdout()).toMatch(/^Worker: keine registriert\.|^Worker \(\d+\): /m);
    expect(existsSync(db)).toBe(true);

    const response = await fetch(`${url}/v2/topology`);
    expect(response.status).toBe(200);
    const topology = (await response.json()) as { brokers?: unknown[] };
    expect(Array.isArray(topology.brokers)).toBe(true);

    running.child.kill('SIGINT');
    const { code } = await running.exited;
    expect(code).toBe(0);
    expect(running.stdout()).toContain('Beendet.');
    expect(running.stderr()).not.toMatch(stackTraceLine);
    await expect(fetch(`${url}/v2/topology`)).rejects.toThrow();
  });

  test('an occupied port is a German error with exit code 1', async () => {
    const engine = await startEmbeddedEngine({ port: 0, dbPath: ':memory:' });
    try {
      const r = await runCli(['start', '--port', String(engine.port), '--db', ':memory:']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Port ${engine.port} ist belegt.`);
      expect(r.stderr).not.toMatch(stackTraceLine);
    } finally {
      await engine.close();
    }
  });
});

describe('with ZEEBE_REST_ADDRESS set', () => {
  let engine: EmbeddedEngine;
  beforeAll(async () => {
    // Stands in for a Camunda 8.8 cluster: only its address is known to the command.
    engine = await startEmbeddedEngine({ port: 0, dbPath: ':memory:' });
  });
  afterAll(async () => {
    await engine?.close();
  });

  test('start uses that cluster and starts no embedded engine', async () => {
    // the intake's key and ledger go next to WOHNGELD_DB, not into the repository's ./data
    const running = launch(['start'], cleanEnv({ ZEEBE_REST_ADDRESS: engine.url, WOHNGELD_WEB_PORT: '0', WOHNGELD_DB: path.join(dir, 'cluster', 'engine.sqlite'), WOHNGELD_LOG_LEVEL: 'warn' }));
    started.push(running);
    await waitForOutput(running, /Beenden mit Strg\+C\./);
    expect(running.stdout()).toContain(`Camunda-Cluster: ${engine.url}/v2 (Anmeldung: NONE) – keine eingebettete Engine`);
    expect(running.stdout()).not.toContain('Eingebettete Engine läuft');
    running.child.kill('SIGTERM');
    expect((await running.exited).code).toBe(0);
  });

  test('deploy sends the given models and forms to that cluster', async () => {
    const models = path.join(dir, 'modelle');
    await mkdir(models);
    await writeFile(
      path.join(models, 'kurz.bpmn'),
      `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="kurz" isExecutable="true">
    <bpmn:startEvent id="s"><bpmn:outgoing>f</bpmn:outgoing></bpmn:startEvent>
    <bpmn:endEvent id="e"><bpmn:incoming>f</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
  </bpmn:process>
</bpmn:definitions>`,
    );
    await writeFile(path.join(models, 'notiz.txt'), 'wird nicht bereitgestellt');
    const r = await runCli(['deploy', models], { env: cleanEnv({ CAMUNDA_REST_ADDRESS: engine.url }) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Bereitgestellt auf Camunda-Cluster ${engine.url}/v2: 1 Prozessmodell, 0 Formulare`);
  });
});
