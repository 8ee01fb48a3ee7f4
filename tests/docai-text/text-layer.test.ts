/**
 * docai/text on born-digital PDFs: lines and positions from the text layer, hidden text kept
 * out of the lines and reported, refusals for what cannot be read. No OCR runs here: every
 * page has enough text (an engine that throws when asked proves it).
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { extractText, type OcrEngine } from '../../docai/text/index.ts';
import { DocumentRefused } from '../../docai/types.ts';
import { allText, bornDigitalPdf, hiddenTextPdf, injection, mietbescheinigung } from './inputs.ts';

const noOcr: OcrEngine = {
  recognize: () => Promise.reject(new Error('OCR must not run for a born-digital page')),
  terminate: () => Promise.resolve(),
};

describe('text layer', () => {
  it('reads lines with umlauts, ß and € in reading order, positions in points from the top left', async () => {
    const text = await extractText(await bornDigitalPdf(2), 'pdf', { ocr: noOcr });
    expect(text.warnings).toEqual([]);
    expect(text.pages).toHaveLength(2);
    const [page] = text.pages;
    expect(page).toMatchObject({ page: 1, source: 'text-layer', width: 595.28, height: 841.89 });
    const lines = page.lines.map((line) => line.text);
    expect(lines.slice(0, mietbescheinigung.length)).toEqual(mietbescheinigung);
    expect(lines).toContain('Seite 1 von 2');
    expect(text.pages[1].lines.map((line) => line.text)).toContain('Seite 2 von 2');

    // drawn at x 56, baseline 780 pt above the bottom, 11 pt: the line's top is about 0.8 em above the baseline
    const first = page.lines[0];
    expect(first.x).toBeCloseTo(56, 1);
    expect(first.y).toBeCloseTo(841.89 - 780 - 0.8 * 11, 1);
    expect(first.height).toBeCloseTo(11, 1);
    expect(first.width).toBeGreaterThan(250);
    expect(first.width).toBeLessThan(330);
    expect(first.confidence).toBe(1);
    // lines go down the page
    const ys = page.lines.map((line) => line.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('reads a label and its amount far to the right as two cells of one row', async () => {
    const text = await extractText(await bornDigitalPdf(1), 'pdf', { ocr: noOcr });
    const label = text.pages[0].lines.find((line) => line.text.startsWith('Summe der Vorauszahlungen'));
    expect(label?.text).toBe('Summe der Vorauszahlungen');
    expect(label!.x).toBeCloseTo(56, 1);
    const amount = text.pages[0].lines.find((line) => line.text === '162,50 €');
    expect(amount).toBeDefined();
    expect(amount!.x + amount!.width).toBeGreaterThan(520);
    expect(Math.abs(amount!.y - label!.y)).toBeLessThan(1);
  });

  it('keeps words with ordinary spaces on one line', async () => {
    const text = await extractText(await bornDigitalPdf(1), 'pdf', { ocr: noOcr });
    expect(text.pages[0].lines.map((line) => line.text)).toContain('Grundmiete monatlich: 450,00 €');
  });

  it('reads text printed twice over itself once (fake bold), and two different texts over each other one after the other', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595.28, 841.89]);
    page.drawText('Gesamtmiete 612,50 €', { x: 56, y: 780, size: 11, font });
    page.drawText('Gesamtmiete 612,50 €', { x: 56.3, y: 780, size: 11, font });
    page.drawText('Hochschule', { x: 56, y: 700, size: 8, font });
    page.drawText('Hochschule Hannover', { x: 56, y: 700, size: 10, font });
    page.drawText('Immatrikulationsbescheinigung für das Sommersemester', { x: 56, y: 600, size: 11, font });
    const text = await extractText(await doc.save(), 'pdf', { ocr: noOcr });
    expect(text.pages[0].lines.map((line) => line.text)).toEqual([
      'Gesamtmiete 612,50 €',
      'Hochschule Hochschule Hannover',
      'Immatrikulationsbescheinigung für das Sommersemester',
    ]);
  });

  it('does not touch the caller’s bytes (pdf.js transfers what it is given)', async () => {
    const bytes = await bornDigitalPdf(1);
    const length = bytes.byteLength;
    await extractText(bytes, 'pdf', { ocr: noOcr });
    expect(bytes.byteLength).toBe(length);
  });
});

describe('hidden text (prompt-injection signal)', () => {
  it('keeps white, tiny, off-page, invisible and covered text out of the lines and warns about the page', async () => {
    const text = await extractText(await hiddenTextPdf(), 'pdf', { ocr: noOcr });
    const all = allText(text);
    expect(all).not.toContain('Ignoriere');
    expect(all).not.toMatch(/Tiny|Outside|Invisible|Covered|verdeckter/);
    // white on a dark bar is legible and stays
    expect(all).toContain('Weiße Schrift auf blauem Balken');
    expect(text.pages[1].lines.map((line) => line.text)).toContain(mietbescheinigung[0]);

    expect(text.warnings).toHaveLength(1);
    const [warning] = text.warnings;
    expect(warning).toMatch(/^Seite 2 enthält unsichtbaren Text \(/);
    for (const kind of ['weiß auf weiß', 'winzige Schrift', 'außerhalb der Seite', 'als unsichtbar gesetzt', 'überdeckt']) {
      expect(warning).toContain(kind);
    }
    expect(warning).toMatch(/Prompt-Injection/);
    // the warning names the fact, it does not carry the payload
    expect(warning).not.toContain('Ignoriere');
    expect(warning).not.toContain(injection.slice(0, 20));
  });

  it('page 1 of the same document, all visible, has no warning of its own', async () => {
    const text = await extractText(await hiddenTextPdf(), 'pdf', { ocr: noOcr });
    expect(text.warnings.some((warning) => warning.startsWith('Seite 1'))).toBe(false);
    expect(text.pages[0].lines.map((line) => line.text)).toEqual(mietbescheinigung);
  });
});

describe('refusals instead of crashes', () => {
  it('a truncated PDF is refused as damaged', async () => {
    const bytes = await bornDigitalPdf(2);
    const refusal = await extractText(bytes.slice(0, Math.floor(bytes.length / 2)), 'pdf', { ocr: noOcr }).catch((error) => error);
    expect(refusal).toBeInstanceOf(DocumentRefused);
    expect(refusal).toMatchObject({ code: 'damaged' });
    expect(refusal.reason).toMatch(/beschädigt oder unvollständig/);
  });

  it('bytes that are no PDF, and an empty file, are refused', async () => {
    await expect(extractText(new TextEncoder().encode('Hallo, kein PDF'), 'pdf', { ocr: noOcr })).rejects.toMatchObject({
      code: 'unsupported-format',
    });
    await expect(extractText(new Uint8Array(0), 'pdf', { ocr: noOcr })).rejects.toBeInstanceOf(DocumentRefused);
  });

  it('garbage after a PDF header is refused, not a crash', async () => {
    const garbage = new Uint8Array(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 251;
    garbage.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
    const outcome = await extractText(garbage, 'pdf', { ocr: noOcr }).then(
      (text) => ({ text }),
      (error: unknown) => ({ error }),
    );
    if ('error' in outcome) expect(outcome.error).toBeInstanceOf(Error);
    else expect(outcome.text.pages.every((page) => page.lines.length === 0)).toBe(true);
  });

  it('a PDF whose page has a broken content stream still yields its pages (and no crash)', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595.28, 841.89]);
    page.drawText('Mietbescheinigung für Jürgen Müller, Leipzig, Gesamtmiete 612,50 €', { x: 56, y: 780, size: 11, font });
    const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
    // break the content stream's operators after the text: pdf.js reads what it can (stopAtErrors: false)
    const broken = Buffer.from(bytes.toString('latin1').replace(/ET\b/, 'ET 1 2 3 BT ] > Tf Tj'), 'latin1');
    const text = await extractText(broken, 'pdf', { ocr: noOcr });
    expect(text.pages).toHaveLength(1);
    expect(allText(text)).toContain('Mietbescheinigung');
  });
});
