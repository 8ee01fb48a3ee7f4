/**
 * A Doc to a born-digital PDF (pdf-lib, standard fonts with WinAnsi encoding, a real text layer)
 * and to the ideal DocumentText that a perfect intake would read from it.
 */
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import type { DocumentText, PageText, TextLine } from '../../docai/types.js';
import { STANDARD_FONT, textWidth, type Doc, type FontKey, type TextItem } from './doc.js';

/** a fixed date, so that the same seed gives the same bytes */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 8, 0, 0));

export interface PdfMeta {
  title?: string;
  author?: string;
  creator?: string;
  producer?: string;
  date?: Date;
}

export async function renderPdf(doc: Doc, meta: PdfMeta = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = new Map<FontKey, PDFFont>();
  const font = async (key: FontKey) => {
    let f = fonts.get(key);
    if (!f) fonts.set(key, (f = await pdf.embedFont(STANDARD_FONT[key])));
    return f;
  };
  const [w, h] = doc.pageSize;
  const pages = Array.from({ length: doc.pageCount }, () => pdf.addPage([w, h]));
  for (const item of doc.items) {
    const page = pages[item.page - 1];
    if (item.kind === 'text') {
      page.drawText(item.text, { x: item.x, y: h - item.baseline, size: item.size, font: await font(item.font), color: color(item.color) });
    } else if (item.kind === 'line') {
      page.drawLine({ start: { x: item.x1, y: h - item.y1 }, end: { x: item.x2, y: h - item.y2 }, thickness: item.width, color: color(item.color) });
    } else {
      page.drawRectangle({
        x: item.x,
        y: h - item.y - item.h,
        width: item.w,
        height: item.h,
        borderColor: item.stroke ? color(item.stroke) : undefined,
        borderWidth: item.stroke ? (item.lineWidth ?? 0.5) : 0,
        color: item.fill ? color(item.fill) : undefined,
      });
    }
  }
  const date = meta.date ?? FIXED_DATE;
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  if (meta.title) pdf.setTitle(meta.title);
  if (meta.author) pdf.setAuthor(meta.author);
  pdf.setCreator(meta.creator ?? 'Textverarbeitung');
  pdf.setProducer(meta.producer ?? 'PDF-Export');
  return pdf.save({ useObjectStreams: false });
}

const color = (c?: readonly [number, number, number]) => (c ? rgb(c[0], c[1], c[2]) : rgb(0, 0, 0));

/**
 * The ideal text of a Doc: per page, runs on one baseline (±1.5 pt) are joined into one line
 * unless a gap wider than 2.5 times the font size separates them (a form's label and its value
 * in the next column stay two lines at the same y, as most text-layer readers and OCR engines
 * report them). Lines are in reading order: top to bottom, then left to right.
 * A line's y is the top of its box (baseline − 0.8 × size), its height the font size.
 */
export function idealText(doc: Doc): DocumentText {
  const pages: PageText[] = [];
  for (let p = 1; p <= doc.pageCount; p++) {
    const runs = doc.items.filter((i): i is TextItem => i.kind === 'text' && i.page === p && i.text.trim() !== '');
    runs.sort((a, b) => a.baseline - b.baseline || a.x - b.x);
    const rows: TextItem[][] = [];
    for (const run of runs) {
      const row = rows.find((r) => Math.abs(r[0].baseline - run.baseline) <= 1.5);
      if (row) row.push(run);
      else rows.push([run]);
    }
    const lines: TextLine[] = [];
    for (const row of rows) {
      row.sort((a, b) => a.x - b.x);
      let current: { runs: TextItem[]; end: number } | undefined;
      const flush = () => {
        if (!current) return;
        const first = current.runs[0];
        const size = Math.max(...current.runs.map((r) => r.size));
        const text = current.runs.map((r) => r.text.trim()).join(' ').replace(/\s+/g, ' ');
        lines.push({ text, x: round(first.x), y: round(first.baseline - 0.8 * size), width: round(current.end - first.x), height: round(size), confidence: 1 });
      };
      for (const run of row) {
        const w = runWidth(run);
        if (current && run.x - current.end <= 2.5 * run.size) {
          current.runs.push(run);
          current.end = Math.max(current.end, run.x + w);
        } else {
          flush();
          current = { runs: [run], end: run.x + w };
        }
      }
      flush();
    }
    pages.push({ page: p, source: 'text-layer', width: doc.pageSize[0], height: doc.pageSize[1], lines });
  }
  return { pages, warnings: [] };
}

const runWidth = (run: TextItem) => textWidth(run.text, run.size, run.font);
const round = (v: number) => Math.round(v * 100) / 100;
