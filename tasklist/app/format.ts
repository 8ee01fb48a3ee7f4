/** Dates as German caseworkers read them, and whether a due date has passed. */

export interface FormatOptionen {
  /** IANA time zone; default the browser's */
  zeitzone?: string;
}

function gueltig(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const datum = new Date(iso);
  return Number.isNaN(datum.getTime()) ? undefined : datum;
}

/** "21.11.2026, 19:49" */
export function datumZeit(iso: string | undefined, optionen: FormatOptionen = {}): string {
  const datum = gueltig(iso);
  if (!datum) return '';
  return new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: optionen.zeitzone }).format(datum);
}

/** "21.11.2026" */
export function datum(iso: string | undefined, optionen: FormatOptionen = {}): string {
  const d = gueltig(iso);
  if (!d) return '';
  return new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: optionen.zeitzone }).format(d);
}

export type Dringlichkeit = 'ueberfaellig' | 'heute' | 'spaeter' | 'keine';

/** How urgent a due date is at `jetzt`: passed, due today (in the given zone), later, or none. */
export function dringlichkeit(faellig: string | undefined, jetzt: Date, optionen: FormatOptionen = {}): Dringlichkeit {
  const d = gueltig(faellig);
  if (!d) return 'keine';
  if (d.getTime() < jetzt.getTime()) return 'ueberfaellig';
  return datum(faellig, optionen) === datum(jetzt.toISOString(), optionen) ? 'heute' : 'spaeter';
}

/** The due date as a cell shows it: the date, and in words whether it has passed or is today. */
export function faelligText(faellig: string | undefined, jetzt: Date, optionen: FormatOptionen = {}): string {
  const wann = dringlichkeit(faellig, jetzt, optionen);
  if (wann === 'keine') return '–';
  const text = datumZeit(faellig, optionen);
  if (wann === 'ueberfaellig') return `${text} (überfällig)`;
  if (wann === 'heute') return `${text} (heute)`;
  return text;
}

/** "3 Aufgaben", "1 Aufgabe", "keine Aufgaben" */
export function anzahl(n: number, einzahl: string, mehrzahl: string): string {
  if (n === 0) return `keine ${mehrzahl}`;
  return `${n} ${n === 1 ? einzahl : mehrzahl}`;
}
