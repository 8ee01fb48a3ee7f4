/**
 * A small page-description model for the generator: text runs, lines and boxes on A4 pages, in PDF
 * points with the origin top left. Layouts draw into a `Doc`; `render.ts` turns it into a PDF with a
 * real text layer and into the ideal `DocumentText`. The Doc also records, for the ground truth,
 * on which page each field's value was printed and how.
 */
import { StandardFontEmbedder, StandardFonts } from 'pdf-lib';

export type FontFamily = 'helvetica' | 'times' | 'courier';
export type FontKey = `${FontFamily}` | `${FontFamily}-bold` | `${FontFamily}-italic`;
export type Color = readonly [number, number, number];

export const A4: readonly [number, number] = [595.28, 841.89];

export interface TextItem {
  kind: 'text';
  page: number;
  x: number;
  /** baseline, from the top of the page */
  baseline: number;
  text: string;
  font: FontKey;
  size: number;
  color?: Color;
}
export interface LineItem {
  kind: 'line';
  page: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color?: Color;
}
export interface RectItem {
  kind: 'rect';
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
  stroke?: Color;
  fill?: Color;
  lineWidth?: number;
}
export type Item = TextItem | LineItem | RectItem;

export const STANDARD_FONT: Record<FontKey, StandardFonts> = {
  helvetica: StandardFonts.Helvetica,
  'helvetica-bold': StandardFonts.HelveticaBold,
  'helvetica-italic': StandardFonts.HelveticaOblique,
  times: StandardFonts.TimesRoman,
  'times-bold': StandardFonts.TimesRomanBold,
  'times-italic': StandardFonts.TimesRomanItalic,
  courier: StandardFonts.Courier,
  'courier-bold': StandardFonts.CourierBold,
  'courier-italic': StandardFonts.CourierOblique,
};

const metrics = new Map<FontKey, StandardFontEmbedder>();
const embedder = (font: FontKey) => {
  let e = metrics.get(font);
  if (!e) metrics.set(font, (e = StandardFontEmbedder.for(STANDARD_FONT[font] as never)));
  return e;
};

export function textWidth(text: string, size: number, font: FontKey): number {
  return embedder(font).widthOfTextAtSize(text.replace(/\u00a0/g, ' '), size);
}

// Field values inside running text are marked, so that wrapping keeps them on one line and the
// ground truth learns their page: MARK_OPEN field MARK_SEP printed MARK_CLOSE.
const MARK_OPEN = '\ue000';
const MARK_SEP = '\ue001';
const MARK_CLOSE = '\ue002';
export const markField = (field: string, printed: string) => `${MARK_OPEN}${field}${MARK_SEP}${printed}${MARK_CLOSE}`;
const MARK_RE = /\ue000([^\ue001]*)\ue001([^\ue002]*)\ue002/g;

/** the text with markers removed, and the fields it contains */
export function unmark(text: string): { text: string; fields: { field: string; printed: string }[] } {
  const fields: { field: string; printed: string }[] = [];
  const plain = text.replace(MARK_RE, (_m, field: string, printed: string) => {
    fields.push({ field, printed });
    return printed;
  });
  return { text: plain, fields };
}

export interface DocOptions {
  family?: FontFamily;
  size?: number;
  margins?: { left: number; right: number; top: number; bottom: number };
  pageSize?: readonly [number, number];
}

export interface TextOptions {
  size?: number;
  font?: FontKey;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'right' | 'center';
  color?: Color;
  /** the field whose value this text prints (for the ground truth) */
  field?: string;
}

export interface FieldPlacement {
  page: number;
  text: string;
}

export class Doc {
  readonly family: FontFamily;
  readonly size: number;
  readonly margins: { left: number; right: number; top: number; bottom: number };
  readonly pageSize: readonly [number, number];
  readonly items: Item[] = [];
  pageCount = 1;
  page = 1;
  /** cursor: top of the next line, from the top of the page */
  y: number;
  readonly placements = new Map<string, FieldPlacement>();
  /** drawn on every page when the document is finished: (doc, page, pages) */
  private readonly everyPage: ((doc: Doc, page: number, pages: number) => void)[] = [];
  /** drawn at the top of every page after the first when it is opened */
  private readonly continuation: ((doc: Doc) => void)[] = [];

  constructor(options: DocOptions = {}) {
    this.family = options.family ?? 'helvetica';
    this.size = options.size ?? 10;
    this.margins = options.margins ?? { left: 68, right: 56, top: 56, bottom: 70 };
    this.pageSize = options.pageSize ?? A4;
    this.y = this.margins.top;
  }

  get width(): number {
    return this.pageSize[0];
  }
  get height(): number {
    return this.pageSize[1];
  }
  get left(): number {
    return this.margins.left;
  }
  get right(): number {
    return this.pageSize[0] - this.margins.right;
  }
  get contentWidth(): number {
    return this.right - this.left;
  }

  font(options: TextOptions = {}): FontKey {
    if (options.font) return options.font;
    return options.bold ? `${this.family}-bold` : options.italic ? `${this.family}-italic` : this.family;
  }

  measure(text: string, options: TextOptions = {}): number {
    return textWidth(unmark(text).text, options.size ?? this.size, this.font(options));
  }

  /** one run of text at an absolute position (baseline from the top); returns its width */
  text(x: number, baseline: number, text: string, options: TextOptions = {}): number {
    const { text: plain, fields } = unmark(text);
    if (!plain.trim()) return 0;
    const size = options.size ?? this.size;
    const font = this.font(options);
    const w = textWidth(plain, size, font);
    const left = options.align === 'right' ? x - w : options.align === 'center' ? x - w / 2 : x;
    this.items.push({ kind: 'text', page: this.page, x: left, baseline, text: plain.replace(/\u00a0/g, ' '), font, size, color: options.color });
    if (options.field) this.place(options.field, plain);
    for (const f of fields) this.place(f.field, f.printed);
    return w;
  }

  /** record that a field's value is printed on the current page */
  place(field: string, printed: string): void {
    if (!this.placements.has(field)) this.placements.set(field, { page: this.page, text: printed.replace(/\u00a0/g, ' ') });
  }

  line(x1: number, y1: number, x2: number, y2: number, width = 0.5, color?: Color): void {
    this.items.push({ kind: 'line', page: this.page, x1, y1, x2, y2, width, color });
  }

  hline(y = this.y, x1 = this.left, x2 = this.right, width = 0.5, color?: Color): void {
    this.line(x1, y, x2, y, width, color);
  }

  rect(x: number, y: number, w: number, h: number, style: { stroke?: Color; fill?: Color; lineWidth?: number } = { stroke: [0, 0, 0] }): void {
    this.items.push({ kind: 'rect', page: this.page, x, y, w, h, ...style });
  }

  /** a check box, ticked or not */
  checkbox(x: number, baseline: number, checked: boolean, size = 9): void {
    this.rect(x, baseline - size + 1, size, size, { stroke: [0, 0, 0], lineWidth: 0.7 });
    if (checked) this.text(x + 1.6, baseline - 0.2, 'X', { size: size, font: 'helvetica-bold' });
  }

  /** advance the cursor */
  move(dy: number): void {
    this.y += dy;
  }

  /** start a new page unless `height` points still fit on this one */
  ensure(height: number): void {
    if (this.y + height > this.height - this.margins.bottom) this.newPage();
  }

  newPage(): void {
    this.pageCount++;
    this.page = this.pageCount;
    this.y = this.margins.top;
    for (const f of this.continuation) f(this);
  }

  onEveryPage(f: (doc: Doc, page: number, pages: number) => void): void {
    this.everyPage.push(f);
  }

  onContinuation(f: (doc: Doc) => void): void {
    this.continuation.push(f);
  }

  /** a line of text at the cursor, then the cursor moves down */
  write(text: string, options: TextOptions & { x?: number; gap?: number } = {}): void {
    const size = options.size ?? this.size;
    this.ensure(size * 1.4);
    const x = options.x ?? (options.align === 'right' ? this.right : options.align === 'center' ? (this.left + this.right) / 2 : this.left);
    this.text(x, this.y + size, text, options);
    this.y += size * (options.gap ?? 1.4);
  }

  /** running text, wrapped to the width; marked field values never break */
  para(text: string, options: TextOptions & { x?: number; width?: number; leading?: number; after?: number } = {}): void {
    const size = options.size ?? this.size;
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    const leading = options.leading ?? 1.35;
    for (const line of this.wrap(text, width, options)) {
      this.ensure(size * leading);
      this.text(x, this.y + size, line, options);
      this.y += size * leading;
    }
    this.y += options.after ?? size * 0.6;
  }

  /** lines of at most `width` points; a marked field value is one unbreakable word */
  wrap(text: string, width: number, options: TextOptions = {}): string[] {
    const out: string[] = [];
    for (const paragraph of text.split('\n')) {
      const words = paragraph.match(/(\ue000[^\ue002]*\ue002|[^\s\ue000]+)+/g) ?? [''];
      let line = '';
      for (const word of words) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && this.measure(candidate, options) > width) {
          out.push(line);
          line = word;
        } else line = candidate;
      }
      out.push(line);
    }
    return out;
  }

  /**
   * A row of cells at the cursor: each cell has its own x (left edge, or right edge when aligned
   * right) and may wrap within its width. The cursor moves below the tallest cell.
   */
  row(cells: (TextOptions & { x: number; text: string; width?: number })[], options: { size?: number; leading?: number; minHeight?: number } = {}): number {
    const size = options.size ?? this.size;
    const leading = options.leading ?? 1.3;
    const wrapped = cells.map((c) => (c.width ? this.wrap(c.text, c.width, { ...c, size: c.size ?? size }) : [c.text]));
    const lines = Math.max(1, ...wrapped.map((w) => w.length));
    const height = Math.max(options.minHeight ?? 0, lines * size * leading);
    this.ensure(height);
    const top = this.y;
    cells.forEach((c, i) => wrapped[i].forEach((l, j) => this.text(c.x, top + size + j * size * leading, l, { size, ...c })));
    this.y = top + height;
    return height;
  }

  /** run the drawing hooks of every page; call once, when the layout is done */
  finish(): void {
    const current = this.page;
    for (let p = 1; p <= this.pageCount; p++) {
      this.page = p;
      for (const f of this.everyPage) f(this, p, this.pageCount);
    }
    this.page = current;
  }
}
