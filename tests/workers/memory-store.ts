/** An in-memory documents port for handler tests: what was uploaded can be downloaded again. */
import { createHash } from 'node:crypto';
import { type DocumentReference, type DocumentStore, DocumentUnavailable } from '../../workers/types.ts';

export interface MemoryStore extends DocumentStore {
  readonly contents: Map<string, { content: Buffer; fileName: string; contentType: string }>;
}

export function memoryStore(initial: Record<string, Buffer> = {}): MemoryStore {
  const contents = new Map(Object.entries(initial).map(([id, content]) => [id, { content, fileName: `${id}.pdf`, contentType: 'application/pdf' }]));
  let next = 1;
  return {
    contents,
    async download(ref: DocumentReference) {
      const found = contents.get(ref.documentId);
      if (!found) throw new DocumentUnavailable(`Dokument „${ref.documentId}“ konnte nicht aus dem Dokumentenspeicher geladen werden (HTTP 404, nicht gefunden oder abgelaufen).`, 404);
      return found.content;
    },
    async upload(content, metadata) {
      const documentId = `doc-${next++}`;
      const buffer = Buffer.from(content);
      contents.set(documentId, { content: buffer, fileName: metadata.fileName, contentType: metadata.contentType });
      return {
        'camunda.document.type': 'camunda',
        storeId: 'in-memory',
        documentId,
        contentHash: createHash('sha256').update(buffer).digest('hex'),
        metadata: { fileName: metadata.fileName, contentType: metadata.contentType, size: buffer.length, ...(metadata.customProperties ? { customProperties: metadata.customProperties } : {}) },
      };
    },
  };
}
