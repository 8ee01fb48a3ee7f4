/**
 * The adapter against the real embedded engine: a tiny process is deployed through the client,
 * a test worker runs through `startWorkers`, and the effects are read back through the REST API.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CamundaClient, ProcessDefinitionId } from '@camunda8/orchestration-cluster-api';
import { z } from 'zod';
import { type EmbeddedEngine, startEmbeddedEngine } from '../../engine/server.ts';
import { startWorkers, type WorkersHandle } from '../../workers/adapter.ts';
import { createClient } from '../../workers/client.ts';
import { silentLogger } from '../../workers/logger.ts';
import { bpmnError, complete, defineWorker, retryableFailure } from '../../workers/types.ts';

const bpmn = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_adapter" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:error id="Error_abgelehnt" name="Abgelehnt" errorCode="ABGELEHNT" />
  <bpmn:process id="adapter-test" isExecutable="true">
    <bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:serviceTask id="Pruefen" name="Prüfen">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="test.adapter-pruefen" retries="2" />
        <zeebe:taskHeaders><zeebe:header key="stufe" value="1" /></zeebe:taskHeaders>
      </bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:endEvent id="Ende"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:boundaryEvent id="Abgelehnt" attachedToRef="Pruefen">
      <bpmn:extensionElements>
        <zeebe:ioMapping><zeebe:output source="=grund" target="grund" /></zeebe:ioMapping>
      </bpmn:extensionElements>
      <bpmn:outgoing>f3</bpmn:outgoing>
      <bpmn:errorEventDefinition errorRef="Error_abgelehnt" />
    </bpmn:boundaryEvent>
    <bpmn:serviceTask id="Ablehnen" name="Ablehnung vermerken">
      <bpmn:extensionElements><zeebe:taskDefinition type="test.adapter-ablehnen" /></bpmn:extensionElements>
      <bpmn:incoming>f3</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:endEvent id="EndeAbgelehnt"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Pruefen" />
    <bpmn:sequenceFlow id="f2" sourceRef="Pruefen" targetRef="Ende" />
    <bpmn:sequenceFlow id="f3" sourceRef="Abgelehnt" targetRef="Ablehnen" />
    <bpmn:sequenceFlow id="f4" sourceRef="Ablehnen" targetRef="EndeAbgelehnt" />
  </bpmn:process>
</bpmn:definitions>
`;

/** What the handlers saw, per process instance. */
const pruefenCalls = new Map<string, Array<{ retries: number; headers: Record<string, string> }>>();
const ablehnenCalls = new Map<string, { grund?: string }>();

const pruefen = defineWorker({
  type: 'test.adapter-pruefen',
  description: 'Testworker: tut, was die Variable modus sagt',
  input: z.object({ antragId: z.string().min(1), modus: z.enum(['complete', 'bpmnError', 'retry', 'throw', 'kaputt']) }),
  output: z.object({ ergebnis: z.string(), betrag: z.number() }),
  retryBackOffMs: 50,
  async handler({ antragId, modus }, context) {
    const calls = pruefenCalls.get(context.processInstanceKey) ?? [];
    calls.push({ retries: context.retries, headers: { ...context.customHeaders } });
    pruefenCalls.set(context.processInstanceKey, calls);
    switch (modus) {
      case 'complete':
        return complete({ ergebnis: `geprüft ${antragId}`, betrag: 42 });
      case 'bpmnError':
        return bpmnError('ABGELEHNT', 'Antrag abgelehnt: Einkommen zu hoch', { grund: 'Einkommen zu hoch' });
      case 'retry':
        return retryableFailure('Dokumentenspeicher nicht erreichbar', 50);
      case 'throw':
        throw new Error('Absturz im Handler');
      case 'kaputt':
        return complete({ ergebnis: 'geprüft', betrag: 'viel' as unknown as number });
    }
  },
});

const ablehnen = defineWorker({
  type: 'test.adapter-ablehnen',
  description: 'Testworker: vermerkt die Ablehnung',
  input: z.object({ grund: z.string().optional() }),
  output: z.object({ vermerkt: z.boolean() }),
  async handler({ grund }, context) {
    ablehnenCalls.set(context.processInstanceKey, { grund });
    return complete({ vermerkt: true });
  },
});

let engine: EmbeddedEngine;
let client: CamundaClient;
let workers: WorkersHandle;
let dir: string;

beforeAll(async () => {
  engine = await startEmbeddedEngine({ port: 0, dbPath: ':memory:' });
  client = createClient({ embeddedEngineUrl: engine.url, env: { CAMUNDA_SDK_LOG_LEVEL: 'silent' } });
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-adapter-'));
  const file = path.join(dir, 'adapter-test.bpmn');
  await writeFile(file, bpmn);
  const deployment = await client.deployResourcesFromFiles([file]);
  expect(deployment.processes.map((p) => p.processDefinitionId)).toEqual(['adapter-test']);
  workers = startWorkers(client, [pruefen, ablehnen], { logger: silentLogger });
});

afterAll(async () => {
  await workers?.stop();
  await engine?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

type InstanceKey = Awaited<ReturnType<CamundaClient['createProcessInstance']>>['processInstanceKey'];

async function start(variables: Record<string, unknown>): Promise<InstanceKey> {
  const instance = await client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('adapter-test'), variables });
  return instance.processInstanceKey;
}

/** Polls through the SDK's own eventual-consistency support until `predicate` holds. */
const within = <T>(predicate: (result: T) => boolean) => ({ consistency: { waitUpToMs: 10_000, pollIntervalMs: 50, predicate } });
const now = { consistency: { waitUpToMs: 0 } };

async function completed(processInstanceKey: InstanceKey): Promise<void> {
  await client.getProcessInstance({ processInstanceKey }, within((instance) => instance.state === 'COMPLETED'));
}

async function variablesOf(processInstanceKey: InstanceKey): Promise<Record<string, unknown>> {
  const result = await client.searchVariables({ filter: { processInstanceKey }, page: { limit: 100 } }, now);
  return Object.fromEntries(result.items.map((v) => [v.name, JSON.parse(String(v.value))]));
}

async function activeIncidents(processInstanceKey: InstanceKey) {
  const result = await client.searchIncidents({ filter: { processInstanceKey } }, now);
  return (result.items ?? []).filter((i) => i.state === 'ACTIVE');
}

async function incident(processInstanceKey: InstanceKey) {
  const result = await client.searchIncidents({ filter: { processInstanceKey } }, within((r) => (r.items ?? []).some((i) => i.state === 'ACTIVE')));
  return (result.items ?? []).find((i) => i.state === 'ACTIVE')!;
}

async function stateOf(processInstanceKey: InstanceKey) {
  return (await client.getProcessInstance({ processInstanceKey }, now)).state;
}

describe('adapter against the embedded engine', () => {
  test('complete: the output variables arrive in the process', async () => {
    const key = await start({ antragId: 'A-1', modus: 'complete' });
    await completed(key);
    const variables = await variablesOf(key);
    expect(variables).toMatchObject({ antragId: 'A-1', ergebnis: 'geprüft A-1', betrag: 42 });
    expect(pruefenCalls.get(String(key))).toEqual([{ retries: 2, headers: { stufe: '1' } }]);
  });

  test('BPMN error: caught by the error boundary event, the error variables reach the next task', async () => {
    const key = await start({ antragId: 'A-2', modus: 'bpmnError' });
    await completed(key);
    expect(ablehnenCalls.get(String(key))).toEqual({ grund: 'Einkommen zu hoch' });
    expect(pruefenCalls.get(String(key))).toHaveLength(1);
    expect(await activeIncidents(key)).toEqual([]);
    expect(await variablesOf(key)).not.toHaveProperty('ergebnis');
  });

  test('retryable failure: retries decrease, after the last one an incident carries the message', async () => {
    const key = await start({ antragId: 'A-3', modus: 'retry' });
    const found = await incident(key);
    expect(found.errorType).toBe('JOB_NO_RETRIES');
    expect(found.errorMessage).toBe('Dokumentenspeicher nicht erreichbar');
    expect(found.elementId).toBe('Pruefen');
    expect(pruefenCalls.get(String(key))?.map((c) => c.retries)).toEqual([2, 1]);
    const jobs = await client.searchJobs({ filter: { processInstanceKey: key } }, now);
    expect(jobs.items.map((j) => j.retries)).toEqual([0]);
    expect(await stateOf(key)).toBe('ACTIVE');
  });

  test('exception in the handler: a retryable failure with the exception message', async () => {
    const key = await start({ antragId: 'A-4', modus: 'throw' });
    const found = await incident(key);
    expect(found.errorMessage).toBe('Absturz im Handler');
    expect(pruefenCalls.get(String(key))?.map((c) => c.retries)).toEqual([2, 1]);
  });

  test('invalid input: no retries, the incident names the invalid fields, the handler never runs', async () => {
    const key = await start({ modus: 'vielleicht' });
    const found = await incident(key);
    expect(found.errorType).toBe('JOB_NO_RETRIES');
    expect(found.errorMessage).toContain('Ungültige Eingabe für Jobtyp „test.adapter-pruefen“');
    expect(found.errorMessage).toContain('antragId:');
    expect(found.errorMessage).toContain('modus:');
    expect(pruefenCalls.has(String(key))).toBe(false);
  });

  test('invalid output: no retries, the incident names the field, nothing is written to the process', async () => {
    const key = await start({ antragId: 'A-6', modus: 'kaputt' });
    const found = await incident(key);
    expect(found.errorMessage).toMatch(/^Ungültige Ausgabe des Workers „test.adapter-pruefen“: betrag: /);
    expect(pruefenCalls.get(String(key))).toHaveLength(1);
    expect(await variablesOf(key)).not.toHaveProperty('ergebnis');
  });

  test('stop() lets a running handler finish, then no further job is taken', async () => {
    const file = path.join(dir, 'adapter-stop.bpmn');
    await writeFile(file, bpmn.replace('id="adapter-test"', 'id="adapter-stop"').replace('type="test.adapter-pruefen"', 'type="test.adapter-langsam"'));
    await client.deployResourcesFromFiles([file]);

    const handled: string[] = [];
    let release: () => void = () => {};
    let entered: () => void = () => {};
    const inHandler = new Promise<void>((r) => (entered = r));
    const langsam = defineWorker({
      type: 'test.adapter-langsam',
      description: 'Testworker: wartet, bis der Test ihn freigibt',
      input: z.object({}),
      output: z.object({ ergebnis: z.string(), betrag: z.number() }),
      async handler(_input, context) {
        handled.push(context.processInstanceKey);
        entered();
        await new Promise<void>((r) => (release = r));
        return complete({ ergebnis: 'spät', betrag: 1 });
      },
    });
    const local = startWorkers(client, [langsam], { logger: silentLogger });
    expect(local.types).toEqual(['test.adapter-langsam']);

    const first = (await client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('adapter-stop'), variables: {} })).processInstanceKey;
    await inHandler;
    const stopped = local.stop();
    setTimeout(() => release(), 100);
    await stopped;
    // The job that was in the handler when stop() was called has been completed.
    expect(await stateOf(first)).toBe('COMPLETED');

    const second = (await client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('adapter-stop'), variables: {} })).processInstanceKey;
    await new Promise((r) => setTimeout(r, 500));
    expect(handled).toEqual([String(first)]);
    expect(await stateOf(second)).toBe('ACTIVE');
    await local.stop(); // idempotent
  });
});
