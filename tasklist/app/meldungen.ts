/**
 * The page's two live regions (they are in index.html from the start, so screen readers know them
 * before anything is said): `status` for what went well or is going on (polite), `fehler` for
 * problems (assertive, role=alert). Both are visible too; a message stays until the next one or
 * until it is cleared. They are never hidden (a hidden region is not in the accessibility tree,
 * and what appears in it is not read): empty, they take no space (app.css).
 */

function region(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Bereich #${id} fehlt in index.html`);
  return element;
}

function setze(element: HTMLElement, text: string): void {
  // a message repeated word for word must be read again: empty the region first
  element.textContent = '';
  if (text) window.setTimeout(() => (element.textContent = text), 50);
}

export function meldeStatus(text: string): void {
  setze(region('status'), text);
}

export function meldeFehler(text: string): void {
  setze(region('fehler'), text);
}

export function meldungenLeeren(): void {
  setze(region('status'), '');
  setze(region('fehler'), '');
}
