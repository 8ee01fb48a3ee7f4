/**
 * Check boxes on a scanned page (docai/text/checkboxes.ts): which squares are boxes, ticked or
 * empty, and what is left alone. Pure pixel arithmetic on drawn pages, no OCR.
 */
import { findCheckboxes, withoutCheckboxes, type Checkbox } from '../../docai/text/checkboxes.ts';

const WIDTH = 1240; // A4 at 150 dpi
const HEIGHT = 1754;
const PAPER = 235;
const INK = 30;
const options = { inkBelow: 128 };

class Page {
  readonly grey = new Uint8Array(WIDTH * HEIGHT).fill(PAPER);

  fill(x0: number, y0: number, w: number, h: number, value = INK): this {
    for (let y = y0; y < y0 + h; y++) this.grey.fill(value, y * WIDTH + x0, y * WIDTH + x0 + w);
    return this;
  }

  /** a square outline `size` pixels wide, strokes `stroke` pixels thick */
  square(x: number, y: number, size: number, stroke = 2): this {
    return this.fill(x, y, size, stroke).fill(x, y + size - stroke, size, stroke).fill(x, y, stroke, size).fill(x + size - stroke, y, stroke, size);
  }

  /** a cross from corner to corner of the square's inside, `margin` pixels in from the outline */
  cross(x: number, y: number, size: number, margin = 4, stroke = 2): this {
    for (let i = margin; i <= size - margin - stroke; i++) {
      this.fill(x + i, y + i, stroke, stroke);
      this.fill(x + size - i - stroke, y + i, stroke, stroke);
    }
    return this;
  }

  /** a check mark: a short stroke down to the right, a long one up to the right */
  check(x: number, y: number, size: number): this {
    const low = y + size - 6;
    for (let i = 0; i < 6; i++) this.fill(x + 5 + i, low - 6 + i, 2, 2);
    for (let i = 0; i < size - 14; i++) this.fill(x + 11 + i / 2, low - i, 2, 2);
    return this;
  }
}

const found = (page: Page) => findCheckboxes(page.grey, WIDTH, HEIGHT, options).map((box) => ({ x: box.x0, y: box.y0, ticked: box.ticked }));

describe('findCheckboxes', () => {
  it('finds empty and ticked boxes of a row of options, crossed or checked', () => {
    const page = new Page().square(100, 200, 22).square(300, 200, 22).cross(300, 200, 22).square(500, 200, 22).check(500, 200, 22);
    expect(found(page).sort((a, b) => a.x - b.x)).toEqual([
      { x: 100, y: 200, ticked: false },
      { x: 300, y: 200, ticked: true },
      { x: 500, y: 200, ticked: true },
    ]);
  });

  it('finds a box ticked with a cross that touches its sides', () => {
    const page = new Page().square(100, 200, 22).cross(100, 200, 22, 0, 3);
    expect(found(page)).toEqual([{ x: 100, y: 200, ticked: true }]);
  });

  it('finds boxes of one size on a page of another resolution: sizes go by the page width', () => {
    // the same 3.8 mm box, 45 px on a page scanned at 300 dpi
    const wide = 2480;
    const grey = new Uint8Array(wide * 3508).fill(PAPER);
    for (let y = 400; y < 445; y++) for (let x = 400; x < 445; x++) if (y < 404 || y >= 441 || x < 404 || x >= 441) grey[y * wide + x] = INK;
    expect(findCheckboxes(grey, wide, 3508, options)).toEqual([{ x0: 400, y0: 400, x1: 445, y1: 445, ticked: false }]);
    // on the 150-dpi page a square of 45 px is 7.6 mm: still a box; of 90 px (15 mm) no longer
    expect(found(new Page().square(100, 200, 45))).toHaveLength(1);
    expect(found(new Page().square(100, 200, 90))).toHaveLength(0);
  });

  it('takes a speck of dust inside an empty box for neither ticked nor empty, and leaves it alone', () => {
    // a speck in one quarter: not a tick; too much ink to be sure the box is empty
    const page = new Page().square(100, 200, 22).fill(106, 206, 3, 3);
    expect(found(page)).toEqual([]);
  });

  it('does not take letters, filled squares, a QR code’s corner marks or table cells for boxes', () => {
    const page = new Page()
      // a filled square (a bullet, a blot)
      .fill(100, 200, 20, 20)
      // a QR code's corner mark: a square ring around a filled square
      .square(300, 200, 42, 6)
      .fill(312, 212, 18, 18)
      // a rectangle too wide to be a box (a table cell, an input field)
      .square(500, 200, 22)
      .fill(500, 200, 80, 2)
      .fill(500, 220, 80, 2)
      .fill(578, 200, 2, 22)
      // an outline with a gap in one side (a letter like „C“)
      .fill(700, 200, 22, 2)
      .fill(700, 220, 22, 2)
      .fill(700, 200, 2, 22)
      .fill(720, 200, 2, 8)
      // too small: a box drawn 1 mm wide is a glyph's detail, not a box to tick
      .square(900, 200, 8, 1);
    expect(found(page)).toEqual([]);
  });

  it('leaves a comb of boxes for one letter or digit each alone', () => {
    const page = new Page();
    for (let i = 0; i < 10; i++) page.square(100 + i * 24, 200, 22);
    page.cross(148, 200, 22);
    expect(found(page)).toEqual([]);
  });

  it('finds nothing on an empty page, or a page of specks', () => {
    expect(found(new Page())).toEqual([]);
    const dusty = new Page();
    for (let i = 0; i < 300; i++) dusty.fill(20 + ((i * 397) % 1200), 20 + ((i * 211) % 1700), 3, 3);
    expect(found(dusty)).toEqual([]);
  });
});

describe('withoutCheckboxes', () => {
  it('paints the boxes and a pixel around them white, in a copy; the rest of the page stays', () => {
    const page = new Page().square(100, 200, 22).cross(100, 200, 22).fill(140, 205, 60, 10);
    const boxes: Checkbox[] = findCheckboxes(page.grey, WIDTH, HEIGHT, options);
    expect(boxes).toHaveLength(1);
    const before = Buffer.from(page.grey);
    const erased = withoutCheckboxes(page.grey, WIDTH, HEIGHT, boxes);
    expect(Buffer.compare(Buffer.from(page.grey), before)).toBe(0);
    for (let y = 199; y < 223; y++) for (let x = 99; x < 123; x++) expect(erased[y * WIDTH + x]).toBe(255);
    // the word beside the box is still there
    expect(erased[210 * WIDTH + 150]).toBe(INK);
    expect(erased[210 * WIDTH + 124]).toBe(PAPER);
  });
});
