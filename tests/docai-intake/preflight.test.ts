/**
 * The preflight: what is decided from the bytes alone, in the parent, before any parser.
 * No child processes here.
 */
import { deflateSync } from 'node:zlib';
import { intakeDefaults, preflight, sniffFormat, type IntakeConfig } from '../../docai/intake/index.js';
import { decodeCounting, filterStages } from '../../docai/intake/decoders.js';
import { DocumentRefused } from '../../docai/types.js';
import {
  deflatedZeros,
  encryptedPdf,
  encryptedPdfWithXrefStream,
  flateBombPdf,
  handmadePdf,
  manyPagesPdf,
  normalPdf,
  onePagePdf,
  pngHeaderOnly,
  randomNoise,
  truncatedPdf,
  whitePng,
} from './inputs.js';

const MB = 1024 * 1024;
const config: IntakeConfig = { ...intakeDefaults };

async function refused(bytes: Buffer, overrides: Partial<IntakeConfig> = {}): Promise<DocumentRefused> {
  try {
    await preflight(bytes, { ...config, ...overrides });
  } catch (error) {
    if (error instanceof DocumentRefused) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('format by magic bytes, never by name', () => {
  const jpeg = jpegWithExif(1200, 1600);
  it.each([
    ['pdf', Buffer.from('%PDF-1.4\n')],
    ['pdf', Buffer.concat([Buffer.alloc(300, 0x20), Buffer.from('%PDF-1.7\n')])],
    ['png', pngHeaderOnly(10, 10)],
    ['jpeg', jpeg],
    ['tiff', tiff([[100, 200]], 'II')],
    ['tiff', tiff([[100, 200]], 'MM')],
  ])('recognises %s', (format, bytes) => {
    expect(sniffFormat(bytes).format).toBe(format);
  });

  it.each([
    ['Word-Dokument (DOCX)', Buffer.from('PK\x03\x04\x14\x00\x06\x00[Content_Types].xml....word/document.xml', 'latin1')],
    ['Excel-Tabelle (XLSX)', Buffer.from('PK\x03\x04\x14\x00\x06\x00[Content_Types].xml....xl/workbook.xml', 'latin1')],
    ['OpenDocument-Text (ODT)', Buffer.from('PK\x03\x04\x14\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text', 'latin1')],
    ['ZIP-Archiv', Buffer.from('PK\x03\x04\x14\x00\x00\x00scan.pdf', 'latin1')],
    ['älteres Office-Dokument', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['HTML-Seite', Buffer.from('\n  <!DOCTYPE html><html><body>Mietbescheinigung</body></html>')],
    ['GIF-Bild', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
    ['HEIC-Foto', Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1')],
    ['RTF-Dokument', Buffer.from('{\\rtf1\\ansi Miete}')],
    ['Textdatei', Buffer.from('Gesamtmiete: 612,50 €\n')],
  ])('refuses %s as unsupported and names it', async (name, bytes) => {
    const refusal = await refused(bytes);
    expect(refusal.code).toBe('unsupported-format');
    expect(refusal.reason).toContain(name);
    expect(refusal.reason).toMatch(/PDF, PNG, JPEG oder TIFF/);
  });

  it('refuses random bytes and empty files', async () => {
    expect((await refused(randomNoise())).code).toBe('unsupported-format');
    expect((await refused(Buffer.alloc(0))).code).toBe('empty');
  });
});

describe('byte and pixel caps for images', () => {
  it('refuses a file above the byte cap', async () => {
    const refusal = await refused(pngHeaderOnly(10, 10), { maxBytes: 50 });
    expect(refusal.code).toBe('too-large');
  });

  it('reads PNG, JPEG and TIFF sizes from the header and refuses above the pixel cap', async () => {
    await expect(preflight(pngHeaderOnly(2480, 3508), config)).resolves.toEqual({ format: 'png', pages: 1 });
    expect((await refused(pngHeaderOnly(30000, 30000))).reason).toMatch(/30\.000 × 30\.000 Pixeln \(900 Megapixel\)/);
    await expect(preflight(jpegWithExif(4000, 3000), config)).resolves.toEqual({ format: 'jpeg', pages: 1 });
    expect((await refused(jpegWithExif(20000, 20000))).code).toBe('too-many-pixels');
    expect((await refused(tiff([[2480, 3508], [50000, 50000]], 'II'))).code).toBe('too-many-pixels');
  });

  it('a small file that decodes to a huge image (100 megapixels in 120 KB) is refused by its header', async () => {
    const png = await whitePng(10000, 10000);
    expect(png.length).toBeLessThan(200_000);
    expect((await refused(png)).code).toBe('too-many-pixels');
  });

  it('counts TIFF pages, refuses too many, and survives a directory loop', async () => {
    await expect(preflight(tiff([[100, 100], [100, 100], [100, 100]], 'MM'), config)).resolves.toEqual({ format: 'tiff', pages: 3 });
    expect((await refused(tiff(Array.from({ length: 60 }, () => [10, 10]), 'II'))).code).toBe('too-many-pages');
    await expect(preflight(tiff([[100, 100]], 'II', true), config)).resolves.toEqual({ format: 'tiff', pages: 1 });
  });

  it('a broken image header is damaged', async () => {
    expect((await refused(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).code).toBe('damaged');
    expect((await refused(pngHeaderOnly(10, 10).subarray(0, 20))).code).toBe('damaged');
  });
});

describe('PDF preflight', () => {
  it('passes a normal PDF (object streams) and counts its pages', async () => {
    await expect(preflight(await normalPdf(), config)).resolves.toEqual({ format: 'pdf', pages: 1 });
    await expect(preflight(await normalPdf(undefined, 7), config)).resolves.toEqual({ format: 'pdf', pages: 7 });
  });

  it('refuses an encrypted PDF, by the trailer and by a cross-reference stream', async () => {
    for (const pdf of [encryptedPdf(), encryptedPdfWithXrefStream()]) {
      const refusal = await refused(pdf);
      expect(refusal.code).toBe('encrypted');
      expect(refusal.reason).toMatch(/verschlüsselt/);
      expect(refusal.reason).toMatch(/passwortgeschützt/);
    }
  });

  it('refuses too many pages: page objects, a lying page tree count, and pages packed in object streams', async () => {
    const many = await refused(manyPagesPdf(20000));
    expect(many.code).toBe('too-many-pages');
    expect(many.reason).toContain('20.000 Seiten');
    const lyingCount = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ]);
    expect((await refused(lyingCount)).code).toBe('too-many-pages');
    const packed = await normalPdf(['Seite'], 60);
    expect(packed.toString('latin1')).toContain('/ObjStm');
    expect((await refused(packed)).code).toBe('too-many-pages');
  });

  it('refuses a flate bomb without holding it: 1 GB of zeros in a 1 MB stream', async () => {
    const bomb = await flateBombPdf(1024 * MB);
    expect(bomb.length).toBeLessThan(1.1 * MB);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const refusal = await refused(bomb);
    expect(refusal.code).toBe('decompression-bomb');
    expect(refusal.reason).toMatch(/Dekompressionsbombe/);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
  });

  it('follows filter chains: a bomb inside a bomb, hex-encoded deflate, run-length and LZW', async () => {
    const inner = await deflatedZeros(20 * MB);
    const doubleBomb = onePagePdf(deflateSync(inner), '[/FlateDecode /FlateDecode]');
    expect((await refused(doubleBomb, { maxStreamInflatedBytes: 10 * MB })).code).toBe('decompression-bomb');
    await expect(preflight(doubleBomb, { ...config, maxStreamInflatedBytes: 30 * MB })).resolves.toMatchObject({ format: 'pdf' });
    const hex = onePagePdf(Buffer.from(inner.toString('hex') + '>'), '[/ASCIIHexDecode /FlateDecode]');
    expect((await refused(hex, { maxStreamInflatedBytes: 10 * MB })).code).toBe('decompression-bomb');
    const runLength = onePagePdf(Buffer.concat([Buffer.alloc(2 * 200_000).fill(Buffer.from([129, 0])), Buffer.from([128])]), '/RunLengthDecode');
    expect((await refused(runLength, { maxStreamInflatedBytes: 10 * MB })).code).toBe('decompression-bomb');
    const lzwBomb = onePagePdf(lzwZeroBomb(3), '/LZWDecode');
    expect(lzwBomb.length).toBeLessThan(20_000);
    expect((await refused(lzwBomb, { maxStreamInflatedBytes: 10 * MB })).code).toBe('decompression-bomb');
  });

  it('caps the total over many streams, each small enough', async () => {
    const piece = await deflatedZeros(4 * MB);
    const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', ...Array.from({ length: 10 }, () => ({ dict: '<< /Filter /FlateDecode >>', stream: piece }))];
    const pdf = handmadePdf(objects);
    expect((await refused(pdf, { maxStreamInflatedBytes: 8 * MB, maxInflatedBytes: 30 * MB })).code).toBe('decompression-bomb');
    await expect(preflight(pdf, { ...config, maxStreamInflatedBytes: 8 * MB, maxInflatedBytes: 50 * MB })).resolves.toMatchObject({ format: 'pdf' });
  });

  it('refuses an image in a PDF above the pixel cap, by its dictionary and by its JPEG frame header', async () => {
    const image = (dict: string, stream: Buffer) =>
      handmadePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', { dict, stream }]);
    const huge = image('<< /Type /XObject /Subtype /Image /Width 100000 /Height 100000 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode >>', deflateSync(Buffer.alloc(10)));
    expect((await refused(huge)).reason).toMatch(/Ein Bild im PDF ist mit 100\.000 × 100\.000 Pixeln/);
    const lyingJpeg = image('<< /Type /XObject /Subtype /Image /Width 100 /Height 100 /BitsPerComponent 8 /ColorSpace /DeviceRGB /Filter /DCTDecode >>', jpegWithExif(30000, 30000));
    expect((await refused(lyingJpeg)).code).toBe('too-many-pixels');
    // image data is not inflated: a reader takes only the bytes its /Width × /Height need
    const fine = image('<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /BitsPerComponent 8 /ColorSpace /DeviceRGB /Filter /FlateDecode >>', await deflatedZeros(26 * MB));
    await expect(preflight(fine, { ...config, maxStreamInflatedBytes: 10 * MB })).resolves.toMatchObject({ format: 'pdf' });
  });

  it('a truncated PDF or one without objects is damaged; a broken cross-reference table is left to the parser', async () => {
    const truncated = await refused(await truncatedPdf());
    expect(truncated.code).toBe('damaged');
    expect(truncated.reason).toMatch(/beschädigt oder unvollständig/);
    expect((await refused(Buffer.from('%PDF-1.4\n%%EOF\n'))).code).toBe('damaged');
    const good = await normalPdf();
    const brokenXref = Buffer.from(good.toString('latin1').replace(/startxref\s+\d+/, 'startxref\n999999'), 'latin1');
    await expect(preflight(brokenXref, config)).resolves.toEqual({ format: 'pdf', pages: 1 });
  });

  it('scans hostile structure in linear time', async () => {
    const started = Date.now();
    const unterminated = Buffer.from('%PDF-1.4\n' + '1 0 obj <<\n'.repeat(1_000_000) + '%%EOF', 'latin1');
    await preflight(unterminated, config).catch(() => undefined);
    const strings = Buffer.from('%PDF-1.4\n' + '1 0 obj << /A (x'.repeat(1_000_000) + '%%EOF', 'latin1');
    await preflight(strings, config).catch(() => undefined);
    const streams = Buffer.from('%PDF-1.4\n' + '1 0 obj << /Length 99999999 >> stream\n'.repeat(500_000) + '%%EOF', 'latin1');
    await preflight(streams, config).catch(() => undefined);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses hundreds of thousands of tiny compressed streams quickly instead of checking each', async () => {
    const tiny = deflateSync(Buffer.from('q Q\n'));
    const one = Buffer.concat([Buffer.from(`1 0 obj << /Filter /FlateDecode /Length ${tiny.length} >> stream\n`), tiny, Buffer.from('\nendstream endobj\n')]);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), ...Array<Buffer>(Math.floor((24 * MB) / one.length)).fill(one), Buffer.from('%%EOF')]);
    const started = Date.now();
    const refusal = await refused(pdf);
    expect(refusal.code).toBe('too-complex');
    expect(refusal.reason).toMatch(/ungewöhnlich vielen Teilen/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('an object stream is kept to count its pages only up to 32 MB', async () => {
    const big = await deflatedZeros(40 * MB);
    const pdf = handmadePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', { dict: '<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>', stream: big }]);
    expect((await refused(pdf)).code).toBe('decompression-bomb');
  });
});

describe('the stream decoders', () => {
  const decode = async (data: Buffer, filters: string[]) => (await decodeCounting(data, filterStages(filters).stages, { limit: 100 * MB, keep: true })).content!;
  const text = Buffer.from('BT /F1 12 Tf 56 780 Td (Gesamtmiete 612,50 EUR) Tj ET\n'.repeat(500), 'latin1');

  it('decode what they should', async () => {
    expect(await decode(deflateSync(text), ['FlateDecode'])).toEqual(text);
    expect(await decode(Buffer.from(text.toString('hex').toUpperCase() + '>'), ['AHx'])).toEqual(text);
    expect(await decode(ascii85Encode(text), ['ASCII85Decode'])).toEqual(text);
    expect(await decode(Buffer.concat([Buffer.from([4]), Buffer.from('Miete'), Buffer.from([253, 0x41, 128])]), ['RunLengthDecode'])).toEqual(Buffer.from('MieteAAAA'));
    expect(await decode(lzwEncode(text), ['LZWDecode'])).toEqual(text);
    expect(await decode(Buffer.from(deflateSync(text).toString('hex') + '>'), ['AHx', 'Fl'])).toEqual(text);
  });

  it('stop at an image codec', () => {
    expect(filterStages(['FlateDecode', 'DCTDecode'])).toMatchObject({ endsInImageCodec: true });
    expect(filterStages(['FlateDecode']).endsInImageCodec).toBe(false);
  });
});

/** A baseline JPEG header: SOI, an EXIF segment with junk, then the frame header (no pixel data needed). */
function jpegWithExif(width: number, height: number): Buffer {
  const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0x00, 0x12]), Buffer.from('Exif\0\0'), Buffer.alloc(10, 0xff)]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), exif, sof, Buffer.from([0xff, 0xd9])]);
}

/** A TIFF with one directory per page giving its width and height (no pixel data). */
function tiff(pages: number[][], order: 'II' | 'MM', loop = false): Buffer {
  const little = order === 'II';
  const size = 8 + pages.length * (2 + 2 * 12 + 4);
  const out = Buffer.alloc(size);
  const u16 = (value: number, at: number) => (little ? out.writeUInt16LE(value, at) : out.writeUInt16BE(value, at));
  const u32 = (value: number, at: number) => (little ? out.writeUInt32LE(value, at) : out.writeUInt32BE(value, at));
  out.write(order, 0, 'latin1');
  u16(42, 2);
  u32(8, 4);
  pages.forEach(([width, height], i) => {
    const at = 8 + i * 30;
    u16(2, at);
    u16(256, at + 2);
    u16(4, at + 4);
    u32(1, at + 6);
    u32(width, at + 10);
    u16(257, at + 14);
    u16(4, at + 16);
    u32(1, at + 18);
    u32(height, at + 22);
    u32(i + 1 < pages.length ? at + 30 : loop ? 8 : 0, at + 26);
  });
  return out;
}

/** Writes PDF LZW codes, with the code width growing as the decoder expects (early change). */
class LzwWriter {
  private readonly bytes: number[] = [];
  private buffer = 0;
  private bits = 0;
  width = 9;
  emit(code: number) {
    this.buffer = (this.buffer << this.width) | code;
    this.bits += this.width;
    while (this.bits >= 8) {
      this.bytes.push((this.buffer >>> (this.bits - 8)) & 0xff);
      this.bits -= 8;
    }
    this.buffer &= (1 << this.bits) - 1;
  }
  /** after the table got entry `next - 1` */
  grew(next: number) {
    if (next + 1 > 1 << this.width && this.width < 12) this.width++;
  }
  finish(): Buffer {
    if (this.bits > 0) this.bytes.push((this.buffer << (8 - this.bits)) & 0xff);
    return Buffer.from(this.bytes);
  }
}

/** PDF LZW with early change, for the decoder tests. */
function lzwEncode(data: Buffer): Buffer {
  const writer = new LzwWriter();
  let table = new Map<number, number>();
  let next = 258;
  writer.emit(256);
  let current = -1;
  for (const byte of data) {
    if (current < 0) {
      current = byte;
      continue;
    }
    const known = table.get(current * 256 + byte);
    if (known !== undefined) {
      current = known;
      continue;
    }
    writer.emit(current);
    table.set(current * 256 + byte, next++);
    writer.grew(next);
    if (next >= 4094) {
      writer.emit(256);
      writer.width = 9;
      table = new Map();
      next = 258;
    }
    current = byte;
  }
  if (current >= 0) writer.emit(current);
  writer.emit(257);
  return writer.finish();
}

/** LZW codes for `cycles` × ~7 MB of zeros: 0, then each new code one zero longer than the last. */
function lzwZeroBomb(cycles: number): Buffer {
  const writer = new LzwWriter();
  for (let cycle = 0; cycle < cycles; cycle++) {
    writer.emit(256);
    writer.width = 9;
    writer.emit(0);
    for (let code = 258; code < 4094; code++) {
      writer.emit(code);
      writer.grew(code + 2); // the decoder is one entry further than an encoder here
    }
  }
  writer.emit(257);
  return writer.finish();
}

function ascii85Encode(data: Buffer): Buffer {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, i, i + 4);
    let value = chunk.readUInt32BE(0);
    const n = Math.min(4, data.length - i);
    if (value === 0 && n === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode((value % 85) + 33));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, n + 1).join('');
  }
  return Buffer.from(out + '~>', 'latin1');
}
