/**
 * Page images for OCR as 8-bit grey pixels: decoded PNG/JPEG/TIFF pages (sharp), rendered PDF
 * pages (pdf.js on @napi-rs/canvas). No other preprocessing: tesseract binarises itself, and
 * normalising the images made recognition measurably worse.
 */
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { DocumentRefused } from '../types.js';
import { pdfjs, type PDFPageProxy } from './pdfjs.js';

export interface Raster {
  grey: Buffer;
  /** pixels */
  width: number;
  height: number;
  /** page size in points */
  widthPt: number;
  heightPt: number;
}

/** The most pixels one page is read at (A3 at 300 dpi is 17 million); larger pages are scaled down. */
const MAX_PIXELS = 36_000_000;
/** sharp refuses larger inputs outright (decompression bombs); the tasklist converts TIFFs with the same bound. */
export const MAX_INPUT_PIXELS = 150_000_000;
const DEFAULT_DPI = 300;

/**
 * Grey values below this are ink: 60 levels darker than the page's mean shade, which is taken
 * from every 16th of its first `pixels` pixels (as good as all of them, a sixteenth of the time).
 */
export function inkBelow(grey: Uint8Array, pixels = grey.length): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < pixels; i += 16, count++) sum += grey[i];
  return sum / Math.max(1, count) - 60;
}

/** Too little contrast anywhere to hold any writing. */
export function isBlank(raster: Raster): boolean {
  const { grey } = raster;
  const threshold = inkBelow(grey);
  let dark = 0;
  for (let i = 0; i < grey.length && dark < 100; i++) if (grey[i] < threshold) dark++;
  return dark < 100;
}

const imageFormats = { png: 'png', jpeg: 'jpeg', tiff: 'tiff' } as const;

/**
 * Each page of a PNG, JPEG or (multi-page) TIFF as grey pixels, turned upright by its EXIF
 * orientation; one page at a time, so a long TIFF is never in memory whole.
 */
export async function* decodeImage(bytes: Uint8Array, format: 'png' | 'jpeg' | 'tiff'): AsyncGenerator<Raster> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const options = { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS } as const;
  const refuse = () =>
    new DocumentRefused(`Die Bilddatei (${format.toUpperCase()}) ist beschädigt oder unvollständig und kann nicht gelesen werden.`, 'damaged');
  let meta: sharp.Metadata;
  try {
    // the header alone: the pixel limit is checked here with a clear reason, not by sharp
    meta = await sharp(input, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw refuse();
  }
  const claimed = (meta.width ?? 0) * (meta.height ?? 0);
  if (claimed > MAX_INPUT_PIXELS) {
    throw new DocumentRefused(`Das Bild ist mit ${Math.round(claimed / 1e6)} Megapixel zu groß zum Lesen.`, 'too-many-pixels');
  }
  if (meta.format !== imageFormats[format] && !(format === 'jpeg' && meta.format === 'jpg')) {
    throw new DocumentRefused(`Dieses Dateiformat wird nicht unterstützt: die Datei ist kein ${format.toUpperCase()}-Bild.`, 'unsupported-format');
  }
  const pages = format === 'tiff' ? Math.max(1, meta.pages ?? 1) : 1;
  for (let page = 0; page < pages; page++) {
    let raster: Raster;
    try {
      const pageMeta = page === 0 ? meta : await sharp(input, { ...options, page }).metadata();
      // 72 dpi is what cameras and many tools write when they know nothing: take it as unknown
      const density =
        pageMeta.density && pageMeta.density >= 100 && pageMeta.density <= 2400 ? pageMeta.density : paperDpi(pageMeta.width ?? 0, pageMeta.height ?? 0) ?? DEFAULT_DPI;
      const pixels = (pageMeta.width ?? 0) * (pageMeta.height ?? 0);
      // Grey is computed here, not by sharp: its greyscale() goes through linear light in floats
      // and cost 150–300 ms on an A4 page at 300 dpi, twice the decoding itself.
      let pipeline = sharp(input, { ...options, page }).autoOrient();
      let scale = 1;
      if (pixels > MAX_PIXELS) {
        scale = Math.sqrt(MAX_PIXELS / pixels);
        const upright = (pageMeta.orientation ?? 1) >= 5 ? pageMeta.height! : pageMeta.width!;
        pipeline = pipeline.resize(Math.round(upright * scale));
      }
      const { data, info } = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
      raster = {
        grey: greyOnWhite(data, info.width * info.height, info.channels),
        width: info.width,
        height: info.height,
        widthPt: round((info.width / scale / density) * 72),
        heightPt: round((info.height / scale / density) * 72),
      };
    } catch (error) {
      if (error instanceof DocumentRefused) throw error;
      throw refuse();
    }
    yield raster;
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Paper sizes a page image is likely a whole sheet of: long and short side in inches. */
const PAPER_SIZES: [long: number, short: number][] = [
  [11.69, 8.27], // A4 (and A5, A3: the same proportions; A4 is the letter a Wohngeldstelle receives)
  [11, 8.5], // US Letter
];
/** How far a scan's proportions may be from the paper's (a scanner's bed, a cropped edge). */
const PAPER_PROPORTION_TOLERANCE = 0.02;
/** Resolutions a page scan is plausibly made at. */
const PLAUSIBLE_DPI: [number, number] = [100, 600];

/**
 * The resolution of a page image that does not say (or says 72 dpi): if it has the proportions
 * of a whole sheet of paper, the resolution that makes it that sheet. Tesseract is told the
 * resolution; told 300 dpi for a 150-dpi scan it takes the letters for half their size and
 * drops whole lines as noise.
 */
export function paperDpi(width: number, height: number): number | undefined {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  if (short <= 0) return undefined;
  for (const [paperLong, paperShort] of PAPER_SIZES) {
    if (Math.abs(long / short / (paperLong / paperShort) - 1) > PAPER_PROPORTION_TOLERANCE) continue;
    const dpi = long / paperLong;
    if (dpi >= PLAUSIBLE_DPI[0] && dpi <= PLAUSIBLE_DPI[1]) return dpi;
  }
  return undefined;
}

/** pdf.js's decoded image kinds */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

/**
 * The one image a scanned PDF page consists of, at its own resolution, as grey pixels: faster
 * than rendering the page and no resampling. Undefined where rendering is the better way: an
 * image under 200 dpi (rendering at 300 dpi helps OCR there), or a kind of image not handled here.
 */
export async function scanRaster(page: PDFPageProxy, objId: string): Promise<Raster | undefined> {
  const objs = (objId.startsWith('g_') ? page.commonObjs : page.objs) as unknown as { get(id: string, cb: (data: unknown) => void): unknown };
  const image = (await Promise.race([
    new Promise((resolve) => objs.get(objId, resolve)),
    new Promise((resolve) => setTimeout(resolve, 2000, undefined)),
  ])) as { width: number; height: number; kind: number; data?: Uint8Array | Uint8ClampedArray } | undefined;
  if (!image?.data || !image.width || !image.height) return undefined;
  const unit = page.getViewport({ scale: 1 });
  const { width, height, kind, data } = image;
  if ((width / unit.width) * 72 < 200) return undefined;
  let grey: Buffer;
  if (kind === RGB_24BPP && data.length >= width * height * 3) {
    grey = greyOnWhite(data, width * height, 3);
  } else if (kind === RGBA_32BPP && data.length >= width * height * 4) {
    grey = greyOnWhite(data, width * height, 4);
  } else if (kind === GRAYSCALE_1BPP && data.length >= Math.ceil(width / 8) * height) {
    grey = unpackBits(data, width, height);
  } else {
    return undefined;
  }
  return atMostPixels({ grey, width, height, widthPt: round(unit.width), heightPt: round(unit.height) });
}

/**
 * 8-bit pixels of 1 to 4 channels (grey, grey + alpha, RGB, RGBA) as grey on white paper:
 * Rec. 601 luma in integers, transparent parts white.
 */
export function greyOnWhite(data: Uint8Array | Uint8ClampedArray, pixels: number, channels: number): Buffer {
  if (channels === 1) return Buffer.from(data.buffer, data.byteOffset, pixels);
  const grey = Buffer.allocUnsafe(pixels);
  if (channels === 2) {
    for (let i = 0, j = 0; j < pixels; i += 2, j++) grey[j] = 255 - overAlpha(255 - data[i], data[i + 1]);
  } else if (channels === 3) {
    for (let i = 0, j = 0; j < pixels; i += 3, j++) grey[j] = luma(data[i], data[i + 1], data[i + 2]);
  } else if (channels === 4 && LITTLE_ENDIAN && data.byteOffset % 4 === 0) {
    // one load per pixel instead of four: a third of the time on a page's 35 MB of RGBA
    const rgba = new Uint32Array(data.buffer, data.byteOffset, pixels);
    for (let j = 0; j < pixels; j++) {
      const p = rgba[j];
      const value = luma(p & 255, (p >>> 8) & 255, (p >>> 16) & 255);
      grey[j] = p >>> 24 === 255 ? value : 255 - overAlpha(255 - value, p >>> 24);
    }
  } else if (channels === 4) {
    for (let i = 0, j = 0; j < pixels; i += 4, j++) grey[j] = 255 - overAlpha(255 - luma(data[i], data[i + 1], data[i + 2]), data[i + 3]);
  } else {
    throw new Error(`${channels} Farbkanäle werden nicht unterstützt`);
  }
  return grey;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Rec. 601 luma in integers. */
const luma = (red: number, green: number, blue: number) => (red * 77 + green * 150 + blue * 29) >> 8;

/** `ink × alpha / 255`, rounded, in integers: full alpha keeps the ink as it is. */
function overAlpha(ink: number, alpha: number): number {
  const product = ink * alpha + 128;
  return (product + (product >> 8)) >> 8;
}

/** One bit per pixel, rows padded to whole bytes, 1 = white (a PDF's DeviceGray at 1 bit): 8-bit grey. */
export function unpackBits(data: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer {
  const grey = Buffer.allocUnsafe(width * height);
  const rowBytes = Math.ceil(width / 8);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) grey[y * width + x] = data[y * rowBytes + (x >> 3)] & (128 >> (x & 7)) ? 255 : 0;
  }
  return grey;
}

/** The raster scaled down to at most MAX_PIXELS (its page size in points stays). */
export async function atMostPixels(raster: Raster): Promise<Raster> {
  const { grey, width, height } = raster;
  if (width * height <= MAX_PIXELS) return raster;
  const scale = Math.sqrt(MAX_PIXELS / (width * height));
  const { data: smaller, info } = await sharp(grey, { raw: { width, height, channels: 1 } })
    .resize(Math.round(width * scale))
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { ...raster, grey: smaller, width: info.width, height: info.height };
}

/** Renders a PDF page as a reader sees it (annotations and form fields included) at `dpi`, as grey pixels. */
export async function renderPage(page: PDFPageProxy, dpi: number): Promise<Raster> {
  const unit = page.getViewport({ scale: 1 });
  let scale = dpi / 72;
  if (unit.width * unit.height * scale * scale > MAX_PIXELS) scale = Math.sqrt(MAX_PIXELS / (unit.width * unit.height));
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  await page.render({
    canvas: null,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
    annotationMode: pdfjs.AnnotationMode.ENABLE,
    background: 'rgb(255,255,255)',
  }).promise;
  const rgba = context.getImageData(0, 0, width, height).data;
  return { grey: greyOnWhite(rgba, width * height, 4), width, height, widthPt: round(unit.width), heightPt: round(unit.height) };
}
