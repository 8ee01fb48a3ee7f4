/**
 * The list's filters and sorting as the address bar shows them (`/tasklist?faellig=heute&…`), so
 * a filtered list can be bookmarked and the browser's back button restores it. The same query
 * string goes to GET /tasklist/api/aufgaben. Values the API does not know are dropped, never sent.
 */
import type { AufgabenFilter } from '../api.ts';

export const BEARBEITUNG = ['alle', 'ich', 'niemand'] as const;
export const FAELLIG = ['ueberfaellig', 'heute', 'woche'] as const;
export const SORTIERUNG = ['faelligkeit', 'alter'] as const;
export const RICHTUNG = ['asc', 'desc'] as const;

/** what the API assumes when a parameter is missing: not written into addresses */
const VORGABEN: Readonly<AufgabenFilter> = { bearbeitung: 'alle', sortierung: 'faelligkeit', richtung: 'asc' };

/** fixed order, so that the same filter always gives the same address */
const SCHLUESSEL = ['gruppe', 'bearbeitung', 'faellig', 'prozess', 'sortierung', 'richtung'] as const;

function eines<T extends string>(erlaubt: readonly T[], wert: string | null): T | undefined {
  return wert !== null && (erlaubt as readonly string[]).includes(wert) ? (wert as T) : undefined;
}

function freierWert(wert: string | null): string | undefined {
  const text = wert?.trim();
  return text ? text.slice(0, 200) : undefined;
}

/** Reads a filter from a query string (with or without "?"); unknown or invalid values are left out. */
export function filterAusSuche(suche: string): AufgabenFilter {
  const params = new URLSearchParams(suche);
  const filter: AufgabenFilter = {};
  const gruppe = freierWert(params.get('gruppe'));
  if (gruppe) filter.gruppe = gruppe;
  const bearbeitung = eines(BEARBEITUNG, params.get('bearbeitung'));
  if (bearbeitung) filter.bearbeitung = bearbeitung;
  const faellig = eines(FAELLIG, params.get('faellig'));
  if (faellig) filter.faellig = faellig;
  const prozess = freierWert(params.get('prozess'));
  if (prozess) filter.prozess = prozess;
  const sortierung = eines(SORTIERUNG, params.get('sortierung'));
  if (sortierung) filter.sortierung = sortierung;
  const richtung = eines(RICHTUNG, params.get('richtung'));
  if (richtung) filter.richtung = richtung;
  return filter;
}

/** The query string for a filter ("" or "?…"), leaving out the API's defaults. */
export function sucheAusFilter(filter: AufgabenFilter): string {
  const params = new URLSearchParams();
  for (const schluessel of SCHLUESSEL) {
    const wert = filter[schluessel];
    if (wert === undefined || wert === '' || wert === VORGABEN[schluessel]) continue;
    params.set(schluessel, wert);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sortierungVon(filter: AufgabenFilter): { sortierung: 'faelligkeit' | 'alter'; richtung: 'asc' | 'desc' } {
  return { sortierung: filter.sortierung ?? 'faelligkeit', richtung: filter.richtung ?? 'asc' };
}

/**
 * A click on a sortable column: the same column turns the direction round, another column sorts by
 * it ascending (earliest due, oldest first).
 */
export function sortiereNach(filter: AufgabenFilter, spalte: 'faelligkeit' | 'alter'): AufgabenFilter {
  const aktuell = sortierungVon(filter);
  const richtung = aktuell.sortierung === spalte && aktuell.richtung === 'asc' ? 'desc' : 'asc';
  return { ...filter, sortierung: spalte, richtung };
}

/** The value of `aria-sort` for a column header. */
export function ariaSort(filter: AufgabenFilter, spalte: 'faelligkeit' | 'alter'): 'ascending' | 'descending' | 'none' {
  const aktuell = sortierungVon(filter);
  if (aktuell.sortierung !== spalte) return 'none';
  return aktuell.richtung === 'asc' ? 'ascending' : 'descending';
}
