/**
 * Check boxes on a scanned form. Tesseract reads a box and the option beside it as one jumble
 * („{m}“, „[] wiederhol“, „x“ for „☐ Erstantrag ☐ Wiederholungsantrag ☒ Erhöhungsantrag“):
 * the square's strokes look like letters to it, and the option's words are lost with them. So
 * before a page is read its boxes are found and painted white, and afterwards each box is put
 * back into the line it stood in as a sign the extraction knows: ☒ ticked, ☐ empty.
 *
 * A box is a square outline 2–8.5 mm wide (on an A4 page) with four straight, nearly unbroken sides; it is
 * ticked when ink inside it reaches into at least three of its quarters (a cross or a check
 * mark, not a speck of dust), empty when there is next to no ink inside. Boxes in a row with
 * no gap between them are a comb for letters or digits, not check boxes, and stay as they are;
 * so does anything in between ticked and empty.
 */

export interface Checkbox {
  x0: number;
  y0: number;
  /** exclusive */
  x1: number;
  /** exclusive */
  y1: number;
  ticked: boolean;
}

export interface CheckboxOptions {
  /** pixels at or below this grey value are ink */
  inkBelow: number;
}

/**
 * A box's side against the page's width: 2–8.5 mm on an A4 page (210 mm). Not from the
 * resolution: page images from cameras and many scanners claim 72 dpi whatever they are, so
 * the resolution is a guess; the page's width is not.
 */
const MIN_SIDE_OF_WIDTH = 2 / 210;
const MAX_SIDE_OF_WIDTH = 8.5 / 210;
/** width against height a scanned square may have */
const MAX_ASPECT = 1.25;
/** share of each side that must be ink */
const MIN_SIDE_COVER = 0.9;
/** inside ink up to this share: empty (scanner noise) */
const EMPTY_UP_TO = 0.015;
/** inside ink from this share on may be a tick … */
const TICK_FROM = 0.04;
/** … up to this share (more is a filled square: a bullet or a blot) */
const TICK_UP_TO = 0.8;
/** a tick fills at most this share of the rectangle around it */
const TICK_SOLIDITY = 0.8;
/** a tick reaches into this many of the inside's quarters */
const TICK_QUARTERS = 3;
/** a box nearer to another one than this share of its width is part of a comb */
const COMB_GAP = 0.6;

interface Component {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Connected pieces of ink (8-neighbourhood), found run by run: each row's runs of ink are joined
 * to the runs they touch in the row above. Only their bounding boxes are kept.
 */
function inkComponents(grey: Uint8Array, width: number, height: number, inkBelow: number, maxSide: number): Component[] {
  const parent: number[] = [];
  const boxes: Component[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  let previous: { start: number; end: number; label: number }[] = [];
  for (let y = 0; y < height; y++) {
    const offset = y * width;
    const current: { start: number; end: number; label: number }[] = [];
    let j = 0;
    for (let x = 0; x < width; x++) {
      if (grey[offset + x] > inkBelow) continue;
      const start = x;
      while (x < width && grey[offset + x] <= inkBelow) x++;
      const end = x; // exclusive
      let label = -1;
      while (j < previous.length && previous[j].end < start) j++;
      for (let k = j; k < previous.length && previous[k].start <= end; k++) {
        const other = find(previous[k].label);
        if (label < 0) label = other;
        else if (other !== label) {
          parent[other] = label;
          const a = boxes[label];
          const b = boxes[other];
          a.x0 = Math.min(a.x0, b.x0);
          a.y0 = Math.min(a.y0, b.y0);
          a.x1 = Math.max(a.x1, b.x1);
          a.y1 = Math.max(a.y1, b.y1);
        }
      }
      if (label < 0) {
        label = parent.length;
        parent.push(label);
        boxes.push({ x0: start, y0: y, x1: end, y1: y + 1 });
      } else {
        const box = boxes[label];
        if (start < box.x0) box.x0 = start;
        if (end > box.x1) box.x1 = end;
        box.y1 = y + 1;
      }
      current.push({ start, end, label });
    }
    previous = current;
  }
  const result: Component[] = [];
  for (let i = 0; i < parent.length; i++) {
    if (parent[i] !== i) continue;
    const box = boxes[i];
    if (box.x1 - box.x0 <= maxSide && box.y1 - box.y0 <= maxSide) result.push(box);
  }
  return result;
}

/**
 * Share of the inside's pixels that are ink, how many of its quarters hold ink, and how much of
 * the rectangle around that ink it fills (a cross or a check mark little, a filled block — a QR
 * code's corner mark, a bullet — nearly all).
 */
function inside(grey: Uint8Array, width: number, box: Component, inset: number, inkBelow: number): { share: number; quarters: number; solidity: number } {
  const x0 = box.x0 + inset;
  const x1 = box.x1 - inset;
  const y0 = box.y0 + inset;
  const y1 = box.y1 - inset;
  if (x1 - x0 < 4 || y1 - y0 < 4) return { share: 1, quarters: 4, solidity: 1 };
  const midX = (x0 + x1) / 2;
  const midY = (y0 + y1) / 2;
  const perQuarter = [0, 0, 0, 0];
  let ink = 0;
  const extent = { x0: x1, y0: y1, x1: x0, y1: y0 };
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++)
      if (grey[y * width + x] <= inkBelow) {
        ink++;
        perQuarter[(y < midY ? 0 : 2) + (x < midX ? 0 : 1)]++;
        if (x < extent.x0) extent.x0 = x;
        if (x >= extent.x1) extent.x1 = x + 1;
        if (y < extent.y0) extent.y0 = y;
        if (y >= extent.y1) extent.y1 = y + 1;
      }
  const area = (x1 - x0) * (y1 - y0);
  const quarterArea = area / 4;
  const inkedArea = Math.max(1, (extent.x1 - extent.x0) * (extent.y1 - extent.y0));
  return { share: ink / area, quarters: perQuarter.filter((n) => n >= quarterArea * 0.02).length, solidity: ink / inkedArea };
}

/** Whether the four sides of the box are (nearly) unbroken lines of ink. */
function hasFourSides(grey: Uint8Array, width: number, box: Component, band: number, inkBelow: number): boolean {
  const inkIn = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (grey[y * width + x] <= inkBelow) return true;
    return false;
  };
  let top = 0;
  let bottom = 0;
  let left = 0;
  let right = 0;
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  for (let x = box.x0; x < box.x1; x++) {
    if (inkIn(x, box.y0, x + 1, box.y0 + band)) top++;
    if (inkIn(x, box.y1 - band, x + 1, box.y1)) bottom++;
  }
  for (let y = box.y0; y < box.y1; y++) {
    if (inkIn(box.x0, y, box.x0 + band, y + 1)) left++;
    if (inkIn(box.x1 - band, y, box.x1, y + 1)) right++;
  }
  return Math.min(top, bottom) >= MIN_SIDE_COVER * w && Math.min(left, right) >= MIN_SIDE_COVER * h;
}

/** How thick the box's top and left sides are drawn: the median run of ink inward across the middle of each. */
function strokeWidth(grey: Uint8Array, width: number, box: Component, inkBelow: number): number {
  const runs: number[] = [];
  /** the run of ink from `first` inward by `step` (a pixel or two of white before it allowed), at most `length` pixels */
  const inward = (first: number, step: number, length: number) => {
    let i = 0;
    while (i < 2 && grey[first + i * step] > inkBelow) i++;
    const start = i;
    while (i < length && grey[first + i * step] <= inkBelow) i++;
    return i - start;
  };
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  for (let x = box.x0 + Math.floor(w / 4); x < box.x1 - Math.floor(w / 4); x++) runs.push(inward(box.y0 * width + x, width, h));
  for (let y = box.y0 + Math.floor(h / 4); y < box.y1 - Math.floor(h / 4); y++) runs.push(inward(y * width + box.x0, 1, w));
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] + 2;
}

export function findCheckboxes(grey: Uint8Array, width: number, height: number, options: CheckboxOptions): Checkbox[] {
  const pixels = new Uint8Array(grey.buffer, grey.byteOffset, width * height);
  const minSide = Math.max(8, Math.round(MIN_SIDE_OF_WIDTH * width));
  const maxSide = Math.round(MAX_SIDE_OF_WIDTH * width);
  const squares: Checkbox[] = [];
  for (const box of inkComponents(pixels, width, height, options.inkBelow, maxSide)) {
    const w = box.x1 - box.x0;
    const h = box.y1 - box.y0;
    if (w < minSide || h < minSide || Math.max(w, h) > MAX_ASPECT * Math.min(w, h)) continue;
    // a side's stroke, a little tilted on a scan
    const band = Math.max(2, Math.round(Math.min(w, h) * 0.12));
    if (!hasFourSides(pixels, width, box, band, options.inkBelow)) continue;
    const { share, quarters, solidity } = inside(pixels, width, box, strokeWidth(pixels, width, box, options.inkBelow) + 1, options.inkBelow);
    if (share <= EMPTY_UP_TO) squares.push({ ...box, ticked: false });
    else if (share >= TICK_FROM && share <= TICK_UP_TO && quarters >= TICK_QUARTERS && solidity <= TICK_SOLIDITY) squares.push({ ...box, ticked: true });
  }
  return squares.filter(
    (box) =>
      !squares.some((other) => {
        if (other === box) return false;
        const w = box.x1 - box.x0;
        const sameRow = other.y0 < box.y1 && box.y0 < other.y1;
        const gap = Math.max(other.x0 - box.x1, box.x0 - other.x1);
        return sameRow && gap < COMB_GAP * w;
      }),
  );
}

/** A copy of the page with the boxes (and a pixel around them) painted white. */
export function withoutCheckboxes(grey: Uint8Array, width: number, height: number, boxes: Checkbox[]): Buffer {
  const out = Buffer.from(grey.subarray(0, width * height));
  for (const box of boxes) {
    const x0 = Math.max(0, box.x0 - 1);
    const x1 = Math.min(width, box.x1 + 1);
    for (let y = Math.max(0, box.y0 - 1); y < Math.min(height, box.y1 + 1); y++) out.fill(255, y * width + x0, y * width + x1);
  }
  return out;
}
