/**
 * What the parent and a child process say to each other over the IPC channel (advanced
 * serialization, so document bytes travel as binary), and the child's side of it.
 */
import type { DocumentText } from '../types.js';
import type { DocumentFormat } from './sniff.js';

export type ToChild = { type: 'read'; id: number; bytes: Uint8Array; format: DocumentFormat; maxTextChars: number };

export type FromChild =
  | { type: 'ready' }
  | { type: 'done'; id: number; text: DocumentText }
  | { type: 'failed'; id: number; error: { code?: string; reason?: string; message: string } };

export type Extractor = (bytes: Uint8Array, format: DocumentFormat) => Promise<DocumentText>;

/**
 * Runs in the child: prepares the extractor once (parsers, OCR engine), says `ready`, then reads
 * one document per `read` message. Leaves when the parent goes away.
 */
export function serveIntake(prepare: () => Promise<Extractor>): void {
  const send = (message: FromChild) => process.send?.(message);
  process.on('disconnect', () => process.exit(0));
  const extractor = prepare();
  extractor.then(
    () => send({ type: 'ready' }),
    (error: unknown) => {
      console.error('docai intake child failed to start:', error);
      process.exit(70);
    },
  );
  process.on('message', async (message: ToChild) => {
    if (message?.type !== 'read') return;
    try {
      const extract = await extractor;
      const text = await extract(message.bytes, message.format);
      if (textLength(text) > message.maxTextChars) {
        send({ type: 'failed', id: message.id, error: { code: 'too-much-text', message: 'too much text' } });
        return;
      }
      send({ type: 'done', id: message.id, text });
    } catch (error) {
      const failure = error as { reason?: unknown; code?: unknown; message?: unknown; stack?: unknown };
      send({
        type: 'failed',
        id: message.id,
        error: {
          code: typeof failure?.code === 'string' ? failure.code : undefined,
          reason: typeof failure?.reason === 'string' ? failure.reason : undefined,
          message: String(failure?.stack ?? failure?.message ?? error),
        },
      });
    }
  });
}

/** Characters of text in a document, for the cap on what a child may send back. */
export function textLength(text: DocumentText): number {
  let total = 0;
  for (const page of text.pages ?? []) for (const line of page.lines ?? []) total += line.text?.length ?? 0;
  for (const warning of text.warnings ?? []) total += warning.length;
  return total;
}
