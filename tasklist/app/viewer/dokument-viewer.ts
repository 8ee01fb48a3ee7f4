/**
 * The case's documents beside the form: tabs (name and type), a toolbar (pages, zoom, download)
 * and the pages. Only the shown document is fetched; the first one is fetched as soon as the
 * viewer exists. Evidence for a value of the form is shown on request: the document, its page,
 * the marks — the focus stays where the caseworker is.
 */
import type { DokumentInfo } from '../../api.ts';
import { ApiFehler, type ApiClient } from '../api-client.ts';
import { el, neueId } from '../dom.ts';
import { erstesDokumentGezeigt } from '../messung.ts';
import type { PruefZeile } from '../pruefliste.ts';
import { BildDarstellung, type Darstellung, PdfDarstellung, ZOOM_MAX, ZOOM_MIN } from './darstellung.ts';
import { ladePdf } from './pdfjs.ts';

const ZOOM_SCHRITT = 1.25;

type Geladen = { art: 'pdf'; pdf: Awaited<ReturnType<typeof ladePdf>> } | { art: 'bild'; blob: Blob } | { art: 'fehler'; text: string };

function typText(typ: string | undefined): string {
  if (!typ) return 'Typ unbekannt';
  const text = typ.replace(/[-_]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export class DokumentViewer {
  readonly element: HTMLElement;
  private readonly reiter: HTMLButtonElement[] = [];
  private readonly scroll: HTMLDivElement;
  private readonly flaeche: HTMLDivElement;
  private readonly seiteFeld: HTMLInputElement;
  private readonly seitenZahl: HTMLSpanElement;
  private readonly zoomAnzeige: HTMLOutputElement;
  private readonly herunterladen: HTMLAnchorElement;
  private readonly belegZeile: HTMLParagraphElement;
  private readonly werkzeuge: HTMLDivElement;
  private readonly geladen = new Map<number, Promise<Geladen>>();
  private aktiv = -1;
  private darstellung?: Darstellung;
  private wechsel = 0;
  private oeffnen?: Promise<void>;
  private belegAnfrage = 0;
  private zerstoert = false;
  private readonly abbruch = new AbortController();

  constructor(
    private readonly api: ApiClient,
    private readonly dokumente: readonly DokumentInfo[],
  ) {
    const titelId = neueId('unterlagen-titel');
    const panelId = neueId('dokument-panel');
    const liste = el('div', { role: 'tablist', 'aria-label': 'Unterlagen des Falls', class: 'reiter' });
    dokumente.forEach((dokument, index) => {
      const knopf = el(
        'button',
        { type: 'button', role: 'tab', id: neueId('reiter'), 'aria-selected': 'false', 'aria-controls': panelId, tabindex: index === 0 ? 0 : -1, class: 'reiter-knopf', title: `${dokument.name} (${typText(dokument.dokumentTyp)})` },
        el('span', { class: 'reiter-name' }, dokument.name),
        el('span', { class: 'reiter-typ' }, typText(dokument.dokumentTyp)),
      );
      knopf.addEventListener('click', () => void this.oeffne(index));
      knopf.addEventListener('keydown', (event) => this.reiterTaste(event, index));
      this.reiter.push(knopf);
      liste.append(knopf);
    });

    this.seiteFeld = el('input', { type: 'number', min: 1, value: 1, id: neueId('seite'), class: 'seite-feld', inputmode: 'numeric' });
    this.seiteFeld.addEventListener('change', () => this.darstellung?.zeigeSeite(Number(this.seiteFeld.value) || 1));
    this.seitenZahl = el('span', {}, 'von 1');
    const zurueck = el('button', { type: 'button', class: 'knopf knopf-klein' }, el('span', { 'aria-hidden': 'true' }, '‹ '), 'Vorige Seite');
    zurueck.addEventListener('click', () => this.blaettern(-1));
    const weiter = el('button', { type: 'button', class: 'knopf knopf-klein' }, 'Nächste Seite', el('span', { 'aria-hidden': 'true' }, ' ›'));
    weiter.addEventListener('click', () => this.blaettern(1));
    const kleiner = el('button', { type: 'button', class: 'knopf knopf-klein', 'aria-label': 'Verkleinern', title: 'Verkleinern (-)' }, '−');
    kleiner.addEventListener('click', () => this.verkleinern());
    const groesser = el('button', { type: 'button', class: 'knopf knopf-klein', 'aria-label': 'Vergrößern', title: 'Vergrößern (+)' }, '+');
    groesser.addEventListener('click', () => this.vergroessern());
    const breite = el('button', { type: 'button', class: 'knopf knopf-klein', title: 'An die Breite anpassen (0)' }, 'Breite');
    breite.addEventListener('click', () => this.einpassen());
    this.zoomAnzeige = el('output', { class: 'zoom-anzeige', 'aria-live': 'polite', 'aria-label': 'Vergrößerung' }, '100 %');
    this.herunterladen = el('a', { class: 'knopf knopf-klein', href: '#', download: '' }, 'Herunterladen');
    this.werkzeuge = el(
      'div',
      { class: 'werkzeuge', role: 'group', 'aria-label': 'Seiten und Vergrößerung' },
      zurueck,
      el('span', { class: 'seite-auswahl' }, el('label', { for: this.seiteFeld.id }, 'Seite'), this.seiteFeld, this.seitenZahl),
      weiter,
      el('span', { class: 'trenner', 'aria-hidden': 'true' }),
      kleiner,
      this.zoomAnzeige,
      groesser,
      breite,
      this.herunterladen,
    );

    this.flaeche = el('div', { class: 'seiten-flaeche' });
    this.scroll = el('div', { class: 'seiten', id: panelId, role: 'tabpanel', tabindex: 0 }, this.flaeche);
    this.scroll.addEventListener('scroll', () => this.seiteAnzeigen(), { passive: true });
    this.belegZeile = el('p', { class: 'beleg-zeile', hidden: true });

    const inhalt = dokumente.length === 0 ? [el('p', { class: 'leer' }, 'Zu dieser Aufgabe gibt es keine Unterlagen.')] : [liste, this.werkzeuge, this.belegZeile, this.scroll];
    this.element = el('section', { class: 'unterlagen', 'aria-labelledby': titelId }, el('h2', { id: titelId }, 'Unterlagen'), inhalt);

    if (dokumente.length > 0) this.laden(0);
  }

  /** Fetches (once) and prepares a document; the first is started by the constructor. */
  private laden(index: number): Promise<Geladen> {
    let geladen = this.geladen.get(index);
    if (!geladen) {
      const dokument = this.dokumente[index];
      geladen = (async (): Promise<Geladen> => {
        try {
          const { bytes, contentType } = await this.api.dokument(dokument.url, this.abbruch.signal);
          performance.mark(`tasklist:dokument-${index}`);
          if (contentType === 'application/pdf' || (contentType === 'application/octet-stream' && dokument.contentType === 'application/pdf')) return { art: 'pdf', pdf: await ladePdf(bytes) };
          if (contentType.startsWith('image/')) return { art: 'bild', blob: new Blob([bytes], { type: contentType }) };
          return { art: 'fehler', text: `„${dokument.name}“ hat ein Format, das hier nicht angezeigt werden kann (${contentType}). Bitte laden Sie es herunter.` };
        } catch (error) {
          if (error instanceof ApiFehler) return { art: 'fehler', text: `„${dokument.name}“ konnte nicht geladen werden: ${error.meldung}` };
          if ((error as { name?: string }).name === 'AbortError') return { art: 'fehler', text: 'Abgebrochen.' };
          return { art: 'fehler', text: `„${dokument.name}“ konnte nicht gelesen werden (beschädigt oder kein gültiges PDF). Bitte laden Sie es herunter.` };
        }
      })();
      this.geladen.set(index, geladen);
    }
    return geladen;
  }

  /** Shows document `index`; resolves when its first page is painted. */
  oeffne(index: number, optionen: { fokus?: boolean } = {}): Promise<void> {
    if (this.zerstoert || index < 0 || index >= this.dokumente.length) return Promise.resolve();
    if (optionen.fokus) this.reiter[index].focus();
    if (index !== this.aktiv || !this.oeffnen) this.oeffnen = this.wechsleZu(index);
    return this.oeffnen;
  }

  private async wechsleZu(index: number): Promise<void> {
    const wechsel = ++this.wechsel;
    this.aktiv = index;
    this.reiter.forEach((knopf, i) => {
      knopf.setAttribute('aria-selected', String(i === index));
      knopf.tabIndex = i === index ? 0 : -1;
    });
    this.reiterSichtbar(this.reiter[index]);
    const dokument = this.dokumente[index];
    this.scroll.setAttribute('aria-labelledby', this.reiter[index].id);
    this.herunterladen.href = dokument.url;
    this.herunterladen.setAttribute('download', dokument.name);
    this.herunterladen.setAttribute('aria-label', `${dokument.name} herunterladen`);
    this.darstellung?.zerstoeren();
    this.darstellung = undefined;
    this.belegZeile.hidden = true;
    this.flaeche.replaceChildren(el('p', { class: 'seite-platzhalter' }, `${dokument.name} wird geladen …`));
    this.element.setAttribute('aria-busy', 'true');

    const geladen = await this.laden(index);
    if (wechsel !== this.wechsel || this.zerstoert) return;
    this.flaeche.replaceChildren();
    if (geladen.art === 'fehler') {
      this.flaeche.append(el('p', { class: 'seite-fehler' }, geladen.text));
      this.element.removeAttribute('aria-busy');
      return;
    }
    let darstellung: Darstellung;
    if (geladen.art === 'pdf') {
      const pdf = new PdfDarstellung(geladen.pdf, this.scroll, this.flaeche, dokument.name);
      darstellung = pdf;
      this.darstellung = darstellung;
      await pdf.start();
    } else {
      darstellung = new BildDarstellung(URL.createObjectURL(geladen.blob), this.scroll, this.flaeche, dokument.name);
      this.darstellung = darstellung;
    }
    await darstellung.erstesBild;
    if (wechsel !== this.wechsel || this.zerstoert) return;
    this.element.removeAttribute('aria-busy');
    const ms = erstesDokumentGezeigt();
    if (ms !== undefined) this.element.dataset.erstesDokumentMs = String(ms);
    this.seiteFeld.max = String(darstellung.seitenAnzahl);
    this.seitenZahl.textContent = `von ${darstellung.seitenAnzahl}`;
    this.zoomAnzeigen();
    this.seiteAnzeigen();
  }

  /**
   * Shows where a row's value comes from: its document (the first named, if several), its page, the
   * evidence marked. A row without a document clears the marks and says where the value is from.
   */
  async zeigeBeleg(zeile: PruefZeile | undefined): Promise<void> {
    if (this.dokumente.length === 0) return;
    const titel = zeile?.bezeichnung ? `„${zeile.bezeichnung}“` : 'diesem Wert';
    if (!zeile || zeile.dokumente.length === 0) {
      this.belegAnfrage++;
      this.darstellung?.entferneMarkierung();
      this.belegZeile.hidden = !zeile;
      this.belegZeile.textContent = zeile ? `Zu ${titel} gibt es kein Dokument${zeile.quelle ? ` (Quelle: ${zeile.quelle})` : ''}.` : '';
      return;
    }
    const index = this.dokumente.findIndex((d) => zeile.dokumente.includes(d.name));
    if (index < 0) {
      this.belegAnfrage++;
      this.darstellung?.entferneMarkierung();
      this.belegZeile.hidden = false;
      this.belegZeile.textContent = `Das Dokument ${zeile.dokumente.join(', ')} zu ${titel} ist nicht unter den Unterlagen dieser Aufgabe.`;
      return;
    }
    const anfrage = ++this.belegAnfrage;
    await this.oeffne(index);
    if (anfrage !== this.belegAnfrage || this.aktiv !== index || !this.darstellung) return;
    const seite = zeile.seite ?? 1;
    const ergebnis = await this.darstellung.markiere(seite, zeile.belegTeile);
    if (anfrage !== this.belegAnfrage) return;
    const ort = `${this.dokumente[index].name}, Seite ${seite}`;
    const teile = [`Beleg zu ${titel}: ${ort}`];
    if (zeile.belegTeile.length === 0) teile.push('kein Belegtext erfasst');
    else if (ergebnis.nichtGefunden.length === 0) teile.push(`${ergebnis.gefunden.length === 1 ? 'Stelle' : `${ergebnis.gefunden.length} Stellen`} markiert`);
    else if (ergebnis.gefunden.length > 0) teile.push(`${ergebnis.gefunden.length} von ${zeile.belegTeile.length} Stellen markiert`);
    else teile.push('Stelle nicht im Text gefunden, Beleg über der Seite');
    this.belegZeile.hidden = false;
    this.belegZeile.textContent = teile.join(' – ');
    this.seiteAnzeigen();
  }

  fokussieren(): void {
    this.scroll.focus();
  }

  enthaelt(element: Element | null): boolean {
    return !!element && this.element.contains(element);
  }

  vergroessern(): void {
    if (!this.darstellung) return;
    this.darstellung.setzeZoom(Math.min(ZOOM_MAX, this.darstellung.zoom * ZOOM_SCHRITT));
    this.zoomAnzeigen();
  }

  verkleinern(): void {
    if (!this.darstellung) return;
    this.darstellung.setzeZoom(Math.max(ZOOM_MIN, this.darstellung.zoom / ZOOM_SCHRITT));
    this.zoomAnzeigen();
  }

  einpassen(): void {
    this.darstellung?.setzeZoom('breite');
    this.zoomAnzeigen();
  }

  private blaettern(richtung: 1 | -1): void {
    if (!this.darstellung) return;
    this.darstellung.zeigeSeite(this.darstellung.sichtbareSeite() + richtung);
    this.seiteAnzeigen();
  }

  private zoomAnzeigen(): void {
    if (this.darstellung) this.zoomAnzeige.textContent = `${Math.round(this.darstellung.zoom * 100)} %`;
  }

  private seiteAnzeigen(): void {
    if (!this.darstellung) return;
    const seite = String(this.darstellung.sichtbareSeite());
    if (document.activeElement !== this.seiteFeld && this.seiteFeld.value !== seite) this.seiteFeld.value = seite;
  }

  /** Scrolls the row of tabs sideways to show `knopf` (never the page: the caseworker may be typing in the form). */
  private reiterSichtbar(knopf: HTMLElement): void {
    const liste = knopf.parentElement;
    if (!liste) return;
    const links = knopf.offsetLeft - liste.offsetLeft;
    if (links < liste.scrollLeft) liste.scrollLeft = links;
    else if (links + knopf.offsetWidth > liste.scrollLeft + liste.clientWidth) liste.scrollLeft = links + knopf.offsetWidth - liste.clientWidth;
  }

  private reiterTaste(event: KeyboardEvent, index: number): void {
    const anzahl = this.reiter.length;
    const ziel = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: anzahl - 1 }[event.key];
    if (ziel === undefined) return;
    event.preventDefault();
    void this.oeffne((ziel + anzahl) % anzahl, { fokus: true });
  }

  zerstoeren(): void {
    this.zerstoert = true;
    this.abbruch.abort();
    this.darstellung?.zerstoeren();
    for (const geladen of this.geladen.values()) {
      void geladen.then((g) => (g.art === 'pdf' ? g.pdf.destroy() : undefined)).catch(() => undefined);
    }
  }
}
