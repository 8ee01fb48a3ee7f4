/**
 * docai/text with OCR: page images and image-only PDFs read by tesseract.js, offline. The
 * images are small (a few lines) to keep the suite fast; one engine serves all tests.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { createOcrEngine, extractText, OCR_LANG_PATH, type OcrEngine } from '../../docai/text/index.ts';
import { verticalTextShare, type OcrPage } from '../../docai/text/ocr.ts';
import { DocumentRefused } from '../../docai/types.ts';
import { allText, formPng, imageOnlyPdf, textPng } from './inputs.ts';

const lines = ['Mietbescheinigung für Jürgen Müller', 'Grundmiete monatlich: 450,00 €', 'Wohnfläche: 58,40 qm, Größe geprüft'];
const words = ['Mietbescheinigung', 'Jürgen', 'Müller', 'Grundmiete', '450,00', 'Wohnfläche:', 'Größe'];

let engine: OcrEngine;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  // nothing may reach the network: tesseract's language data, worker and core come from node_modules
  globalThis.fetch = (() => Promise.reject(new Error('network access in a docai/text test'))) as typeof fetch;
  engine = await createOcrEngine({ workers: 1 });
}, 60_000);

afterAll(async () => {
  globalThis.fetch = realFetch;
  await engine?.terminate();
});

describe('offline OCR configuration', () => {
  it('reads the German model from the local package, not from a CDN', () => {
    expect(path.isAbsolute(OCR_LANG_PATH)).toBe(true);
    expect(OCR_LANG_PATH).toMatch(/node_modules[\\/]@tesseract\.js-data[\\/]deu[\\/]4\.0\.0_best_int$/);
    expect(statSync(path.join(OCR_LANG_PATH, 'deu.traineddata.gz')).size).toBeGreaterThan(1_000_000);
    expect(existsSync(path.join(OCR_LANG_PATH, '..', '..', '..', 'tesseract.js-core'))).toBe(true);
  });
});

describe('OCR', () => {
  it('reads a PNG of German text (umlauts, ß, €) as one page, size from the default 300 dpi', async () => {
    const png = textPng(lines);
    const text = await extractText(png, 'png', { ocr: engine });
    expect(text.pages).toHaveLength(1);
    const [page] = text.pages;
    expect(page.source).toBe('ocr');
    const meta = await sharp(png).metadata();
    expect(page.width).toBeCloseTo((meta.width! / 300) * 72, 0);
    expect(page.height).toBeCloseTo((meta.height! / 300) * 72, 0);
    const all = allText(text);
    for (const word of words) expect(all).toContain(word);
    expect(page.lines).toHaveLength(3);
    // the first line: drawn at 50 px (12 pt) from the left at 300 dpi, in points
    expect(page.lines[0].x).toBeGreaterThan(8);
    expect(page.lines[0].x).toBeLessThan(16);
    expect(page.lines[0].confidence).toBeGreaterThan(0.8);
    expect(page.lines[0].confidence).toBeLessThanOrEqual(1);
    expect(text.warnings).toEqual([]);
  });

  it('reads an image-only PDF: a 300 dpi scan from its own image, a 150 dpi one rendered at 300 dpi', async () => {
    for (const dpi of [300, 150]) {
      const png = textPng(lines, { dpi });
      const text = await extractText(await imageOnlyPdf(png, dpi), 'pdf', { ocr: engine });
      expect(text.pages[0].source).toBe('ocr');
      expect(text.pages[0].width).toBeCloseTo((5.5 * 72), 0);
      const all = allText(text);
      for (const word of words) expect(all).toContain(word);
    }
  });

  it('reads a page scanned upside down', async () => {
    const upsideDown = await sharp(textPng(lines)).rotate(180).png().toBuffer();
    const text = await extractText(upsideDown, 'png', { ocr: engine });
    const all = allText(text);
    for (const word of ['Mietbescheinigung', 'Grundmiete', '450,00']) expect(all).toContain(word);
  }, 60_000);

  it('reads a page scanned sideways, and reports it upright', async () => {
    const sideways = await sharp(textPng(lines)).rotate(90).png().toBuffer();
    const meta = await sharp(sideways).metadata();
    const text = await extractText(sideways, 'png', { ocr: engine });
    const all = allText(text);
    for (const word of ['Mietbescheinigung', 'Grundmiete', '450,00']) expect(all).toContain(word);
    // the page is reported the way it is read: turned back, wider than high
    expect(text.pages[0].width).toBeCloseTo((meta.height! / 300) * 72, 0);
    expect(text.pages[0].height).toBeCloseTo((meta.width! / 300) * 72, 0);
  }, 60_000);

  it('takes the page size from the image’s density, and reports an empty page', async () => {
    const white = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#ffffff' } })
      .withMetadata({ density: 150 })
      .png()
      .toBuffer();
    const text = await extractText(white, 'png', { ocr: engine });
    expect(text.pages[0]).toMatchObject({ width: 595.2, height: 841.92, lines: [] });
    expect(text.warnings).toEqual(['Seite 1 ist leer.']);
  });

  it('takes a page image that does not give its resolution for a whole A4 sheet', async () => {
    // 150 dpi, no resolution in the file: read as 300 dpi, tesseract took the letters for half their size
    const png = formPng({ heading: 'Wohngeldantrag', rows: [], lines: ['Name, Vorname: Braun, Ali', 'geboren am 13.09.1995'] });
    expect([undefined, 72]).toContain((await sharp(png).metadata()).density);
    const text = await extractText(png, 'png', { ocr: engine });
    expect(text.pages[0].width).toBeCloseTo(595.4, 0);
    expect(text.pages[0].height).toBeCloseTo(841.7, 0);
    expect(allText(text)).toContain('geboren am 13.09.1995');
  });

  it('reads check boxes on a scanned form as ☒ and ☐ before their options, and the options whole', async () => {
    const png = formPng({
      heading: 'Wohngeldantrag',
      rows: [
        [
          { label: 'Erstantrag', ticked: false },
          { label: 'Weiterleistungsantrag', ticked: false },
          { label: 'Erhöhungsantrag', ticked: true },
        ],
        [
          { label: 'Heizkosten in der Miete enthalten', ticked: true },
          { label: 'nicht enthalten', ticked: false },
        ],
      ],
      lines: ['Name, Vorname: Braun, Ali'],
    });
    const text = await extractText(png, 'png', { ocr: engine });
    const all = allText(text);
    expect(all).toMatch(/☐ Erstantrag\b/);
    expect(all).toMatch(/☐ Weiterleistungsantrag\b/);
    expect(all).toMatch(/☒ Erhöhungsantrag\b/);
    expect(all).toMatch(/☒ Heizkosten in der Miete enthalten\b/);
    expect(all).toMatch(/☐ nicht enthalten\b/);
    expect(all).toContain('Name, Vorname: Braun, Ali');
  });

  it('reads a 600-dpi scan at 300 dpi, positions still in points of the page', async () => {
    const png = await sharp(textPng(lines, { dpi: 600 })).withMetadata({ density: 600 }).png().toBuffer();
    const meta = await sharp(png).metadata();
    const text = await extractText(png, 'png', { ocr: engine });
    const [page] = text.pages;
    expect(page.width).toBeCloseTo((meta.width! / 600) * 72, 0);
    for (const word of words) expect(allText(text)).toContain(word);
    // drawn 12 pt from the left edge, whatever the resolution
    expect(page.lines[0].x).toBeGreaterThan(8);
    expect(page.lines[0].x).toBeLessThan(16);
  });

  it('reads a page with a long empty stretch and dust in it: lines where they are on the page', async () => {
    // a heading, 14 empty lines, a line at the foot of the page: the empty middle is squeezed before tesseract reads
    const png = textPng(['Mietbescheinigung für Jürgen Müller', ...new Array<string>(14).fill(''), 'Grundmiete monatlich: 450,00 €'], { widthIn: 8.27 });
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    for (let i = 0; i < 60; i++) {
      const [x, y] = [200 + ((i * 397) % 2000), 300 + ((i * 211) % 800)];
      for (let row = y; row < y + 3; row++) data.fill(15, row * info.width + x, row * info.width + x + 3);
    }
    const dusty = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).png().toBuffer();
    const text = await extractText(dusty, 'png', { ocr: engine });
    const [page] = text.pages;
    expect(page.lines.map((line) => line.text)).toEqual(['Mietbescheinigung für Jürgen Müller', 'Grundmiete monatlich: 450,00 €']);
    // textPng draws line i with its baseline at 19.2 pt × (i + 1.3) and 12 pt letters: the top of the capitals about 9 pt above
    const baseline = (i: number) => 19.2 * (i + 1.3);
    expect(page.lines[0].y).toBeGreaterThan(baseline(0) - 11);
    expect(page.lines[0].y).toBeLessThan(baseline(0) - 7);
    expect(page.lines[1].y).toBeGreaterThan(baseline(15) - 11);
    expect(page.lines[1].y).toBeLessThan(baseline(15) - 7);
    expect(page.lines[1].x).toBeGreaterThan(8);
    expect(page.lines[1].x).toBeLessThan(16);
  });

  it('reads each page of a multi-page TIFF', async () => {
    const tiff = await sharp([textPng(['Seite eins: Mietbescheinigung']), textPng(['Seite zwei: Lohnabrechnung'])], { join: { animated: true } })
      .tiff({ compression: 'lzw' })
      .toBuffer();
    expect((await sharp(tiff).metadata()).pages).toBe(2);
    const text = await extractText(tiff, 'tiff', { ocr: engine });
    expect(text.pages.map((page) => page.page)).toEqual([1, 2]);
    expect(text.pages[0].lines.map((line) => line.text).join(' ')).toContain('Mietbescheinigung');
    expect(text.pages[1].lines.map((line) => line.text).join(' ')).toContain('Lohnabrechnung');
  });

  it('serves jobs one after the other on a one-worker engine', async () => {
    const [a, b] = await Promise.all([
      extractText(textPng(['Erste Seite: Kontoauszug']), 'png', { ocr: engine }),
      extractText(textPng(['Zweite Seite: Meldebescheinigung']), 'png', { ocr: engine }),
    ]);
    expect(allText(a)).toContain('Kontoauszug');
    expect(allText(b)).toContain('Meldebescheinigung');
  });
});

describe('broken images are refused, not a crash', () => {
  it('a PNG with a damaged body', async () => {
    const png = textPng(lines);
    const damaged = Buffer.from(png);
    for (let i = 100; i < damaged.length - 20; i += 7) damaged[i] ^= 0x5a;
    const refusal = await extractText(damaged, 'png', { ocr: engine }).catch((error) => error);
    expect(refusal).toBeInstanceOf(DocumentRefused);
    expect(refusal).toMatchObject({ code: 'damaged' });
  });

  it('a PNG cut short, and a JPEG that is not one', async () => {
    const png = textPng(lines);
    await expect(extractText(png.subarray(0, 200), 'png', { ocr: engine })).rejects.toBeInstanceOf(DocumentRefused);
    await expect(extractText(png, 'jpeg', { ocr: engine })).rejects.toMatchObject({ code: 'unsupported-format' });
  });

  it('the engine still reads after the refusals', async () => {
    const text = await extractText(textPng(['Schulbescheinigung 2025']), 'png', { ocr: engine });
    expect(allText(text)).toContain('Schulbescheinigung');
  });
});

describe('a page tesseract read as vertical lines', () => {
  const page = (lines: { text: string; width: number; height: number }[]): OcrPage => ({
    confidence: 79,
    blocks: [{ paragraphs: [{ lines: lines.map((line) => ({ text: line.text, confidence: 79, bbox: { x0: 10, y0: 10, x1: 10 + line.width, y1: 10 + line.height }, words: [] })) }] }],
  });

  test('counts the characters in lines taller than wide: a page lying on its side is turned even when tesseract was sure of it', () => {
    const sideways = page([
      { text: 'Aktuelle Monatsmiete ab 1.10.2024 Summe 12 Monate', width: 40, height: 900 },
      { text: '03/2025 674,50 213,86 79,96 968,32', width: 38, height: 700 },
      { text: 'Seite 1', width: 60, height: 30 },
    ]);
    expect(verticalTextShare(sideways)).toBeGreaterThan(0.5);
    const upright = page([
      { text: 'Mietbescheinigung mit Mietentwicklung', width: 900, height: 40 },
      { text: 'I', width: 8, height: 40 },
    ]);
    expect(verticalTextShare(upright)).toBeLessThan(0.1);
    expect(verticalTextShare({ confidence: 0, blocks: null })).toBe(0);
  });
});
