/**
 * Lines from positioned pieces of text: glyphs of a text layer, or the lines OCR found.
 * One TextLine is a run of text on one baseline, left to right; a wide gap (a form's columns,
 * a table's cells) starts another TextLine on the same baseline.
 */
import type { TextLine } from '../types.js';
import type { Glyph } from './pdf-content.js';

/** A gap wider than this share of the font size between two glyphs is a space. */
const SPACE_GAP = 0.15;
/** Glyphs whose baselines differ by less than this share of the font size are on one line (sub- and superscripts included). */
const SAME_LINE = 0.45;
/** A gap between glyphs of one baseline wider than this many font sizes separates two cells (as in the corpus's ideal text). */
const CELL_GAP = 2.5;

const round = (value: number) => Math.round(value * 100) / 100;

export function cleanText(text: string): string {
  return text
    .replace(/\u00ad(?=\s*$)/, '-')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u00ad\ufffd]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The glyphs of one line as text. They are taken in pieces as the content stream draws them
 * (a piece ends where the next glyph belongs to another operation or jumps back), the pieces
 * ordered left to right: two texts printed over each other stay readable one after the other
 * instead of being shuffled letter by letter.
 */
function joinGlyphs(glyphs: Glyph[]): string {
  const pieces: Glyph[][] = [];
  let piece: Glyph[] = [];
  let last: Glyph | undefined;
  for (const glyph of [...glyphs].sort((a, b) => a.seq - b.seq)) {
    if (last && (glyph.op !== last.op || glyph.x0 < last.x1 - 0.3 * glyph.size)) {
      pieces.push(piece);
      piece = [];
    }
    piece.push(glyph);
    last = glyph;
  }
  if (piece.length) pieces.push(piece);
  pieces.sort((a, b) => a[0].x0 - b[0].x0);

  let text = '';
  let previous: Glyph | undefined;
  let previousPiece = '';
  let previousStart = -Infinity;
  for (const current of pieces) {
    const pieceText = current.map((g) => g.text).join('');
    // the same text printed twice at (nearly) the same place: fake bold or a shadow
    if (pieceText === previousPiece && Math.abs(current[0].x0 - previousStart) < 0.2 * current[0].size) continue;
    for (const glyph of current) {
      if (glyph.isSpace) {
        text += ' ';
        continue;
      }
      if (previous) {
        const size = Math.max(glyph.size, previous.size);
        const gap = glyph.x0 - previous.x1;
        if (gap > SPACE_GAP * size || (glyph === current[0] && gap < -0.3 * size)) text += ' ';
      }
      text += glyph.text;
      previous = glyph;
    }
    previousPiece = pieceText;
    previousStart = current[0].x0;
  }
  return cleanText(text);
}

function lineOf(glyphs: Glyph[], text: string): TextLine {
  const ink = glyphs.filter((g) => !g.isSpace);
  const x0 = Math.min(...ink.map((g) => g.box[0]));
  const x1 = Math.max(...ink.map((g) => g.box[2]));
  const y0 = Math.min(...ink.map((g) => (g.horizontal ? g.baseline - 0.8 * g.size : g.box[1])));
  const y1 = Math.max(...ink.map((g) => (g.horizontal ? g.baseline + 0.2 * g.size : g.box[3])));
  return { text, x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0), confidence: 1 };
}

/**
 * The glyphs of one baseline split into cells where a gap wider than `CELL_GAP` font sizes
 * separates them: a form's label and its value, or a table's columns, are separate lines that
 * extraction relates by position — joined, "Mieter (Vertragspartner) Lea Berger" would read as
 * one caption.
 */
function cellsOf(group: Glyph[]): Glyph[][] {
  const ink = group.filter((g) => !g.isSpace).sort((a, b) => a.x0 - b.x0);
  if (ink.length === 0) return [group];
  const bounds: { x0: number; x1: number }[] = [];
  for (const glyph of ink) {
    const last = bounds[bounds.length - 1];
    if (last && glyph.x0 - last.x1 <= CELL_GAP * glyph.size) last.x1 = Math.max(last.x1, glyph.x1);
    else bounds.push({ x0: glyph.x0, x1: glyph.x1 });
  }
  if (bounds.length === 1) return [group];
  const cells: Glyph[][] = bounds.map(() => []);
  for (const glyph of group) {
    // a space goes with the cell it starts in or the nearest one to its left
    let index = 0;
    while (index + 1 < bounds.length && glyph.x0 >= bounds[index + 1].x0 - 0.01) index++;
    if (glyph.isSpace && glyph.x0 > bounds[index].x1) continue;
    cells[index].push(glyph);
  }
  return cells.filter((cell) => cell.some((g) => !g.isSpace));
}

/** Text-layer glyphs (visible ones only) to lines in reading order. */
export function glyphsToLines(glyphs: Glyph[]): TextLine[] {
  const lines: TextLine[] = [];

  const horizontal = glyphs.filter((g) => g.horizontal).sort((a, b) => a.baseline - b.baseline || a.op - b.op);
  let current: { baseline: number; size: number; glyphs: Glyph[] } | undefined;
  const groups: Glyph[][] = [];
  for (const glyph of horizontal) {
    if (current && glyph.baseline - current.baseline <= SAME_LINE * Math.max(current.size, glyph.size)) {
      current.glyphs.push(glyph);
      if (!glyph.isSpace) current.size = Math.max(current.size, glyph.size);
    } else {
      current = { baseline: glyph.baseline, size: glyph.isSpace ? 0 : glyph.size, glyphs: [glyph] };
      groups.push(current.glyphs);
    }
  }
  for (const group of groups) {
    for (const cell of cellsOf(group)) {
      const text = joinGlyphs(cell);
      if (text) lines.push(lineOf(cell, text));
    }
  }

  // rotated or mirrored text: each run on its own
  const runs = new Map<number, Glyph[]>();
  for (const glyph of glyphs) {
    if (glyph.horizontal) continue;
    const run = runs.get(glyph.op);
    if (run) run.push(glyph);
    else runs.set(glyph.op, [glyph]);
  }
  for (const run of runs.values()) {
    const text = cleanText(run.map((g) => g.text).join(''));
    if (text) lines.push(lineOf(run, text));
  }

  return sortLines(lines);
}

export function sortLines(lines: TextLine[]): TextLine[] {
  return lines.sort((a, b) => a.y + a.height - (b.y + b.height) || a.x - b.x);
}

/**
 * OCR lines that sit on one baseline (a form's label and its value found as separate blocks)
 * become one line, left to right; confidence is the character-weighted mean.
 */
export function mergeLines(input: TextLine[]): TextLine[] {
  const sorted = [...input].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2));
  const rows: TextLine[][] = [];
  for (const line of sorted) {
    const centre = line.y + line.height / 2;
    const row = rows.find(
      (r) =>
        r.every((other) => {
          const otherCentre = other.y + other.height / 2;
          const horizontalOverlap = Math.min(line.x + line.width, other.x + other.width) - Math.max(line.x, other.x);
          return Math.abs(centre - otherCentre) < 0.35 * Math.min(line.height, other.height) && horizontalOverlap <= 0;
        }) &&
        // pieces further apart than a cell gap are two cells (a form's label and value, table columns)
        r.some((other) => Math.max(other.x - (line.x + line.width), line.x - (other.x + other.width)) <= CELL_GAP * 0.7 * Math.max(line.height, other.height)),
    );
    if (row) row.push(line);
    else rows.push([line]);
  }
  return sortLines(
    rows.map((row) => {
      if (row.length === 1) return row[0];
      row.sort((a, b) => a.x - b.x);
      const x0 = Math.min(...row.map((l) => l.x));
      const y0 = Math.min(...row.map((l) => l.y));
      const x1 = Math.max(...row.map((l) => l.x + l.width));
      const y1 = Math.max(...row.map((l) => l.y + l.height));
      const chars = row.reduce((sum, l) => sum + l.text.length, 0);
      const confidence = row.reduce((sum, l) => sum + l.confidence * l.text.length, 0) / Math.max(1, chars);
      return {
        text: row.map((l) => l.text).join(' '),
        x: round(x0),
        y: round(y0),
        width: round(x1 - x0),
        height: round(y1 - y0),
        confidence: Math.round(confidence * 1000) / 1000,
      };
    }),
  );
}
