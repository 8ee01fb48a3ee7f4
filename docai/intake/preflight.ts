/**
 * The preflight: everything that is decided from the bytes alone, in the parent process, before
 * any parser touches the file. Cheap and bounded: header reads, a linear scan of a PDF, and
 * streaming decompression whose output is counted, never kept (except small object streams).
 */
import type { IntakeConfig } from './config.js';
import { preflightPdf } from './pdf-preflight.js';
import { refusals } from './refusals.js';
import { imageFrames, sniffFormat, type DocumentFormat } from './sniff.js';

export interface Preflighted {
  format: DocumentFormat;
  /** pages to expect: PDF estimate, TIFF directories, 1 for PNG and JPEG */
  pages: number;
}

export async function preflight(bytes: Buffer, config: IntakeConfig): Promise<Preflighted> {
  if (bytes.length === 0) throw refusals.empty();
  const sniffed = sniffFormat(bytes);
  if (sniffed.format === null) throw refusals.unsupportedFormat(sniffed.looksLike);
  if (bytes.length > config.maxBytes) throw refusals.tooLarge(bytes.length, config.maxBytes);
  const format = sniffed.format;
  if (format === 'pdf') {
    const facts = await preflightPdf(bytes, config);
    return { format, pages: Math.max(1, facts.pages) };
  }
  const frames = imageFrames(bytes, format, config.maxPages);
  if (!frames || frames.length === 0) throw refusals.damaged('der Bildkopf ist unlesbar');
  if (frames.length > config.maxPages) throw refusals.tooManyPages(frames.length, config.maxPages, true);
  for (const { width, height } of frames) {
    if (width * height > config.maxPixels) throw refusals.tooManyPixels(width, height, config.maxPixels);
  }
  return { format, pages: frames.length };
}
