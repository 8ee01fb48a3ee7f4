/**
 * The document workers against the real embedded engine: a PDF uploaded through the documents API
 * (`POST /v2/documents`), a process that classifies and extracts it, the variables read back; an
 * unreadable upload ends in the error boundary with DOKUMENT_UNLESBAR; a reference to a document
 * the store does not have is a retryable failure (here: one retry, so at once an incident).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CamundaClient, ProcessDefinitionId } from '@camunda8/orchestration-cluster-api';
import { shutdownIntake } from '../../docai/intake/index.ts';
import { type EmbeddedEngine, startEmbeddedEngine } from '../../engine/server.ts';
import { analyzedDocumentSchema } from '../../wohngeld/catalog.ts';
import { startWorkers, type WorkersHandle } from '../../workers/adapter.ts';
import { createClient } from '../../workers/client.ts';
import { datenExtrahieren } from '../../workers/daten-extrahieren.ts';
import { dokumentKlassifikationSchema, dokumentKlassifizieren } from '../../workers/dokument-klassifizieren.ts';
import { silentLogger } from '../../workers/logger.ts';
import { registry } from '../../workers/registry.ts';
import { mietbescheinigungPdf, zufallsBytes } from './beispiel-dokumente.ts';

/** Per test: the first document read starts the intake pool. */
const TIMEOUT = 120_000;

const bpmn = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_dokumente" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:error id="Error_unlesbar" name="Dokument unlesbar" errorCode="DOKUMENT_UNLESBAR" />
  <bpmn:process id="dokument-test" isExecutable="true">
    <bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:serviceTask id="Klassifizieren" name="Dokument klassifizieren">
      <bpmn:extensionElements><zeebe:taskDefinition type="wohngeld.dokument-klassifizieren" retries="1" /></bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:serviceTask id="Extrahieren" name="Daten extrahieren">
      <bpmn:extensionElements><zeebe:taskDefinition type="wohngeld.daten-extrahieren" retries="1" /></bpmn:extensionElements>
      <bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:endEvent id="Ende"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
    <bpmn:boundaryEvent id="Unlesbar" attachedToRef="Klassifizieren">
      <bpmn:extensionElements>
        <zeebe:ioMapping><zeebe:output source="=dokumentFehler" target="dokumentFehler" /></zeebe:ioMapping>
      </bpmn:extensionElements>
      <bpmn:outgoing>f4</bpmn:outgoing>
      <bpmn:errorEventDefinition errorRef="Error_unlesbar" />
    </bpmn:boundaryEvent>
    <bpmn:endEvent id="EndeUnlesbar"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Klassifizieren" />
    <bpmn:sequenceFlow id="f2" sourceRef="Klassifizieren" targetRef="Extrahieren" />
    <bpmn:sequenceFlow id="f3" sourceRef="Extrahieren" targetRef="Ende" />
    <bpmn:sequenceFlow id="f4" sourceRef="Unlesbar" targetRef="EndeUnlesbar" />
  </bpmn:process>
</bpmn:definitions>
`;

let engine: EmbeddedEngine;
let client: CamundaClient;
let workers: WorkersHandle;
let dir: string;

beforeAll(async () => {
  engine = await startEmbeddedEngine({ port: 0, dbPath: ':memory:' });
  client = createClient({ embeddedEngineUrl: engine.url, env: { CAMUNDA_SDK_LOG_LEVEL: 'silent' } });
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-dokumente-'));
  const file = path.join(dir, 'dokument-test.bpmn');
  await writeFile(file, bpmn);
  await client.deployResourcesFromFiles([file]);
  workers = startWorkers(client, [dokumentKlassifizieren, datenExtrahieren], { logger: silentLogger });
});

afterAll(async () => {
  await workers?.stop();
  await engine?.close();
  await shutdownIntake();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Uploads like a portal would: multipart to POST /v2/documents; returns the document reference. */
async function upload(content: Buffer, fileName: string, contentType: string): Promise<Record<string, unknown>> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type: contentType }), fileName);
  form.append('metadata', JSON.stringify({ fileName, contentType }));
  const response = await fetch(`${engine.url.replace(/\/+$/, '')}/v2/documents`, { method: 'POST', body: form });
  expect(response.status).toBe(201);
  return (await response.json()) as Record<string, unknown>;
}

type InstanceKey = Awaited<ReturnType<CamundaClient['createProcessInstance']>>['processInstanceKey'];
const within = <T>(predicate: (result: T) => boolean) => ({ consistency: { waitUpToMs: 90_000, pollIntervalMs: 100, predicate } });
const now = { consistency: { waitUpToMs: 0 } };

async function start(variables: Record<string, unknown>): Promise<InstanceKey> {
  return (await client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('dokument-test'), variables })).processInstanceKey;
}

async function variablesOf(processInstanceKey: InstanceKey): Promise<Record<string, unknown>> {
  const result = await client.searchVariables({ filter: { processInstanceKey }, page: { limit: 100 } }, now);
  const entries = await Promise.all(
    result.items.map(async (v) => [v.name, JSON.parse(String(v.isTruncated ? (await client.getVariable({ variableKey: v.variableKey }, now)).value : v.value))] as const),
  );
  return Object.fromEntries(entries);
}

async function completed(processInstanceKey: InstanceKey): Promise<void> {
  await client.getProcessInstance({ processInstanceKey }, within((instance) => instance.state === 'COMPLETED'));
}

describe('document workers against the embedded engine', () => {
  test('both workers are registered', () => {
    expect(registry.find('wohngeld.dokument-klassifizieren')).toBe(dokumentKlassifizieren);
    expect(registry.find('wohngeld.daten-extrahieren')).toBe(datenExtrahieren);
  }, TIMEOUT);

  test('a born-digital PDF: classification and analysis arrive as process variables', async () => {
    const dokument = await upload(await mietbescheinigungPdf(), 'mietbescheinigung.pdf', 'application/pdf');
    expect(dokument).toMatchObject({ 'camunda.document.type': 'camunda', storeId: 'in-memory' });
    const key = await start({ antragId: 'A-1', dokument });
    await completed(key);
    const variables = await variablesOf(key);

    const klassifikation = dokumentKlassifikationSchema.parse(variables.dokumentKlassifikation);
    expect(klassifikation).toMatchObject({ documentType: 'mietbescheinigung', pages: 2, source: 'text-layer', warnings: [] });
    expect(Object.keys(variables.dokumentKlassifikation as object).sort()).toEqual(['confidence', 'documentType', 'pages', 'source', 'warnings']);
    expect(klassifikation.confidence).toBeGreaterThan(0.5);

    const analyse = analyzedDocumentSchema.parse(variables.dokumentAnalyse);
    expect(analyse).toMatchObject({ file: 'mietbescheinigung.pdf', documentType: 'mietbescheinigung', pages: 2, source: 'text-layer' });
    expect(analyse.fields.gesamtmiete).toMatchObject({ value: 612.5, page: 2 });
    expect(analyse.fields.grundmiete).toMatchObject({ value: 450, page: 2 });
    expect(analyse.fields.wohnflaeche).toMatchObject({ value: 58.4, page: 1 });
    // no document text in the process: variables stay small
    expect(JSON.stringify(variables).length).toBeLessThan(10_000);
    expect(variables).not.toHaveProperty('dokumentFehler');
  }, TIMEOUT);

  test('random bytes end in the error boundary with DOKUMENT_UNLESBAR and a German reason', async () => {
    const dokument = await upload(zufallsBytes(), 'scan.pdf', 'application/pdf');
    const key = await start({ dokument });
    await completed(key);
    const variables = await variablesOf(key);
    expect(variables.dokumentFehler).toEqual({ datei: 'scan.pdf', code: 'unsupported-format', grund: expect.stringContaining('Dateiformat wird nicht unterstützt') });
    expect(variables).not.toHaveProperty('dokumentKlassifikation');
    const incidents = await client.searchIncidents({ filter: { processInstanceKey: key } }, now);
    expect(incidents.items ?? []).toEqual([]);
  }, TIMEOUT);

  test('a document the store does not have is a retryable failure: after the last retry an incident names it', async () => {
    const dokument = { 'camunda.document.type': 'camunda', storeId: 'in-memory', documentId: 'gibt-es-nicht', contentHash: 'abc', metadata: { fileName: 'weg.pdf' } };
    const key = await start({ dokument });
    const result = await client.searchIncidents({ filter: { processInstanceKey: key } }, within((r) => (r.items ?? []).some((i) => i.state === 'ACTIVE')));
    const incident = (result.items ?? []).find((i) => i.state === 'ACTIVE')!;
    expect(incident.errorType).toBe('JOB_NO_RETRIES');
    expect(incident.elementId).toBe('Klassifizieren');
    expect(incident.errorMessage).toBe('Dokument „gibt-es-nicht“ konnte nicht aus dem Dokumentenspeicher geladen werden (HTTP 404, nicht gefunden oder abgelaufen).');
  }, TIMEOUT);

  test('a variable that is no document reference is an incident without retries that names the field', async () => {
    const key = await start({ dokument: { documentId: 'x' } });
    const result = await client.searchIncidents({ filter: { processInstanceKey: key } }, within((r) => (r.items ?? []).some((i) => i.state === 'ACTIVE')));
    const incident = (result.items ?? []).find((i) => i.state === 'ACTIVE')!;
    expect(incident.errorMessage).toContain('Ungültige Eingabe für Jobtyp „wohngeld.dokument-klassifizieren“');
    expect(incident.errorMessage).toContain('dokument');
  }, TIMEOUT);
});
