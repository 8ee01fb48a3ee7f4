/**
 * The app's addresses with the history API: `/tasklist` (the list, its filters in the query) and
 * `/tasklist/aufgaben/:key` (a task). The browser's back and forward buttons work; links are real
 * links (open in a new tab works) whose clicks are taken over here.
 */
import { TASKLIST_BASE } from '../api.ts';

export type Ziel = { ansicht: 'liste'; suche: string } | { ansicht: 'aufgabe'; key: string };

const AUFGABE = new RegExp(`^${TASKLIST_BASE}/aufgaben/([^/]+)/?$`);

export function zielAus(pfad: string, suche: string): Ziel {
  const treffer = AUFGABE.exec(pfad);
  if (treffer) {
    try {
      return { ansicht: 'aufgabe', key: decodeURIComponent(treffer[1]) };
    } catch {
      // an address that is not valid percent-encoding: the list
    }
  }
  return { ansicht: 'liste', suche };
}

export function adresse(ziel: Ziel): string {
  return ziel.ansicht === 'aufgabe' ? `${TASKLIST_BASE}/aufgaben/${encodeURIComponent(ziel.key)}` : `${TASKLIST_BASE}${ziel.suche}`;
}

export class Router {
  constructor(private readonly zeige: (ziel: Ziel) => void) {
    window.addEventListener('popstate', () => this.zeige(this.aktuell()));
    document.addEventListener('click', (event) => this.klick(event));
  }

  aktuell(): Ziel {
    return zielAus(location.pathname, location.search);
  }

  geheZu(ziel: Ziel, optionen: { ersetzen?: boolean } = {}): void {
    const url = adresse(ziel);
    if (optionen.ersetzen) history.replaceState(null, '', url);
    else if (url !== location.pathname + location.search) history.pushState(null, '', url);
    this.zeige(ziel);
  }

  /** the list's filters changed: new address, same view, no new history entry per keystroke */
  setzeSuche(suche: string): void {
    history.replaceState(null, '', `${TASKLIST_BASE}${suche}`);
  }

  private klick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
    if (link.pathname !== TASKLIST_BASE && !link.pathname.startsWith(`${TASKLIST_BASE}/`)) return;
    if (link.pathname.startsWith(`${TASKLIST_BASE}/api/`) || link.pathname.startsWith(`${TASKLIST_BASE}/assets/`)) return;
    event.preventDefault();
    this.geheZu(zielAus(link.pathname, link.search));
  }
}
