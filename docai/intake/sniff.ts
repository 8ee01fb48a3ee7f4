/**
 * What a file is, by its first bytes (never by its name), and the size of an image from its
 * header, without decoding a single pixel.
 */

export type DocumentFormat = 'pdf' | 'png' | 'jpeg' | 'tiff';

export type Sniffed = { format: DocumentFormat } | { format: null; looksLike?: string };

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (bytes: Buffer, start: number, end: number) => bytes.toString('latin1', start, Math.min(end, bytes.length));

export function sniffFormat(bytes: Buffer): Sniffed {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { format: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { format: 'jpeg' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { format: 'tiff' };
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])) return { format: 'tiff' };
  // Readers accept the PDF header anywhere in the first kilobyte (some producers put junk in front).
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return { format: 'pdf' };
  return { format: null, looksLike: describeOther(bytes) };
}

/** A German name for a format that is not accepted, where it can be told. */
function describeOther(bytes: Buffer): string | undefined {
  const head = ascii(bytes, 0, 512);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // The names of the first entries say which kind of container it is.
    const names = ascii(bytes, 0, 64 * 1024);
    if (names.includes('application/vnd.oasis.opendocument.text')) return 'OpenDocument-Text (ODT)';
    if (names.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'OpenDocument-Tabelle (ODS)';
    if (names.includes('word/')) return 'Word-Dokument (DOCX)';
    if (names.includes('xl/')) return 'Excel-Tabelle (XLSX)';
    if (names.includes('ppt/')) return 'PowerPoint-Präsentation (PPTX)';
    return 'ZIP-Archiv';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'älteres Office-Dokument (DOC/XLS) oder Outlook-Nachricht (MSG)';
  if (head.startsWith('{\\rtf')) return 'RTF-Dokument';
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'GIF-Bild';
  if (head.startsWith('BM') && bytes.length > 26 && bytes.readUInt32LE(2) === bytes.length) return 'BMP-Bild';
  if (head.startsWith('RIFF') && ascii(bytes, 8, 12) === 'WEBP') return 'WebP-Bild';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'HEIC-Foto (z. B. vom iPhone)';
    if (brand === 'avif' || brand === 'avis') return 'AVIF-Bild';
    return 'Video (MP4/MOV)';
  }
  if (startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20]) || startsWith(bytes, [0xff, 0x4f, 0xff, 0x51])) return 'JPEG-2000-Bild';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip-Archiv';
  if (head.startsWith('Rar!')) return 'RAR-Archiv';
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z-Archiv';
  if (head.startsWith('MZ')) return 'Windows-Programm (EXE)';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'Programmdatei (ELF)';
  if (head.startsWith('%!PS')) return 'PostScript-Datei';
  if (head.startsWith('AT&TFORM')) return 'DjVu-Dokument';
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || /<html[\s>]/.test(text)) return 'HTML-Seite';
  if (text.includes('<svg')) return 'SVG-Grafik';
  if (text.startsWith('<?xml')) return 'XML-Datei';
  if (/^(from |received:|return-path:|mime-version:|date:|message-id:)/.test(text)) return 'E-Mail (EML)';
  if (looksLikeText(bytes)) return 'Textdatei';
  return undefined;
}

function looksLikeText(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  return control === 0 && !sample.toString('utf8').includes('\uFFFD');
}

export interface ImageFrame {
  width: number;
  height: number;
}

/** The frames (pages) of an image and their size, from the header alone; `null` where the header is broken. */
export function imageFrames(bytes: Buffer, format: Exclude<DocumentFormat, 'pdf'>, maxFrames: number): ImageFrame[] | null {
  switch (format) {
    case 'png':
      return pngSize(bytes);
    case 'jpeg':
      return jpegSize(bytes);
    case 'tiff':
      return tiffFrames(bytes, maxFrames);
  }
}

function pngSize(bytes: Buffer): ImageFrame[] | null {
  if (bytes.length < 24 || ascii(bytes, 12, 16) !== 'IHDR') return null;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width && height ? [{ width, height }] : null;
}

/** The frame header (SOFn) of a JPEG; the segments in front of it (EXIF with its thumbnail) are skipped whole. */
export function jpegSize(bytes: Buffer): ImageFrame[] | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame header
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > bytes.length) return null;
      const height = bytes.readUInt16BE(at + 5);
      const width = bytes.readUInt16BE(at + 7);
      return width && height ? [{ width, height }] : null;
    }
    at += 2 + length;
  }
  return null;
}

/** Every image file directory of a TIFF (one per page), up to one more than `maxFrames`. */
function tiffFrames(bytes: Buffer, maxFrames: number): ImageFrame[] | null {
  if (bytes.length < 8) return null;
  const little = bytes[0] === 0x49;
  const big = (little ? bytes.readUInt16LE(2) : bytes.readUInt16BE(2)) === 43;
  const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const u64 = (at: number) => Number(little ? bytes.readBigUInt64LE(at) : bytes.readBigUInt64BE(at));
  const inside = (at: number, length: number) => at >= 0 && at + length <= bytes.length;

  let offset: number;
  if (big) {
    if (!inside(8, 8)) return null;
    offset = u64(8);
  } else offset = u32(4);
  const frames: ImageFrame[] = [];
  const seen = new Set<number>();
  while (offset !== 0) {
    if (seen.has(offset) || frames.length > maxFrames) break; // a loop of directories, or enough to refuse
    seen.add(offset);
    const entrySize = big ? 20 : 12;
    const countSize = big ? 8 : 2;
    if (!inside(offset, countSize)) return frames.length ? frames : null;
    const entries = big ? u64(offset) : u16(offset);
    const first = offset + countSize;
    if (!inside(first, entries * entrySize + (big ? 8 : 4))) return frames.length ? frames : null;
    let width = 0;
    let height = 0;
    for (let i = 0; i < entries; i++) {
      const entry = first + i * entrySize;
      const tag = u16(entry);
      if (tag !== 256 && tag !== 257) continue;
      const type = u16(entry + 2);
      const valueAt = entry + (big ? 12 : 8);
      const value = type === 3 ? u16(valueAt) : type === 4 ? u32(valueAt) : type === 16 && big ? u64(valueAt) : 0;
      if (tag === 256) width = value;
      else height = value;
    }
    if (!width || !height) return frames.length ? frames : null;
    frames.push({ width, height });
    const nextAt = first + entries * entrySize;
    offset = big ? u64(nextAt) : u32(nextAt);
  }
  return frames;
}
