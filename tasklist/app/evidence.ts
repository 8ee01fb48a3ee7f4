/**
 * Finding a value's evidence ("Beleg") in the text layer of a PDF page. pdf.js gives a page's text
 * as items (one per text run); the evidence docai recorded is the text as it read it, e.g.
 * "308,00 €". The page may split it over items ("308,00" + "€"), space it differently (no space,
 * two spaces, a no-break space) or use a typographic variant of a dash or quote, so the search
 * ignores whitespace, case and those variants. Pure functions: the viewer draws the marks.
 */

/** A piece of one text item: characters `start` to `end` (exclusive) of item `item`. */
export interface Stelle {
  item: number;
  start: number;
  end: number;
}

/** The evidence texts of a row: docai joins several with " · " (e.g. Grundmiete · Nebenkosten). */
export function belegTeile(beleg: unknown): string[] {
  if (typeof beleg !== 'string') return [];
  const teile = beleg
    .split(/\s+·\s+|\s*·\s*/)
    .map((teil) => teil.trim())
    .filter((teil) => teil.length > 0);
  return [...new Set(teile)];
}

/** The documents of a row: one file name, or several joined with ", ". */
export function dokumentNamen(dokument: unknown): string[] {
  if (typeof dokument !== 'string') return [];
  return dokument
    .split(/,\s+/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

const VARIANTEN: Readonly<Record<string, string>> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
};

function normalisiert(zeichen: string): string {
  const variante = VARIANTEN[zeichen] ?? zeichen;
  const klein = variante.toLocaleLowerCase('de-DE');
  // a lower case with another length (rare) would shift every position after it
  return klein.length === variante.length ? klein : variante;
}

interface Strom {
  text: string;
  /** for each character of `text`: the item and the position in it */
  herkunft: Array<{ item: number; offset: number }>;
}

function strom(items: readonly string[]): Strom {
  let text = '';
  const herkunft: Strom['herkunft'] = [];
  items.forEach((item, index) => {
    for (let offset = 0; offset < item.length; offset++) {
      const zeichen = item[offset];
      if (/\s/.test(zeichen)) continue;
      text += normalisiert(zeichen);
      herkunft.push({ item: index, offset });
    }
  });
  return { text, herkunft };
}

function gesucht(teil: string): string {
  let text = '';
  for (const zeichen of teil) if (!/\s/.test(zeichen)) text += normalisiert(zeichen);
  return text;
}

const ZIFFER = /[0-9]/;

/**
 * Where `teil` stands in the items, as pieces of items (one per item it spans), or undefined.
 * A number is not found inside a longer number ("1.070,72" is not in "11.070,72"), unless that
 * is the only place it occurs.
 */
export function findeBeleg(items: readonly string[], teil: string): Stelle[] | undefined {
  const needle = gesucht(teil);
  if (needle.length === 0) return undefined;
  const { text, herkunft } = strom(items);
  let erster: number | undefined;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    erster ??= at;
    const davor = text[at - 1];
    const danach = text[at + needle.length];
    const beginntMitZiffer = ZIFFER.test(needle[0]);
    const endetMitZiffer = ZIFFER.test(needle[needle.length - 1]);
    if ((!beginntMitZiffer || davor === undefined || !ZIFFER.test(davor)) && (!endetMitZiffer || danach === undefined || !ZIFFER.test(danach))) {
      return stellen(herkunft, at, at + needle.length);
    }
  }
  return erster === undefined ? undefined : stellen(herkunft, erster, erster + needle.length);
}

function stellen(herkunft: Strom['herkunft'], von: number, bis: number): Stelle[] {
  const ergebnis: Stelle[] = [];
  for (let i = von; i < bis; i++) {
    const { item, offset } = herkunft[i];
    const letzte = ergebnis[ergebnis.length - 1];
    if (letzte && letzte.item === item) letzte.end = offset + 1;
    else ergebnis.push({ item, start: offset, end: offset + 1 });
  }
  return ergebnis;
}

/**
 * Every evidence part of a row in the items. A part that is not found as written is tried once more
 * without its currency (a page may print "EUR" where docai wrote "€", or the sign stands apart).
 */
export function findeBelege(items: readonly string[], teile: readonly string[]): Array<{ teil: string; stellen: Stelle[] | undefined }> {
  return teile.map((teil) => {
    let gefunden = findeBeleg(items, teil);
    if (!gefunden) {
      const ohneWaehrung = teil.replace(/^\s*(?:€|EUR)\s*|\s*(?:€|EUR)\s*$/gi, '');
      if (ohneWaehrung !== teil && ohneWaehrung.length > 0) gefunden = findeBeleg(items, ohneWaehrung);
    }
    return { teil, stellen: gefunden };
  });
}
