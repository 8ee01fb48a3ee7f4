/**
 * The task's form with @bpmn-io/form-js-viewer, prefilled from the variables, in German, with the
 * rows of review lists marked (to check, corrected) and connected to the document viewer: when
 * the focus (or a click) enters a row, the row's evidence is shown. Rows are found from the
 * rows' data and the list's place in the DOM form-js renders, not from one form's field ids.
 */
import { Form } from '@bpmn-io/form-js-viewer';
import { el, ersterFokus } from './dom.ts';
import { naechsteZeile, prueflisten, pruefReihenfolge, type PruefListe, type PruefZeile } from './pruefliste.ts';
import { FLATPICKR_DEUTSCH, uebersetzeMeldung, uebersetzeOberflaeche } from './uebersetzung.ts';

interface Validator {
  validateField?: (...args: unknown[]) => string[];
  validateFieldInstance?: (...args: unknown[]) => string[];
}

/** form-js's validator, its messages in German (the service is patched at the form's start). */
class DeutscheMeldungen {
  static $inject = ['validator'];
  constructor(validator: Validator) {
    for (const name of ['validateField', 'validateFieldInstance'] as const) {
      const original = validator[name];
      if (typeof original !== 'function') continue;
      validator[name] = (...args: unknown[]) => original.apply(validator, args).map((meldung) => uebersetzeMeldung(String(meldung)));
    }
  }
}

const DEUTSCH_MODUL = { __init__: ['deutscheMeldungen'], deutscheMeldungen: ['type', DeutscheMeldungen] };

let flatpickrDeutsch = false;
function flatpickrAufDeutsch(): void {
  if (flatpickrDeutsch) return;
  // form-js bundles flatpickr, which registers itself on window; its default language is set there
  const flatpickr = (window as unknown as { flatpickr?: { localize?: (l10n: unknown) => void } }).flatpickr;
  if (flatpickr?.localize) {
    flatpickr.localize(FLATPICKR_DEUTSCH);
    flatpickrDeutsch = true;
  }
}

export interface AbsendeErgebnis {
  daten: Record<string, unknown>;
  fehlerAnzahl: number;
}

export interface FormularOptionen {
  container: HTMLElement;
  schema: Record<string, unknown>;
  variablen: Record<string, unknown>;
  /** a row of a review list got the focus (or was clicked) */
  zeileGewaehlt: (zeile: PruefZeile) => void;
}

export class Formular {
  private readonly form: Form;
  readonly listen: PruefListe[];
  private readonly beobachter: MutationObserver;
  private geplant = false;
  private aktuelleZeile?: { liste: PruefListe; zeile: PruefZeile };
  /** the form's data right after it was built, to tell whether the caseworker changed anything */
  private ausgangsDaten = '';

  private constructor(private readonly optionen: FormularOptionen) {
    this.form = new Form({ container: optionen.container, additionalModules: [DEUTSCH_MODUL] } as ConstructorParameters<typeof Form>[0]);
    this.listen = prueflisten(optionen.schema, optionen.variablen);
    this.beobachter = new MutationObserver(() => this.planen());
  }

  static async erstellen(optionen: FormularOptionen): Promise<Formular> {
    const formular = new Formular(optionen);
    await formular.form.importSchema(optionen.schema as never, optionen.variablen);
    flatpickrAufDeutsch();
    formular.allesAufklappen();
    formular.bearbeiten();
    formular.beobachter.observe(optionen.container, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'placeholder', 'title'] });
    formular.ausgangsDaten = formular.datenText();
    optionen.container.addEventListener('focusin', (event) => formular.fokusIn(event.target));
    optionen.container.addEventListener('click', (event) => formular.fokusIn(event.target));
    return formular;
  }

  private datenText(): string {
    // form-js's state is not part of its typed API; its data is what a submit would send
    const zustand = (this.form as unknown as { _getState?: () => { data?: unknown } })._getState?.();
    return JSON.stringify(zustand?.data ?? null);
  }

  /** Has the caseworker entered or changed anything since the form was built? */
  get geaendert(): boolean {
    return this.datenText() !== this.ausgangsDaten;
  }

  private planen(): void {
    if (this.geplant) return;
    this.geplant = true;
    requestAnimationFrame(() => {
      this.geplant = false;
      this.bearbeiten();
    });
  }

  /** German texts and row marks; safe to run again and again (changes nothing the second time). */
  private bearbeiten(): void {
    this.uebersetzen();
    this.markieren();
  }

  private uebersetzen(): void {
    const container = this.optionen.container;
    for (const element of container.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title]')) {
      for (const attribut of ['aria-label', 'placeholder', 'title']) {
        const wert = element.getAttribute(attribut);
        const deutsch = wert === null ? undefined : uebersetzeOberflaeche(wert);
        if (deutsch !== undefined && deutsch !== wert) element.setAttribute(attribut, deutsch);
      }
    }
    // the form's own texts (markdown, labels, descriptions) are the designer's: only the controls'
    const texte = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let knoten = texte.nextNode(); knoten; knoten = texte.nextNode()) {
      const eltern = knoten.parentElement;
      if (!eltern || eltern.closest('.fjs-form-field-text, .fjs-form-field-html, .fjs-form-field-label, .fjs-form-field-description, .fjs-form-field-error, table')) continue;
      if (!eltern.closest('button, .fjs-select-display, .fjs-dropdownlist, .fjs-repeat-render-footer, .fjs-taglist')) continue;
      const deutsch = uebersetzeOberflaeche(knoten.textContent ?? '');
      if (deutsch !== undefined && deutsch !== knoten.textContent) knoten.textContent = deutsch;
    }
  }

  /** The DOM rows of a list, in data order (form-js renders one element per item). */
  private zeilenElemente(liste: PruefListe): HTMLElement[] {
    const gruppe = this.optionen.container.querySelector(`.fjs-form-field-dynamiclist[aria-labelledby$="-${CSS.escape(liste.id)}"]`);
    const kinder = gruppe?.querySelector(':scope > .fjs-children');
    if (!kinder) return [];
    return [...kinder.children].filter((k): k is HTMLElement => k instanceof HTMLElement && !k.classList.contains('fjs-repeat-render-footer'));
  }

  private markieren(): void {
    for (const liste of this.listen) {
      const elemente = this.zeilenElemente(liste);
      for (const zeile of liste.zeilen) {
        const element = elemente[zeile.index];
        if (!element) continue;
        umschalten(element, 'tl-zeile', true);
        umschalten(element, 'tl-pruefen', zeile.pruefen);
        umschalten(element, 'tl-korrigiert', zeile.korrigiert);
        if (element.dataset.tlZeile !== String(zeile.index)) element.dataset.tlZeile = String(zeile.index);
        if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
        // a mark in words, unless the form's text says it already (not by colour alone: WCAG 1.4.1)
        const text = element.textContent ?? '';
        const hinweise: string[] = [];
        if (zeile.pruefen && !/bitte prüfen/i.test(text.replace(/\s+/g, ' '))) hinweise.push('⚠ bitte prüfen');
        if (zeile.korrigiert && !/korrigiert/i.test(text)) hinweise.push(`✎ korrigiert${zeile.vorher ? ` (vorher: ${zeile.vorher})` : ''}`);
        const vorhanden = element.querySelector(':scope > .tl-hinweis');
        if (hinweise.length > 0 && !vorhanden) element.prepend(el('p', { class: 'tl-hinweis' }, hinweise.join(' · ')));
      }
    }
  }

  /** Lists with review data show every row: a collapsed row to check would hide what matters most. */
  private allesAufklappen(): void {
    for (const liste of this.listen) {
      const gruppe = this.optionen.container.querySelector(`.fjs-form-field-dynamiclist[aria-labelledby$="-${CSS.escape(liste.id)}"]`);
      if (gruppe?.querySelector('.fjs-repeat-row-collapsed')) gruppe.querySelector<HTMLButtonElement>('.fjs-repeat-render-collapse')?.click();
    }
  }

  private zeileVon(ziel: EventTarget | null): { liste: PruefListe; zeile: PruefZeile; element: HTMLElement } | undefined {
    if (!(ziel instanceof Element)) return undefined;
    for (const liste of this.listen) {
      const elemente = this.zeilenElemente(liste);
      const index = elemente.findIndex((e) => e.contains(ziel));
      if (index >= 0) {
        const zeile = liste.zeilen.find((z) => z.index === index);
        if (zeile) return { liste, zeile, element: elemente[index] };
      }
    }
    return undefined;
  }

  private fokusIn(ziel: EventTarget | null): void {
    const treffer = this.zeileVon(ziel);
    if (!treffer) return;
    const vorher = this.aktuelleZeile;
    for (const e of this.optionen.container.querySelectorAll('.tl-aktiv')) if (e !== treffer.element) e.classList.remove('tl-aktiv');
    umschalten(treffer.element, 'tl-aktiv', true);
    if (vorher?.liste === treffer.liste && vorher.zeile === treffer.zeile) return;
    this.aktuelleZeile = { liste: treffer.liste, zeile: treffer.zeile };
    this.optionen.zeileGewaehlt(treffer.zeile);
  }

  /** Alt+N / Alt+P: the focus to the next (previous) value to check, those marked first. */
  zuNaechstemWert(richtung: 1 | -1): boolean {
    const liste = this.aktuelleZeile?.liste ?? this.listen[0];
    if (!liste) return false;
    const reihenfolge = pruefReihenfolge(liste.zeilen);
    const aktiv = this.zeileVon(document.activeElement);
    const von = aktiv?.liste === liste ? aktiv.zeile.index : this.aktuelleZeile?.liste === liste ? this.aktuelleZeile.zeile.index : undefined;
    const index = naechsteZeile(reihenfolge, von, richtung);
    if (index === undefined) return false;
    this.allesAufklappen();
    const element = this.zeilenElemente(liste)[index];
    if (!element) return false;
    const ziel = ersterFokus(element) ?? element;
    ziel.focus();
    element.scrollIntoView({ block: 'nearest' });
    return true;
  }

  /** Focus back into the form: the row last worked on, or the first field. */
  fokussieren(): void {
    const liste = this.aktuelleZeile?.liste;
    const element = liste ? this.zeilenElemente(liste)[this.aktuelleZeile!.zeile.index] : undefined;
    (element ? (ersterFokus(element) ?? element) : ersterFokus(this.optionen.container))?.focus();
  }

  enthaelt(element: Element | null): boolean {
    return !!element && this.optionen.container.contains(element);
  }

  /** Validates every field (form-js shows the errors at the fields) and returns the data to submit. */
  absenden(): AbsendeErgebnis {
    // form-js takes a typed value over after a pause or when the field loses the focus; Strg+Enter
    // comes from inside the field: let it lose the focus for a moment, so the last keystrokes count
    const aktiv = document.activeElement;
    if (aktiv instanceof HTMLElement && this.enthaelt(aktiv)) {
      aktiv.blur();
      aktiv.focus({ preventScroll: true });
    }
    const { data, errors } = this.form.submit();
    const fehlerAnzahl = Object.values(errors ?? {}).filter((e) => Array.isArray(e) && e.length > 0).length;
    return { daten: data as Record<string, unknown>, fehlerAnzahl };
  }

  /** After absenden() with errors: focuses the first field in error; returns the labels of all. */
  async fehlerZeigen(): Promise<string[]> {
    // form-js draws the errors on its next render
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const felder = [...this.optionen.container.querySelectorAll<HTMLElement>('.fjs-has-errors')];
    // the label without form-js's required mark
    const namen = felder.map((f) => f.querySelector('.fjs-form-field-label')?.textContent?.replace(/\s*\*\s*$/, '').trim() || 'Feld');
    const erstes = felder[0];
    const eingabe = erstes?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? (erstes ? ersterFokus(erstes) : undefined);
    eingabe?.focus();
    eingabe?.scrollIntoView({ block: 'center' });
    return namen;
  }

  zerstoeren(): void {
    this.beobachter.disconnect();
    this.form.destroy();
  }
}

function umschalten(element: HTMLElement, klasse: string, an: boolean): void {
  if (element.classList.contains(klasse) !== an) element.classList.toggle(klasse, an);
}
