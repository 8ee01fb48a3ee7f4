/**
 * Squeezing the empty parts of a page before OCR (docai/text/squeeze.ts): what is cut, what is
 * kept, and that positions map back to the page. Pure pixel arithmetic, no OCR.
 */
import { squeezeBlank, writingProfile } from '../../docai/text/squeeze.ts';

const WIDTH = 2480; // A4 at 300 dpi
const HEIGHT = 3508;
const options = { inkBelow: 128, dpi: 300 };

/** White paper with dark rectangles (words seen from afar) and optional specks. */
function page(boxes: [x: number, y: number, width: number, height: number][], specks: [x: number, y: number][] = []): Uint8Array {
  const grey = new Uint8Array(WIDTH * HEIGHT).fill(245);
  const paint = (x0: number, y0: number, width: number, height: number, value: number) => {
    for (let y = y0; y < y0 + height; y++) grey.fill(value, y * WIDTH + x0, y * WIDTH + x0 + width);
  };
  for (const [x, y, width, height] of boxes) paint(x, y, width, height, 20);
  for (const [x, y] of specks) paint(x, y, 3, 3, 10);
  return grey;
}

/** A block of text lines: 40 px high words, 60 px line pitch. */
const block = (top: number, lines: number, left = 300, width = 1200): [number, number, number, number][] =>
  Array.from({ length: lines }, (_, i) => [left, top + i * 60, width, 40]);

describe('squeezeBlank', () => {
  it('cuts the margins and shortens a long empty stretch; every row of writing maps back to itself', () => {
    const grey = page([...block(400, 5), ...block(2800, 2)]);
    const squeezed = squeezeBlank(grey, WIDTH, HEIGHT, options)!;
    expect(squeezed).toBeDefined();
    // 0.15 in of white kept beside the writing, the gap of ~2.1 in cut to 0.25 in
    expect(squeezed.left).toBe(300 - 45);
    expect(squeezed.width).toBe(1200 + 2 * 45);
    expect(squeezed.height).toBe(45 + 280 + 75 + 100 + 45);
    for (const [top, rows] of [[400, 280], [2800, 100]]) {
      const from = Array.from({ length: squeezed.height }, (_, y) => y).find((y) => squeezed.toPageY(y) === top)!;
      for (let offset = 0; offset < rows; offset += 7) {
        const y = from + offset;
        expect(squeezed.toPageY(y)).toBe(top + offset);
        const row = squeezed.grey.subarray(y * squeezed.width, (y + 1) * squeezed.width);
        const original = grey.subarray((top + offset) * WIDTH + squeezed.left, (top + offset) * WIDTH + squeezed.left + squeezed.width);
        expect(Buffer.compare(Buffer.from(row), Buffer.from(original))).toBe(0);
      }
    }
  });

  it('keeps gaps between lines and short gaps between blocks as they are', () => {
    // 100 px between the blocks: under half an inch
    const grey = page([...block(400, 5), ...block(780, 5)]);
    const squeezed = squeezeBlank(grey, WIDTH, HEIGHT, options)!;
    expect(squeezed.height).toBe(45 + (780 + 280 - 400) + 45);
    expect(squeezed.toPageY(45 + 380)).toBe(780);
  });

  it('does not let specks of dust hold an empty stretch open, but a small mark does', () => {
    const specks: [number, number][] = Array.from({ length: 300 }, (_, i) => [100 + ((i * 397) % 2200), 1000 + ((i * 211) % 1600)]);
    const withSpecks = squeezeBlank(page([...block(400, 5), ...block(2800, 2)], specks), WIDTH, HEIGHT, options)!;
    const clean = squeezeBlank(page([...block(400, 5), ...block(2800, 2)]), WIDTH, HEIGHT, options)!;
    expect(withSpecks.height).toBe(clean.height);
    expect(withSpecks.width).toBe(clean.width);
    // a page number of 20 × 32 px in the middle of the stretch is writing
    const mark = squeezeBlank(page([...block(400, 5), [1000, 1800, 20, 32], ...block(2800, 2)]), WIDTH, HEIGHT, options)!;
    expect(mark.height).toBe(clean.height + 75 + 32);
    expect(mark.toPageY(45 + 280 + 75)).toBe(1800);
  });

  it('finds the writing at other resolutions too (cells and gaps scale with the dpi)', () => {
    // at 150 dpi cells are 2 px: a dot of 4 × 4 px is a speck there, one of 8 × 8 px is not
    const at150 = { inkBelow: 128, dpi: 150 };
    expect(writingProfile(page([[300, 400, 4, 4]]), WIDTH, HEIGHT, at150).rows.includes(1)).toBe(false);
    expect(writingProfile(page([[300, 400, 8, 8]]), WIDTH, HEIGHT, at150).rows[402]).toBe(1);
    // the same 8 × 8 px dot at 300 dpi is a speck
    expect(writingProfile(page([[300, 400, 8, 8]]), WIDTH, HEIGHT, options).rows.includes(1)).toBe(false);
  });

  it('leaves a full page alone, and an empty one', () => {
    expect(squeezeBlank(page(block(60, 56, 60, 2360)), WIDTH, HEIGHT, options)).toBeUndefined();
    expect(squeezeBlank(page([]), WIDTH, HEIGHT, options)).toBeUndefined();
    expect(squeezeBlank(page([], [[500, 500], [900, 2000]]), WIDTH, HEIGHT, options)).toBeUndefined();
  });

  it('treats grey lighter than the ink threshold as paper', () => {
    const grey = page(block(400, 5));
    // a light grey band (a shaded table row, a coffee stain) far below the writing
    for (let y = 2500; y < 2600; y++) grey.fill(180, y * WIDTH + 300, y * WIDTH + 1500);
    const squeezed = squeezeBlank(grey, WIDTH, HEIGHT, options)!;
    expect(squeezed.height).toBe(45 + 280 + 45);
  });
});
