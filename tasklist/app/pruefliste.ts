/**
 * The rows of a form's dynamic lists as the viewer needs them: which document and page hold a
 * value's evidence, how sure docai was, whether the value needs a look (`pruefen`) or was
 * corrected (`korrigiert`). Driven by the rows' data (the variables the form is prefilled with),
 * not by the element ids of one form: any dynamic list whose rows carry these fields works, and a
 * form without such a list simply has none.
 */
import { belegTeile, dokumentNamen } from './evidence.ts';

export interface PruefZeile {
  /** position in the list (0-based), as form-js renders the rows */
  index: number;
  bezeichnung?: string;
  /** where the value comes from, in words (`quelleText`, e.g. "Antrag", "Korrektur") */
  quelle?: string;
  /** file names; the first is the one `seite` refers to */
  dokumente: string[];
  seite?: number;
  belegTeile: string[];
  konfidenzProzent?: number;
  pruefen: boolean;
  korrigiert: boolean;
  vorher?: string;
}

export interface PruefListe {
  /** the list's component id in the schema */
  id: string;
  /** the data path of the list, e.g. "pruefliste" or "gruppe.pruefliste" */
  pfad: string;
  zeilen: PruefZeile[];
}

interface Komponente {
  id?: unknown;
  type?: unknown;
  path?: unknown;
  components?: unknown;
}

function alsKomponenten(wert: unknown): Komponente[] {
  return Array.isArray(wert) ? wert.filter((k): k is Komponente => typeof k === 'object' && k !== null) : [];
}

function wertAnPfad(daten: unknown, pfad: string): unknown {
  let aktuell = daten;
  for (const teil of pfad.split('.')) {
    if (typeof aktuell !== 'object' || aktuell === null || Array.isArray(aktuell)) return undefined;
    aktuell = (aktuell as Record<string, unknown>)[teil];
  }
  return aktuell;
}

function text(wert: unknown): string | undefined {
  return typeof wert === 'string' && wert.trim() !== '' ? wert : undefined;
}

function ganzeZahl(wert: unknown): number | undefined {
  return typeof wert === 'number' && Number.isInteger(wert) && wert > 0 ? wert : undefined;
}

function zeileAus(index: number, daten: unknown): PruefZeile | undefined {
  if (typeof daten !== 'object' || daten === null || Array.isArray(daten)) return undefined;
  const d = daten as Record<string, unknown>;
  const zeile: PruefZeile = {
    index,
    bezeichnung: text(d.bezeichnung),
    quelle: text(d.quelleText),
    dokumente: dokumentNamen(d.dokument),
    seite: ganzeZahl(d.seite),
    belegTeile: belegTeile(d.beleg),
    konfidenzProzent: typeof d.konfidenzProzent === 'number' && Number.isFinite(d.konfidenzProzent) ? d.konfidenzProzent : undefined,
    pruefen: d.pruefen === true,
    korrigiert: d.korrigiert === true,
    vorher: d.vorher === undefined || d.vorher === null ? undefined : String(d.vorher),
  };
  return zeile;
}

function hatPruefdaten(zeile: PruefZeile): boolean {
  return zeile.dokumente.length > 0 || zeile.belegTeile.length > 0 || zeile.pruefen || zeile.korrigiert || zeile.konfidenzProzent !== undefined;
}

/**
 * The dynamic lists of a schema whose data rows carry evidence or review marks, in the order of
 * the schema. Groups and lists with a `path` nest the data path as form-js does.
 */
export function prueflisten(schema: unknown, variablen: Readonly<Record<string, unknown>>): PruefListe[] {
  const listen: PruefListe[] = [];
  const besuche = (komponenten: Komponente[], praefix: string) => {
    for (const komponente of komponenten) {
      const eigenerPfad = text(komponente.path);
      const pfad = eigenerPfad ? (praefix ? `${praefix}.${eigenerPfad}` : eigenerPfad) : praefix;
      if (komponente.type === 'dynamiclist') {
        const daten = eigenerPfad ? wertAnPfad(variablen, pfad) : undefined;
        if (Array.isArray(daten)) {
          const zeilen = daten.map((d, i) => zeileAus(i, d)).filter((z): z is PruefZeile => z !== undefined);
          if (zeilen.some(hatPruefdaten)) listen.push({ id: String(komponente.id ?? pfad), pfad, zeilen });
        }
        // rows of a nested list would need the row index in the path: not looked into
        continue;
      }
      const kinder = alsKomponenten(komponente.components);
      if (kinder.length > 0) besuche(kinder, pfad);
    }
  };
  if (typeof schema === 'object' && schema !== null) besuche(alsKomponenten((schema as Komponente).components), '');
  return listen;
}

/**
 * The order in which Alt+N walks through a list's rows: the rows to check first (low confidence,
 * missing, assumed), then the others, each in their own order.
 */
export function pruefReihenfolge(zeilen: readonly PruefZeile[]): number[] {
  return [...zeilen.filter((z) => z.pruefen), ...zeilen.filter((z) => !z.pruefen)].map((z) => z.index);
}

/** The next (or, with -1, previous) row after `aktuell` in `reihenfolge`, going round at the ends. */
export function naechsteZeile(reihenfolge: readonly number[], aktuell: number | undefined, richtung: 1 | -1): number | undefined {
  if (reihenfolge.length === 0) return undefined;
  const position = aktuell === undefined ? -1 : reihenfolge.indexOf(aktuell);
  if (position < 0) return richtung === 1 ? reihenfolge[0] : reihenfolge[reihenfolge.length - 1];
  return reihenfolge[(position + richtung + reihenfolge.length) % reihenfolge.length];
}
