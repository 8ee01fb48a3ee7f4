/**
 * Building DocumentText by hand for tests: one string per line; ` | ` splits a line into cells
 * that become separate text lines side by side (as a text layer or OCR delivers table cells);
 * a line starting with `# ` is printed large (a title). Pages are separated by `---`.
 */
import type { DocumentText, DocumentTypeId, PageText, TextLine } from '../../docai/types.js';

export interface BuildOptions {
  source?: 'text-layer' | 'ocr';
  /** OCR confidence of every line (default 1) */
  confidence?: number;
  /** x of the cells of a split line (default every 220 pt from 50) */
  columns?: number[];
}

export const PAGE_WIDTH = 595;
export const PAGE_HEIGHT = 842;

export function buildText(lines: string[], options: BuildOptions = {}): DocumentText {
  const pages: PageText[] = [];
  let current: TextLine[] = [];
  let y = 50;
  const flush = () => {
    pages.push({ page: pages.length + 1, source: options.source ?? 'text-layer', width: PAGE_WIDTH, height: PAGE_HEIGHT, lines: current });
    current = [];
    y = 50;
  };
  for (const raw of lines) {
    if (raw === '---') {
      flush();
      continue;
    }
    const title = raw.startsWith('# ');
    const text = title ? raw.slice(2) : raw;
    const height = title ? 16 : 10;
    const cells = text.split(' | ');
    cells.forEach((cell, i) => {
      const lead = cell.length - cell.trimStart().length;
      const x = (options.columns?.[i] ?? 50 + 220 * i) + lead * 5;
      if (cell.trim().length === 0) return;
      current.push({ text: cell.trim(), x, y, width: cell.trim().length * (title ? 8 : 5), height, confidence: options.confidence ?? 1 });
    });
    y += height + 4;
  }
  flush();
  return { pages, warnings: [] };
}

/** The text of a page as one string per line (to check evidence). */
export function pageLines(text: DocumentText, page: number): string[] {
  return text.pages.find((p) => p.page === page)?.lines.map((line) => line.text) ?? [];
}

/** Every field's evidence is a substring of one line of its page. */
export function evidenceOnPage(text: DocumentText, fields: Record<string, { page: number; text: string }>): string[] {
  const problems: string[] = [];
  for (const [id, field] of Object.entries(fields)) {
    const lines = pageLines(text, field.page);
    if (!lines.some((line) => line.includes(field.text))) problems.push(`${id}: "${field.text}" not on page ${field.page}`);
  }
  return problems;
}

/** A hand-written document with the values a caseworker would read off it. */
export interface Sample {
  name: string;
  type: DocumentTypeId;
  text: DocumentText;
  expected: Record<string, string | number>;
  /** fields that must be absent */
  absent?: string[];
}

export const sample = (name: string, type: DocumentTypeId, lines: string[], expected: Record<string, string | number>, options: BuildOptions & { absent?: string[] } = {}): Sample => ({
  name,
  type,
  text: buildText(lines, options),
  expected,
  absent: options.absent,
});
