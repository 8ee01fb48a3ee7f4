/**
 * pdf.js, set up once: its worker from our own origin (CSP: worker-src 'self'), started when the
 * app starts so that the first document of a task does not wait for it, no eval (CSP), the
 * standard fonts from our server for PDFs that do not embed them.
 */
import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { TASKLIST_BASE } from '../../api.ts';

const ASSETS = `${TASKLIST_BASE}/assets`;
GlobalWorkerOptions.workerSrc = `${ASSETS}/pdf.worker.min.mjs`;

let worker: PDFWorker | undefined;

/** Starts the worker (downloads and compiles its script) if it is not running yet. */
export function pdfWorker(): PDFWorker {
  if (!worker || worker.destroyed) worker = new PDFWorker();
  return worker;
}

export function ladePdf(bytes: ArrayBuffer): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(bytes),
    worker: pdfWorker(),
    isEvalSupported: false,
    enableXfa: false,
    standardFontDataUrl: `${ASSETS}/standard_fonts/`,
  }).promise;
}
