/**
 * Preflight of a PDF, before any PDF parser sees it: a linear scan of the raw file for its
 * objects (so it also works where the cross-reference table is broken), then
 *   - encryption (an /Encrypt entry in a trailer or cross-reference stream),
 *   - the number of pages (page objects, and the page tree's /Count, which is what readers trust),
 *   - the size of every image (/Width × /Height, and a JPEG's own frame header),
 *   - bounded decoding of every compressed stream but image data (content, fonts, object streams…),
 *     with a cap per stream and a running total.
 * Refuses with DocumentRefused; otherwise says how many pages to expect.
 */
import type { IntakeConfig } from './config.js';
import { decodeCounting, filterStages } from './decoders.js';
import { refusals } from './refusals.js';
import { jpegSize } from './sniff.js';

export interface PdfFacts {
  /** pages to expect (the larger of the page tree's count and the page objects found) */
  pages: number;
  /** bytes the compressed streams decode to */
  inflatedBytes: number;
  objects: number;
}

interface PdfObject {
  num: number;
  dict: string;
  /** [start, end) of the raw stream data */
  stream?: [number, number];
}

/**
 * Most compressed streams a PDF may have. Each costs some 20 µs to check; a normal document has
 * hundreds, one with many Type3 glyphs or image tiles some thousands. Hundreds of thousands of
 * tiny streams would make the preflight itself slow.
 */
const MAX_COMPRESSED_STREAMS = 50_000;

/** Most bytes an object stream may decode to: its objects are kept and read here (a normal one holds some kilobytes). */
const MAX_OBJECT_STREAM = 32 * 1024 * 1024;

type Limits = Pick<IntakeConfig, 'maxPages' | 'maxPixels' | 'maxInflatedBytes' | 'maxStreamInflatedBytes'>;

const WS = '[\\x00\\t\\n\\f\\r ]';
const OBJECT_HEADER = new RegExp(`(\\d{1,10})${WS}+(\\d{1,5})${WS}+obj(?![A-Za-z0-9])`, 'g');

export async function preflightPdf(bytes: Buffer, limits: Limits): Promise<PdfFacts> {
  const text = bytes.toString('latin1');
  if (!text.includes('%%EOF') && !text.includes('startxref')) throw refusals.damaged('das PDF hat kein Dateiende');

  const objects = scanObjects(text);
  if (objects.length === 0) throw refusals.damaged('im PDF sind keine Objekte zu finden');

  if (isEncrypted(text, objects)) throw refusals.encrypted();

  const pages = new PageCount();
  for (const object of objects) pages.add(object.num, object.dict);
  pages.check(limits.maxPages);

  for (const object of objects) if (object.stream) checkImageSize(object, bytes, limits.maxPixels);

  let inflated = 0;
  let decoded = 0;
  for (const object of objects) {
    if (!object.stream) continue;
    const filters = filterNames(object.dict);
    if (filters.length === 0) continue;
    const { stages, endsInImageCodec } = filterStages(filters);
    if (stages.length === 0) continue;
    if (++decoded > MAX_COMPRESSED_STREAMS) throw refusals.tooComplex(MAX_COMPRESSED_STREAMS);
    // let the rest of the process breathe between slices of a long scan
    if (decoded % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    // A reader takes no more of an image's data than its pixels need (pdf.js asks the decoder for
    // exactly that many bytes), and the pixels are already checked: nothing to decode here.
    if (!endsInImageCodec && isImageOfGivenSize(object.dict)) continue;
    const isObjectStream = /\/Type\s*\/ObjStm(?![A-Za-z0-9])/.test(object.dict);
    const perStream = isObjectStream ? Math.min(MAX_OBJECT_STREAM, limits.maxStreamInflatedBytes) : limits.maxStreamInflatedBytes;
    const room = Math.min(perStream, limits.maxInflatedBytes - inflated);
    const outcome = await decodeCounting(bytes.subarray(object.stream[0], object.stream[1]), stages, {
      limit: room,
      keep: isObjectStream,
    });
    if (outcome.exceeded) throw refusals.decompressionBomb(room === perStream ? perStream : limits.maxInflatedBytes);
    inflated += outcome.bytes;
    if (isObjectStream && outcome.content) {
      for (const inner of objectsInStream(outcome.content.toString('latin1'), object.dict)) pages.add(inner.num, inner.dict);
      pages.check(limits.maxPages);
    }
  }
  return { pages: pages.estimate, inflatedBytes: inflated, objects: objects.length };
}

/** Every `n g obj`, its dictionary and its stream data, in file order; each byte is looked at about once. */
function scanObjects(text: string): PdfObject[] {
  const objects: PdfObject[] = [];
  OBJECT_HEADER.lastIndex = 0;
  for (let match = OBJECT_HEADER.exec(text); match; match = OBJECT_HEADER.exec(text)) {
    const num = Number(match[1]);
    let at = skipSpace(text, OBJECT_HEADER.lastIndex);
    if (!text.startsWith('<<', at)) continue; // a number, array or string object: nothing to check
    const dictEnd = endOfDictionary(text, at);
    if (dictEnd < 0) break; // unterminated: the rest of the file is inside it
    const dict = text.slice(at, dictEnd);
    at = skipSpace(text, dictEnd);
    if (!text.startsWith('stream', at)) {
      objects.push({ num, dict });
      OBJECT_HEADER.lastIndex = dictEnd;
      continue;
    }
    let start = at + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    let end = -1;
    const declared = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    if (declared) {
      const candidate = start + Number(declared[1]);
      if (candidate <= text.length && text.startsWith('endstream', skipSpace(text, candidate))) end = candidate;
    }
    if (end < 0) {
      const keyword = text.indexOf('endstream', start);
      end = keyword < 0 ? text.length : keyword;
      // the end-of-line before `endstream` is not data
      if (text[end - 1] === '\n') end--;
      if (text[end - 1] === '\r') end--;
      end = Math.max(end, start);
    }
    objects.push({ num, dict, stream: [start, end] });
    OBJECT_HEADER.lastIndex = end;
  }
  return objects;
}

function skipSpace(text: string, at: number): number {
  for (;;) {
    const char = text.charCodeAt(at);
    if (char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09 || char === 0x0c || char === 0x00) at++;
    else if (char === 0x25 /* % comment */) {
      while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
    } else return at;
  }
}

/** The index just after the `>>` closing the dictionary that opens at `start`, or -1. */
function endOfDictionary(text: string, start: number): number {
  let depth = 0;
  let at = start;
  while (at < text.length) {
    const char = text[at];
    if (char === '<') {
      if (text[at + 1] === '<') {
        depth++;
        at += 2;
      } else {
        const close = text.indexOf('>', at + 1); // hex string
        if (close < 0) return -1;
        at = close + 1;
      }
    } else if (char === '>') {
      if (text[at + 1] === '>') {
        depth--;
        at += 2;
        if (depth === 0) return at;
      } else at++;
    } else if (char === '(') {
      at = endOfLiteralString(text, at);
      if (at < 0) return -1;
    } else if (char === '%') {
      while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
    } else at++;
  }
  return -1;
}

function endOfLiteralString(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at + 1;
  }
  return -1;
}

function isEncrypted(text: string, objects: PdfObject[]): boolean {
  const trailer = /trailer[\x00\t\n\f\r ]*<</g;
  for (let match = trailer.exec(text); match; match = trailer.exec(text)) {
    const start = match.index + match[0].length - 2;
    const end = endOfDictionary(text, start);
    if (end < 0) break;
    if (/\/Encrypt(?![A-Za-z0-9])/.test(text.slice(start, end))) return true;
    trailer.lastIndex = end;
  }
  return objects.some((object) => /\/Type\s*\/XRef(?![A-Za-z0-9])/.test(object.dict) && /\/Encrypt(?![A-Za-z0-9])/.test(object.dict));
}

class PageCount {
  private readonly pageObjects = new Set<number>();
  private treeCount = 0;
  add(num: number, dict: string) {
    if (/\/Type\s*\/Page(?![A-Za-z0-9])/.test(dict)) this.pageObjects.add(num);
    else if (/\/Type\s*\/Pages(?![A-Za-z0-9])/.test(dict)) {
      const count = /\/Count\s+(\d+)/.exec(dict);
      if (count) this.treeCount = Math.max(this.treeCount, Number(count[1]));
    }
  }
  get estimate() {
    return Math.max(this.treeCount, this.pageObjects.size);
  }
  check(maxPages: number) {
    if (this.estimate > maxPages) throw refusals.tooManyPages(this.estimate, maxPages);
  }
}

function checkImageSize(object: PdfObject, bytes: Buffer, maxPixels: number) {
  if (!/\/Subtype\s*\/Image(?![A-Za-z0-9])/.test(object.dict)) return;
  const width = directNumber(object.dict, 'Width');
  const height = directNumber(object.dict, 'Height');
  if (width !== undefined && height !== undefined && width * height > maxPixels) {
    throw refusals.tooManyPixels(width, height, maxPixels, 'Ein Bild im PDF');
  }
  // a JPEG's decoder believes its own frame header, not the dictionary
  const filters = filterNames(object.dict);
  if (filters.length === 1 && (filters[0] === 'DCTDecode' || filters[0] === 'DCT')) {
    const frame = jpegSize(bytes.subarray(object.stream![0], object.stream![1]))?.[0];
    if (frame && frame.width * frame.height > maxPixels) throw refusals.tooManyPixels(frame.width, frame.height, maxPixels, 'Ein Bild im PDF');
  }
}

/** An image XObject with its size given directly (and so already checked against the pixel cap). */
function isImageOfGivenSize(dict: string): boolean {
  return (
    /\/Subtype\s*\/Image(?![A-Za-z0-9])/.test(dict) && directNumber(dict, 'Width') !== undefined && directNumber(dict, 'Height') !== undefined
  );
}

function directNumber(dict: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)(?!\\s+\\d+\\s+R)`).exec(dict);
  return match ? Number(match[1]) : undefined;
}

function filterNames(dict: string): string[] {
  const match = /\/Filter\s*(\/[A-Za-z0-9]+|\[[^\]]*\])/.exec(dict);
  if (!match) return [];
  return [...match[1].matchAll(/\/([A-Za-z0-9]+)/g)].map((name) => name[1]);
}

/** The objects packed in an object stream: /N pairs of number and offset, then the objects from /First. */
function objectsInStream(content: string, dict: string): Array<{ num: number; dict: string }> {
  const count = directNumber(dict, 'N') ?? 0;
  const first = directNumber(dict, 'First') ?? 0;
  const header = content.slice(0, first).trim().split(/[\x00\t\n\f\r ]+/).map(Number);
  const found: Array<{ num: number; dict: string }> = [];
  for (let i = 0; i < count && 2 * i + 1 < header.length; i++) {
    const num = header[2 * i];
    const at = skipSpace(content, first + header[2 * i + 1]);
    if (!Number.isFinite(num) || !content.startsWith('<<', at)) continue;
    const end = endOfDictionary(content, at);
    if (end > 0) found.push({ num, dict: content.slice(at, end) });
  }
  return found;
}
