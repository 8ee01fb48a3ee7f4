/**
 * The bytes of one document (PDF, PNG, JPEG, TIFF) to its text, in-process: the PDF text layer
 * where it holds enough visible text, OCR for everything else. Runs inside the intake sandbox
 * (docai/intake/), which sets the time and memory limits; here bad input ends in a
 * DocumentRefused (German reason) or an Error, never in a crash.
 */
import { DocumentRefused, type DocumentText, type PageText } from '../types.js';
import { glyphsToLines } from './layout.js';
import { createOcrEngine, toPgm, type OcrEngine } from './ocr.js';
import { readPageContent, type HiddenReason, type PageContent } from './pdf-content.js';
import { openPdf } from './pdfjs.js';
import { decodeImage, isBlank, renderPage, scanRaster, type Raster } from './raster.js';
import { decodeScanImage, findScanPages } from './scan-pages.js';

export { createOcrEngine, OCR_LANG_PATH, type OcrEngine, type OcrResult } from './ocr.js';

export type DocumentFormat = 'pdf' | 'png' | 'jpeg' | 'tiff';

export interface ExtractTextOptions {
  /** the process's OCR engine; without one, an engine is started for this call and ended after it */
  ocr?: OcrEngine;
  /** a PDF page with fewer visible non-space characters in its text layer is read by OCR (default 30) */
  minCharsPerPage?: number;
  /** resolution PDF pages are rendered at for OCR (default 300) */
  dpi?: number;
}

/** Below this mean OCR confidence a page gets a warning. */
const POOR_OCR = 0.6;
/**
 * Fewer hidden characters are layout debris (a white full stop, a few letters of a table cell
 * cut off by its clip), not a message; they are kept out of the lines all the same.
 */
const HIDDEN_MIN_CHARS = 10;

const hiddenLabels: Record<HiddenReason, string> = {
  white: 'weiß auf weiß',
  tiny: 'winzige Schrift',
  outside: 'außerhalb der Seite',
  invisible: 'als unsichtbar gesetzt',
  transparent: 'durchsichtig',
  layer: 'ausgeblendete Ebene',
  covered: 'überdeckt',
};

export async function extractText(
  bytes: Uint8Array,
  format: DocumentFormat,
  options: ExtractTextOptions = {},
): Promise<DocumentText> {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) throw new DocumentRefused('Die Datei ist leer.', 'empty');
  if (!['pdf', 'png', 'jpeg', 'tiff'].includes(format)) {
    throw new DocumentRefused('Dieses Dateiformat wird nicht unterstützt (erlaubt: PDF, PNG, JPEG, TIFF).', 'unsupported-format');
  }
  const reader = new Reader(options);
  try {
    return format === 'pdf' ? await reader.pdf(bytes) : await reader.images(decodeImage(bytes, format));
  } finally {
    await reader.close();
  }
}

class Reader {
  private readonly minChars: number;
  private readonly dpi: number;
  private engine: OcrEngine | undefined;
  private ownEngine: Promise<OcrEngine> | undefined;
  readonly warnings: string[] = [];

  constructor(options: ExtractTextOptions) {
    this.minChars = options.minCharsPerPage ?? 30;
    this.dpi = options.dpi ?? 300;
    this.engine = options.ocr;
  }

  private async ocrEngine(): Promise<OcrEngine> {
    if (this.engine) return this.engine;
    this.ownEngine ??= createOcrEngine();
    return this.ownEngine;
  }

  async close(): Promise<void> {
    if (this.ownEngine) await (await this.ownEngine.catch(() => undefined))?.terminate();
  }

  async pdf(bytes: Uint8Array): Promise<DocumentText> {
    const pdf = await openPdf(bytes);
    const pages: PageText[] = [];
    try {
      const scans = await findScanPages(bytes);
      // both parsers must see the same pages, or page numbers would not match
      if (scans.size > 0 && Math.max(...scans.keys()) > pdf.numPages) scans.clear();
      for (let number = 1; number <= pdf.numPages; number++) {
        const scan = scans.get(number);
        const scanned = scan && (await decodeScanImage(scan));
        if (scanned) {
          pages.push(await this.ocrPage(number, scanned));
          continue;
        }
        let page;
        try {
          page = await pdf.getPage(number);
        } catch {
          this.warnings.push(`Seite ${number} ist beschädigt und konnte nicht gelesen werden.`);
          pages.push({ page: number, source: 'text-layer', width: 0, height: 0, lines: [] });
          continue;
        }
        let content: PageContent | undefined;
        try {
          content = await readPageContent(pdf, page);
        } catch {
          // a content stream pdf.js cannot interpret: what can be rendered is read by OCR
        }
        if (content) this.warnHidden(number, content);
        if (content && !needsOcr(content, this.minChars)) {
          pages.push({
            page: number,
            source: 'text-layer',
            width: round(content.width),
            height: round(content.height),
            lines: glyphsToLines(content.glyphs.filter((g) => !g.hidden)),
          });
        } else {
          let raster: Raster | undefined;
          try {
            if (content?.scanImage) raster = await scanRaster(page, content.scanImage).catch(() => undefined);
            raster ??= await renderPage(page, this.dpi);
          } catch {
            this.warnings.push(`Seite ${number} konnte nicht dargestellt und deshalb nicht gelesen werden.`);
          }
          const unit = page.getViewport({ scale: 1 });
          pages.push(raster ? await this.ocrPage(number, raster) : { page: number, source: 'ocr', width: round(unit.width), height: round(unit.height), lines: [] });
        }
        page.cleanup();
      }
    } finally {
      await pdf.destroy().catch(() => undefined);
    }
    return { pages, warnings: this.warnings };
  }

  async images(rasters: AsyncIterable<Raster>): Promise<DocumentText> {
    const pages: PageText[] = [];
    for await (const raster of rasters) pages.push(await this.ocrPage(pages.length + 1, raster));
    return { pages, warnings: this.warnings };
  }

  private async ocrPage(number: number, raster: Raster): Promise<PageText> {
    const page: PageText = { page: number, source: 'ocr', width: raster.widthPt, height: raster.heightPt, lines: [] };
    if (isBlank(raster)) {
      this.warnings.push(`Seite ${number} ist leer.`);
      return page;
    }
    try {
      const engine = await this.ocrEngine();
      const result = await engine.recognize(toPgm(raster.grey, raster.width, raster.height), raster.widthPt, raster.heightPt);
      page.lines = result.lines;
      if (result.width && result.height) {
        page.width = round(result.width);
        page.height = round(result.height);
      }
      if (page.lines.length === 0) this.warnings.push(`Seite ${number} enthält keinen lesbaren Text.`);
      else if (result.confidence !== undefined && result.confidence < POOR_OCR) {
        this.warnings.push(
          `Seite ${number} ist schlecht lesbar (Texterkennung zu ${Math.round(result.confidence * 100)} % sicher): Angaben bitte am Original prüfen.`,
        );
      }
    } catch (error) {
      if (error instanceof DocumentRefused) throw error;
      this.warnings.push(`Seite ${number}: Die Texterkennung ist fehlgeschlagen.`);
    }
    return page;
  }

  private warnHidden(number: number, content: PageContent): void {
    const entries = Object.entries(content.hidden) as [HiddenReason, number][];
    const total = entries.reduce((sum, [, count]) => sum + count, 0);
    if (total < HIDDEN_MIN_CHARS) return;
    const kinds = entries.sort((a, b) => b[1] - a[1]).map(([reason]) => hiddenLabels[reason]);
    this.warnings.push(
      `Seite ${number} enthält unsichtbaren Text (${kinds.join(', ')}; ${total} Zeichen): möglicher Manipulationsversuch (Prompt-Injection). ` +
        'Der Text wurde nicht ausgewertet. Bitte prüfen.',
    );
  }
}

/**
 * The text layer is not enough when it holds too little visible text, when that text has no
 * usable Unicode, or when the page is a scan (one image over most of it) whose own words are
 * in an invisible OCR layer or that carries only a few words of digital text (a stamp, a fax header).
 */
function needsOcr(content: PageContent, minChars: number): boolean {
  const usable = content.visibleChars - content.unmappedChars;
  if (usable < minChars || content.unmappedChars > 0.3 * content.visibleChars) return true;
  if (content.imageCoverage >= 0.5 && (content.ocrLayerChars > content.visibleChars || content.visibleChars < 200)) return true;
  return false;
}

const round = (value: number) => Math.round(value * 100) / 100;
