/**
 * Scanner pages decoded without pdf.js (docai/text/scan-pages.ts): which pages qualify, that
 * their pixels are those of the embedded image, and that extractText reads such a page as it
 * reads it through pdf.js. Anything unusual is left to pdf.js, and broken data never throws.
 */
import { deflateSync } from 'node:zlib';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingGrayscaleColor,
  StandardFonts,
  type PDFPage,
} from 'pdf-lib';
import sharp from 'sharp';
import { createOcrEngine, extractText, type OcrEngine } from '../../docai/text/index.ts';
import { decodeScanImage, findScanPages, singleImageDrawn } from '../../docai/text/scan-pages.ts';
import { allText, textPng } from './inputs.ts';

const lines = ['Mietbescheinigung für Jürgen Müller', 'Grundmiete monatlich: 450,00 €', 'Wohnfläche: 58,40 qm'];
/** 5.5 × 2 in at 300 dpi: 1650 × 600 px, enough pixels to be taken for a scan */
const scanPng = () => textPng(lines, { heightIn: 2.2 });

async function greyOf(image: Buffer): Promise<Buffer> {
  return sharp(image).extractChannel(0).raw().toBuffer();
}

/** A PDF page of the image's size at `dpi` with the image drawn over it, the way scanners write it. */
async function scanPdf(images: Buffer[], options: { dpi?: number; jpeg?: boolean; extra?: (page: PDFPage, doc: PDFDocument) => Promise<void> | void } = {}) {
  const doc = await PDFDocument.create();
  for (const png of images) {
    const image = options.jpeg ? await doc.embedJpg(await sharp(png).flatten().jpeg({ quality: 92 }).toBuffer()) : await doc.embedPng(png);
    const dpi = options.dpi ?? 300;
    const width = (image.width / dpi) * 72;
    const height = (image.height / dpi) * 72;
    const page = doc.addPage([width, height]);
    page.drawImage(image, { x: 0, y: 0, width, height });
    await options.extra?.(page, doc);
  }
  return Buffer.from(await doc.save());
}

/** A page drawing one raw image XObject with the given dictionary entries over the whole page. */
async function rawImagePdf(data: Buffer, dict: Record<string, unknown>, width: number, height: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const widthPt = (width / 300) * 72;
  const heightPt = (height / 300) * 72;
  const page = doc.addPage([widthPt, heightPt]);
  const ref = doc.context.register(doc.context.stream(data, { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ...dict }));
  const name = page.node.newXObject('Im', ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(widthPt, 0, 0, heightPt, 0, 0), drawObject(name), popGraphicsState());
  return Buffer.from(await doc.save());
}

const maxDifference = (a: Uint8Array, b: Uint8Array) => a.reduce((max, value, i) => Math.max(max, Math.abs(value - b[i])), 0);

describe('findScanPages and decodeScanImage', () => {
  it('takes a PNG scan (Flate, RGB) and gives exactly its pixels, page size in points', async () => {
    const png = scanPng();
    const scans = await findScanPages(await scanPdf([png]));
    expect([...scans.keys()]).toEqual([1]);
    expect(scans.get(1)).toMatchObject({ codec: 'flate', width: 1650, height: 660, widthPt: 396, heightPt: 158.4 });
    const raster = (await decodeScanImage(scans.get(1)!))!;
    expect([raster.width, raster.height, raster.widthPt, raster.heightPt]).toEqual([1650, 660, 396, 158.4]);
    expect(maxDifference(raster.grey, await greyOf(png))).toBeLessThanOrEqual(1);
  });

  it('takes a JPEG scan and gives the JPEG decoded', async () => {
    const png = scanPng();
    const scans = await findScanPages(await scanPdf([png], { jpeg: true }));
    expect(scans.get(1)?.codec).toBe('jpeg');
    const raster = (await decodeScanImage(scans.get(1)!))!;
    const jpeg = await sharp(png).flatten().jpeg({ quality: 92 }).toBuffer();
    expect(maxDifference(raster.grey, await sharp(jpeg).greyscale().raw().toBuffer())).toBeLessThanOrEqual(3);
  });

  it('undoes the PNG row filters of a Flate image with /Predictor 15 (grey, 8 bit)', async () => {
    const width = 1200;
    const height = 900;
    const grey = Buffer.alloc(width * height);
    for (let i = 0; i < grey.length; i++) grey[i] = (i % width) % 256;
    // every row with the "Sub" filter: each byte minus the one to its left
    const rows = Buffer.alloc((width + 1) * height);
    for (let y = 0; y < height; y++) {
      rows[y * (width + 1)] = 1;
      for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (grey[y * width + x] - (x > 0 ? grey[y * width + x - 1] : 0)) & 255;
    }
    const pdf = await rawImagePdf(deflateSync(rows), {
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
      Filter: 'FlateDecode',
      DecodeParms: { Predictor: 15, Colors: 1, Columns: width, BitsPerComponent: 8 },
    }, width, height);
    const scans = await findScanPages(pdf);
    expect(scans.get(1)).toMatchObject({ codec: 'flate', pngRows: true });
    expect((await decodeScanImage(scans.get(1)!))!.grey.equals(grey)).toBe(true);
  });

  it('unpacks a 1-bit Flate image (0 black, 1 white)', async () => {
    const width = 1200;
    const height = 900;
    const packed = Buffer.alloc((width / 8) * height, 0xff);
    packed.fill(0x00, 0, width / 8); // the first row black
    const pdf = await rawImagePdf(deflateSync(packed), { ColorSpace: 'DeviceGray', BitsPerComponent: 1, Filter: 'FlateDecode' }, width, height);
    const raster = (await decodeScanImage((await findScanPages(pdf)).get(1)!))!;
    expect(raster.grey[0]).toBe(0);
    expect(raster.grey[width - 1]).toBe(0);
    expect(raster.grey[width]).toBe(255);
  });

  it('numbers the scanner pages among others', async () => {
    const png = scanPng();
    const pdf = await scanPdf([png, png, png], {
      extra: async (page, doc) => {
        if (doc.getPageCount() !== 2) return;
        page.drawText('Seite mit Text', { x: 20, y: 20, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
      },
    });
    expect([...(await findScanPages(pdf)).keys()]).toEqual([1, 3]);
  });

  const leftToPdfJs: [string, (page: PDFPage, doc: PDFDocument) => Promise<void> | void, { dpi?: number }?][] = [
    ['text on the page', async (page, doc) => void page.drawText('Eingang 12.03.2025', { x: 5, y: 5, size: 9, font: await doc.embedFont(StandardFonts.Helvetica) })],
    ['a stamp drawn over it', (page) => page.drawRectangle({ x: 10, y: 10, width: 40, height: 20, color: rgb(0.8, 0, 0) })],
    ['a colour operator', (page) => page.pushOperators(setFillingGrayscaleColor(0))],
    ['a turned page', (page) => page.node.set(PDFName.of('Rotate'), page.doc.context.obj(90))],
    ['an annotation', (page, doc) => page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [0, 0, 10, 10] })]))],
    ['a scan under 200 dpi', () => undefined, { dpi: 150 }],
  ];
  it.each(leftToPdfJs)('leaves a page with %s to pdf.js', async (_what, extra, options = {}) => {
    const pdf = await scanPdf([scanPng()], { ...options, extra });
    expect((await findScanPages(pdf)).size).toBe(0);
  });

  it('leaves CMYK, masked and inverted images to pdf.js', async () => {
    const data = deflateSync(Buffer.alloc(1200 * 900 * 4, 0));
    for (const dict of [
      { ColorSpace: 'DeviceCMYK', BitsPerComponent: 8, Filter: 'FlateDecode' },
      { ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'FlateDecode', Decode: [1, 0] },
      { ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'FlateDecode', SMaskInData: 1 },
      { ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: ['ASCIIHexDecode', 'FlateDecode'] },
    ]) {
      expect((await findScanPages(await rawImagePdf(data, dict, 1200, 900))).size).toBe(0);
    }
  });

  it('does not parse a PDF without a scan-sized image, and never throws on bad input', async () => {
    expect((await findScanPages(Buffer.from('%PDF-1.7\nnothing here\n%%EOF'))).size).toBe(0);
    expect((await findScanPages(Buffer.from('%PDF-1.7\n1 0 obj <</Subtype /Image /Width 5000 /Height 5000>> stream\nxx'))).size).toBe(0);
    expect((await findScanPages(new Uint8Array(0))).size).toBe(0);
  });

  it('gives undefined for image data that does not decode (so pdf.js gets the page)', async () => {
    const broken = await rawImagePdf(Buffer.from('not a jpeg at all'), { ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'DCTDecode' }, 1200, 900);
    const scans = await findScanPages(broken);
    expect(scans.get(1)?.codec).toBe('jpeg');
    await expect(decodeScanImage(scans.get(1)!)).resolves.toBeUndefined();
    const short = await rawImagePdf(deflateSync(Buffer.alloc(100)), { ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'FlateDecode' }, 1200, 900);
    await expect(decodeScanImage((await findScanPages(short)).get(1)!)).resolves.toBeUndefined();
  });
});

describe('singleImageDrawn', () => {
  it('follows the graphics state to the one image drawn', () => {
    expect(singleImageDrawn('q 1 0 0 1 10 20 cm q 2 0 0 3 0 0 cm /Im#201 Do Q Q')).toEqual({ name: 'Im 1', matrix: [2, 0, 0, 3, 10, 20] });
    expect(singleImageDrawn('% scanner\nq /GS0 gs 595 0 0 842 0 0 cm /X0 Do Q')).toEqual({ name: 'X0', matrix: [595, 0, 0, 842, 0, 0] });
  });

  it.each([
    ['two images', 'q /A Do Q q /B Do Q'],
    ['text', 'BT /F1 12 Tf (Hallo) Tj ET q /A Do Q'],
    ['an inline image', 'BI /W 1 /H 1 ID x EI q /A Do Q'],
    ['a path', '0 0 10 10 re f q /A Do Q'],
    ['a stray operand', 'q /A Do Q 5'],
    ['no image', 'q Q'],
  ])('says no to %s', (_what, content) => {
    expect(singleImageDrawn(content)).toBeUndefined();
  });
});

describe('extractText on scanner pages', () => {
  let engine: OcrEngine;
  beforeAll(async () => {
    engine = await createOcrEngine({ workers: 1 });
  }, 60_000);
  afterAll(async () => {
    await engine?.terminate();
  });

  it('reads a scanner page decoded natively exactly as through pdf.js, and a broken one without failing', async () => {
    const png = scanPng();
    const native = await scanPdf([png], { jpeg: true });
    // the same page plus a harmless colour operator: not a plain scanner page, so pdf.js decodes it
    const viaPdfJs = await scanPdf([png], { jpeg: true, extra: (page) => page.pushOperators(setFillingGrayscaleColor(0)) });
    expect((await findScanPages(native)).size).toBe(1);
    expect((await findScanPages(viaPdfJs)).size).toBe(0);
    const [a, b] = [await extractText(native, 'pdf', { ocr: engine }), await extractText(viaPdfJs, 'pdf', { ocr: engine })];
    expect(a.pages[0].source).toBe('ocr');
    // the same words in the same places; JPEG decoders differ by a grey level or two, so the confidence may by a point
    const withoutConfidence = (text: typeof a) => text.pages.map((page) => ({ ...page, lines: page.lines.map(({ confidence: _, ...line }) => line) }));
    expect(withoutConfidence(a)).toEqual(withoutConfidence(b));
    a.pages[0].lines.forEach((line, i) => expect(Math.abs(line.confidence - b.pages[0].lines[i].confidence)).toBeLessThanOrEqual(0.02));
    for (const word of ['Mietbescheinigung', 'Jürgen', '450,00']) expect(allText(a)).toContain(word);

    const broken = await rawImagePdf(Buffer.from('not a jpeg at all'), { ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'DCTDecode' }, 1200, 900);
    const text = await extractText(broken, 'pdf', { ocr: engine });
    expect(text.pages).toHaveLength(1);
    expect(text.pages[0].lines).toEqual([]);
  }, 60_000);
});
