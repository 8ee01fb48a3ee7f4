/**
 * A stand-in for the production child (docai/intake/child.ts) in the pool tests: the same
 * protocol, but instead of parsing it obeys a command written into the document, so that the
 * tests can make a child hog memory, hang, crash or flood the parent with text on purpose.
 */
import { serveIntake } from '../../docai/intake/protocol.js';
import type { DocumentText } from '../../docai/types.js';

const command = (bytes: Uint8Array) => /STANDIN:([A-Z-]+)/.exec(Buffer.from(bytes).toString('latin1'))?.[1];

serveIntake(async () => async (bytes, format): Promise<DocumentText> => {
  switch (command(bytes)) {
    case 'ALLOCATE': {
      // native memory (Buffers), which --max-old-space-size does not cap: only the watchdog stops this
      const hog: Buffer[] = [];
      for (;;) {
        hog.push(Buffer.alloc(16 * 1024 * 1024, 1));
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    case 'HEAP': {
      const hog: number[][] = []; // on the V8 heap
      for (;;) hog.push(new Array(1_000_000).fill(0.5));
    }
    case 'SPIN':
      for (;;);
    case 'CRASH':
      process.exit(3);
    case 'THROW':
      throw new Error('the stand-in parser gave up');
    case 'REFUSE':
      throw Object.assign(new Error('refused'), { reason: 'Das PDF ist verschlüsselt.', code: 'encrypted' });
    case 'FLOOD':
      return {
        pages: [{ page: 1, source: 'text-layer', width: 595, height: 842, lines: Array.from({ length: 1000 }, (_, i) => line(`${i} ${'x'.repeat(5000)}`)) }],
        warnings: [],
      };
    case 'MALFORMED':
      return { pages: 'none' } as unknown as DocumentText;
    case 'SLOW':
      await new Promise((resolve) => setTimeout(resolve, 400));
      break;
  }
  return {
    pages: [{ page: 1, source: 'text-layer', width: 595, height: 842, lines: [line(`stand-in pid ${process.pid} read ${format} of ${bytes.length} bytes`)] }],
    warnings: [],
  };
});

function line(text: string) {
  return { text, x: 56, y: 56, width: 400, height: 12, confidence: 1 };
}
