/**
 * Reads the glyphs of one PDF page from pdf.js's operator list — the same list the renderer
 * paints — so that every character comes with what a reader would actually see of it: its
 * position and size on the page, its colour against what lies under it, its render mode, its
 * layer, and whether something opaque is painted over it later. Text a person cannot see is
 * a prompt-injection signal; it is marked here and kept out of the reading text.
 */
import { pdfjs, type PDFDocumentProxy, type PDFPageProxy } from './pdfjs.js';

const { OPS } = pdfjs;

type Matrix = [number, number, number, number, number, number];
type Box = [number, number, number, number]; // x0, y0, x1, y1 in page points, origin top left
type Colour = [number, number, number] | 'pattern' | 'none';

/** Why a character is not visible to a reader. */
export type HiddenReason = 'white' | 'tiny' | 'outside' | 'invisible' | 'transparent' | 'layer' | 'covered';

export interface Glyph {
  text: string;
  /** start and end along the baseline (x for horizontal text) */
  x0: number;
  x1: number;
  baseline: number;
  /** effective font size in points (font size times the text and graphics scaling) */
  size: number;
  /** left to right, upright; other text is kept as whole runs by its bounding box */
  horizontal: boolean;
  box: Box;
  isSpace: boolean;
  /** index of the showText operation; glyphs of one operation form a run */
  op: number;
  /** position in the content stream's order */
  seq: number;
  hidden?: HiddenReason;
}

export interface PageContent {
  width: number;
  height: number;
  glyphs: Glyph[];
  /** visible non-space characters */
  visibleChars: number;
  /** visible characters that are replacement or private-use code points (a text layer without usable Unicode) */
  unmappedChars: number;
  /** hidden non-space characters by reason */
  hidden: Partial<Record<HiddenReason, number>>;
  /** invisible characters lying on an image: the OCR layer of a scan, not a manipulation */
  ocrLayerChars: number;
  /** the largest share of the page covered by a single image */
  imageCoverage: number;
  /**
   * Set when the page is nothing but one upright image covering it (a scanner's page): OCR can
   * read that image as it is instead of a rendering of the page.
   */
  scanImage?: string;
}

interface Area {
  box: Box;
  op: number;
  /** the image's object id (an XObject image) */
  objId?: string;
  /** painted upright and unmirrored (images only) */
  upright?: boolean;
  /** painted in a colour that is not (near) white: white text on it is legible */
  coloured: boolean;
  /** an opaque, normally blended rectangle: whatever lies under it is covered */
  cover: boolean;
  image: boolean;
}

interface FontInfo {
  fontMatrix: number[];
}

interface State {
  ctm: Matrix;
  clip: Box | null;
  fill: Colour;
  stroke: Colour;
  fillAlpha: number;
  strokeAlpha: number;
  normalBlend: boolean;
  font: string | null;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  renderMode: number;
  rise: number;
  textMatrix: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const TINY_PT = 2;
const NEAR_WHITE = 235;
const FILL_OPS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);
const MASK_OPS = new Set<number>([OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask]);

/** m × n: apply n first, then m (pdf.js's Util.transform; a `cm` operator's new matrix is mul(ctm, cm)). */
export function mul(m: Matrix, n: ArrayLike<number>): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

function transformBox(m: Matrix, b: ArrayLike<number>): Box {
  const points = [apply(m, b[0], b[1]), apply(m, b[0], b[3]), apply(m, b[2], b[1]), apply(m, b[2], b[3])];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

const inside = (b: Box, x: number, y: number) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
const area = (b: Box) => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);

function parseColour(args: unknown[] | null): Colour {
  const value = args?.[0];
  if (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)) {
    return [parseInt(value.slice(1, 3), 16), parseInt(value.slice(3, 5), 16), parseInt(value.slice(5, 7), 16)];
  }
  if (args && args.length >= 3 && args.every((v) => typeof v === 'number')) {
    const [r, g, b] = args as number[];
    return [r, g, b];
  }
  return [0, 0, 0];
}

const nearWhite = (c: Colour) => Array.isArray(c) && c.every((v) => v >= NEAR_WHITE);
const matrixArg = (args: unknown[]): number[] => Array.from((args.length >= 6 ? args : args[0]) as ArrayLike<number>);

/** A path of straight segments only, with at most five points: a rectangle (or a quadrilateral). */
function isRectPath(data: unknown): boolean {
  const path = Array.isArray(data) ? data[0] : data;
  if (!path || typeof (path as ArrayLike<number>).length !== 'number') return false;
  const d = path as ArrayLike<number>;
  let points = 0;
  for (let i = 0; i < d.length; ) {
    const op = d[i];
    if (op === 0 || op === 1) {
      points++;
      i += 3;
    } else if (op === 4) {
      i += 1;
    } else {
      return false;
    }
  }
  return points >= 4 && points <= 5;
}

function initialState(ctm: Matrix): State {
  return {
    ctm,
    clip: null,
    fill: [0, 0, 0],
    stroke: [0, 0, 0],
    fillAlpha: 1,
    strokeAlpha: 1,
    normalBlend: true,
    font: null,
    fontSize: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    renderMode: 0,
    rise: 0,
    textMatrix: IDENTITY,
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
  };
}

async function loadFonts(page: PDFPageProxy, fnArray: number[], argsArray: unknown[][]): Promise<Map<string, FontInfo>> {
  const names = new Set<string>();
  for (let i = 0; i < fnArray.length; i++) {
    if (fnArray[i] === OPS.setFont) names.add(String(argsArray[i][0]));
    else if (fnArray[i] === OPS.setGState) {
      for (const [key, value] of argsArray[i][0] as [string, unknown][]) if (key === 'Font') names.add(String((value as unknown[])[0]));
    }
  }
  const fonts = new Map<string, FontInfo>();
  const objs = page.commonObjs as unknown as { has(id: string): boolean; get(id: string, cb?: (data: unknown) => void): unknown };
  for (const name of names) {
    let data: unknown;
    if (objs.has(name)) data = objs.get(name);
    else {
      data = await Promise.race([
        new Promise((resolve) => objs.get(name, resolve)),
        new Promise((resolve) => setTimeout(resolve, 1000, undefined)),
      ]);
    }
    const fontMatrix = (data as { fontMatrix?: number[] } | undefined)?.fontMatrix;
    fonts.set(name, { fontMatrix: Array.isArray(fontMatrix) || ArrayBuffer.isView(fontMatrix) ? Array.from(fontMatrix as ArrayLike<number>) : [0.001, 0, 0, 0.001, 0, 0] });
  }
  return fonts;
}

function normaliseChar(unicode: string): string {
  // ligatures and presentation forms to their letters; no-break and other spaces to a space
  return pdfjs.normalizeUnicode(unicode).replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ');
}

/** Reads the page's glyphs and their visibility. The operator list is the renderer's (cached for a later render). */
export async function readPageContent(pdf: PDFDocumentProxy, page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const width = viewport.width;
  const height = viewport.height;
  const pageBox: Box = [0, 0, width, height];
  const { fnArray, argsArray } = (await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE })) as {
    fnArray: number[];
    argsArray: unknown[][];
  };
  const fonts = await loadFonts(page, fnArray, argsArray);
  const optionalContent = fnArray.some((fn, i) => fn === OPS.beginMarkedContentProps && argsArray[i][0] === 'OC')
    ? await pdf.getOptionalContentConfig()
    : null;

  const base = Array.from(viewport.transform) as Matrix;
  let state = initialState(base);
  const stack: State[] = [];
  const layers: boolean[] = [];
  let layerHidden = false;
  let pendingClip = false;
  const areas: Area[] = [];
  const glyphs: Glyph[] = [];

  /** paint operations other than images: fills, masks, shadings (glyphs are counted apart) */
  let marks = 0;
  let annotations = 0;
  const addArea = (box: Box, op: number, coloured: boolean, cover: boolean, image: boolean, extra: Partial<Area> = {}) => {
    if (!image) marks++;
    const clipped = intersect(state.clip, box);
    if (area(clipped) > 0) areas.push({ box: clipped, op, coloured, cover, image, ...extra });
  };

  const showText = (op: number, items: unknown[]) => {
    if (!state.font || state.fontSize === 0) return;
    const fontMatrix = fonts.get(state.font)?.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0];
    const direction = state.fontSize < 0 ? -1 : 1;
    const fontSize = Math.abs(state.fontSize);
    const hScale = state.hScale * direction;
    const widthScale = fontSize * fontMatrix[0];
    const m = mul(state.ctm, state.textMatrix);
    const size = fontSize * Math.hypot(m[2], m[3]);
    const horizontal = m[0] > 0 && m[3] < 0 && Math.abs(m[1]) <= 0.02 * m[0] && Math.abs(m[2]) <= 0.02 * -m[3];

    // what holds for the whole run
    const mode = state.renderMode & 7;
    const fills = mode === 0 || mode === 2 || mode === 4 || mode === 6;
    const strokes = mode === 1 || mode === 2 || mode === 5 || mode === 6;
    let runReason: HiddenReason | undefined;
    let whiteCandidate = false;
    if (layerHidden) runReason = 'layer';
    else if (mode === 3 || mode === 7) runReason = 'invisible';
    else if (size < TINY_PT || Math.abs(state.hScale) < 0.2) runReason = 'tiny';
    else {
      const fillSeen = fills && state.fill !== 'none' && state.fillAlpha >= 0.1;
      const strokeSeen = strokes && state.stroke !== 'none' && state.strokeAlpha >= 0.1;
      if (!fillSeen && !strokeSeen) runReason = 'transparent';
      else whiteCandidate = (!fillSeen || nearWhite(state.fill)) && (!strokeSeen || nearWhite(state.stroke));
    }

    let x = 0;
    for (const item of items) {
      if (typeof item === 'number') {
        x -= (item * fontSize) / 1000;
        continue;
      }
      const glyph = item as { unicode?: string; width?: number; isSpace?: boolean } | null;
      if (!glyph) continue;
      const advance = (glyph.width ?? 0) * widthScale;
      const spacing = (glyph.isSpace ? state.wordSpacing : 0) + state.charSpacing;
      const start = state.x + x * hScale;
      const end = state.x + (x + advance) * hScale;
      x += advance + spacing * direction;
      const text = normaliseChar(glyph.unicode ?? '');
      if (!text) continue;
      const y = state.y + state.rise;
      const [sx, sy] = apply(m, start, y);
      const [ex, ey] = apply(m, end, y);
      const [ux, uy] = apply(m, start, y + fontSize);
      const xs = [sx, ex, ux];
      const ys = [sy, ey, uy];
      const box: Box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      const cx = (box[0] + box[2]) / 2;
      const cy = sy + (uy - sy) * 0.35; // middle of the lower case letters
      let hidden = runReason;
      if (!hidden && (!inside(pageBox, cx, cy) || (state.clip && !inside(state.clip, cx, cy)))) hidden = 'outside';
      if (!hidden && whiteCandidate && !areas.some((a) => a.coloured && inside(a.box, cx, cy))) hidden = 'white';
      glyphs.push({
        text,
        x0: horizontal ? Math.min(sx, ex) : box[0],
        x1: horizontal ? Math.max(sx, ex) : box[2],
        baseline: sy,
        size,
        horizontal,
        box,
        isSpace: !!glyph.isSpace || text.trim() === '',
        op,
        seq: glyphs.length,
        hidden,
      });
    }
    state.x += x * hScale;
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = mul(state.ctm, matrixArg(args));
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...state });
        if (args[0]) state.ctm = mul(state.ctm, args[0] as ArrayLike<number>);
        if (args[1]) state.clip = intersect(state.clip, transformBox(state.ctm, args[1] as ArrayLike<number>));
        break;
      }
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.beginGroup: {
        stack.push({ ...state });
        const group = args[0] as { matrix?: ArrayLike<number> | null; bbox?: ArrayLike<number> | null } | undefined;
        if (group?.bbox) state.clip = intersect(state.clip, transformBox(group.matrix ? mul(state.ctm, group.matrix) : state.ctm, group.bbox));
        break;
      }
      case OPS.endGroup:
        state = stack.pop() ?? state;
        break;
      case OPS.beginAnnotation: {
        annotations++;
        stack.push(state);
        const [, rect, transform, matrix] = args as [unknown, ArrayLike<number> | null, ArrayLike<number>, ArrayLike<number>];
        state = initialState(mul(mul(base, transform), matrix));
        if (rect) state.clip = transformBox(base, rect);
        break;
      }
      case OPS.endAnnotation:
        state = stack.pop() ?? state;
        break;
      case OPS.setGState:
        for (const [key, value] of args[0] as [string, unknown][]) {
          if (key === 'Font') {
            state.font = String((value as unknown[])[0]);
            state.fontSize = Number((value as unknown[])[1]);
          } else if (key === 'ca') state.fillAlpha = Number(value);
          else if (key === 'CA') state.strokeAlpha = Number(value);
          else if (key === 'BM') state.normalBlend = value === 'source-over' || value === 'normal';
        }
        break;
      case OPS.setFillRGBColor:
      case OPS.setFillGray:
      case OPS.setFillColor:
        state.fill = fn === OPS.setFillGray ? (([g]) => [g * 255, g * 255, g * 255] as Colour)(args as number[]) : parseColour(args);
        break;
      case OPS.setStrokeRGBColor:
      case OPS.setStrokeGray:
      case OPS.setStrokeColor:
        state.stroke = fn === OPS.setStrokeGray ? (([g]) => [g * 255, g * 255, g * 255] as Colour)(args as number[]) : parseColour(args);
        break;
      case OPS.setFillColorN:
        state.fill = typeof args[0] === 'string' && args[0].startsWith('#') ? parseColour(args) : 'pattern';
        break;
      case OPS.setStrokeColorN:
        state.stroke = typeof args[0] === 'string' && args[0].startsWith('#') ? parseColour(args) : 'pattern';
        break;
      case OPS.setFillTransparent:
        state.fill = 'none';
        break;
      case OPS.setStrokeTransparent:
        state.stroke = 'none';
        break;
      case OPS.beginText:
        state.textMatrix = IDENTITY;
        state.x = state.y = state.lineX = state.lineY = 0;
        break;
      case OPS.setTextMatrix:
        state.textMatrix = matrixArg(args) as Matrix;
        state.x = state.y = state.lineX = state.lineY = 0;
        break;
      case OPS.moveText:
        state.x = state.lineX += Number(args[0]);
        state.y = state.lineY += Number(args[1]);
        break;
      case OPS.setLeadingMoveText:
        state.leading = -Number(args[1]);
        state.x = state.lineX += Number(args[0]);
        state.y = state.lineY += Number(args[1]);
        break;
      case OPS.nextLine:
        state.x = state.lineX;
        state.y = state.lineY += state.leading;
        break;
      case OPS.setLeading:
        state.leading = -Number(args[0]);
        break;
      case OPS.setFont:
        state.font = String(args[0]);
        state.fontSize = Number(args[1]);
        break;
      case OPS.setCharSpacing:
        state.charSpacing = Number(args[0]);
        break;
      case OPS.setWordSpacing:
        state.wordSpacing = Number(args[0]);
        break;
      case OPS.setHScale:
        state.hScale = Number(args[0]) / 100;
        break;
      case OPS.setTextRise:
        state.rise = Number(args[0]);
        break;
      case OPS.setTextRenderingMode:
        state.renderMode = Number(args[0]);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        showText(i, (args[0] ?? []) as unknown[]);
        break;
      case OPS.clip:
      case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.constructPath: {
        const [paint, data, minMax] = args as [number, unknown, ArrayLike<number> | null];
        const bounds = minMax && minMax.length >= 4 && Array.from(minMax).every(Number.isFinite) ? transformBox(state.ctm, minMax) : null;
        if (pendingClip && bounds) state.clip = intersect(state.clip, bounds);
        pendingClip = false;
        if (bounds && !layerHidden && FILL_OPS.has(paint) && state.fill !== 'none' && state.fillAlpha >= 0.1) {
          const opaque = state.fillAlpha >= 0.95 && state.normalBlend && state.fill !== 'pattern';
          addArea(bounds, i, !nearWhite(state.fill), opaque && isRectPath(data), false);
        }
        break;
      }
      case OPS.shadingFill:
        if (!layerHidden) addArea(state.clip ?? pageBox, i, true, false, false);
        break;
      case OPS.beginMarkedContent:
        layers.push(true);
        break;
      case OPS.beginMarkedContentProps:
        layers.push(args[0] === 'OC' && optionalContent ? optionalContent.isVisible(args[1] as never) : true);
        layerHidden = layers.includes(false);
        break;
      case OPS.endMarkedContent:
        layers.pop();
        layerHidden = layers.includes(false);
        break;
      default:
        if (!layerHidden && (IMAGE_OPS.has(fn) || MASK_OPS.has(fn))) {
          const [a, b, c, d] = state.ctm;
          addArea(transformBox(state.ctm, [0, 0, 1, 1]), i, !MASK_OPS.has(fn) || !nearWhite(state.fill), false, IMAGE_OPS.has(fn), {
            objId: fn === OPS.paintImageXObject && typeof args[0] === 'string' ? args[0] : undefined,
            upright: a > 0 && d < 0 && Math.abs(b) < 1e-6 * a && Math.abs(c) < 1e-6 * -d,
          });
        }
    }
  }

  const content = summarise(width, height, glyphs, areas);
  const images = areas.filter((a) => a.image);
  if (images.length === 1 && marks === 0 && annotations === 0 && glyphs.every((g) => g.hidden || g.isSpace)) {
    const [image] = images;
    if (image.objId && image.upright && area(image.box) >= 0.97 * width * height) content.scanImage = image.objId;
  }
  return content;
}

const UNMAPPED = /[\ufffd\ue000-\uf8ff\u0000-\u001f]/;

function summarise(width: number, height: number, glyphs: Glyph[], areas: Area[]): PageContent {
  // something opaque painted over a glyph later hides it
  const covers = areas.filter((a) => a.cover && area(a.box) >= 16);
  if (covers.length > 0) {
    for (const g of glyphs) {
      if (g.hidden || g.isSpace) continue;
      const cx = (g.box[0] + g.box[2]) / 2;
      const cy = (g.box[1] + g.box[3]) / 2;
      if (covers.some((a) => a.op > g.op && inside(a.box, cx, cy))) g.hidden = 'covered';
    }
  }
  const images = areas.filter((a) => a.image);
  const pageArea = width * height;
  const imageCoverage = images.reduce((max, a) => Math.max(max, area(intersect(a.box, [0, 0, width, height])) / pageArea), 0);

  let visibleChars = 0;
  let unmappedChars = 0;
  let ocrLayerChars = 0;
  const hidden: Partial<Record<HiddenReason, number>> = {};
  for (const g of glyphs) {
    if (g.isSpace) continue;
    const count = g.text.replace(/\s/g, '').length;
    if (!g.hidden) {
      visibleChars += count;
      if (UNMAPPED.test(g.text)) unmappedChars += count;
    } else if (g.hidden === 'invisible' && images.some((a) => inside(a.box, (g.box[0] + g.box[2]) / 2, (g.box[1] + g.box[3]) / 2))) {
      ocrLayerChars += count;
    } else {
      hidden[g.hidden] = (hidden[g.hidden] ?? 0) + count;
    }
  }
  return { width, height, glyphs, visibleChars, unmappedChars, hidden, ocrLayerChars, imageCoverage };
}
