/**
 * The lines of a document with what extraction needs to know about their place: the row a line
 * sits in (text to its right), the lines below it in the same column, and a folded form for
 * tolerant label matching.
 */
import type { DocumentText } from '../types.js';
import { fold, withoutGenderPair, type Folded } from './fuzzy.js';

export interface Line {
  /** position in the document's reading order */
  index: number;
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  confidence: number;
  /** read from the PDF's text layer, not by OCR */
  textLayer: boolean;
  folded: Folded;
  /** a caption in both genders read as its masculine label ("Name der Vermieterin / des Vermieters"), folded; absent without such a pair */
  foldedWithoutPair?: Folded;
  /** the line's index within its page */
  indexOnPage: number;
}

export interface Layout {
  lines: Line[];
  pages: { page: number; width: number; height: number; lines: Line[]; positioned: boolean }[];
}

export function layoutOf(document: DocumentText): Layout {
  const lines: Line[] = [];
  const pages: Layout['pages'] = [];
  for (const page of document.pages) {
    const pageLines: Line[] = [];
    const tall = page.source === 'ocr' ? tallDebrisLimit(page.lines) : Infinity;
    for (const raw of page.lines) {
      if (typeof raw.text !== 'string' || raw.text.trim().length === 0) continue;
      const confidence = Number.isFinite(raw.confidence) ? Math.max(0, Math.min(1, raw.confidence)) : 1;
      // a graphic or a column of specks that OCR read as one tall line of junk would join the rows it spans
      if (finite(raw.height) > tall && confidence < 0.5) continue;
      // … and a speck read as a letter or two with next to no confidence is no cell of a row
      if (page.source === 'ocr' && raw.text.trim().length <= 2 && confidence < 0.2) continue;
      const line: Line = {
        index: lines.length,
        page: page.page,
        text: raw.text,
        x: finite(raw.x),
        y: finite(raw.y),
        width: finite(raw.width),
        height: finite(raw.height) || 10,
        confidence,
        textLayer: page.source !== 'ocr',
        folded: fold(raw.text),
        indexOnPage: pageLines.length,
      };
      const unpaired = withoutGenderPair(raw.text);
      if (unpaired !== raw.text) line.foldedWithoutPair = fold(unpaired);
      lines.push(line);
      pageLines.push(line);
    }
    const ys = new Set(pageLines.map((line) => Math.round(line.y)));
    pages.push({ page: page.page, width: page.width, height: page.height, lines: pageLines, positioned: ys.size > 1 || pageLines.length <= 1 });
  }
  return { lines, pages };
}

const finite = (value: number) => (Number.isFinite(value) ? value : 0);

/** Four times the median line height of an OCR page: a line taller than that is no line of text. */
function tallDebrisLimit(lines: DocumentText['pages'][number]['lines']): number {
  const heights = lines.map((line) => finite(line.height)).filter((height) => height > 0).sort((a, b) => a - b);
  return heights.length >= 5 ? heights[Math.floor(heights.length / 2)] * 4 : Infinity;
}

function pageOf(layout: Layout, line: Line) {
  return layout.pages.find((page) => page.page === line.page)!;
}

/** Whether two lines sit on the same row (their vertical middles within half a line height). */
export function sameRow(a: Line, b: Line): boolean {
  const tolerance = Math.max(a.height, b.height) * 0.5;
  return Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) <= tolerance;
}

/**
 * Whether `line` is a cell of a row of column headers ("Familienname | Vorname | Geburtsdatum")
 * whose values stand in the row below, under their headers: the row has several cells, none
 * holding a figure or ending with a colon; the next row of cells (a header's second line
 * skipped) has values under them and does not start with a label — that would be a grid of
 * `label | value` rows. Two cells must both be labels (`isLabel`); a wider row may have headers
 * no label list knows ("Baujahr", "Räume"), when a figure stands under one of them.
 */
export function isHeaderCell(layout: Layout, line: Line, isLabel: (line: Line) => boolean): boolean {
  const page = pageOf(layout, line);
  if (!page.positioned) return false;
  const row = page.lines.filter((other) => sameRow(other, line)).sort((a, b) => a.x - b.x);
  if (row.length < 2) return false;
  if (row.some((cell) => /[0-9]/.test(cell.text) || /:\s*$/.test(cell.text))) return false;
  const allLabels = row.every((cell) => cell === line || isLabel(cell));
  if (!allLabels && row.length < 3) return false;
  // the next row of cells, skipping the second line of a header that wrapped
  const rowBottom = Math.max(...row.map((cell) => cell.y + cell.height));
  const candidates = page.lines.filter((other) => other.y > rowBottom - 1 && other.y <= rowBottom + line.height * 4).sort((a, b) => a.y - b.y || a.x - b.x);
  let nextRow: Line[] | undefined;
  for (const candidate of candidates) {
    const cells = page.lines.filter((other) => sameRow(other, candidate)).sort((a, b) => a.x - b.x);
    if (cells.length >= 2) {
      nextRow = cells;
      break;
    }
    if (/[0-9]/.test(candidate.text)) return false;
  }
  if (!nextRow) return false;
  // a row starting with a label is a `label | value` grid — unless that label is a row caption left of
  // this header in a table with captions on both sides ("beitragspflichtiges Entgelt | 2.367,08 | …" under "Krankenvers. | Pflegevers. | …")
  if (isLabel(nextRow[0]) && !(row.length >= 3 && nextRow[0] !== line && nextRow[0].x + nextRow[0].width <= line.x)) return false;
  const columns = row.map((cell, i) => [cell.x - 4, i + 1 < row.length ? row[i + 1].x - 1 : Math.max(page.width, cell.x + cell.width)] as const);
  const under = nextRow.filter((cell) => columns.some(([start, end]) => cell.x >= start && cell.x + cell.width <= end + 4));
  if (under.length < 2) return false;
  return allLabels || under.some((cell) => /[0-9]/.test(cell.text));
}

/** The column a header cell stands over: from its left edge to the next cell of its row (values are often right-aligned in it). */
export function headerColumn(layout: Layout, line: Line): [number, number] {
  const page = pageOf(layout, line);
  const next = page.lines.filter((other) => other !== line && sameRow(other, line) && other.x > line.x + 1).sort((a, b) => a.x - b.x)[0];
  return [line.x, next ? next.x - 1 : Math.max(page.width, line.x + line.width)];
}

/** Running text: three or more lower-case words of four letters or more. */
export const isSentence = (text: string): boolean => (text.match(/(?<![\p{L}])\p{Ll}{4,}/gu) ?? []).length >= 3;

/** Lines on the same row to the right of `line`, nearest first. */
export function rightOf(layout: Layout, line: Line): Line[] {
  const page = pageOf(layout, line);
  if (!page.positioned) return [];
  return page.lines
    .filter((other) => other !== line && sameRow(other, line) && other.x >= line.x + Math.min(line.width, 1) - 1)
    .sort((a, b) => a.x - b.x);
}

/**
 * Lines below `line` in the same column, nearest first: they overlap the line's horizontal
 * extent (or start near its left edge) and lie within `maxLines` line heights.
 */
export function below(layout: Layout, line: Line, maxLines = 2.6, columnStart = line.x, columnEnd = line.x + line.width): Line[] {
  const page = pageOf(layout, line);
  if (!page.positioned) {
    // without positions: the next lines in reading order
    return page.lines.slice(line.indexOnPage + 1, line.indexOnPage + 1 + Math.floor(maxLines));
  }
  // vertical centres: an OCR box may be much taller than its text
  const centre = (l: Line) => l.y + l.height / 2;
  // a small caption over a field counts in the page's ordinary line height, not its own
  const unit = Math.max(line.height, medianHeight(page.lines) * 0.9);
  const limit = centre(line) + unit * (maxLines + 0.5);
  return page.lines
    .filter((other) => {
      if (other === line || centre(other) <= centre(line) + line.height * 0.5 || centre(other) > limit) return false;
      const left = other.x;
      const right = other.x + other.width;
      const overlap = Math.min(right, columnEnd) - Math.max(left, columnStart);
      return overlap > 0 || Math.abs(left - columnStart) <= Math.max(12, line.height);
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Lines above `line` in the same column, nearest first. */
export function above(layout: Layout, line: Line, maxLines = 2.6): Line[] {
  const page = pageOf(layout, line);
  if (!page.positioned) return page.lines.slice(Math.max(0, line.indexOnPage - Math.floor(maxLines)), line.indexOnPage).reverse();
  const limit = line.y - line.height * (maxLines + 0.5);
  return page.lines
    .filter((other) => {
      if (other === line || other.y >= line.y - line.height * 0.5 || other.y < limit) return false;
      const overlap = Math.min(other.x + other.width, line.x + line.width) - Math.max(other.x, line.x);
      return overlap > 0;
    })
    .sort((a, b) => b.y - a.y);
}

/** The next line of a paragraph: right below `line` (within 1.6 lines) and starting at the same left edge. */
export function nextLineInColumn(layout: Layout, line: Line): Line | undefined {
  return below(layout, line, 1.6).find((other) => sameLeftEdge(other, line));
}

/** The previous line of a paragraph: right above `line` (within 1.6 lines) and starting at the same left edge. */
export function previousLineInColumn(layout: Layout, line: Line): Line | undefined {
  return above(layout, line, 1.6).find((other) => sameLeftEdge(other, line));
}

/** Two lines that start at the same left edge (within a line height): lines of one paragraph or column. */
export const sameLeftEdge = (other: Line, line: Line) => Math.abs(other.x - line.x) <= Math.max(6, line.height);

/**
 * The line a caption wrapped into: the next line of the same column and print that closes a bracket
 * the caption left open ("Anschrift (Straße, Hausnr.," / "PLZ, Ort)").
 */
export function wrappedInto(layout: Layout, line: Line): Line | undefined {
  if (!/\([^)]*$/.test(line.text)) return undefined;
  const next = below(layout, line, 1.6).find((other) => Math.abs(other.x - line.x) <= 3 && Math.abs(other.height - line.height) <= 1.5);
  return next && /^[^(]*\)/.test(next.text) ? next : undefined;
}

/** The caption line that wrapped into `line` (see wrappedInto). */
export function wrappedFrom(layout: Layout, line: Line): Line | undefined {
  if (!/^[^(]*\)/.test(line.text)) return undefined;
  const previous = above(layout, line, 1.6).find((other) => Math.abs(other.x - line.x) <= 3);
  return previous && wrappedInto(layout, previous) === line ? previous : undefined;
}

/** The cells to the right of a caption printed over two lines: beside the middle of both. */
export function rightOfWrapped(layout: Layout, first: Line, last: Line): Line[] {
  const page = pageOf(layout, first);
  if (!page.positioned) return [];
  const top = first.y;
  const bottom = last.y + last.height;
  const right = Math.max(first.x + first.width, last.x + last.width) - 1;
  return page.lines
    .filter((other) => other !== first && other !== last && other.x >= right && other.y + other.height / 2 >= top && other.y + other.height / 2 <= bottom)
    .sort((a, b) => a.x - b.x);
}

/** The lines of a page in reading order, from `line` on (inclusive) — for sections. */
export function following(layout: Layout, line: Line): Line[] {
  return pageOf(layout, line).lines.slice(line.indexOnPage);
}

/** The median line height of a page, as the unit for "large" title text. */
export function medianHeight(lines: Line[]): number {
  if (lines.length === 0) return 10;
  const heights = lines.map((line) => line.height).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] || 10;
}

export interface Row {
  page: number;
  /** cells left to right */
  lines: Line[];
  /** the cells joined by a column gap */
  text: string;
  y: number;
}

/** The rows of the document: lines on the same row of a page joined, top to bottom. */
export function rowsOf(layout: Layout): Row[] {
  const rows: Row[] = [];
  for (const page of layout.pages) {
    if (!page.positioned) {
      for (const line of page.lines) rows.push({ page: page.page, lines: [line], text: line.text, y: line.y });
      continue;
    }
    const sorted = [...page.lines].sort((a, b) => a.y - b.y || a.x - b.x);
    const pageRows: Line[][] = [];
    for (const line of sorted) {
      const row = pageRows.find((candidate) => sameRow(candidate[0], line));
      if (row) row.push(line);
      else pageRows.push([line]);
    }
    for (const row of pageRows) {
      row.sort((a, b) => a.x - b.x);
      rows.push({ page: page.page, lines: row, text: row.map((line) => line.text).join('   '), y: row[0].y });
    }
  }
  return rows;
}
