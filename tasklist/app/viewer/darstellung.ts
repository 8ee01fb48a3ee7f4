/**
 * One shown document as pages in the viewer's scroll area: a PDF (pdf.js: a canvas per page and a
 * text layer over it, so the text can be selected, searched with Strg+F and read by a screen
 * reader; pages are drawn only when they come near the visible area) or an image. Both offer the
 * same: zoom, go to a page, mark evidence on a page.
 */
import { type PDFDocumentProxy, type PDFPageProxy, type RenderTask, TextLayer } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { el } from '../dom.ts';
import { findeBelege } from '../evidence.ts';

/** CSS pixels per PDF unit at 100 % (pdf.js's PDF_TO_CSS_UNITS: 96 dpi on screen, 72 in PDF) */
const PDF_ZU_CSS = 96 / 72;
export const ZOOM_MIN = 0.25;
export const ZOOM_MAX = 4;

export interface BelegErgebnis {
  /** the evidence parts that were found and marked */
  gefunden: string[];
  /** the parts not found in the page's text (or the page has no text: a scan, an image) */
  nichtGefunden: string[];
}

export interface Darstellung {
  readonly seitenAnzahl: number;
  /** the zoom, 1 = 100 % (a PDF at its print size, an image at its pixel size) */
  readonly zoom: number;
  /** resolves when the first page is painted */
  readonly erstesBild: Promise<void>;
  setzeZoom(zoom: number | 'breite'): void;
  /** the page at the top of the visible area */
  sichtbareSeite(): number;
  zeigeSeite(seite: number): void;
  /** marks the parts on the page, scrolls the first mark (or the page) into view; never moves the focus */
  markiere(seite: number, teile: readonly string[]): Promise<BelegErgebnis>;
  entferneMarkierung(): void;
  zerstoeren(): void;
}

interface Seite {
  nummer: number;
  element: HTMLDivElement;
  proxy?: PDFPageProxy;
  /** the zoom the page is drawn at; undefined while not drawn */
  gezeichnet?: number;
  laufend?: Promise<void>;
  renderTask?: RenderTask;
  textLayer?: TextLayer;
  markierungen: HTMLDivElement;
}

function breiteVon(scroll: HTMLElement): number {
  // the scroll area's inner width less the pages' margin (see .seiten in app.css)
  return Math.max(200, scroll.clientWidth - 32);
}

function abgebrochen(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'RenderingCancelledException' || name === 'AbortException';
}

function markiereStellen(seitenElement: HTMLElement, ebene: HTMLElement, divs: readonly HTMLElement[], stellen: ReadonlyArray<{ item: number; start: number; end: number }>): HTMLElement[] {
  const basis = seitenElement.getBoundingClientRect();
  const marken: HTMLElement[] = [];
  for (const stelle of stellen) {
    const div = divs[stelle.item];
    const text = div?.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) continue;
    const range = document.createRange();
    range.setStart(text, Math.min(stelle.start, text.textContent?.length ?? 0));
    range.setEnd(text, Math.min(stelle.end, text.textContent?.length ?? 0));
    for (const rect of range.getClientRects()) {
      const marke = el('div', { class: 'beleg-marke' });
      marke.style.left = `${rect.left - basis.left - 2}px`;
      marke.style.top = `${rect.top - basis.top - 2}px`;
      marke.style.width = `${rect.width + 4}px`;
      marke.style.height = `${rect.height + 4}px`;
      ebene.append(marke);
      marken.push(marke);
    }
  }
  return marken;
}

function notiz(ebene: HTMLElement, teile: readonly string[], grund: string): void {
  ebene.append(el('div', { class: 'beleg-notiz' }, el('strong', {}, 'Beleg: '), teile.map((t) => `„${t}“`).join(' · '), el('span', { class: 'beleg-grund' }, ` (${grund})`)));
}

/** Scrolls `ziel` (inside `scroll`) to about a third from the top, without moving the focus. */
function rolleZu(scroll: HTMLElement, ziel: HTMLElement): void {
  const oben = ziel.getBoundingClientRect().top - scroll.getBoundingClientRect().top + scroll.scrollTop;
  scroll.scrollTop = Math.max(0, oben - scroll.clientHeight / 3);
}

export class PdfDarstellung implements Darstellung {
  readonly seitenAnzahl: number;
  zoom = 1;
  readonly erstesBild: Promise<void>;
  private readonly seiten: Seite[] = [];
  private readonly beobachter: IntersectionObserver;
  private basisBreite = 0;
  private basisHoehe = 0;
  private aktiveMarkierung?: { seite: number; teile: readonly string[] };
  private zerstoert = false;
  private erstesBildErreicht!: () => void;

  constructor(
    private readonly pdf: PDFDocumentProxy,
    private readonly scroll: HTMLElement,
    private readonly flaeche: HTMLElement,
    private readonly name: string,
  ) {
    this.seitenAnzahl = pdf.numPages;
    this.erstesBild = new Promise((resolve) => (this.erstesBildErreicht = resolve));
    this.beobachter = new IntersectionObserver((eintraege) => {
      for (const eintrag of eintraege) {
        if (!eintrag.isIntersecting) continue;
        const seite = this.seiten.find((s) => s.element === eintrag.target);
        if (seite) void this.zeichne(seite);
      }
    }, { root: scroll, rootMargin: '400px 0px' });
  }

  /** Lays out every page at the size of the first (corrected as each is drawn) and draws the first. */
  async start(): Promise<void> {
    const erste = await this.pdf.getPage(1);
    const [x0, y0, x1, y1] = erste.view;
    this.basisBreite = (x1 - x0) * erste.userUnit;
    this.basisHoehe = (y1 - y0) * erste.userUnit;
    if (erste.rotate % 180 !== 0) [this.basisBreite, this.basisHoehe] = [this.basisHoehe, this.basisBreite];
    this.zoom = this.breitenZoom();
    for (let nummer = 1; nummer <= this.seitenAnzahl; nummer++) {
      const element = el('div', { class: 'seite', 'data-seite': nummer }, el('p', { class: 'seite-platzhalter' }, `Seite ${nummer} wird geladen …`));
      const markierungen = el('div', { class: 'beleg-ebene', 'aria-hidden': 'true' });
      const seite: Seite = { nummer, element, markierungen, proxy: nummer === 1 ? erste : undefined };
      this.setzeGroesse(seite, this.basisBreite, this.basisHoehe);
      this.seiten.push(seite);
      this.flaeche.append(element);
    }
    await this.zeichne(this.seiten[0]);
    for (const seite of this.seiten) this.beobachter.observe(seite.element);
  }

  private breitenZoom(): number {
    return Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, breiteVon(this.scroll) / (this.basisBreite * PDF_ZU_CSS)));
  }

  private setzeGroesse(seite: Seite, breite: number, hoehe: number): void {
    const skala = this.zoom * PDF_ZU_CSS;
    seite.element.style.width = `${Math.floor(breite * skala)}px`;
    seite.element.style.height = `${Math.floor(hoehe * skala)}px`;
  }

  private async zeichne(seite: Seite): Promise<void> {
    if (this.zerstoert) return;
    if (seite.gezeichnet === this.zoom && seite.laufend) return seite.laufend;
    seite.renderTask?.cancel();
    seite.textLayer?.cancel();
    const zoom = this.zoom;
    seite.gezeichnet = zoom;
    const laufend = (async () => {
      try {
        seite.proxy ??= await this.pdf.getPage(seite.nummer);
        if (this.zerstoert || seite.gezeichnet !== zoom) return;
        const page = seite.proxy;
        const viewport = page.getViewport({ scale: zoom * PDF_ZU_CSS });
        const ausgabe = window.devicePixelRatio || 1;
        const canvas = el('canvas', { role: 'img', 'aria-label': `Seite ${seite.nummer} von ${this.seitenAnzahl}: ${this.name}` });
        canvas.width = Math.floor(viewport.width * ausgabe);
        canvas.height = Math.floor(viewport.height * ausgabe);
        canvas.style.width = `${Math.floor(viewport.width)}px`;
        canvas.style.height = `${Math.floor(viewport.height)}px`;
        seite.renderTask = page.render({ canvas, viewport, transform: ausgabe !== 1 ? [ausgabe, 0, 0, ausgabe, 0, 0] : undefined });
        await seite.renderTask.promise;
        if (this.zerstoert || seite.gezeichnet !== zoom) return;

        const text = el('div', { class: 'textLayer' });
        const { style } = seite.element;
        style.width = canvas.style.width;
        style.height = canvas.style.height;
        style.setProperty('--scale-factor', String(viewport.scale));
        style.setProperty('--user-unit', String(page.userUnit));
        style.setProperty('--total-scale-factor', String(viewport.scale * page.userUnit));
        style.setProperty('--scale-round-x', '1px');
        style.setProperty('--scale-round-y', '1px');
        seite.markierungen.replaceChildren();
        seite.element.replaceChildren(canvas, text, seite.markierungen);
        if (seite.nummer === 1) this.erstesBildErreicht();

        seite.textLayer = new TextLayer({ textContentSource: page.streamTextContent({ includeMarkedContent: true, disableNormalization: true }), container: text, viewport });
        await seite.textLayer.render();
        if (this.aktiveMarkierung?.seite === seite.nummer && !this.zerstoert) this.zeichneMarkierung(seite, this.aktiveMarkierung.teile, false);
      } catch (error) {
        if (abgebrochen(error) || this.zerstoert) return;
        seite.gezeichnet = undefined;
        seite.element.replaceChildren(el('p', { class: 'seite-fehler' }, `Seite ${seite.nummer} konnte nicht angezeigt werden.`));
        if (seite.nummer === 1) this.erstesBildErreicht();
      }
    })();
    seite.laufend = laufend;
    return laufend;
  }

  setzeZoom(zoom: number | 'breite'): void {
    const seite = this.sichtbareSeite();
    this.zoom = zoom === 'breite' ? this.breitenZoom() : Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, zoom));
    for (const s of this.seiten) {
      // the page keeps its picture (stretched) until it is drawn anew at the new size
      const proxy = s.proxy;
      if (proxy) {
        const v = proxy.getViewport({ scale: 1 });
        this.setzeGroesse(s, v.width, v.height);
      } else this.setzeGroesse(s, this.basisBreite, this.basisHoehe);
      const canvas = s.element.querySelector('canvas');
      if (canvas) {
        canvas.style.width = s.element.style.width;
        canvas.style.height = s.element.style.height;
      }
      s.element.style.setProperty('--total-scale-factor', String(this.zoom * PDF_ZU_CSS * (proxy?.userUnit ?? 1)));
      s.markierungen.replaceChildren();
      s.gezeichnet = undefined;
      s.laufend = undefined;
    }
    this.zeigeSeite(seite);
    // the observer only reports changes: draw what is visible now
    for (const s of this.seiten) if (this.nahe(s.element)) void this.zeichne(s);
  }

  private nahe(element: HTMLElement): boolean {
    const a = element.getBoundingClientRect();
    const b = this.scroll.getBoundingClientRect();
    return a.bottom > b.top - 400 && a.top < b.bottom + 400;
  }

  sichtbareSeite(): number {
    const oben = this.scroll.getBoundingClientRect().top + this.scroll.clientHeight / 3;
    let nummer = 1;
    for (const s of this.seiten) if (s.element.getBoundingClientRect().top <= oben) nummer = s.nummer;
    return nummer;
  }

  zeigeSeite(nummer: number): void {
    const seite = this.seiten[Math.min(this.seitenAnzahl, Math.max(1, nummer)) - 1];
    if (!seite) return;
    this.scroll.scrollTop = seite.element.offsetTop - 8;
  }

  async markiere(nummer: number, teile: readonly string[]): Promise<BelegErgebnis> {
    this.entferneMarkierung();
    const seite = this.seiten[Math.min(this.seitenAnzahl, Math.max(1, nummer)) - 1];
    if (!seite) return { gefunden: [], nichtGefunden: [...teile] };
    this.aktiveMarkierung = { seite: seite.nummer, teile };
    this.zeigeSeite(seite.nummer);
    await this.zeichne(seite);
    // wait for the text layer too (zeichne returns when both are there)
    if (this.aktiveMarkierung?.seite !== seite.nummer) return { gefunden: [], nichtGefunden: [...teile] };
    return this.zeichneMarkierung(seite, teile, true);
  }

  private zeichneMarkierung(seite: Seite, teile: readonly string[], rollen: boolean): BelegErgebnis {
    seite.markierungen.replaceChildren();
    const layer = seite.textLayer;
    const items = layer?.textContentItemsStr ?? [];
    const funde = findeBelege(items, teile);
    const gefunden = funde.filter((f) => f.stellen).map((f) => f.teil);
    const nichtGefunden = funde.filter((f) => !f.stellen).map((f) => f.teil);
    const marken = funde.flatMap((f) => (f.stellen ? markiereStellen(seite.element, seite.markierungen, layer?.textDivs ?? [], f.stellen) : []));
    if (nichtGefunden.length > 0) notiz(seite.markierungen, nichtGefunden, items.join('').trim() === '' ? 'Seite ohne Textebene – bitte im Bild suchen' : 'nicht im Text dieser Seite gefunden');
    if (rollen) rolleZu(this.scroll, marken[0] ?? seite.element);
    return { gefunden, nichtGefunden };
  }

  entferneMarkierung(): void {
    this.aktiveMarkierung = undefined;
    for (const s of this.seiten) s.markierungen.replaceChildren();
  }

  zerstoeren(): void {
    this.zerstoert = true;
    this.beobachter.disconnect();
    for (const s of this.seiten) {
      s.renderTask?.cancel();
      s.textLayer?.cancel();
      s.proxy?.cleanup();
    }
    this.flaeche.replaceChildren();
  }
}

export class BildDarstellung implements Darstellung {
  readonly seitenAnzahl = 1;
  zoom = 1;
  readonly erstesBild: Promise<void>;
  private readonly seite: HTMLDivElement;
  private readonly bild: HTMLImageElement;
  private readonly ebene: HTMLDivElement;

  constructor(
    private readonly url: string,
    private readonly scroll: HTMLElement,
    private readonly flaeche: HTMLElement,
    name: string,
  ) {
    this.bild = el('img', { src: url, alt: `${name} (Bild, ohne Textebene)` });
    this.ebene = el('div', { class: 'beleg-ebene', 'aria-hidden': 'true' });
    this.seite = el('div', { class: 'seite seite-bild', 'data-seite': 1 }, this.bild, this.ebene);
    flaeche.append(this.seite);
    this.erstesBild = this.bild
      .decode()
      .catch(() => undefined)
      .then(() => this.setzeZoom('breite'));
  }

  setzeZoom(zoom: number | 'breite'): void {
    const natuerlich = this.bild.naturalWidth || breiteVon(this.scroll);
    this.zoom = zoom === 'breite' ? breiteVon(this.scroll) / natuerlich : Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, zoom));
    this.bild.style.width = `${Math.floor(natuerlich * this.zoom)}px`;
    this.seite.style.width = this.bild.style.width;
  }

  sichtbareSeite(): number {
    return 1;
  }

  zeigeSeite(): void {
    this.scroll.scrollTop = 0;
  }

  async markiere(_seite: number, teile: readonly string[]): Promise<BelegErgebnis> {
    await this.erstesBild;
    this.entferneMarkierung();
    if (teile.length > 0) notiz(this.ebene, teile, 'Bild ohne Textebene – bitte im Bild suchen');
    this.zeigeSeite();
    return { gefunden: [], nichtGefunden: [...teile] };
  }

  entferneMarkierung(): void {
    this.ebene.replaceChildren();
  }

  zerstoeren(): void {
    this.flaeche.replaceChildren();
    URL.revokeObjectURL(this.url);
  }
}
