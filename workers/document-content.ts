/**
 * The bytes of a document as the official client hands them back from `getDocument`: it parses
 * by content type, so PDFs and images arrive as a Blob, text/* as a string, JSON as an object and
 * an answer without content type as a stream. Undefined when there is no content at all.
 */
export async function documentContentBytes(content: unknown): Promise<Buffer | undefined> {
  if (content instanceof Blob) return Buffer.from(await content.arrayBuffer());
  if (content instanceof ArrayBuffer) return Buffer.from(content);
  if (ArrayBuffer.isView(content)) return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  if (content instanceof ReadableStream) return Buffer.from(await new Response(content).arrayBuffer());
  if (content !== null && content !== undefined) return Buffer.from(JSON.stringify(content), 'utf8');
  return undefined;
}
