/**
 * Conformance: documents.
 *
 * Endpoints: POST /documents, POST /documents/batch, GET /documents/{id}, DELETE /documents/{id}
 *
 * Uploads go through `unvalidatedRequests`: the 8.8.4 request schema of createDocument(s) wants a
 * string where the API takes a binary part, so strict request validation refuses every File.
 * Responses are still validated strictly.
 */
import { DocumentId } from '@camunda8/orchestration-cluster-api';
import { createHash } from 'node:crypto';
import { type Conformance, expectHttpError, expectProblem, rawRequest, startConformance } from './harness.ts';

let c: Conformance;

beforeAll(async () => {
  c = await startConformance();
});

afterAll(async () => {
  await c?.close();
});

afterEach(async () => {
  await c.client.resetClock();
});

const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

describe('upload, download, delete', () => {
  test('upload with metadata, download with the content hash, wrong hash refused, delete then 404', async () => {
    const content = 'Einkommensnachweis für März – 1.234,56 €';
    const reference = await c.unvalidatedRequests.createDocument({
      file: new File([content], 'nachweis.txt', { type: 'text/plain' }),
      metadata: {
        contentType: 'text/plain',
        fileName: 'nachweis.txt',
        customProperties: { category: 'income', pages: 1 },
      },
    });
    expect(reference).toEqual({
      'camunda.document.type': 'camunda',
      storeId: expect.any(String),
      documentId: expect.any(String),
      contentHash: sha256(content),
      metadata: {
        contentType: 'text/plain',
        fileName: 'nachweis.txt',
        size: BigInt(Buffer.byteLength(content)),
        customProperties: { category: 'income', pages: 1 },
      },
    });
    const documentId = reference.documentId!;

    const downloaded = await c.client.getDocument({ documentId, contentHash: reference.contentHash! });
    expect(downloaded).toBe(content);
    const raw = await rawRequest(c.api, 'GET', `/documents/${documentId}?contentHash=${reference.contentHash}`);
    expect(raw.status).toBe(200);
    expect(raw.contentType).toBe('text/plain');
    expect(raw.text).toBe(content);

    const wrong = await expectHttpError(c.client.getDocument({ documentId, contentHash: sha256('something else') }), 400);
    expect(wrong.title).toBe('INVALID_ARGUMENT');
    expectProblem(await rawRequest(c.api, 'GET', `/documents/${documentId}?contentHash=deadbeef`), 400);

    await expect(c.client.deleteDocument({ documentId })).resolves.toBeUndefined();
    await expectHttpError(c.client.getDocument({ documentId, contentHash: reference.contentHash! }), 404);
    await expectHttpError(c.client.deleteDocument({ documentId }), 404);
    expectProblem(await rawRequest(c.api, 'DELETE', `/documents/${documentId}`), 404);
  });

  test('binary content survives the round trip byte for byte', async () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    const reference = await c.unvalidatedRequests.createDocument({ file: new File([bytes], 'bytes.bin', { type: 'application/octet-stream' }) });
    expect(reference.contentHash).toBe(sha256(bytes));
    expect(reference.metadata).toMatchObject({ fileName: 'bytes.bin', contentType: 'application/octet-stream', size: 256n });
    // raw: the client's GetDocument schema is z.string(), but it parses application/* as a Blob
    const response = await fetch(`${c.api}/documents/${reference.documentId}?contentHash=${reference.contentHash}`, { signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('bytes.bin');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  test('a chosen documentId is used; uploading it twice: 409 problem', async () => {
    const reference = await c.unvalidatedRequests.createDocument({ documentId: 'antrag-4711', file: new File(['one'], 'one.txt', { type: 'text/plain' }) });
    expect(reference.documentId).toBe('antrag-4711');
    await expectHttpError(c.unvalidatedRequests.createDocument({ documentId: 'antrag-4711', file: new File(['two'], 'two.txt', { type: 'text/plain' }) }), 409);
    expect(await c.client.getDocument({ documentId: DocumentId.assumeExists('antrag-4711'), contentHash: sha256('one') })).toBe('one');
  });

  test('an expired document is gone', async () => {
    const t0 = Date.parse('2030-08-01T00:00:00.000Z');
    await c.client.pinClock({ timestamp: t0 });
    const reference = await c.unvalidatedRequests.createDocument({
      file: new File(['short-lived'], 'tmp.txt', { type: 'text/plain' }),
      metadata: { expiresAt: '2030-08-01T01:00:00.000Z' },
    });
    expect(reference.metadata?.expiresAt).toBe('2030-08-01T01:00:00.000Z');
    expect(await c.client.getDocument({ documentId: reference.documentId!, contentHash: reference.contentHash! })).toBe('short-lived');
    await c.client.pinClock({ timestamp: t0 + 3_600_001 });
    await expectHttpError(c.client.getDocument({ documentId: reference.documentId!, contentHash: reference.contentHash! }), 404);
  });

  test('unknown document: 404 problem', async () => {
    await expectHttpError(c.client.getDocument({ documentId: DocumentId.assumeExists('no-such-document'), contentHash: sha256('') }), 404);
    await expectHttpError(c.client.deleteDocument({ documentId: DocumentId.assumeExists('no-such-document') }), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/documents/no-such-document'), 404);
  });
});

describe('POST /documents/batch', () => {
  test('several files in one request: each is created with its own hash', async () => {
    const result = await c.unvalidatedRequests.createDocuments({
      files: [new File(['first'], 'a.txt', { type: 'text/plain' }), new File(['second'], 'b.txt', { type: 'text/plain' })],
    });
    expect(result.failedDocuments ?? []).toEqual([]);
    expect(result.createdDocuments?.map((d) => [d.metadata?.fileName, d.contentHash])).toEqual([
      ['a.txt', sha256('first')],
      ['b.txt', sha256('second')],
    ]);
    for (const document of result.createdDocuments ?? []) {
      const text = await c.client.getDocument({ documentId: document.documentId!, contentHash: document.contentHash! });
      expect(text).toBe(document.metadata?.fileName === 'a.txt' ? 'first' : 'second');
    }
  });

  test('raw: no files part: 400 problem', async () => {
    const form = new FormData();
    form.append('file', new File(['x'], 'x.txt'));
    expectProblem(await rawRequest(c.api, 'POST', '/documents/batch', { body: form }), 400);
  });
});

describe('malformed uploads', () => {
  test('raw: not multipart, no file part, metadata not JSON or not an object, unknown store: 400 problem', async () => {
    expectProblem(await rawRequest(c.api, 'POST', '/documents', { body: '{"file":"abc"}', headers: { 'content-type': 'application/json' } }), 400);

    const noFile = new FormData();
    noFile.append('metadata', '{}');
    expectProblem(await rawRequest(c.api, 'POST', '/documents', { body: noFile }), 400);

    for (const metadata of ['{not json', '[1,2]', '"text"', '{"expiresAt":"tomorrow"}']) {
      const form = new FormData();
      form.append('file', new File(['x'], 'x.txt'));
      form.append('metadata', metadata);
      expectProblem(await rawRequest(c.api, 'POST', '/documents', { body: form }), 400);
    }

    const store = new FormData();
    store.append('file', new File(['x'], 'x.txt'));
    expectProblem(await rawRequest(c.api, 'POST', '/documents?storeId=elsewhere', { body: store }), 400);

    const badId = new FormData();
    badId.append('file', new File(['x'], 'x.txt'));
    expectProblem(await rawRequest(c.api, 'POST', '/documents?documentId=../../etc/passwd', { body: badId }), 400);

    expectProblem(
      await rawRequest(c.api, 'POST', '/documents', { body: '--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\nunterminated', headers: { 'content-type': 'multipart/form-data; boundary=xyz' } }),
      400,
    );
  });
});
