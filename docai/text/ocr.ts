/**
 * OCR with tesseract.js, fully offline: the German LSTM model from @tesseract.js-data/deu,
 * worker script and wasm core from node_modules, no cache files written. A small pool of
 * tesseract worker threads serves one process; a thread that dies is replaced, and its job
 * fails with an Error instead of hanging or taking the process down.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EventEmitter } from 'node:events';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import Tesseract from 'tesseract.js';
import type { TextLine } from '../types.js';
import { cleanText, mergeLines } from './layout.js';
import { inkBelow } from './raster.js';
import { squeezeBlank, type SqueezedPage } from './squeeze.js';
import { findCheckboxes, withoutCheckboxes, type Checkbox } from './checkboxes.js';

const require = createRequire(import.meta.url);

/**
 * `4.0.0_best_int` is the LSTM-only integer model (1.3 MB). The `4.0.0` folder holds the same
 * LSTM network plus the legacy engine (7.1 MB): identical text and speed with OEM LSTM_ONLY
 * in our measurements, but a slower start and more memory. See docai/text/README.md.
 */
export const OCR_LANG_PATH = path.join(path.dirname(require.resolve('@tesseract.js-data/deu/package.json')), '4.0.0_best_int');
const WORKER_PATH = require.resolve('tesseract.js/src/worker-script/node/index.js');

/** Mean confidence (0..1) below which a page may be turned: then 90°, 180° and 270° are tried. */
const TURN_BELOW = 0.6;
const INIT_TIMEOUT_MS = 60_000;
/**
 * Tesseract's binarisation, chosen per page (see `thresholdingFor`): its global Otsu where ink
 * and paper are two clearly separate shades (most scans: faster than Sauvola, and digits keep
 * their shape — Sauvola thins strokes into "2. 291, 00"), Sauvola's local thresholds where they
 * are not: on a near-empty page with a paper texture Otsu cuts through the background and
 * tesseract reads speckles for a minute (measured: 51 s and 7,500 characters of noise; 0.9 s
 * and the real text with Sauvola).
 */
export type Thresholding = 'otsu' | 'sauvola';
const THRESHOLDING_METHOD: Record<Thresholding, string> = { otsu: '0', sauvola: '2' };
/** Otsu needs ink and paper this many grey levels apart (clean scans: 90–190) … */
const OTSU_MIN_CONTRAST = 60;
/** … and no more than this share of the page on the dark side (printed pages: 0.5–12 %). */
const OTSU_MAX_DARK_SHARE = 0.25;
/**
 * Pages scanned finer than this (600-dpi scans, phone photos) are scaled down before they are
 * read: thresholding and layout analysis cost per pixel, and tesseract reads print at 300 dpi
 * as well as finer. Not lower: at 240 dpi 300-dpi pages read 17 % faster, but the small print
 * of payslip tables suffered (field exact match on scanned dev documents 87.0 % instead of 88.7 %).
 */
const MAX_OCR_DPI = 300;
/** Skew in degrees from which a page is deskewed before it is read. */
const DESKEW_FROM = 2.5;

export interface OcrResult {
  lines: TextLine[];
  /** mean word confidence 0..1 */
  confidence?: number;
  /** clockwise degrees the image was turned to read it; lines and width/height are then in the turned frame */
  rotation?: 0 | 90 | 180 | 270;
  width?: number;
  height?: number;
}

export interface OcrEngine {
  /**
   * Reads one page image: PNG, or 8-bit grey PNM (P5), which skips the PNG decoding.
   * `widthPt`/`heightPt` give the page size, so lines come back in points, origin top left.
   */
  recognize(image: Buffer, widthPt: number, heightPt: number): Promise<OcrResult>;
  terminate(): Promise<void>;
}

interface Slot {
  worker: Tesseract.Worker;
  thresholding: Thresholding;
  /** rejects when the worker thread dies; every job races against it */
  death: Promise<never>;
  dead: boolean;
}

type Bbox = { x0: number; y0: number; x1: number; y1: number };
export type OcrPage = {
  confidence: number;
  blocks: { paragraphs: { lines: { text: string; confidence: number; bbox: Bbox; words: { text: string; confidence: number; bbox?: Bbox }[] }[] }[] }[] | null;
};

async function spawnWorker(): Promise<Slot> {
  if (!existsSync(path.join(OCR_LANG_PATH, 'deu.traineddata.gz'))) {
    throw new Error(`German OCR data missing at ${OCR_LANG_PATH} (npm package @tesseract.js-data/deu)`);
  }
  let failInit: (reason: Error) => void = () => undefined;
  const initFailed = new Promise<never>((_, reject) => (failInit = reject));
  initFailed.catch(() => undefined);
  let initialised = false;
  const created = Tesseract.createWorker('deu', Tesseract.OEM.LSTM_ONLY, {
    langPath: OCR_LANG_PATH,
    workerPath: WORKER_PATH,
    cacheMethod: 'none',
    gzip: true,
    legacyCore: false,
    legacyLang: false,
    logger: () => undefined,
    // Without an error handler tesseract.js rethrows a failed job on the message handler, which kills the process.
    // After start-up a failed job reaches its caller as a rejected promise, so nothing more is needed here.
    errorHandler: (error: unknown) => {
      if (!initialised) failInit(new Error(`OCR-Start fehlgeschlagen: ${String(error)}`));
    },
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('OCR-Start: Zeitüberschreitung')), INIT_TIMEOUT_MS);
  });
  let worker: Tesseract.Worker;
  try {
    worker = await Promise.race([created, initFailed, timeout]);
  } catch (error) {
    // a worker that still comes up after all must not keep the process alive
    created.then((late) => late.terminate()).catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  initialised = true;
  try {
    // tesseract's API defaults to one uniform block of text (the command line tool to automatic
    // layout): forms, tables and letters need the layout analysis (measured on the synthetic
    // corpus: 94 % of the field values found instead of 88 %, and faster)
    await worker.setParameters({ thresholding_method: THRESHOLDING_METHOD.sauvola, tessedit_pageseg_mode: Tesseract.PSM.AUTO } as never);
  } catch (error) {
    await worker.terminate().catch(() => undefined);
    throw new Error(`OCR-Start fehlgeschlagen: ${String(error)}`);
  }
  await worker.recognize(warmUpImage(), { user_defined_dpi: '300' } as never, { text: true }).catch(() => undefined);
  let die: (reason: Error) => void = () => undefined;
  const death = new Promise<never>((_, reject) => (die = reject));
  death.catch(() => undefined);
  const slot: Slot = { worker, thresholding: 'sauvola', death, dead: false };
  const thread = (worker as unknown as { worker?: EventEmitter }).worker;
  // An uncaught error in the thread is emitted here; unheard, it would crash this process.
  thread?.on('error', (error: unknown) => {
    slot.dead = true;
    die(new Error(`OCR-Prozess abgestürzt: ${String((error as Error)?.message ?? error)}`));
  });
  thread?.on('exit', () => {
    slot.dead = true;
    die(new Error('OCR-Prozess beendet'));
  });
  return slot;
}

const PNM_HEADER = /^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/;

/** A sharp pipeline for a PNG (or any format sharp reads) or a grey binary PNM, which sharp cannot read itself. */
function sharpOf(image: Buffer) {
  const pnm = PNM_HEADER.exec(image.subarray(0, 64).toString('latin1'));
  if (pnm) {
    const header = Buffer.byteLength(pnm[0], 'latin1');
    return sharp(image.subarray(header), { raw: { width: Number(pnm[1]), height: Number(pnm[2]), channels: 1 } });
  }
  return sharp(image);
}

const WARM_UP_FONT = 'Liberation Sans (docai OCR warm-up)';
let warmUp: Buffer | undefined;

/**
 * A few printed words. The first recognition in a fresh worker costs about 0.6 s more than
 * the next (the wasm code is compiled for speed on first use), so every worker reads this
 * once before its first document.
 */
function warmUpImage(): Buffer {
  if (!warmUp) {
    const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'));
    if (!GlobalFonts.has(WARM_UP_FONT)) GlobalFonts.registerFromPath(path.join(pdfjsDir, 'standard_fonts', 'LiberationSans-Regular.ttf'), WARM_UP_FONT);
    const canvas = createCanvas(1400, 260);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = '#000000';
    context.font = `50px "${WARM_UP_FONT}"`;
    context.fillText('Wohngeldantrag für Jürgen Müller', 40, 100);
    context.fillText('Gesamtmiete monatlich: 612,50 €', 40, 190);
    warmUp = canvas.toBuffer('image/png');
  }
  return warmUp;
}

/** Width and height in pixels of a PNG or PNM; other formats through sharp. */
async function imageSize(image: Buffer): Promise<{ width: number; height: number }> {
  if (image.length >= 24 && image.readUInt32BE(0) === 0x89504e47) {
    return { width: image.readUInt32BE(16), height: image.readUInt32BE(20) };
  }
  const pnm = PNM_HEADER.exec(image.subarray(0, 64).toString('latin1'));
  if (pnm) return { width: Number(pnm[1]), height: Number(pnm[2]) };
  const meta = await sharp(image).metadata();
  if (!meta.width || !meta.height) throw new Error('Bildgröße unbekannt');
  return { width: meta.width, height: meta.height };
}

/** The image scaled down to `maxDpi` for a page `widthPt` wide, as grey PNM, with its size; unchanged when it is not finer. */
async function atMostDpi(image: Buffer, widthPt: number, maxDpi: number): Promise<{ image: Buffer; width: number; height: number }> {
  const size = await imageSize(image);
  const target = Math.round((widthPt / 72) * maxDpi);
  if (!(widthPt > 0) || size.width <= target * 1.02) return { image, ...size };
  const { data, info } = await sharpOf(image).greyscale().resize(target).raw().toBuffer({ resolveWithObject: true });
  return { image: toPgm(data, info.width, info.height), width: info.width, height: info.height };
}

/** 8-bit grey PNM (P5): tesseract reads it without a decoder pass. */
export function toPgm(grey: Buffer | Uint8Array, width: number, height: number): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1'), grey]);
}

/** The image turned clockwise by `angle` (sharp turns before it resizes), as grey PNM. */
async function turned(image: Buffer, angle: number): Promise<{ image: Buffer; width: number; height: number }> {
  const { data, info } = await sharpOf(image).greyscale().rotate(angle).raw().toBuffer({ resolveWithObject: true });
  return { image: toPgm(data, info.width, info.height), width: info.width, height: info.height };
}

/**
 * Samples for finding a page's orientation: the square with the most ink, from the page at
 * half size, turned by 0°, 90°, 180° and 270°. A tenth of the page is enough to tell and
 * costs a tenth of reading it.
 */
async function orientationSamples(image: Buffer): Promise<{ angle: number; image: Buffer }[]> {
  const size = await imageSize(image);
  const width = Math.max(1, Math.round(size.width / 2));
  const { data, info } = await sharpOf(image).greyscale().resize(width).raw().toBuffer({ resolveWithObject: true });
  const shorter = Math.min(info.width, info.height);
  const side = Math.min(shorter, Math.max(300, Math.round(0.3 * shorter)));
  // ink per cell of a coarse grid, then the window of cells with the most
  const cell = 16;
  const cols = Math.ceil(info.width / cell);
  const rows = Math.ceil(info.height / cell);
  const ink = new Float64Array(cols * rows);
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i];
  const dark = sum / Math.max(1, data.length) - 60;
  for (let y = 0; y < info.height; y++) {
    const row = Math.floor(y / cell) * cols;
    for (let x = 0; x < info.width; x++) if (data[y * info.width + x] < dark) ink[row + Math.floor(x / cell)]++;
  }
  const span = Math.max(1, Math.floor(side / cell));
  let best = { ink: -1, col: 0, row: 0 };
  for (let row = 0; row + span <= rows; row++) {
    for (let col = 0; col + span <= cols; col++) {
      let total = 0;
      for (let r = row; r < row + span; r++) for (let c = col; c < col + span; c++) total += ink[r * cols + c];
      if (total > best.ink) best = { ink: total, col, row };
    }
  }
  const left = Math.min(best.col * cell, Math.max(0, info.width - side));
  const top = Math.min(best.row * cell, Math.max(0, info.height - side));
  const crop = { left, top, width: Math.min(side, info.width - left), height: Math.min(side, info.height - top) };
  const samples = [];
  for (const angle of [0, 90, 180, 270]) {
    const sample = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
      .extract(crop)
      .rotate(angle)
      .greyscale() // raw one-channel input comes out as three channels otherwise
      .raw()
      .toBuffer({ resolveWithObject: true });
    samples.push({ angle, image: toPgm(sample.data, sample.info.width, sample.info.height) });
  }
  return samples;
}

/** Otsu's split of a page's grey values into ink and paper. */
export interface GreySplit {
  /** grey values up to this are the dark class */
  threshold: number;
  darkMean: number;
  lightMean: number;
  /** share of the pixels in the dark class */
  darkShare: number;
}

/** Otsu's threshold on the grey histogram (sampled); undefined for a page of one shade. */
export function otsuSplit(grey: Uint8Array): GreySplit | undefined {
  const histogram = new Float64Array(256);
  const step = Math.max(1, Math.floor(grey.length / 400_000));
  let count = 0;
  for (let i = 0; i < grey.length; i += step, count++) histogram[grey[i]]++;
  if (count === 0) return undefined;
  let total = 0;
  for (let v = 0; v < 256; v++) total += v * histogram[v];
  let darkCount = 0;
  let darkSum = 0;
  let best = -1;
  let threshold = 0;
  for (let v = 0; v < 255; v++) {
    darkCount += histogram[v];
    darkSum += v * histogram[v];
    const lightCount = count - darkCount;
    if (darkCount === 0 || lightCount === 0) continue;
    const between = darkCount * lightCount * (darkSum / darkCount - (total - darkSum) / lightCount) ** 2;
    if (between > best) [best, threshold] = [between, v];
  }
  if (best < 0) return undefined;
  let dark = 0;
  let sumDark = 0;
  for (let v = 0; v <= threshold; v++) {
    dark += histogram[v];
    sumDark += v * histogram[v];
  }
  return { threshold, darkMean: sumDark / dark, lightMean: (total - sumDark) / (count - dark), darkShare: dark / count };
}

/**
 * Which binarisation suits a page: Otsu's threshold on the grey histogram splits it into a dark
 * and a light class; printed text on paper gives classes far apart with little on the dark side,
 * a textured near-empty page two neighbouring shades of background.
 */
export function thresholdingFor(grey: Uint8Array, split = otsuSplit(grey)): Thresholding {
  if (!split) return 'sauvola'; // one shade only: nothing to separate
  return split.lightMean - split.darkMean >= OTSU_MIN_CONTRAST && split.darkShare <= OTSU_MAX_DARK_SHARE ? 'otsu' : 'sauvola';
}

/** Grey pixels of a binary PNM, without a copy. */
function pnmPixels(image: Buffer): { grey: Buffer; width: number; height: number } | undefined {
  const pnm = PNM_HEADER.exec(image.subarray(0, 64).toString('latin1'));
  if (!pnm) return undefined;
  const width = Number(pnm[1]);
  const height = Number(pnm[2]);
  const grey = image.subarray(Buffer.byteLength(pnm[0], 'latin1'));
  return grey.length >= width * height ? { grey, width, height } : undefined;
}

/**
 * Whether the lines of writing run up and down: horizontal lines leave whole pixel rows
 * empty between them, and columns hardly ever; on a page turned by 90° it is the other way.
 */
export function looksSideways(grey: Uint8Array, width: number, height: number): boolean {
  // every other pixel row and column at 300 dpi: lines of print and the gaps between them are
  // many pixels wide, and a quarter of the pixels cost a quarter of the time
  const step = Math.max(1, Math.round(Math.min(width, height) / 1200));
  const dark = inkBelow(grey, width * height);
  const rows = new Uint32Array(Math.ceil(height / step));
  const cols = new Uint32Array(Math.ceil(width / step));
  for (let y = 0, row = 0; y < height; y += step, row++) {
    const offset = y * width;
    for (let x = 0, col = 0; x < width; x += step, col++) {
      if (grey[offset + x] < dark) {
        rows[row]++;
        cols[col]++;
      }
    }
  }
  const emptyShare = (profile: Uint32Array, extent: number) => {
    const first = profile.findIndex((v) => v > 0);
    if (first < 0) return 0;
    let last = profile.length - 1;
    while (profile[last] === 0) last--;
    const limit = Math.max(1, Math.round(0.005 * extent));
    let empty = 0;
    for (let i = first; i <= last; i++) if (profile[i] <= limit) empty++;
    return empty / (last - first + 1);
  };
  const emptyRows = emptyShare(rows, cols.length);
  const emptyCols = emptyShare(cols, rows.length);
  return emptyCols > 2 * emptyRows + 0.05;
}

/**
 * The skew of the lines of writing in degrees (positive: turned clockwise), from 10° to -10°:
 * the angle at which the ink, projected onto the vertical, bunches most sharply into lines.
 */
export function estimateSkew(grey: Uint8Array, width: number, height: number): number {
  const step = Math.max(1, Math.round(Math.min(width, height) / 600));
  let sum = 0;
  let count = 0;
  for (let y = 0; y < height; y += step) for (let x = 0; x < width; x += step, count++) sum += grey[y * width + x];
  const dark = sum / Math.max(1, count) - 60;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      if (grey[y * width + x] < dark) {
        xs.push(x / step);
        ys.push(y / step);
      }
    }
  }
  if (xs.length < 200) return 0;
  const rows = Math.ceil(height / step) + Math.ceil(width / step) + 2;
  const bins = new Float64Array(rows);
  const sharpness = (degrees: number) => {
    const tan = Math.tan((degrees * Math.PI) / 180);
    const offset = Math.ceil(width / step) * 0.2 + 1;
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const bin = Math.round(ys[i] - xs[i] * tan + offset);
      if (bin >= 0 && bin < rows) bins[bin]++;
    }
    let squares = 0;
    for (let i = 0; i < rows; i++) squares += bins[i] * bins[i];
    return squares;
  };
  let best = 0;
  let bestValue = sharpness(0);
  for (let degrees = -10; degrees <= 10; degrees += 0.5) {
    const value = sharpness(degrees);
    if (value > bestValue) [best, bestValue] = [degrees, value];
  }
  for (let degrees = best - 0.4; degrees <= best + 0.4; degrees += 0.1) {
    const value = sharpness(degrees);
    if (value > bestValue) [best, bestValue] = [degrees, value];
  }
  return Math.round(best * 10) / 10;
}

/** Above this share of its characters in lines taller than wide, a page was read lying on its side. */
const SIDEWAYS_SHARE = 0.5;

/** The share of the characters read that stand in lines taller than wide. */
export function verticalTextShare(page: OcrPage): number {
  let vertical = 0;
  let all = 0;
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const chars = line.text.replace(/\s/g, '').length;
        all += chars;
        if (line.bbox.y1 - line.bbox.y0 > line.bbox.x1 - line.bbox.x0) vertical += chars;
      }
    }
  }
  return all === 0 ? 0 : vertical / all;
}

function linesOf(page: OcrPage, scaleX: number, scaleY: number): TextLine[] {
  const lines: TextLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const cell of cellsOfLine(line)) {
          const text = cleanText(cell.text);
          if (!/[\p{L}\p{N}]/u.test(text)) continue;
          lines.push({
            text,
            x: Math.round(cell.bbox.x0 * scaleX * 100) / 100,
            y: Math.round(cell.bbox.y0 * scaleY * 100) / 100,
            width: Math.round((cell.bbox.x1 - cell.bbox.x0) * scaleX * 100) / 100,
            height: Math.round((cell.bbox.y1 - cell.bbox.y0) * scaleY * 100) / 100,
            confidence: Math.round(Math.max(0, Math.min(100, cell.confidence)) * 10) / 1000,
          });
        }
      }
    }
  }
  return mergeLines(lines);
}

/** Boxes read on a squeezed page, moved back to where they are on the page. */
function toPageFrame(page: OcrPage, squeezed: SqueezedPage): void {
  const moved = new Set<Bbox>();
  const move = (box: Bbox | undefined) => {
    if (!box || moved.has(box)) return;
    moved.add(box);
    const bottom = box.y1 > box.y0 ? squeezed.toPageY(box.y1 - 1) + 1 : squeezed.toPageY(box.y1);
    box.y0 = squeezed.toPageY(box.y0);
    box.y1 = bottom;
    box.x0 += squeezed.left;
    box.x1 += squeezed.left;
  };
  for (const block of page.blocks ?? []) {
    move((block as { bbox?: Bbox }).bbox);
    for (const paragraph of block.paragraphs) {
      move((paragraph as { bbox?: Bbox }).bbox);
      for (const line of paragraph.lines) {
        move(line.bbox);
        for (const word of line.words) move(word.bbox);
      }
    }
  }
}

/**
 * A straight page of print on paper, made ready for tesseract: its check boxes found and painted
 * out, its empty stretches squeezed. `input` is undefined when the page is best read as it is.
 */
function prepareStraightPage(pixels: { grey: Buffer; width: number; height: number }, inkBelow: number, dpi: number): { input?: Buffer; squeezed?: SqueezedPage; boxes: Checkbox[] } {
  const { width, height } = pixels;
  const boxes = findCheckboxes(pixels.grey, width, height, { inkBelow });
  const grey = boxes.length > 0 ? withoutCheckboxes(pixels.grey, width, height, boxes) : pixels.grey;
  const squeezed = squeezeBlank(grey, width, height, { inkBelow, dpi });
  if (squeezed) return { input: toPgm(squeezed.grey, squeezed.width, squeezed.height), squeezed, boxes };
  return { input: boxes.length > 0 ? toPgm(grey, width, height) : undefined, boxes };
}

/** The sign a check box is read as: ticked or empty, as the extraction knows them. */
const CHECKBOX_SIGN = { ticked: '☒', empty: '☐' } as const;
/** A box belongs to the nearest line in its row up to this many box widths away. */
const CHECKBOX_REACH = 4;

/**
 * The check boxes painted out before reading, put back as words into the lines they stood in
 * (before, between or after the line's words), so an option reads „☒ Erhöhungsantrag“. A box
 * with no line near it in its row carries no option and is left out.
 */
function putBackCheckboxes(page: OcrPage, boxes: Checkbox[]): void {
  const lines = (page.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
  for (const box of boxes) {
    const size = box.x1 - box.x0;
    const middle = (box.y0 + box.y1) / 2;
    let nearest: OcrLine | undefined;
    let nearestDistance = CHECKBOX_REACH * size;
    for (const line of lines) {
      if (middle < line.bbox.y0 || middle > line.bbox.y1) continue;
      const distance = Math.max(0, line.bbox.x0 - box.x1, box.x0 - line.bbox.x1);
      if (distance < nearestDistance) [nearest, nearestDistance] = [line, distance];
    }
    if (!nearest) continue;
    const word = { text: box.ticked ? CHECKBOX_SIGN.ticked : CHECKBOX_SIGN.empty, confidence: 95, bbox: { x0: box.x0, y0: nearest.bbox.y0, x1: box.x1, y1: nearest.bbox.y1 } };
    const at = nearest.words.findIndex((w) => w.bbox !== undefined && w.bbox.x0 > box.x0);
    nearest.words.splice(at < 0 ? nearest.words.length : at, 0, word);
    nearest.text = nearest.words.map((w) => w.text).join(' ');
    nearest.bbox = { ...nearest.bbox, x0: Math.min(nearest.bbox.x0, box.x0), x1: Math.max(nearest.bbox.x1, box.x1) };
  }
}

/** A gap between words wider than this many letter heights separates two cells (as in the text layer). */
const CELL_GAP_HEIGHTS = 2.5;

type OcrLine = NonNullable<OcrPage['blocks']>[number]['paragraphs'][number]['lines'][number];

/**
 * A line tesseract read, split where its words stand far apart: a form's label and its value,
 * a table's columns — separate lines, as the text layer delivers them.
 */
function cellsOfLine(line: OcrLine): { text: string; bbox: Bbox; confidence: number }[] {
  const words = line.words.filter((w) => w.bbox && w.text.trim());
  if (words.length < 2 || words.length !== line.words.filter((w) => w.text.trim()).length) return [line];
  const letter = (line.bbox.y1 - line.bbox.y0) * 0.7;
  const cells: (typeof words)[] = [[words[0]]];
  for (let i = 1; i < words.length; i++) {
    const gap = words[i].bbox!.x0 - words[i - 1].bbox!.x1;
    if (gap > CELL_GAP_HEIGHTS * letter) cells.push([words[i]]);
    else cells[cells.length - 1].push(words[i]);
  }
  if (cells.length === 1) return [line];
  return cells.map((cell) => {
    const chars = cell.reduce((sum, w) => sum + w.text.length, 0);
    return {
      text: cell.map((w) => w.text).join(' '),
      // the row is tesseract's line (it follows a skewed page); the cells keep its height
      bbox: { x0: Math.min(...cell.map((w) => w.bbox!.x0)), y0: line.bbox.y0, x1: Math.max(...cell.map((w) => w.bbox!.x1)), y1: line.bbox.y1 },
      confidence: cell.reduce((sum, w) => sum + w.confidence * w.text.length, 0) / Math.max(1, chars),
    };
  });
}

/**
 * Characters in words read with some certainty: compares the orientations of one page. Only
 * lines that run across count: tesseract also reads lines that run up and down, but their
 * positions would then be in a frame turned against the page's.
 */
function legibleChars(page: OcrPage): number {
  let count = 0;
  for (const block of page.blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines)
        if (line.bbox.x1 - line.bbox.x0 > line.bbox.y1 - line.bbox.y0)
          for (const word of line.words) if (word.confidence >= 70 && /[\p{L}\p{N}]{2}/u.test(word.text)) count += word.text.length;
  return count;
}

export async function createOcrEngine(options: { workers?: number } = {}): Promise<OcrEngine> {
  const size = Math.max(1, Math.floor(options.workers ?? 1));
  const slots: (Slot | undefined)[] = new Array(size).fill(undefined);
  const busy = new Array<boolean>(size).fill(false);
  const waiting: ((index: number) => void)[] = [];
  let terminated = false;

  // Start one worker now, so a broken installation fails here and not on the first scan.
  slots[0] = await spawnWorker();

  const acquire = (): Promise<number> => {
    const free = busy.indexOf(false);
    if (free >= 0) {
      busy[free] = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (index: number) => {
    if (index < 0) return;
    const next = waiting.shift();
    if (next) next(index);
    else busy[index] = false;
  };

  async function withWorker<T>(job: (slot: Slot) => Promise<T>): Promise<T> {
    if (terminated) throw new Error('OCR wurde beendet');
    const index = await acquire();
    try {
      if (terminated) throw new Error('OCR wurde beendet');
      let slot = slots[index];
      if (!slot || slot.dead) {
        if (slot) await slot.worker.terminate().catch(() => undefined);
        slot = slots[index] = await spawnWorker();
      }
      return await Promise.race([job(slot), slot.death]);
    } finally {
      release(index);
    }
  }

  /**
   * Tesseract reads lines skewed by a degree or two as well as straight ones; from about 3°
   * on it misreads (measured: 86 % of the words at 7°, all of them once deskewed), so such a
   * page is deskewed first (tesseract's rotateAuto: a second layout pass).
   */
  const read = (image: Buffer, dpi: number, wholePage = false) =>
    withWorker(async (slot) => {
      const pixels = pnmPixels(image);
      const rotateAuto = !!pixels && Math.abs(estimateSkew(pixels.grey, pixels.width, pixels.height)) >= DESKEW_FROM;
      const split = pixels ? otsuSplit(pixels.grey) : undefined;
      const thresholding = pixels ? thresholdingFor(pixels.grey, split) : 'sauvola';
      if (thresholding !== slot.thresholding) {
        await slot.worker.setParameters({ thresholding_method: THRESHOLDING_METHOD[thresholding] } as never);
        slot.thresholding = thresholding;
      }
      // Only a straight page of print on paper: a deskewed page is turned inside tesseract, so
      // positions in the squeezed image would no longer be rows of the page; a textured page has
      // no clear ink.
      const prepared = wholePage && pixels && split && thresholding === 'otsu' && !rotateAuto ? prepareStraightPage(pixels, split.threshold, dpi) : undefined;
      const { data } = await slot.worker.recognize(prepared?.input ?? image, { user_defined_dpi: String(Math.round(dpi)), rotateAuto } as never, { text: false, blocks: true });
      const page = data as unknown as OcrPage;
      if (prepared?.squeezed) toPageFrame(page, prepared.squeezed);
      if (prepared) putBackCheckboxes(page, prepared.boxes);
      return page;
    });

  return {
    async recognize(input, widthPt, heightPt) {
      const { image, width, height } = await atMostDpi(input, widthPt, MAX_OCR_DPI);
      const dpi = (width / widthPt) * 72;
      let best: { page: OcrPage; rotation: 0 | 90 | 180 | 270; width: number; height: number } | undefined;

      // A page scanned sideways or upside down reads as noise: try the four orientations on a
      // sample, and read the page in full the way that reads best. A page whose lines run up
      // and down is sampled first (reading it upright costs twice a normal page); any other
      // only when reading it upright went badly.
      let probed: number | undefined;
      const probe = async () => {
        const scores: [number, number][] = [];
        for (const sample of await orientationSamples(image)) scores.push([sample.angle, legibleChars(await read(sample.image, dpi / 2))]);
        const [angle, score] = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
        return (probed = angle !== 0 && score >= 10 && score > 1.5 * scores[0][1] ? angle : 0);
      };
      const readTurned = async (angle: number) => {
        const full = await turned(image, angle);
        return { page: await read(full.image, dpi, true), rotation: angle as 90 | 180 | 270, width: full.width, height: full.height };
      };
      const pixels = pnmPixels(image);
      if (pixels && looksSideways(pixels.grey, pixels.width, pixels.height)) {
        const angle = await probe();
        if (angle === 90 || angle === 270) best = await readTurned(angle);
      }
      if (!best) {
        best = { page: await read(image, dpi, true), rotation: 0, width, height };
        // tesseract reads a page scanned sideways as vertical lines, and may be sure of them (79 % on a
        // rent account's grid): most of the text in lines taller than wide is a page lying on its side
        const sideways = verticalTextShare(best.page) > SIDEWAYS_SHARE;
        if (best.page.confidence / 100 < TURN_BELOW || sideways) {
          const angle = probed ?? (await probe());
          if (angle !== 0) {
            const other = await readTurned(angle);
            if (other.page.confidence > best.page.confidence || (sideways && verticalTextShare(other.page) < SIDEWAYS_SHARE)) best = other;
          }
        }
      }

      const quarter = best.rotation === 90 || best.rotation === 270;
      const pageWidth = quarter ? heightPt : widthPt;
      const pageHeight = quarter ? widthPt : heightPt;
      return {
        lines: linesOf(best.page, pageWidth / best.width, pageHeight / best.height),
        confidence: Math.round(best.page.confidence * 10) / 1000,
        rotation: best.rotation,
        width: pageWidth,
        height: pageHeight,
      };
    },
    async terminate() {
      terminated = true;
      for (const resolve of waiting.splice(0)) resolve(-1);
      await Promise.all(slots.map((slot) => slot?.worker.terminate().catch(() => undefined)));
    },
  };
}
