/**
 * Building DOM without innerHTML: every text from the server (names, case numbers, evidence) goes
 * in as text, so nothing a document or an application contains can become markup.
 */

type Kind = Node | string | number | null | undefined | false;

export type Attribute = Record<string, string | number | boolean | undefined | null | EventListener>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attribute: Attribute = {}, ...kinder: Array<Kind | Kind[]>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, wert] of Object.entries(attribute)) {
    if (wert === undefined || wert === null || wert === false) continue;
    if (typeof wert === 'function') element.addEventListener(name.replace(/^on/, ''), wert);
    else if (name === 'class') element.className = String(wert);
    else element.setAttribute(name, wert === true ? '' : String(wert));
  }
  anhaengen(element, kinder);
  return element;
}

export function anhaengen(element: Element, kinder: Array<Kind | Kind[]>): void {
  for (const kind of kinder.flat()) {
    if (kind === null || kind === undefined || kind === false) continue;
    element.append(typeof kind === 'string' || typeof kind === 'number' ? String(kind) : kind);
  }
}

export function leeren(element: Element): void {
  element.replaceChildren();
}

/** Text for screen readers only (visible text says the same with less words or with a symbol). */
export function unsichtbar(text: string): HTMLSpanElement {
  return el('span', { class: 'nur-vorgelesen' }, text);
}

let zaehler = 0;
/** An id unique in the page, for label/aria references. */
export function neueId(praefix: string): string {
  zaehler += 1;
  return `${praefix}-${zaehler}`;
}

/** Is the element one a person types into (where single-key shortcuts must not fire)? */
export function istEingabe(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'image', 'range', 'color'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

const FOKUSSIERBAR = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The first element inside `container` a person can tab to and see. */
export function ersterFokus(container: Element): HTMLElement | undefined {
  for (const element of container.querySelectorAll<HTMLElement>(FOKUSSIERBAR)) {
    if (element.getClientRects().length > 0 && !element.closest('[hidden], [inert]')) return element;
  }
  return undefined;
}
