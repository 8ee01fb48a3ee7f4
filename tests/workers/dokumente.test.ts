/**
 * The document workers as plain functions behind `decideJobAction`, with a stand-in documents
 * port: input validation, download failures (retryable), refused documents (BPMN error), results.
 */
import { shutdownIntake } from '../../docai/intake/index.ts';
import { analyzedDocumentSchema } from '../../wohngeld/catalog.ts';
import { type ActivatedJob, decideJobAction } from '../../workers/adapter.ts';
import { datenExtrahieren } from '../../workers/daten-extrahieren.ts';
import { dokumentKlassifizieren } from '../../workers/dokument-klassifizieren.ts';
import { readTextOnce } from '../../workers/dokumente.ts';
import { DocumentRefused } from '../../docai/types.ts';
import { silentLogger } from '../../workers/logger.ts';
import { type DocumentReference, type DocumentStore, DocumentUnavailable } from '../../workers/types.ts';
import { mietbescheinigungPdf, zufallsBytes } from './beispiel-dokumente.ts';

/** Per test: the first document read starts the intake pool. */
const TIMEOUT = 60_000;

afterAll(async () => {
  await shutdownIntake();
});

const reference = (documentId: string, fileName?: string) => ({
  'camunda.document.type': 'camunda',
  storeId: 'in-memory',
  documentId,
  contentHash: 'h',
  ...(fileName ? { metadata: { fileName, contentType: 'application/pdf', size: 1 } } : {}),
});

const job = (type: string, variables: Record<string, unknown>, retries = 3): ActivatedJob => ({
  jobKey: '1',
  type,
  processInstanceKey: '2',
  processDefinitionId: 'p',
  elementId: 'e',
  elementInstanceKey: '3',
  tenantId: '<default>',
  customHeaders: {},
  retries,
  variables,
});

/** A store with fixed contents; `missing` ids fail like a 404. */
function store(contents: Record<string, Buffer>): DocumentStore & { asked: DocumentReference[] } {
  const asked: DocumentReference[] = [];
  return {
    asked,
    async download(ref) {
      asked.push(ref);
      const content = contents[ref.documentId];
      if (!content) throw new DocumentUnavailable(`Dokument „${ref.documentId}“ konnte nicht aus dem Dokumentenspeicher geladen werden (HTTP 404, nicht gefunden oder abgelaufen).`, 404);
      return content;
    },
    async upload() {
      throw new Error('not used here');
    },
  };
}

describe('document workers (handlers)', () => {
  test('classify: the catalog type, confidence, pages, source and warnings — nothing else', async () => {
    const documents = store({ d1: await mietbescheinigungPdf() });
    const action = await decideJobAction(dokumentKlassifizieren, job(dokumentKlassifizieren.type, { dokument: reference('d1', 'miete.pdf') }), silentLogger, documents);
    expect(action).toEqual({
      action: 'complete',
      variables: { dokumentKlassifikation: { documentType: 'mietbescheinigung', confidence: expect.any(Number), pages: 2, source: 'text-layer', warnings: [] } },
    });
    expect(documents.asked.map((r) => r.documentId)).toEqual(['d1']);
  }, TIMEOUT);

  test('extract: the whole analysed document; `file` is the uploaded file name', async () => {
    const documents = store({ d1: await mietbescheinigungPdf() });
    const action = await decideJobAction(datenExtrahieren, job(datenExtrahieren.type, { dokument: [reference('d1', 'miete.pdf')] }), silentLogger, documents);
    expect(action.action).toBe('complete');
    const analyse = analyzedDocumentSchema.parse((action as { variables: Record<string, unknown> }).variables.dokumentAnalyse);
    expect(analyse).toMatchObject({ file: 'miete.pdf', documentType: 'mietbescheinigung', pages: 2, source: 'text-layer' });
    expect(analyse.fields.gesamtmiete?.value).toBe(612.5);
  }, TIMEOUT);

  test('without a file name the document id names the document', async () => {
    const documents = store({ 'doc-7': zufallsBytes() });
    const action = await decideJobAction(datenExtrahieren, job(datenExtrahieren.type, { dokument: reference('doc-7') }), silentLogger, documents);
    expect(action).toMatchObject({ action: 'error', errorCode: 'DOKUMENT_UNLESBAR', errorMessage: expect.stringMatching(/^Das Dokument „doc-7“ ist nicht lesbar: Dateiformat wird nicht unterstützt/) });
  }, TIMEOUT);

  test.each([
    [dokumentKlassifizieren.type, dokumentKlassifizieren],
    [datenExtrahieren.type, datenExtrahieren],
  ])('%s: a refused document is the BPMN error DOKUMENT_UNLESBAR with the reason', async (_type, worker) => {
    const documents = store({ d2: zufallsBytes() });
    const action = await decideJobAction(worker, job(worker.type, { dokument: reference('d2', 'foto.pdf') }), silentLogger, documents);
    expect(action).toEqual({
      action: 'error',
      errorCode: 'DOKUMENT_UNLESBAR',
      errorMessage: expect.stringContaining('Das Dokument „foto.pdf“ ist nicht lesbar: Dateiformat wird nicht unterstützt'),
      variables: { dokumentFehler: { datei: 'foto.pdf', code: 'unsupported-format', grund: expect.stringContaining('Dateiformat wird nicht unterstützt') } },
    });
  }, TIMEOUT);

  test('an empty upload is refused too', async () => {
    const documents = store({ leer: Buffer.alloc(0) });
    const action = await decideJobAction(dokumentKlassifizieren, job(dokumentKlassifizieren.type, { dokument: reference('leer', 'leer.pdf') }), silentLogger, documents);
    expect(action).toMatchObject({ action: 'error', errorCode: 'DOKUMENT_UNLESBAR', variables: { dokumentFehler: { code: 'empty' } } });
  }, TIMEOUT);

  test('a failed download is a retryable failure with back-off', async () => {
    const action = await decideJobAction(dokumentKlassifizieren, job(dokumentKlassifizieren.type, { dokument: reference('weg') }, 3), silentLogger, store({}));
    expect(action).toEqual({
      action: 'fail',
      retries: 2,
      retryBackOffMs: 10_000,
      errorMessage: 'Dokument „weg“ konnte nicht aus dem Dokumentenspeicher geladen werden (HTTP 404, nicht gefunden oder abgelaufen).',
    });
  }, TIMEOUT);

  test('without a documents port (plain decideJobAction) the failure is retryable, not a crash', async () => {
    const action = await decideJobAction(dokumentKlassifizieren, job(dokumentKlassifizieren.type, { dokument: reference('x') }), silentLogger);
    expect(action).toMatchObject({ action: 'fail', retries: 2, errorMessage: expect.stringContaining('kein Dokumentenspeicher angebunden') });
  }, TIMEOUT);

  test.each([
    [{}, 'dokument'],
    [{ dokument: { documentId: 'x' } }, 'dokument'],
    [{ dokument: { ...reference('x'), 'camunda.document.type': 'extern' } }, 'camunda.document.type'],
    [{ dokument: [reference('a'), reference('b')] }, 'dokument'],
  ])('input %j is invalid: no retries, the message names %s', async (variables, name) => {
    const documents = store({});
    const action = await decideJobAction(datenExtrahieren, job(datenExtrahieren.type, variables), silentLogger, documents);
    expect(action).toMatchObject({ action: 'fail', retries: 0, errorMessage: expect.stringContaining(name) });
    expect(documents.asked).toEqual([]);
  }, TIMEOUT);
});

describe('reading a document once for classification and extraction', () => {
  test('the same content is read once; a failed read is not kept', async () => {
    const bytes = await mietbescheinigungPdf();
    const signal = new AbortController().signal;
    const first = await readTextOnce({ file: 'a.pdf', bytes, signal });
    const second = await readTextOnce({ file: 'b.pdf', bytes: Buffer.from(bytes), signal });
    expect(second).toBe(first);
    expect(first.pages.length).toBeGreaterThan(0);

    const broken = zufallsBytes();
    const failed = await readTextOnce({ file: 'x.bin', bytes: broken, signal }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(DocumentRefused);
    const again = await readTextOnce({ file: 'x.bin', bytes: broken, signal }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(DocumentRefused);
    expect(again).not.toBe(failed);
  }, TIMEOUT);
});
