/**
 * A small typesetter for the office's letters on pdf-lib: A4 pages after DIN 5008 (letterhead,
 * return line and address window, information block on the right), paragraphs wrapped to the
 * text width, lists, tables, page breaks with "Seite x von y". Text stays real text (selectable,
 * extractable); the standard fonts' WinAnsi encoding holds ä, ö, ü, ß, €, § and the dashes — the
 * few characters it lacks are replaced by their closest equivalents, never dropped silently.
 */
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { antragsteller, type Antrag } from '../antrag.js';
import type { Briefkopf } from './briefkopf.js';
import { deutschesDatum } from '../datum.js';

const A4: [number, number] = [595.28, 841.89];
const MM = 72 / 25.4;
const LEFT = 25 * MM;
const RIGHT = A4[0] - 20 * MM;
const WIDTH = RIGHT - LEFT;
const BOTTOM = 25 * MM;
const GREY = rgb(0.35, 0.35, 0.35);

const REPLACEMENTS: Record<string, string> = { '−': '-', '≥': '>=', '≤': '<=', '→': '->', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '≈': '~' };

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export class Brief {
  private page!: PDFPage;
  private y = 0;
  private readonly pages: PDFPage[] = [];
  private readonly encodable = new Map<string, boolean>();

  private constructor(
    readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    private readonly kopf: Briefkopf,
    private readonly fusszeile: string,
  ) {}

  static async neu(kopf: Briefkopf, titel: string, fusszeile: string): Promise<Brief> {
    const pdf = await PDFDocument.create();
    pdf.setTitle(titel);
    pdf.setAuthor(`${kopf.behoerde} – ${kopf.stelle}`);
    pdf.setLanguage('de-DE');
    pdf.setCreator('wohngeld (Camunda-Wohngeld-Plugin)');
    const fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
    const brief = new Brief(pdf, fonts, kopf, fusszeile);
    brief.neueSeite();
    return brief;
  }

  /** Text the font can write: known replacements, anything else unencodable as "?". */
  sicher(text: string, font: PDFFont = this.fonts.regular): string {
    let out = '';
    for (const ch of text.replace(/[\r\t]/g, ' ')) {
      const mapped = REPLACEMENTS[ch] ?? ch;
      let ok = this.encodable.get(mapped);
      if (ok === undefined) {
        try {
          font.widthOfTextAtSize(mapped, 10);
          ok = true;
        } catch {
          ok = false;
        }
        this.encodable.set(mapped, ok);
      }
      out += ok ? mapped : '?';
    }
    return out;
  }

  private neueSeite(): void {
    this.page = this.pdf.addPage(A4);
    this.pages.push(this.page);
    const { regular, bold } = this.fonts;
    const top = A4[1] - 15 * MM;
    this.page.drawText(this.sicher(this.kopf.behoerde, bold), { x: LEFT, y: top, size: 13, font: bold });
    this.page.drawText(this.sicher(this.kopf.stelle), { x: LEFT, y: top - 15, size: 10, font: regular });
    this.page.drawLine({ start: { x: LEFT, y: top - 22 }, end: { x: RIGHT, y: top - 22 }, thickness: 0.5, color: GREY });
    this.y = this.pages.length === 1 ? top - 40 : top - 45;
  }

  /** Space for `height` points on this page, else a new page. */
  private platz(height: number): void {
    if (this.y - height < BOTTOM + 10) this.neueSeite();
  }

  /** Return line, address window and the information block of the first page (DIN 5008 form B). */
  anschriftUndInfo(empfaenger: string[], info: [string, string][]): void {
    const { regular } = this.fonts;
    const windowTop = A4[1] - 45 * MM;
    const ruecksende = `${this.kopf.behoerde} · ${this.kopf.anschrift.strasse} · ${this.kopf.anschrift.plz} ${this.kopf.anschrift.ort}`;
    this.page.drawText(this.sicher(ruecksende), { x: LEFT, y: windowTop, size: 7, font: regular, color: GREY });
    empfaenger.forEach((line, i) => this.page.drawText(this.sicher(line), { x: LEFT, y: windowTop - 16 - i * 13, size: 10.5, font: regular }));
    const infoX = 125 * MM;
    const rows: [string, string][] = [
      ...info,
      ...(this.kopf.telefon ? ([['Telefon', this.kopf.telefon]] as [string, string][]) : []),
      ...(this.kopf.email ? ([['E-Mail', this.kopf.email]] as [string, string][]) : []),
    ];
    rows.forEach(([label, value], i) => {
      const y = A4[1] - 50 * MM - i * 12;
      this.page.drawText(this.sicher(label), { x: infoX, y, size: 8, font: regular, color: GREY });
      this.page.drawText(this.sicher(value), { x: infoX + 70, y, size: 8.5, font: regular });
    });
    this.y = A4[1] - 103 * MM;
  }

  /** The applicant's address, the case's references, then the salutation after `betreff`. */
  kopfFuerAntrag(antrag: Antrag, angaben: { aktenzeichen: string; datum: string; sachbearbeitung?: string }): void {
    const person = antragsteller(antrag);
    const { anrede, anschrift } = antrag.antragsteller;
    this.anschriftUndInfo(
      [...(anrede !== 'keine' ? [anrede === 'Herr' ? 'Herrn' : 'Frau'] : []), `${person.vorname} ${person.nachname}`, `${anschrift.strasse} ${anschrift.hausnummer}`, `${anschrift.plz} ${anschrift.ort}`],
      [
        ['Aktenzeichen', angaben.aktenzeichen],
        ['Antrag vom', deutschesDatum(antrag.eingangsdatum)],
        ['Datum', deutschesDatum(angaben.datum)],
        ...(angaben.sachbearbeitung ? ([['Bearbeitung', angaben.sachbearbeitung]] as [string, string][]) : []),
      ],
    );
  }

  /** "Sehr geehrte Frau …," / "Sehr geehrter Herr …," / "Guten Tag …," */
  static anrede(antrag: Antrag): string {
    const person = antragsteller(antrag);
    const anrede = antrag.antragsteller.anrede;
    return anrede === 'Frau' ? `Sehr geehrte Frau ${person.nachname},` : anrede === 'Herr' ? `Sehr geehrter Herr ${person.nachname},` : `Guten Tag ${person.vorname} ${person.nachname},`;
  }

  /** Lines of `text` no wider than `width`, breaking at spaces (a word longer than a line is split). */
  umbrechen(text: string, size: number, font: PDFFont, width = WIDTH): string[] {
    const lines: string[] = [];
    const measure = (t: string) => font.widthOfTextAtSize(t.replaceAll('\u0001', ' '), size);
    // "§ 26", "Abs. 3", "Nr. 1" stay on one line: the joiner is a space again when drawn
    const glued = this.sicher(text, font).replace(/(§§?|Abs\.|Nr\.|Satz) (?=\d)/g, '$1\u0001');
    for (const paragraph of glued.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (measure(candidate) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        line = word;
        while (measure(line) > width) {
          let cut = line.length - 1;
          while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return lines.map((line) => line.replaceAll('\u0001', ' '));
  }

  absatz(text: string, options: { size?: number; bold?: boolean; einzug?: number; abstand?: number; farbe?: 'grau' } = {}): void {
    const size = options.size ?? 10.5;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.einzug ?? 0;
    const leading = size * 1.35;
    for (const line of this.umbrechen(text, size, font, WIDTH - indent)) {
      this.platz(leading);
      this.page.drawText(line, { x: LEFT + indent, y: this.y - size, size, font, color: options.farbe === 'grau' ? GREY : rgb(0, 0, 0) });
      this.y -= leading;
    }
    this.y -= options.abstand ?? size * 0.7;
  }

  /** A numbered or bulleted item: the mark in the margin, the text wrapped beside it. */
  punkt(marke: string, titel: string, text?: string): void {
    const size = 10.5;
    this.platz(size * 2.8);
    this.page.drawText(this.sicher(marke), { x: LEFT, y: this.y - size, size, font: this.fonts.bold });
    this.absatz(titel, { bold: true, einzug: 18, abstand: 1 });
    if (text) this.absatz(text, { einzug: 18, abstand: 6 });
  }

  /** A box around a block of text: for what must stand out (a draft mark, a template to complete). */
  kasten(titel: string, zeilen: string[]): void {
    const size = 9.5;
    const leading = size * 1.35;
    const lines = zeilen.flatMap((z) => this.umbrechen(z, size, this.fonts.regular, WIDTH - 16));
    const height = (lines.length + 1) * leading + 14;
    this.platz(Math.min(height, 300));
    const top = this.y;
    this.absatz(titel, { bold: true, size: 10, einzug: 8, abstand: 2 });
    for (const line of lines) {
      this.platz(leading);
      this.page.drawText(line, { x: LEFT + 8, y: this.y - size, size, font: this.fonts.regular });
      this.y -= leading;
    }
    const bottom = this.y - 4;
    if (top - bottom < 400) this.page.drawRectangle({ x: LEFT - 2, y: bottom, width: WIDTH + 4, height: top - bottom + 4, borderColor: GREY, borderWidth: 0.8 });
    this.y = bottom - 10;
  }

  /** Two columns: text left, amount right-aligned. */
  zeile(links: string, rechts: string, options: { bold?: boolean; size?: number } = {}): void {
    const size = options.size ?? 9.5;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const right = this.sicher(rechts, font);
    const rightWidth = font.widthOfTextAtSize(right, size);
    const lines = this.umbrechen(links, size, font, WIDTH - rightWidth - 16);
    const leading = size * 1.35;
    lines.forEach((line, i) => {
      this.platz(leading);
      this.page.drawText(line, { x: LEFT, y: this.y - size, size, font });
      if (i === 0) this.page.drawText(right, { x: RIGHT - rightWidth, y: this.y - size, size, font });
      this.y -= leading;
    });
  }

  abstand(points: number): void {
    this.y -= points;
  }

  async bytes(): Promise<Uint8Array> {
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      const text = this.sicher(`${this.fusszeile} · Seite ${i + 1} von ${total}`);
      page.drawText(text, { x: LEFT, y: BOTTOM - 12, size: 7.5, font: this.fonts.regular, color: GREY });
    });
    return this.pdf.save({ useObjectStreams: false });
  }
}
