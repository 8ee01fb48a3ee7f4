/**
 * `wohngeld.daten-extrahieren` with an LLM configured in the environment (a loopback stand-in):
 * a wrong configuration is a retryable failure that says what to fix; a right one is logged once
 * and used for every document. Own file, so the worker's once-per-process refiner starts fresh.
 */
import { shutdownIntake } from '../../docai/intake/index.ts';
import { analyzedDocumentSchema } from '../../wohngeld/catalog.ts';
import { type ActivatedJob, decideJobAction } from '../../workers/adapter.ts';
import { datenExtrahieren } from '../../workers/daten-extrahieren.ts';
import type { DocumentStore, Logger } from '../../workers/types.ts';
import { type FakeLlm, startFakeLlm } from '../docai-llm/fake-llm.ts';
import { mietbescheinigungPdf } from './beispiel-dokumente.ts';

const TIMEOUT = 60_000;
const saved = { ...process.env };
let llm: FakeLlm;

beforeAll(async () => {
  llm = await startFakeLlm();
});

afterAll(async () => {
  for (const name of ['LLM_MODEL', 'LLM_BASE_URL', 'LLM_MAX_RETRIES']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await llm?.close();
  await shutdownIntake();
});

const job = (documentId: string): ActivatedJob => ({
  jobKey: '1',
  type: datenExtrahieren.type,
  processInstanceKey: '2',
  processDefinitionId: 'p',
  elementId: 'e',
  elementInstanceKey: '3',
  tenantId: '<default>',
  customHeaders: {},
  retries: 3,
  variables: { dokument: { 'camunda.document.type': 'camunda', storeId: 'in-memory', documentId, metadata: { fileName: `${documentId}.pdf` } } },
});

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const record = (message: string) => lines.push(message);
  return { lines, debug: record, info: record, warn: record, error: record };
}

test('a wrong LLM configuration: retryable failure naming the setting, no document read', async () => {
  process.env.LLM_MODEL = 'gpt-4o-mini';
  delete process.env.LLM_BASE_URL;
  let downloads = 0;
  const documents: DocumentStore = {
    download: async () => {
      downloads++;
      return Buffer.alloc(0);
    },
    upload: async () => {
      throw new Error('not used here');
    },
  };
  const action = await decideJobAction(datenExtrahieren, job('a'), recordingLogger(), documents);
  expect(action).toMatchObject({ action: 'fail', retries: 2, errorMessage: expect.stringMatching(/^Sprachmodell falsch konfiguriert: LLM_MODEL ist gesetzt, LLM_BASE_URL aber nicht/) });
  expect(downloads).toBe(0);
}, TIMEOUT);

test('a right one: the endpoint is logged once, the model is asked for every document', async () => {
  process.env.LLM_MODEL = 'lokal';
  process.env.LLM_BASE_URL = llm.baseURL;
  process.env.LLM_MAX_RETRIES = '0';
  llm.reply = { kind: 'status', status: 503 };
  const pdf = await mietbescheinigungPdf();
  const documents: DocumentStore = {
    download: async () => pdf,
    upload: async () => {
      throw new Error('not used here');
    },
  };
  const logger = recordingLogger();
  for (const id of ['b', 'c']) {
    const action = await decideJobAction(datenExtrahieren, job(id), logger, documents);
    expect(action.action).toBe('complete');
    const analyse = analyzedDocumentSchema.parse((action as { variables: Record<string, unknown> }).variables.dokumentAnalyse);
    expect(analyse.file).toBe(`${id}.pdf`);
    expect(analyse.fields.gesamtmiete?.value).toBe(612.5);
    expect(analyse.warnings).toContain('Sprachmodell nicht verfügbar (HTTP 503); das Ergebnis beruht allein auf den Regeln.');
  }
  expect(llm.requests).toHaveLength(2);
  expect(logger.lines.filter((l) => l.startsWith('Sprachmodell eingeschaltet'))).toEqual([`Sprachmodell eingeschaltet: Modell „lokal“ unter ${llm.baseURL}. Dokumenttexte werden zur Prüfung auf diesem Rechner gesendet.`]);
}, TIMEOUT);
