/**
 * The pure parts of docai/text: merging OCR lines that share a baseline, cleaning text, and the
 * page geometry that decides how a scan is read (skew, sideways lines). No OCR, no files.
 */
import { createCanvas } from '@napi-rs/canvas';
import { cleanText, mergeLines } from '../../docai/text/layout.ts';
import { estimateSkew, looksSideways, thresholdingFor } from '../../docai/text/ocr.ts';

const line = (text: string, x: number, y: number, width: number, confidence = 0.9) => ({ text, x, y, width, height: 10, confidence });

describe('mergeLines', () => {
  it('joins a label and its value found as separate blocks close together on one baseline, left to right', () => {
    const merged = mergeLines([line('450,00 €', 120, 101, 50, 0.8), line('Grundmiete', 50, 100, 60, 1), line('Nebenkosten', 50, 120, 70)]);
    expect(merged.map((l) => l.text)).toEqual(['Grundmiete 450,00 €', 'Nebenkosten']);
    expect(merged[0]).toMatchObject({ x: 50, y: 100, width: 120, height: 11 });
    // character-weighted: 10 characters at 1, 8 at 0.8
    expect(merged[0].confidence).toBeCloseTo((10 * 1 + 8 * 0.8) / 18, 3);
  });

  it('keeps blocks far apart on one baseline as separate cells, as the text layer does', () => {
    const merged = mergeLines([line('450,00 €', 400, 101, 50), line('Grundmiete', 50, 100, 60)]);
    expect(merged.map((l) => l.text)).toEqual(['Grundmiete', '450,00 €']);
  });

  it('keeps lines apart that overlap horizontally or sit on different baselines', () => {
    const merged = mergeLines([line('oben', 50, 100, 100), line('darunter', 60, 106, 100), line('weit unten', 50, 200, 100)]);
    expect(merged.map((l) => l.text)).toEqual(['oben', 'darunter', 'weit unten']);
  });
});

describe('cleanText', () => {
  it('collapses white space, drops control characters and soft hyphens inside words, keeps one at the end', () => {
    expect(cleanText('  Miet\u00adbescheinigung \t für\u0000  Jürgen ')).toBe('Mietbescheinigung für Jürgen');
    expect(cleanText('Wohn\u00ad')).toBe('Wohn-');
  });
});

function page(angle: number): { grey: Uint8Array; width: number; height: number } {
  const width = 1200;
  const height = 1600;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.translate(width / 2, height / 2);
  context.rotate((angle * Math.PI) / 180);
  context.translate(-width / 2, -height / 2);
  context.fillStyle = '#000';
  // lines of "words": blocks of ink with gaps, like print seen from afar
  for (let row = 0; row < 30; row++) {
    let x = 150;
    for (let word = 0; word < 8; word++) {
      const length = 30 + ((row * 7 + word * 13) % 60);
      context.fillRect(x, 200 + row * 40, length, 18);
      x += length + 20;
    }
  }
  const rgba = context.getImageData(0, 0, width, height).data;
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) grey[i] = rgba[i * 4];
  return { grey, width, height };
}

describe('page geometry', () => {
  it('estimates the skew of the lines', () => {
    for (const angle of [0, 1.5, -3, 6]) {
      const { grey, width, height } = page(angle);
      expect(Math.abs(estimateSkew(grey, width, height) - angle)).toBeLessThanOrEqual(0.3);
    }
  });

  it('tells lines that run across from lines that run up and down', () => {
    const upright = page(0);
    expect(looksSideways(upright.grey, upright.width, upright.height)).toBe(false);
    const turned = page(90);
    expect(looksSideways(turned.grey, turned.width, turned.height)).toBe(true);
  });
});

describe('binarisation per page', () => {
  it('uses the global threshold for print on paper', () => {
    expect(thresholdingFor(page(0).grey)).toBe('otsu');
  });

  it('uses local thresholds for a textured page with almost no ink, and for a blank one', () => {
    // paper texture: background shades 215..245, and a few letters' worth of ink — too little
    // for Otsu's threshold to fall between ink and paper: it would cut through the texture
    const width = 800;
    const height = 1100;
    const grey = new Uint8Array(width * height);
    let state = 7;
    for (let i = 0; i < grey.length; i++) grey[i] = 215 + ((state = (state * 1103515245 + 12345) >>> 0) % 31);
    for (let y = 100; y < 112; y++) for (let x = 100; x < 130; x++) grey[y * width + x] = 30;
    expect(thresholdingFor(grey)).toBe('sauvola');
    expect(thresholdingFor(new Uint8Array(width * height).fill(250))).toBe('sauvola');
  });

  it('uses local thresholds for a dark, low-contrast copy', () => {
    const { grey } = page(0);
    const faint = grey.map((v) => (v > 128 ? 150 : 110));
    expect(thresholdingFor(faint)).toBe('sauvola');
  });
});

