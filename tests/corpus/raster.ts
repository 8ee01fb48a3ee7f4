/**
 * A Doc drawn straight onto a @napi-rs/canvas bitmap: much faster than rendering its PDF with pdfjs,
 * and the same picture, since the fonts are the metric-compatible substitutes that pdfjs itself
 * uses for the standard fonts (Liberation Sans for Helvetica, Foxit Serif and Fixed for Times and
 * Courier, shipped in pdfjs-dist/standard_fonts).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { Color, Doc, FontKey } from './doc.js';
import type { RasterPage } from './scan.js';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');

const FILES: Record<FontKey, string> = {
  helvetica: 'LiberationSans-Regular.ttf',
  'helvetica-bold': 'LiberationSans-Bold.ttf',
  'helvetica-italic': 'LiberationSans-Italic.ttf',
  times: 'FoxitSerif.pfb',
  'times-bold': 'FoxitSerifBold.pfb',
  'times-italic': 'FoxitSerifItalic.pfb',
  courier: 'FoxitFixed.pfb',
  'courier-bold': 'FoxitFixedBold.pfb',
  'courier-italic': 'FoxitFixedItalic.pfb',
};

let registered = false;
function registerFonts(): void {
  if (registered) return;
  for (const [key, file] of Object.entries(FILES)) GlobalFonts.registerFromPath(path.join(FONT_DIR, file), `corpus-${key}`);
  registered = true;
}

const css = (c?: Color) => (c ? `rgb(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)})` : '#000');

/**
 * Every page at `dpi`, turned by `rotation(page)` degrees clockwise as it lay on the scanner; the
 * glass around a turned sheet shows in `glass` grey.
 */
export function rasterizeDoc(doc: Doc, dpi: number, rotation: (page: number) => number = () => 0, glass = 255): RasterPage[] {
  registerFonts();
  const scale = dpi / 72;
  const w = doc.pageSize[0] * scale;
  const h = doc.pageSize[1] * scale;
  const pages: RasterPage[] = [];
  for (let p = 1; p <= doc.pageCount; p++) {
    const a = (rotation(p) * Math.PI) / 180;
    const width = Math.ceil(Math.abs(w * Math.cos(a)) + Math.abs(h * Math.sin(a)) - 1e-6);
    const height = Math.ceil(Math.abs(w * Math.sin(a)) + Math.abs(h * Math.cos(a)) - 1e-6);
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = `rgb(${glass},${glass},${glass})`;
    ctx.fillRect(0, 0, width, height);
    ctx.translate(width / 2, height / 2);
    ctx.rotate(a);
    ctx.translate(-w / 2, -h / 2);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, w, h);
    ctx.scale(scale, scale);
    for (const item of doc.items) {
      if (item.page !== p) continue;
      if (item.kind === 'rect') {
        if (item.fill) {
          ctx.fillStyle = css(item.fill);
          ctx.fillRect(item.x, item.y, item.w, item.h);
        }
        if (item.stroke) {
          ctx.strokeStyle = css(item.stroke);
          ctx.lineWidth = item.lineWidth ?? 0.5;
          ctx.strokeRect(item.x, item.y, item.w, item.h);
        }
      } else if (item.kind === 'line') {
        ctx.strokeStyle = css(item.color);
        ctx.lineWidth = item.width;
        ctx.beginPath();
        ctx.moveTo(item.x1, item.y1);
        ctx.lineTo(item.x2, item.y2);
        ctx.stroke();
      } else {
        ctx.fillStyle = css(item.color);
        ctx.font = `${item.size}px corpus-${item.font}`;
        ctx.fillText(item.text, item.x, item.baseline);
      }
    }
    const image = ctx.getImageData(0, 0, width, height);
    pages.push({ data: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), width, height, channels: 4, rotated: true });
  }
  return pages;
}
