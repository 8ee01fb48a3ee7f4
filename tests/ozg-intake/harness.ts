/**
 * The OZG intake against the real embedded engine: engine on a free loopback port, the official
 * client, a small test model that a `wohngeld.antrag-eingegangen` message starts and that waits
 * for `wohngeld.unterlagen-nachgereicht` (the process model of issue 5 is not needed for the
 * intake's behaviour), the intake's ledger in a temporary directory and the product's web server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ProcessDefinitionId, type ProcessInstanceKey, ScopeKey } from '@camunda8/orchestration-cluster-api';
import { type EmbeddedEngine, startEmbeddedEngine } from '../../engine/server.ts';
import { clientIntakeEngine, type IntakeEngine } from '../../connectors/ozg-intake/engine.ts';
import { createOzgIntake, type OzgIntake } from '../../connectors/ozg-intake/intake.ts';
import type { IntakeLimits } from '../../connectors/ozg-intake/config.ts';
import { IntakeLedger } from '../../connectors/ozg-intake/ledger.ts';
import { startWebServer, type WebServer } from '../../connectors/web-server.ts';
import { clientDocumentStore } from '../../workers/adapter.ts';
import { createClient } from '../../workers/client.ts';
import { silentLogger } from '../../workers/logger.ts';
import type { DocumentReference } from '../../workers/types.ts';
import { bpmnProcess, deploy, now, waitFor } from '../conformance/harness.ts';

export const API_KEY = 'test-schluessel-0123456789abcdef';
export const PROCESS_ID = 'ozg-eingang-test';

const MODEL = bpmnProcess(
  PROCESS_ID,
  `    <bpmn:startEvent id="eingang"><bpmn:outgoing>f1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="msgEingang" /></bpmn:startEvent>
    <bpmn:receiveTask id="warten" messageRef="msgNachgereicht"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:receiveTask>
    <bpmn:userTask id="pruefen"><bpmn:extensionElements><zeebe:userTask /></bpmn:extensionElements><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="ende"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="eingang" targetRef="warten" />
    <bpmn:sequenceFlow id="f2" sourceRef="warten" targetRef="pruefen" />
    <bpmn:sequenceFlow id="f3" sourceRef="pruefen" targetRef="ende" />`,
  {
    extra: `<bpmn:message id="msgEingang" name="wohngeld.antrag-eingegangen" />
  <bpmn:message id="msgNachgereicht" name="wohngeld.unterlagen-nachgereicht"><bpmn:extensionElements><zeebe:subscription correlationKey="=antrag.antragId" /></bpmn:extensionElements></bpmn:message>`,
  },
);

/** The real engine port, with a record of what went through it (and a way to make it fail). */
export interface RecordingEngine extends IntakeEngine {
  uploads: string[];
  publications: { name: string; correlationKey: string; messageId: string }[];
  /** the next `n` publications fail as if the engine went away after the uploads */
  failNextPublications: number;
}

export interface IntakeHarness {
  engine: EmbeddedEngine;
  client: ReturnType<typeof createClient>;
  port: RecordingEngine;
  ledger: IntakeLedger;
  ledgerFile: string;
  intake: OzgIntake;
  web: WebServer;
  dir: string;
  close(): Promise<void>;
}

export async function startIntakeHarness(limits?: IntakeLimits): Promise<IntakeHarness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-ozg-'));
  const engine = await startEmbeddedEngine({ port: 0, dbPath: ':memory:' });
  const client = createClient({ embeddedEngineUrl: engine.url, env: { CAMUNDA_SDK_LOG_LEVEL: 'silent', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '1' } });
  await deploy(client, { 'ozg-eingang-test.bpmn': MODEL });
  const real = clientIntakeEngine(client);
  const port: RecordingEngine = {
    uploads: [],
    publications: [],
    failNextPublications: 0,
    async upload(content, metadata) {
      port.uploads.push(metadata.fileName);
      return real.upload(content, metadata);
    },
    async publish(message) {
      if (port.failNextPublications > 0) {
        port.failNextPublications--;
        const { EngineUnavailable } = await import('../../connectors/ozg-intake/engine.ts');
        throw new EngineUnavailable('Verbindung abgebrochen (im Test)');
      }
      port.publications.push({ name: message.name, correlationKey: message.correlationKey, messageId: message.messageId });
      return real.publish(message);
    },
  };
  const ledgerFile = path.join(dir, 'ozg-eingang.sqlite');
  const ledger = IntakeLedger.open(ledgerFile);
  const intake = createOzgIntake({ engine: port, ledger, apiKey: API_KEY, logger: silentLogger, ...(limits ? { limits } : {}) });
  const web = await startWebServer({ port: 0, host: '127.0.0.1', routes: intake.routes, logError: () => undefined });
  return {
    engine,
    client,
    port,
    ledger,
    ledgerFile,
    intake,
    web,
    dir,
    async close() {
      await web.close({ timeoutMs: 2_000 });
      intake.close();
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The instances of the test model started with this antragId. */
export async function instancesOf(h: IntakeHarness, antragId: string) {
  const result = await h.client.searchProcessInstances({ filter: { processDefinitionId: ProcessDefinitionId.assumeExists(PROCESS_ID) } }, now);
  const mine = [];
  for (const item of result.items) {
    const vars = await variablesOf(h, item.processInstanceKey);
    if ((vars.antrag as { antragId?: string } | undefined)?.antragId === antragId) mine.push({ key: item.processInstanceKey, variables: vars });
  }
  return mine;
}

export async function variablesOf(h: IntakeHarness, key: ProcessInstanceKey): Promise<Record<string, unknown>> {
  const result = await h.client.searchVariables({ filter: { processInstanceKey: key, scopeKey: ScopeKey.assumeExists(key) } }, now);
  return Object.fromEntries(result.items.map((v) => [v.name, JSON.parse(v.value)]));
}

/** The elements of the instance's open user tasks. */
export async function userTasksOf(h: IntakeHarness, key: ProcessInstanceKey): Promise<string[]> {
  return (await h.client.searchUserTasks({ filter: { processInstanceKey: key } }, now)).items.map((t) => String(t.elementId));
}

/** Waits (bounded) until the instance has reached the user task after the receive task. */
export function reachesUserTask(h: IntakeHarness, key: ProcessInstanceKey): Promise<string[]> {
  return waitFor(() => userTasksOf(h, key), (ids) => ids.includes('pruefen'));
}

export function download(h: IntakeHarness, reference: DocumentReference): Promise<Buffer> {
  return clientDocumentStore(h.client).download(reference);
}

// ------------------------------------------------------------------ requests

export interface Answer {
  status: number;
  contentType: string;
  headers: Headers;
  body: Record<string, unknown>;
  text: string;
}

export async function post(h: IntakeHarness, pathname: string, form: FormData | undefined, headers: Record<string, string> = { 'x-api-key': API_KEY }, rawBody?: { body: BodyInit; contentType: string }): Promise<Answer> {
  const response = await fetch(`${h.web.url}${pathname}`, {
    method: 'POST',
    headers: rawBody ? { ...headers, 'content-type': rawBody.contentType } : headers,
    body: rawBody ? rawBody.body : form,
  });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: the test looks at text
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', headers: response.headers, body, text };
}

/** A form as the online service sends it: the application as JSON and the files. */
export function antragForm(antrag: unknown, files: { name: string; content: Buffer | string; type?: string }[] = []): FormData {
  const form = new FormData();
  form.append('antrag', typeof antrag === 'string' ? antrag : JSON.stringify(antrag));
  for (const file of files) form.append('datei', new Blob([blobPart(file.content)], { type: file.type ?? 'application/octet-stream' }), file.name);
  return form;
}

export function filesForm(files: { name: string; content: Buffer | string }[]): FormData {
  const form = new FormData();
  for (const file of files) form.append('datei', new Blob([blobPart(file.content)]), file.name);
  return form;
}

const blobPart = (content: Buffer | string): BlobPart => (typeof content === 'string' ? content : new Uint8Array(content));

/** A valid application of a pensioner living alone (the samples' first case, another id). */
export function beispielAntrag(antragId: string): Record<string, unknown> {
  return {
    antragId,
    eingangsdatum: '2025-09-15',
    antragsart: 'erstantrag',
    antragsteller: { anrede: 'Frau', anschrift: { strasse: 'Lindenallee', hausnummer: '14', plz: '04277', ort: 'Leipzig' } },
    haushalt: [{ vorname: 'Ursula', nachname: 'Hoffmann', geburtsdatum: '1951-04-17', beziehung: 'antragsteller', einkommen: [{ art: 'rente', monatsbetrag: 1070.72 }] }],
    wohnung: { verhaeltnis: 'miete', bruttokaltmiete: 458, mietstufe: 2 },
  };
}

/** A 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** The start of a Windows program. */
export const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(512, 0x41)]);
