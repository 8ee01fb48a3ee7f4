/**
 * How long a caseworker waits for the first document: from opening a task to the first page
 * painted, as a Performance API measure (`tasklist:erstes-dokument`, visible in the browser's
 * performance tools) and as `data-erstes-dokument-ms` on the viewer (for the browser test).
 */
export const MARKE_GEOEFFNET = 'tasklist:aufgabe-geoeffnet';
export const MESSUNG_ERSTES_DOKUMENT = 'tasklist:erstes-dokument';

export function aufgabeGeoeffnet(): void {
  performance.clearMarks(MARKE_GEOEFFNET);
  performance.clearMeasures(MESSUNG_ERSTES_DOKUMENT);
  performance.mark(MARKE_GEOEFFNET);
}

/** Measures once per opened task; returns the milliseconds, or undefined if already measured. */
export function erstesDokumentGezeigt(): number | undefined {
  if (performance.getEntriesByName(MESSUNG_ERSTES_DOKUMENT, 'measure').length > 0) return undefined;
  if (performance.getEntriesByName(MARKE_GEOEFFNET, 'mark').length === 0) return undefined;
  const messung = performance.measure(MESSUNG_ERSTES_DOKUMENT, MARKE_GEOEFFNET);
  return Math.round(messung.duration);
}
