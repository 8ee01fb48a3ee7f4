/**
 * Deterministic OCR-like noise for tests: umlauts and ß lost, an `i` read as `l` in long words,
 * `:` read as `;`, a space after a decimal comma, lower line confidence.
 */
import type { DocumentText } from '../../docai/types.js';

/** Umlauts lost and ß read as B: what no reader can restore from the noisy text. */
const LOST_CHARACTERS = (text: string): string => text.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/Ä/g, 'A').replace(/Ü/g, 'U').replace(/ß/g, 'B');

/** A value as it reads after the noise's lost characters (the reading a perfect reader of the noisy text gives). */
export function noisyValue(value: string): string {
  return LOST_CHARACTERS(value);
}

export function ocrNoise(text: DocumentText, confidence = 0.82): DocumentText {
  let counter = 0;
  const noisy = (line: string): string => {
    counter++;
    let out = LOST_CHARACTERS(line);
    if (counter % 2 === 0) out = out.replace(/:/, ';');
    if (counter % 3 === 0) out = out.replace(/(\p{L}{5,})/u, (word) => word.replace(/i/, 'l'));
    if (counter % 4 === 0) out = out.replace(/(\d),(\d\d)(?!\d)/, '$1, $2');
    return out;
  };
  return {
    warnings: [...text.warnings],
    pages: text.pages.map((page) => ({ ...page, source: 'ocr', lines: page.lines.map((line) => ({ ...line, text: noisy(line.text), confidence })) })),
  };
}
