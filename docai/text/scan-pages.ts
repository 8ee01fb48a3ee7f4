/**
 * Scanner pages of a PDF, decoded without pdf.js. A scanner writes each page as one image drawn
 * over the whole page and nothing else. pdf.js decodes such an image in JavaScript while it
 * builds the page's operator list (a 300-dpi A4 JPEG: about 0.4 s); sharp and zlib do it
 * natively in a fraction of that. So before pdf.js reads a page, the file is looked at with
 * pdf-lib's parser: a page whose content draws exactly one upright image XObject covering it,
 * with no text, no annotations and no other marks, and whose image is a JPEG or Flate-compressed
 * grey or RGB, is handed over here. Anything else, or anything that fails here, is left to pdf.js.
 */
import { crc32, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import sharp from 'sharp';
import { mul } from './pdf-content.js';
import { atMostPixels, greyOnWhite, MAX_INPUT_PIXELS, unpackBits, type Raster } from './raster.js';

/** The image of one scanner page, still encoded. */
export interface ScanImage {
  /** page number, from 1 */
  page: number;
  codec: 'jpeg' | 'flate';
  data: Uint8Array;
  width: number;
  height: number;
  /** colour channels of the decoded image: 1 (grey) or 3 (RGB) */
  channels: 1 | 3;
  bitsPerComponent: 1 | 8;
  /** Flate only: rows start with a PNG filter byte (/Predictor 10–15) */
  pngRows: boolean;
  /** page size in points */
  widthPt: number;
  heightPt: number;
}

/** An image this small for its page is rendered at 300 dpi instead (rendering helps OCR there). */
const MIN_DPI = 200;
/** The image must cover this share of the page (as pdf.js's own scan detection asks). */
const MIN_COVER = 0.97;
/** Any image a scanner writes for a page has at least this many pixels (A5 at 200 dpi). */
const MIN_SCAN_PIXELS = 1_000_000;
/** A scanner page's content stream is a line or two; anything longer is something else. */
const MAX_CONTENT_BYTES = 4096;

/**
 * The scanner pages of a PDF by page number. Cheap for every other PDF: unless the raw file
 * holds an image XObject of scan size, it is not parsed at all. Never throws.
 */
export async function findScanPages(bytes: Uint8Array): Promise<Map<number, ScanImage>> {
  const found = new Map<number, ScanImage>();
  if (!hasScanSizedImage(bytes)) return found;
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true, ignoreEncryption: false });
  } catch {
    return found;
  }
  try {
    pdf.getPages().forEach((page, index) => {
      const image = scanImageOf(pdf, page.node, index + 1);
      if (image) found.set(index + 1, image);
    });
  } catch {
    found.clear();
  }
  return found;
}

/** The page's image as grey pixels, at most MAX_PIXELS; undefined where it cannot be decoded here. */
export async function decodeScanImage(image: ScanImage): Promise<Raster | undefined> {
  try {
    const { width, height, channels } = image;
    let grey: Buffer;
    if (image.codec === 'jpeg' || image.pngRows) {
      const encoded = image.codec === 'jpeg' ? image.data : asPng(image);
      const { data, info } = await sharp(encoded, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
        .raw({ depth: 'uchar' })
        .toBuffer({ resolveWithObject: true });
      if (info.width !== width || info.height !== height) return undefined;
      grey = greyOnWhite(data, width * height, info.channels);
    } else {
      const rowBytes = Math.ceil((width * channels * image.bitsPerComponent) / 8);
      const pixels = inflateSync(image.data, { maxOutputLength: rowBytes * height });
      if (pixels.length < rowBytes * height) return undefined;
      grey = image.bitsPerComponent === 1 ? unpackBits(pixels, width, height) : greyOnWhite(pixels, width * height, channels);
    }
    return await atMostPixels({ grey, width, height, widthPt: image.widthPt, heightPt: image.heightPt });
  } catch {
    return undefined;
  }
}

/** `/Subtype /Image` with `/Width` and `/Height` of scan size somewhere in the file's uncompressed dictionaries (image streams never sit in object streams). */
function hasScanSizedImage(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const image = /\/Subtype\s*\/Image(?![A-Za-z0-9])/g;
  for (let match = image.exec(text); match; match = image.exec(text)) {
    // the rest of this dictionary, up to its stream
    const from = text.lastIndexOf('<<', match.index);
    const end = text.indexOf('stream', match.index);
    const dict = text.slice(Math.max(0, from), end < 0 ? match.index + 1024 : Math.min(end, match.index + 4096));
    const width = Number(/\/Width\s+(\d+)/.exec(dict)?.[1] ?? 0);
    const height = Number(/\/Height\s+(\d+)/.exec(dict)?.[1] ?? 0);
    if (width * height >= MIN_SCAN_PIXELS) return true;
  }
  return false;
}

type Matrix = [number, number, number, number, number, number];
/** A pdf-lib object class (their constructors are private: only `instanceof` is needed). */
type ObjectClass<T> = Function & { prototype: T };
type Lookup = <T extends PDFObject>(value: PDFObject | undefined, type: ObjectClass<T>) => T | undefined;

function scanImageOf(pdf: PDFDocument, page: PDFDict, number: number): ScanImage | undefined {
  const lookup: Lookup = <T extends PDFObject>(value: PDFObject | undefined, type: ObjectClass<T>) => {
    const resolved = value instanceof PDFRef ? pdf.context.lookup(value) : value;
    return resolved instanceof type ? (resolved as T) : undefined;
  };
  const inherited = (key: string): PDFObject | undefined => {
    for (let node: PDFDict | undefined = page, depth = 0; node && depth < 64; depth++) {
      const value = node.get(PDFName.of(key));
      if (value) return value;
      node = lookup(node.get(PDFName.of('Parent')), PDFDict);
    }
    return undefined;
  };
  const rotate = inherited('Rotate');
  if (rotate !== undefined && numberOf(lookup(rotate, PDFNumber)) % 360 !== 0) return undefined;
  if (page.has(PDFName.of('UserUnit'))) return undefined;
  const annotations = lookup(page.get(PDFName.of('Annots')), PDFArray);
  if (annotations && annotations.size() > 0) return undefined;
  const box = boxOf(lookup(inherited('CropBox'), PDFArray) ?? lookup(inherited('MediaBox'), PDFArray));
  if (!box) return undefined;

  // the content: one stream or an array of them, together a few operators
  const contents = page.get(PDFName.of('Contents'));
  const parts = lookup(contents, PDFArray)?.asArray() ?? [contents];
  let content = '';
  for (const part of parts) {
    const stream = lookup(part, PDFRawStream);
    if (!stream) return undefined;
    const text = streamText(stream);
    if (text === undefined) return undefined;
    content += text + '\n';
  }
  const drawn = singleImageDrawn(content);
  if (!drawn) return undefined;

  const xObjects = lookup(lookup(inherited('Resources'), PDFDict)?.get(PDFName.of('XObject')), PDFDict);
  const stream = lookup(xObjects?.get(PDFName.of(drawn.name)), PDFRawStream);
  if (!stream) return undefined;
  const [a, b, c, d, e, f] = drawn.matrix;
  // upright and unmirrored, covering the page
  if (!(a > 0 && d > 0 && Math.abs(b) < 1e-6 * a && Math.abs(c) < 1e-6 * d)) return undefined;
  const [x0, y0, x1, y1] = box;
  const overlapX = Math.max(0, Math.min(x1, e + a) - Math.max(x0, e));
  const overlapY = Math.max(0, Math.min(y1, f + d) - Math.max(y0, f));
  if (overlapX * overlapY < MIN_COVER * (x1 - x0) * (y1 - y0)) return undefined;
  const image = imageOf(stream, lookup);
  if (!image) return undefined;
  if ((image.width / a) * 72 < MIN_DPI) return undefined;
  return { ...image, page: number, widthPt: round(x1 - x0), heightPt: round(y1 - y0) };
}

/** What pdf.js would draw is the page image exactly: the one image, without masks, in a colour model sharp and we decode alike. */
function imageOf(
  stream: PDFRawStream,
  lookup: Lookup,
): Omit<ScanImage, 'page' | 'widthPt' | 'heightPt'> | undefined {
  const dict = stream.dict;
  const name = (key: string) => lookup(dict.get(PDFName.of(key)), PDFName)?.asString();
  if (name('Subtype') !== '/Image') return undefined;
  for (const key of ['ImageMask', 'SMask', 'Mask', 'Decode', 'SMaskInData', 'Alternates', 'OC']) if (dict.has(PDFName.of(key))) return undefined;
  const width = numberOf(dict.get(PDFName.of('Width')));
  const height = numberOf(dict.get(PDFName.of('Height')));
  const bits = numberOf(dict.get(PDFName.of('BitsPerComponent')));
  if (!(width > 0 && height > 0 && Number.isInteger(width) && Number.isInteger(height))) return undefined;
  const channels = channelsOf(dict.get(PDFName.of('ColorSpace')), lookup);
  if (!channels) return undefined;
  const filter = dict.get(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray().map((f) => lookup(f, PDFName)?.asString()) : [lookup(filter, PDFName)?.asString()];
  if (filters.length !== 1) return undefined;
  const parms = lookup(dict.get(PDFName.of('DecodeParms')), PDFDict);
  const data = stream.contents;
  if (filters[0] === '/DCTDecode' && bits === 8 && !parms) {
    return { codec: 'jpeg', data, width, height, channels, bitsPerComponent: 8, pngRows: false };
  }
  if (filters[0] === '/FlateDecode' && (bits === 8 || (bits === 1 && channels === 1))) {
    const predictor = parms ? numberOf(parms.get(PDFName.of('Predictor'))) || 1 : 1;
    if (predictor === 1) return { codec: 'flate', data, width, height, channels, bitsPerComponent: bits, pngRows: false };
    const colors = numberOf(parms!.get(PDFName.of('Colors'))) || 1;
    const columns = numberOf(parms!.get(PDFName.of('Columns'))) || 1;
    const parmBits = numberOf(parms!.get(PDFName.of('BitsPerComponent'))) || 8;
    if (predictor >= 10 && colors === channels && columns === width && parmBits === bits) {
      return { codec: 'flate', data, width, height, channels, bitsPerComponent: bits, pngRows: true };
    }
  }
  return undefined;
}

/** 1 for grey, 3 for RGB (device or ICC-based); undefined for anything else (CMYK, indexed, Lab, separations…). */
function channelsOf(
  space: PDFObject | undefined,
  lookup: Lookup,
): 1 | 3 | undefined {
  const named = lookup(space, PDFName)?.asString();
  if (named === '/DeviceGray') return 1;
  if (named === '/DeviceRGB') return 3;
  const array = lookup(space, PDFArray);
  if (array && array.size() === 2 && lookup(array.get(0), PDFName)?.asString() === '/ICCBased') {
    const profile = lookup(array.get(1), PDFRawStream);
    const components = numberOf(profile?.dict.get(PDFName.of('N')));
    if (components === 1 || components === 3) return components;
  }
  return undefined;
}

/** A content stream as text; undefined when it is compressed in a way not read here or too long for a scanner page. */
function streamText(stream: PDFRawStream): string | undefined {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const name = filter instanceof PDFName ? filter.asString() : filter instanceof PDFArray && filter.size() === 1 ? String(filter.get(0)) : undefined;
  let bytes: Uint8Array = stream.contents;
  if (filter && name !== '/FlateDecode') return undefined;
  if (filter) {
    try {
      bytes = inflateSync(bytes, { maxOutputLength: MAX_CONTENT_BYTES });
    } catch {
      return undefined;
    }
  }
  if (bytes.length > MAX_CONTENT_BYTES) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * The name and matrix of the one image a content stream draws, when it does nothing else:
 * only `q`, `Q`, `cm`, `gs` and a single `Do`, numbers and names as operands.
 */
export function singleImageDrawn(content: string): { name: string; matrix: Matrix } | undefined {
  const tokens = content.replace(/%[^\r\n]*/g, ' ').split(/[\x00\t\n\f\r ]+/).filter(Boolean);
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  let operands: string[] = [];
  let drawn: { name: string; matrix: Matrix } | undefined;
  for (const token of tokens) {
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token) || /^\/[^\s/[\]()<>{}%]+$/.test(token)) {
      operands.push(token);
      continue;
    }
    switch (token) {
      case 'q':
        if (operands.length !== 0 || stack.length >= 32) return undefined;
        stack.push(matrix);
        break;
      case 'Q':
        if (operands.length !== 0) return undefined;
        matrix = stack.pop() ?? matrix;
        break;
      case 'cm': {
        if (operands.length !== 6 || operands.some((o) => o.startsWith('/'))) return undefined;
        matrix = mul(matrix, operands.map(Number));
        break;
      }
      case 'gs':
        if (operands.length !== 1 || !operands[0].startsWith('/')) return undefined;
        break;
      case 'Do':
        if (drawn || operands.length !== 1 || !operands[0].startsWith('/')) return undefined;
        drawn = { name: decodeName(operands[0].slice(1)), matrix };
        break;
      default:
        return undefined;
    }
    operands = [];
  }
  return operands.length === 0 ? drawn : undefined;
}

/** `#xx` escapes of a PDF name. */
const decodeName = (raw: string) => raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function boxOf(array: PDFArray | undefined): [number, number, number, number] | undefined {
  if (!array || array.size() !== 4) return undefined;
  const [a, b, c, d] = array.asArray().map(numberOf);
  if (![a, b, c, d].every(Number.isFinite) || a === c || b === d) return undefined;
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

function numberOf(value: PDFObject | undefined): number {
  return value instanceof PDFNumber ? value.asNumber() : NaN;
}

/** A PNG around a PDF Flate stream whose rows carry PNG filter bytes: the same compressed data, decoded natively by sharp. */
function asPng(image: ScanImage): Buffer {
  const chunk = (type: string, data: Uint8Array) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
    return [head, data, crc];
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = image.bitsPerComponent;
  header[9] = image.channels === 3 ? 2 : 0; // truecolour or greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunk('IHDR', header), ...chunk('IDAT', image.data), ...chunk('IEND', new Uint8Array(0))]);
}

const round = (value: number) => Math.round(value * 100) / 100;
