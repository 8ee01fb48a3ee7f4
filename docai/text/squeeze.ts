/**
 * Tesseract's page analysis costs per pixel, whether a pixel holds writing or not: on a 300-dpi
 * A4 page filled in its top third, reading the page took four times as long as reading the
 * written part alone, with the same words. So before a page is read, its empty margins are cut
 * off and every empty stretch between blocks of writing taller than `minGap` is shortened to
 * `keptGap` — still a clear gap between blocks for the layout analysis. The lines read are
 * mapped back to the page (`toPage`), so positions are those of the original page.
 *
 * Scanner specks are not writing: ink is found on a grid of small cells, and clusters of inked
 * cells no bigger than a speck do not hold a stretch open (they are cut with it when they lie
 * in a long empty stretch; inside a kept block they stay as they are).
 */

export interface SqueezedPage {
  grey: Buffer;
  width: number;
  height: number;
  /** a y of the squeezed image to the y of the page it came from */
  toPageY(y: number): number;
  /** pixels cut off on the left */
  left: number;
}

export interface SqueezeOptions {
  /** pixels at or below this grey value are ink */
  inkBelow: number;
  /** pixels per inch of the image */
  dpi: number;
}

/** Side of the cells ink is counted in, in pixels at 300 dpi. */
const CELL_AT_300 = 4;
/** A cluster of inked cells this many cells wide and high or smaller is a speck. */
const SPECK_CELLS = 2;
/** Empty stretches from this tall on (inches) are shortened … */
const MIN_GAP_INCH = 0.5;
/** … to this height (inches): a gap between blocks the layout analysis still sees as one. */
const KEPT_GAP_INCH = 0.25;
/** White kept around the writing (inches). */
const MARGIN_INCH = 0.15;
/** Not worth a copy of the page below this share of pixels saved. */
const MIN_SAVING = 0.15;

/**
 * Which pixel rows and columns hold writing: inked cells, minus clusters of the size of a speck.
 */
export function writingProfile(grey: Uint8Array, width: number, height: number, options: SqueezeOptions): { rows: Uint8Array; cols: Uint8Array } {
  const cell = Math.max(2, Math.round((CELL_AT_300 * options.dpi) / 300));
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const count = new Uint16Array(cols * rows);
  // a plain Uint8Array view (a Buffer subclass makes the loop three times slower) and integer division
  const pixels = new Uint8Array(grey.buffer, grey.byteOffset, width * height);
  const ink = options.inkBelow;
  for (let y = 0; y < height; y++) {
    const offset = y * width;
    const row = ((y / cell) | 0) * cols;
    for (let x = 0; x < width; x++) if (pixels[offset + x] <= ink) count[row + ((x / cell) | 0)]++;
  }
  // a cell with a single dark pixel is noise of the scan or JPEG, not a stroke
  const inked = new Uint8Array(cols * rows);
  for (let i = 0; i < inked.length; i++) inked[i] = count[i] >= 2 ? 1 : 0;
  const writing = new Uint8Array(cols * rows);
  const seen = new Uint8Array(cols * rows);
  const stack = new Int32Array(cols * rows);
  const members: number[] = [];
  for (let start = 0; start < inked.length; start++) {
    if (!inked[start] || seen[start]) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    members.length = 0;
    let minX = Infinity;
    let maxX = -1;
    let minY = Infinity;
    let maxY = -1;
    while (top > 0) {
      const at = stack[--top];
      members.push(at);
      const cx = at % cols;
      const cy = (at - cx) / cols;
      minX = Math.min(minX, cx);
      maxX = Math.max(maxX, cx);
      minY = Math.min(minY, cy);
      maxY = Math.max(maxY, cy);
      for (let dy = -1; dy <= 1; dy++) {
        const ny = cy + dy;
        if (ny < 0 || ny >= rows) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = cx + dx;
          if (nx < 0 || nx >= cols) continue;
          const next = ny * cols + nx;
          if (inked[next] && !seen[next]) {
            seen[next] = 1;
            stack[top++] = next;
          }
        }
      }
    }
    if (maxX - minX + 1 > SPECK_CELLS || maxY - minY + 1 > SPECK_CELLS) for (const at of members) writing[at] = 1;
  }
  const rowHasWriting = new Uint8Array(height);
  const colHasWriting = new Uint8Array(width);
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < cols; cx++) {
      if (!writing[cy * cols + cx]) continue;
      rowHasWriting.fill(1, cy * cell, Math.min(height, (cy + 1) * cell));
      colHasWriting.fill(1, cx * cell, Math.min(width, (cx + 1) * cell));
    }
  }
  return { rows: rowHasWriting, cols: colHasWriting };
}

/**
 * The page without its empty margins and with long empty stretches shortened; undefined when
 * that would save too little to be worth it (a full page) or the page holds no writing.
 */
export function squeezeBlank(grey: Uint8Array, width: number, height: number, options: SqueezeOptions): SqueezedPage | undefined {
  const { rows, cols } = writingProfile(grey, width, height, options);
  const inch = (value: number) => Math.max(1, Math.round(value * options.dpi));
  const minGap = inch(MIN_GAP_INCH);
  const keptGap = inch(KEPT_GAP_INCH);
  const margin = inch(MARGIN_INCH);

  let left = 0;
  while (left < width && !cols[left]) left++;
  if (left === width) return undefined;
  let right = width;
  while (right > left && !cols[right - 1]) right--;
  left = Math.max(0, left - margin);
  right = Math.min(width, right + margin);

  // the rows kept, as [from, to) stretches of the page
  const kept: [number, number][] = [];
  let y = 0;
  while (y < height) {
    let end = y;
    while (end < height && !rows[end]) end++;
    if (end > y) {
      if (y === 0) kept.push([Math.max(0, end - margin), end]);
      else if (end === height) kept.push([y, Math.min(height, y + margin)]);
      else kept.push(end - y >= minGap ? [y, y + keptGap] : [y, end]);
    }
    y = end;
    while (y < height && rows[y]) y++;
    if (y > end) kept.push([end, y]);
  }
  const newWidth = right - left;
  const newHeight = kept.reduce((sum, [from, to]) => sum + to - from, 0);
  if (newWidth * newHeight > (1 - MIN_SAVING) * width * height) return undefined;

  const squeezed = Buffer.allocUnsafe(newWidth * newHeight);
  const source = Buffer.from(grey.buffer, grey.byteOffset, grey.byteLength);
  // where each kept stretch starts in the squeezed image, to map positions back
  const starts: number[] = [];
  let at = 0;
  for (const [from, to] of kept) {
    starts.push(at);
    for (let row = from; row < to; row++, at++) source.copy(squeezed, at * newWidth, row * width + left, row * width + right);
  }
  const toPageY = (value: number) => {
    let index = 0;
    while (index + 1 < kept.length && starts[index + 1] <= value) index++;
    return kept[index][0] + (value - starts[index]);
  };
  return { grey: squeezed, width: newWidth, height: newHeight, toPageY, left };
}
