/**
 * Parts that many German letters and notices share: letterhead, return line, address window
 * (DIN 5008), information block, subject, footer with bank details and page numbers, closing,
 * legal-remedy text. Layouts combine them in their own ways.
 */
import type { Ctx } from './context.js';
import type { Color, Doc, TextOptions } from './doc.js';
import { groupIban, type Address, type Person } from './fake.js';

export const GRAY: Color = [0.35, 0.35, 0.35];
export const LIGHT: Color = [0.85, 0.85, 0.85];
export const ACCENTS: readonly Color[] = [
  [0.0, 0.27, 0.55],
  [0.7, 0.05, 0.1],
  [0.05, 0.4, 0.25],
  [0.25, 0.25, 0.25],
  [0.45, 0.15, 0.45],
  [0.0, 0.45, 0.6],
];

export type Cell = string | { text: string; field?: string };
const cellText = (c: Cell) => (typeof c === 'string' ? c : c.text);
const cellField = (c: Cell) => (typeof c === 'string' ? undefined : c.field);

/** organisation name and unit at the top; style varies */
export function letterhead(ctx: Ctx, lines: { name: string; unit?: string; extra?: string[] }, accent: Color = ctx.rng.pick(ACCENTS)): void {
  const d = ctx.doc;
  const style = ctx.rng.int(0, 3);
  const top = 36;
  if (style === 0) {
    d.text(d.right, top + 14, lines.name, { size: 14, bold: true, align: 'right', color: accent });
    if (lines.unit) d.text(d.right, top + 28, lines.unit, { size: 9, align: 'right', color: GRAY });
    (lines.extra ?? []).forEach((l, i) => d.text(d.right, top + 40 + i * 10, l, { size: 8, align: 'right', color: GRAY }));
  } else if (style === 1) {
    d.rect(d.left, top, 28, 28, { fill: accent });
    d.text(d.left + 36, top + 12, lines.name, { size: 13, bold: true, color: accent });
    if (lines.unit) d.text(d.left + 36, top + 25, lines.unit, { size: 9, color: GRAY });
    (lines.extra ?? []).forEach((l, i) => d.text(d.right, top + 8 + i * 10, l, { size: 8, align: 'right', color: GRAY }));
  } else if (style === 2) {
    d.rect(0, 0, d.width, 8, { fill: accent });
    d.text(d.width / 2, top + 14, lines.name, { size: 15, bold: true, align: 'center' });
    if (lines.unit) d.text(d.width / 2, top + 28, lines.unit, { size: 9.5, align: 'center', color: GRAY });
    (lines.extra ?? []).forEach((l, i) => d.text(d.width / 2, top + 40 + i * 10, l, { size: 8, align: 'center', color: GRAY }));
  } else {
    d.text(d.left, top + 12, lines.name, { size: 12, bold: true });
    if (lines.unit) d.text(d.left, top + 25, lines.unit, { size: 9 });
    d.hline(top + 32, d.left, d.right, 1.2, accent);
    (lines.extra ?? []).forEach((l, i) => d.text(d.right, top + 8 + i * 10, l, { size: 8, align: 'right', color: GRAY }));
  }
}

/** the small sender line above the address window */
export function returnLine(doc: Doc, text: string): void {
  doc.text(doc.left, 138, text, { size: 6.5, color: GRAY });
  doc.hline(141, doc.left, doc.left + Math.min(240, doc.measure(text, { size: 6.5 }) + 4), 0.3, GRAY);
}

/** the recipient in the address window (DIN 5008, 45 mm from the top) */
export function addressWindow(doc: Doc, lines: Cell[], top = 152): void {
  lines.forEach((l, i) => doc.text(doc.left, top + i * 12.5, cellText(l), { size: 10, field: cellField(l) }));
}

export function recipientLines(ctx: Ctx, p: Person, a: Address, fields: { name?: string; anschrift?: boolean } = {}): Cell[] {
  const salutation = ctx.rng.pick(p.gender === 'f' ? ['Frau', 'Frau', ''] : ['Herrn', 'Herrn', 'Herr', '']);
  const nameText = `${p.title ? p.title + ' ' : ''}${p.first} ${p.last}`;
  const lines: Cell[] = [];
  if (salutation) lines.push(salutation);
  lines.push(fields.name ? { text: nameText, field: fields.name } : nameText);
  lines.push(`${a.street} ${a.no}`);
  lines.push(`${a.plz} ${a.city}`);
  return lines;
}

/** label/value pairs at the right of the address window */
export function infoBlock(doc: Doc, rows: [string, Cell][], options: { x?: number; top?: number; labelWidth?: number; size?: number } = {}): void {
  const x = options.x ?? 360;
  const size = options.size ?? 8.5;
  const lw = options.labelWidth ?? 78;
  rows.forEach(([label, value], i) => {
    const y = (options.top ?? 150) + i * (size + 4);
    doc.text(x, y, label, { size, color: GRAY });
    doc.text(x + lw, y, cellText(value), { size, field: cellField(value) });
  });
}

/** subject line(s) in bold, the cursor moves below */
export function subject(doc: Doc, lines: Cell[], top = 272): void {
  doc.y = Math.max(doc.y, top);
  for (const l of lines) {
    doc.text(doc.left, doc.y + 11, cellText(l), { size: 11, bold: true, field: cellField(l) });
    doc.y += 15;
  }
  doc.y += 10;
}

/** a small footer on every page: columns of lines, page numbers */
export function footer(doc: Doc, columns: string[][], pageStyle: 'Seite x von y' | 'x/y' | '- x -' | 'none' = 'Seite x von y'): void {
  doc.onEveryPage((d, page, pages) => {
    const top = d.height - 52;
    d.hline(top - 8, d.left, d.right, 0.3, GRAY);
    const colWidth = d.contentWidth / Math.max(1, columns.length);
    columns.forEach((col, i) => col.forEach((l, j) => d.text(d.left + i * colWidth, top + j * 8.5, l, { size: 6.5, color: GRAY })));
    const label = pageStyle === 'Seite x von y' ? `Seite ${page} von ${pages}` : pageStyle === 'x/y' ? `${page}/${pages}` : pageStyle === '- x -' ? `- ${page} -` : '';
    if (label) d.text(d.right, d.height - 22, label, { size: 7.5, align: 'right', color: GRAY });
  });
}

export function bankFooterLines(bankName: string, iban: string, bic: string): string[] {
  return [`Bankverbindung: ${bankName}`, `IBAN: ${groupIban(iban)}`, `BIC: ${bic}`];
}

/** greeting, space for the signature, the signing person */
export function closing(ctx: Ctx, options: { signer?: string; role?: string; greeting?: string; auftrag?: boolean } = {}): void {
  const d = ctx.doc;
  d.ensure(70);
  d.move(6);
  d.write(options.greeting ?? ctx.rng.pick(['Mit freundlichen Grüßen', 'Mit freundlichen Grüßen', 'Freundliche Grüße']));
  if (options.auftrag) d.write('Im Auftrag');
  d.move(22);
  if (options.signer) d.write(options.signer);
  if (options.role) d.write(options.role, { size: 8.5, color: GRAY });
}

export const RECHTSBEHELF = [
  'Rechtsbehelfsbelehrung',
  'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der oben genannten Stelle einzulegen. Die Frist ist auch gewahrt, wenn der Widerspruch elektronisch in einer für den Schriftformersatz zugelassenen Form eingelegt wird.',
];

export function rechtsbehelf(ctx: Ctx, who: string): void {
  const d = ctx.doc;
  d.ensure(80);
  d.move(4);
  d.write(RECHTSBEHELF[0], { bold: true });
  d.para(RECHTSBEHELF[1].replace('bei der oben genannten Stelle', `bei ${who}`), { size: 9 });
}

/** neutral filler paragraphs (hints, data protection) that make documents longer and noisier */
export const HINWEISE = [
  'Bitte teilen Sie uns jede Änderung Ihrer persönlichen und wirtschaftlichen Verhältnisse unverzüglich mit. Dies gilt insbesondere für Änderungen der Anschrift, der Zahl der Haushaltsmitglieder und des Einkommens.',
  'Informationen zur Verarbeitung Ihrer personenbezogenen Daten nach Art. 13 und 14 der Datenschutz-Grundverordnung (DSGVO) finden Sie auf unserer Internetseite oder erhalten Sie auf Anfrage in Papierform.',
  'Bitte geben Sie bei Rückfragen und Zahlungen stets das oben genannte Zeichen an. Unsere Sprechzeiten: Montag und Mittwoch 9.00 bis 12.00 Uhr, Donnerstag 13.00 bis 18.00 Uhr.',
  'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.',
  'Wenn Sie Fragen haben, erreichen Sie uns telefonisch oder per E-Mail. Termine vereinbaren Sie bitte vorab.',
  'Bewahren Sie dieses Schreiben sorgfältig auf. Sie benötigen es gegebenenfalls für Anträge bei anderen Stellen.',
];

/** a simple table: header and rows, columns by x; right-aligned columns give their right edge */
export function table(
  ctx: Ctx,
  columns: { header: string; x: number; align?: 'left' | 'right'; width?: number }[],
  rows: Cell[][],
  options: { size?: number; grid?: boolean; headerFill?: Color; zebra?: boolean; repeatHeader?: boolean; rowGap?: number } = {},
): void {
  const d = ctx.doc;
  const size = options.size ?? 9;
  const drawHeader = () => {
    d.ensure(size * 3);
    if (options.headerFill) d.rect(d.left - 2, d.y, d.contentWidth + 4, size * 1.6, { fill: options.headerFill });
    d.row(columns.map((c) => ({ x: c.x, text: c.header, align: c.align, bold: true, width: c.width })), { size, minHeight: size * 1.6 });
    d.hline(d.y, d.left - 2, d.right + 2, 0.6);
    d.move(2);
  };
  drawHeader();
  rows.forEach((row, i) => {
    const before = d.page;
    d.ensure(size * 1.6);
    if (d.page !== before && options.repeatHeader !== false) drawHeader();
    const top = d.y;
    if (options.zebra && i % 2 === 1) d.rect(d.left - 2, top, d.contentWidth + 4, size * 1.5, { fill: [0.94, 0.94, 0.94] });
    d.row(
      row.map((cell, j) => ({ x: columns[j].x, text: cellText(cell), align: columns[j].align, field: cellField(cell), width: columns[j].width })),
      { size, minHeight: size * (options.rowGap ?? 1.5) },
    );
    if (options.grid) d.hline(d.y, d.left - 2, d.right + 2, 0.3, GRAY);
  });
  d.move(6);
}

/** label and value in two columns at the cursor (a form grid without boxes) */
export function kv(ctx: Ctx, label: string, value: Cell, options: TextOptions & { labelX?: number; valueX?: number; valueWidth?: number; boxed?: boolean } = {}): void {
  const d = ctx.doc;
  const lx = options.labelX ?? d.left;
  const vx = options.valueX ?? d.left + 190;
  const size = options.size ?? d.size;
  const top = d.y;
  d.row([
    { x: lx, text: label, size, width: vx - lx - 8, color: options.color, bold: options.bold },
    { x: vx, text: cellText(value), size, field: cellField(value), width: options.valueWidth ?? d.right - vx, font: options.font },
  ]);
  if (options.boxed) d.rect(vx - 4, top + 1, (options.valueWidth ?? d.right - vx) + 4, d.y - top, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.4 });
}

/** a form box: small label above, value inside */
export function box(ctx: Ctx, x: number, y: number, w: number, h: number, label: string, value: Cell, size = 10): void {
  const d = ctx.doc;
  d.rect(x, y, w, h, { stroke: [0, 0, 0], lineWidth: 0.5 });
  d.text(x + 3, y + 8, label, { size: 6.5, color: GRAY });
  if (cellText(value)) d.text(x + 4, y + h - 5, cellText(value), { size, field: cellField(value) });
}

/** a section heading with optional number and a rule */
export function section(ctx: Ctx, title: string, options: { fill?: Color; rule?: boolean; size?: number } = {}): void {
  const d = ctx.doc;
  const size = options.size ?? 10.5;
  d.ensure(size * 4);
  d.move(6);
  if (options.fill) d.rect(d.left - 3, d.y - 1, d.contentWidth + 6, size * 1.7, { fill: options.fill });
  d.text(d.left, d.y + size + 1, title, { size, bold: true });
  d.y += size * 1.8;
  if (options.rule) d.hline(d.y - 3, d.left, d.right, 0.6);
  d.move(2);
}
