/**
 * The documents port on the official client against the embedded engine: a letter uploaded by a
 * worker comes back byte for byte, and its reference is plain JSON a process variable can hold.
 */
import { type EmbeddedEngine, startEmbeddedEngine } from '../../engine/server.ts';
import { clientDocumentStore } from '../../workers/adapter.ts';
import { createClient } from '../../workers/client.ts';
import { DocumentUnavailable } from '../../workers/types.ts';

let engine: EmbeddedEngine;
beforeAll(async () => {
  engine = await startEmbeddedEngine({ port: 0, dbPath: ':memory:' });
});
afterAll(async () => {
  await engine?.close();
});

test('upload then download: same bytes, a JSON-only reference with file name and content type', async () => {
  const store = clientDocumentStore(createClient({ embeddedEngineUrl: engine.url, env: { CAMUNDA_SDK_LOG_LEVEL: 'silent' } }));
  const content = Buffer.from('%PDF-1.7\nNachforderung für Jürgen Müller\n%%EOF\n');
  const reference = await store.upload(content, { fileName: 'Nachforderung-OZG-1.pdf', contentType: 'application/pdf', customProperties: { antragId: 'OZG-1' } });
  expect(JSON.parse(JSON.stringify(reference))).toEqual(reference);
  expect(reference).toMatchObject({ 'camunda.document.type': 'camunda', documentId: expect.any(String), metadata: { fileName: 'Nachforderung-OZG-1.pdf', contentType: 'application/pdf', size: content.length, customProperties: { antragId: 'OZG-1' } } });
  expect(await store.download(reference)).toEqual(content);
});

test('an engine that is gone: DocumentUnavailable with a German reason', async () => {
  const store = clientDocumentStore(createClient({ embeddedEngineUrl: 'http://127.0.0.1:9', env: { CAMUNDA_SDK_LOG_LEVEL: 'silent', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '1' } }));
  await expect(store.upload(Buffer.from('x'), { fileName: 'x.pdf', contentType: 'application/pdf' })).rejects.toThrow(DocumentUnavailable);
  await expect(store.upload(Buffer.from('x'), { fileName: 'x.pdf', contentType: 'application/pdf' })).rejects.toThrow(/„x\.pdf“ konnte nicht im Dokumentenspeicher abgelegt werden/);
}, 30_000);
