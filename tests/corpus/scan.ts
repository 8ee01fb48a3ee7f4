/**
 * Scanned variants: the born-digital PDF rendered to pixels (pdfjs-dist with @napi-rs/canvas),
 * then degraded as paper and scanners do (resolution, small skew or a page turned by 90°/180°,
 * blur, noise, specks, uneven light, grey, JPEG artefacts), written as an image-only PDF without
 * text layer or as a plain PNG, JPEG or (bilevel, CCITT G4) TIFF.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import type { Doc } from './doc.js';
import type { Rng } from './random.js';
import { rasterizeDoc } from './raster.js';
import type { ScanInfo } from './truth.js';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = pathToFileURL(path.join(pdfjsRoot, 'standard_fonts') + path.sep).pathname;

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<Pdfjs> | undefined;
export const loadPdfjs = () => (pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

export interface RasterPage {
  data: Buffer;
  width: number;
  height: number;
  channels: 4;
  /** already turned as it lay on the scanner */
  rotated?: boolean;
}

/** every page of a PDF as RGBA pixels at the given resolution */
export async function rasterize(pdfBytes: Uint8Array, dpi: number): Promise<RasterPage[]> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(pdfBytes), isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS, verbosity: 0, disableFontFace: true });
  const pdf = await task.promise;
  const out: RasterPage[] = [];
  try {
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const width = Math.ceil(viewport.width);
      const height = Math.ceil(viewport.height);
      const canvas = createCanvas(width, height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      await page.render({ canvasContext: ctx as never, canvas: canvas as never, viewport }).promise;
      const image = ctx.getImageData(0, 0, width, height);
      out.push({ data: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), width, height, channels: 4 });
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return out;
}

export interface ScanParams {
  dpi: number;
  /** degrees, small skew plus possibly 90/180 */
  rotation: number;
  blur: number;
  /** standard deviation of grey noise, 0..255 */
  noise: number;
  jpegQuality: number;
  grayscale: boolean;
  /** darker paper and uneven light, 0..1 */
  shade: number;
  specks: number;
}

export function drawScanParams(rng: Rng, pages: number): { params: ScanParams; format: ScanInfo['format'] } {
  const turn = rng.weighted([[0, 90], [90, 4], [180, 4], [270, 2]]);
  const skew = rng.weighted([[0, 2], [rng.float(-1, 1), 5], [rng.float(-3, 3), 3]]);
  const format: ScanInfo['format'] = pages > 1 ? 'pdf' : rng.weighted([['pdf', 55], ['jpeg', 20], ['png', 15], ['tiff', 10]] as const);
  return {
    format,
    params: {
      dpi: format === 'tiff' ? rng.pick([200, 300]) : rng.weighted([[150, 3], [200, 4], [rng.int(160, 240), 2], [300, 2]]),
      rotation: Math.round((turn + skew) * 100) / 100,
      blur: rng.weighted([[0, 3], [rng.float(0.3, 0.9), 5], [rng.float(0.9, 1.4), 2]]),
      noise: rng.weighted([[rng.float(2, 8), 5], [rng.float(8, 18), 3], [rng.float(18, 28), 1]]),
      jpegQuality: rng.int(40, 85),
      grayscale: rng.chance(0.7),
      shade: rng.float(0, 1),
      specks: rng.int(0, 400),
    },
  };
}

/** one page degraded; returns encoded bytes (JPEG unless `encode` says otherwise) */
export async function degradePage(page: RasterPage, rng: Rng, p: ScanParams, encode: 'jpeg' | 'png' | 'tiff'): Promise<{ bytes: Buffer; width: number; height: number }> {
  const { width, height } = page;
  // paper, light and noise on a grey (or tinted) copy, in JS with the seeded Rng so that it is reproducible
  const channels = p.grayscale ? 1 : 3;
  const out = Buffer.alloc(width * height * channels);
  const tint = p.grayscale ? [0, 0, 0] : [rng.float(-6, 0), rng.float(-6, 0), rng.float(-14, -2)];
  const paper = 255 - p.shade * 22;
  const gx = rng.float(-1, 1) * p.shade * 18;
  const gy = rng.float(-1, 1) * p.shade * 18;
  const noiseTable = new Float32Array(4096);
  for (let i = 0; i < noiseTable.length; i++) noiseTable[i] = rng.gauss() * p.noise;
  let n = rng.int(0, 4095);
  const step = rng.int(1, 4093) | 1;
  for (let y = 0; y < height; y++) {
    const light = paper + gy * (y / height - 0.5) * 2;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const ink = (page.data[i] * 0.299 + page.data[i + 1] * 0.587 + page.data[i + 2] * 0.114) / 255;
      const bg = light + gx * (x / width - 0.5) * 2;
      n = (n + step) & 4095;
      const noise = noiseTable[n];
      if (channels === 1) {
        out[y * width + x] = clamp(bg * ink + noise);
      } else {
        const o = (y * width + x) * 3;
        for (let c = 0; c < 3; c++) out[o + c] = clamp(((bg + tint[c]) * page.data[i + c]) / 255 + noise);
      }
    }
  }
  for (let s = 0; s < p.specks; s++) {
    const cx = rng.int(0, width - 1);
    const cy = rng.int(0, height - 1);
    const r = rng.int(0, 2);
    const v = rng.int(0, 120);
    for (let y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++)
      for (let x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) for (let c = 0; c < channels; c++) out[(y * width + x) * channels + c] = v;
  }
  let img = sharp(out, { raw: { width, height, channels } });
  const background = p.grayscale ? { r: paper, g: paper, b: paper } : { r: paper - 3, g: paper - 3, b: paper - 8 };
  if (p.rotation && !page.rotated) {
    const rotated = await img.rotate(p.rotation, { background }).raw().toBuffer({ resolveWithObject: true });
    img = sharp(rotated.data, { raw: { width: rotated.info.width, height: rotated.info.height, channels: rotated.info.channels } });
  }
  if (p.blur >= 0.3) img = img.blur(p.blur);
  if (p.grayscale) img = img.toColourspace('b-w');
  // JPEG artefacts always, also for PNG and TIFF output (the scan was compressed somewhere on its way)
  const jpeg = await img.jpeg({ quality: p.jpegQuality, chromaSubsampling: '4:2:0' }).toBuffer({ resolveWithObject: true });
  if (encode === 'jpeg') return { bytes: jpeg.data, width: jpeg.info.width, height: jpeg.info.height };
  if (encode === 'png') {
    const png = await sharp(jpeg.data).png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true });
    return { bytes: png.data, width: png.info.width, height: png.info.height };
  }
  const tiff = await sharp(jpeg.data).toColourspace('b-w').threshold(rng.int(150, 185)).tiff({ compression: 'ccittfax4', bitdepth: 1, xres: p.dpi / 25.4, yres: p.dpi / 25.4 }).toBuffer({ resolveWithObject: true });
  return { bytes: tiff.data, width: tiff.info.width, height: tiff.info.height };
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v | 0);

/** the scanned variant of a document: its pages as pixels (from the Doc, or from a PDF with pdfjs), degraded */
export async function scanDocument(source: Doc | Uint8Array, pages: number, rng: Rng): Promise<{ bytes: Buffer; ext: string; info: ScanInfo }> {
  const { params, format } = drawScanParams(rng, pages);
  // each sheet lies a little differently on the glass
  const rotations = Array.from({ length: pages }, (_, i) => (i === 0 ? params.rotation : Math.round((params.rotation + rng.float(-0.6, 0.6)) * 100) / 100));
  const glass = rng.weighted([[255, 6], [rng.int(200, 240), 3], [rng.int(60, 120), 1]]);
  const raster = source instanceof Uint8Array ? await rasterize(source, params.dpi) : rasterizeDoc(source, params.dpi, (p) => rotations[p - 1], glass);
  const info: ScanInfo = { dpi: params.dpi, rotation: params.rotation, blur: round(params.blur), noise: round(params.noise), jpegQuality: params.jpegQuality, grayscale: params.grayscale, format };
  if (format !== 'pdf') {
    const img = await degradePage(raster[0], rng.fork('page1'), params, format);
    return { bytes: img.bytes, ext: format === 'jpeg' ? rng.pick(['jpg', 'jpeg']) : format === 'tiff' ? rng.pick(['tif', 'tiff']) : 'png', info };
  }
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < raster.length; i++) {
    const pageParams = { ...params, rotation: rotations[i] };
    const img = await degradePage(raster[i], rng.fork(`page${i + 1}`), pageParams, 'jpeg');
    const embedded = await pdf.embedJpg(img.bytes);
    const w = (img.width / params.dpi) * 72;
    const h = (img.height / params.dpi) * 72;
    pdf.addPage([w, h]).drawImage(embedded, { x: 0, y: 0, width: w, height: h });
  }
  const fixed = new Date(Date.UTC(2025, 0, 1, 8, 0, 0));
  pdf.setCreationDate(fixed);
  pdf.setModificationDate(fixed);
  pdf.setProducer(rng.pick(['Scanner', 'ScanSnap Manager', 'Canon iR-ADV', 'HP Scan', 'RICOH MP C3004', 'Brother iPrint&Scan']));
  pdf.setCreator('Scan');
  return { bytes: Buffer.from(await pdf.save({ useObjectStreams: false })), ext: 'pdf', info };
}

const round = (v: number) => Math.round(v * 100) / 100;
