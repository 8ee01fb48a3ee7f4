/**
 * Loading pdf.js for Node without any network or dynamic code: the legacy build, its worker
 * module run in-process ("fake worker"), and the package's own font, CMap, ICC and wasm folders
 * given as file paths (pdf.js reads those with fs in Node).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DocumentRefused } from '../types.js';

export { pdfjs };
export type { PDFDocumentProxy, PDFPageProxy };

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('pdfjs-dist/package.json'));
const folder = (name: string) => path.join(packageDir, name) + path.sep;

let workerReady: Promise<void> | undefined;

/** pdf.js looks for `globalThis.pdfjsWorker` before it would import a worker script by URL. */
function ensureWorker(): Promise<void> {
  workerReady ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    if (!g.pdfjsWorker) {
      const specifier: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
      g.pdfjsWorker = await import(specifier);
    }
  })();
  return workerReady;
}

// Start loading the worker module (a second of parsing) with this module, not with the first document.
ensureWorker().catch(() => undefined);

/** The options every document is opened with: no eval, no fetches, no system fonts, keep going on errors. */
export const documentOptions = {
  isEvalSupported: false,
  stopAtErrors: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  standardFontDataUrl: folder('standard_fonts'),
  cMapUrl: folder('cmaps'),
  cMapPacked: true,
  iccUrl: folder('iccs'),
  wasmUrl: folder('wasm'),
  verbosity: pdfjs.VerbosityLevel.ERRORS,
} as const;

/** Opens a PDF; refuses encrypted and unreadable files with a German reason. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (!Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-')) {
    throw new DocumentRefused('Dieses Dateiformat wird nicht unterstützt: die Datei ist keine PDF-Datei.', 'unsupported-format');
  }
  await ensureWorker();
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy, the caller keeps theirs.
  const task = pdfjs.getDocument({ ...documentOptions, data: new Uint8Array(bytes) });
  try {
    const pdf = await task.promise;
    if (pdf.numPages < 1) {
      await pdf.destroy();
      throw new DocumentRefused('Die PDF-Datei enthält keine Seiten.', 'damaged');
    }
    return pdf;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (error instanceof DocumentRefused) throw error;
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new DocumentRefused('Die PDF-Datei ist verschlüsselt bzw. passwortgeschützt und kann nicht gelesen werden.', 'encrypted');
    }
    throw new DocumentRefused('Die PDF-Datei ist beschädigt oder unvollständig und kann nicht gelesen werden.', 'damaged');
  }
}
