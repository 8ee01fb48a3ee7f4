/**
 * A name read where it is printed all in capitals („MEYER, JAN“ in a payslip's header row) is
 * given the capitalisation the same document prints it with elsewhere („Jan Meyer“ in the
 * address window): the catalog keeps a name as printed, and the printing in mixed case is the one
 * a caseworker writes into the Fachverfahren. Where the document has no such printing the
 * capitals stay.
 */
import { normalizeName } from '../normalize.js';
import { escapeRegExp } from './fuzzy.js';
import type { Layout } from './layout.js';

/** A value with letters and no small letter: a name printed in capitals. */
const inCapitals = (value: string) => /\p{Lu}/u.test(value) && !/\p{Ll}/u.test(value);

/**
 * The document's own mixed-case printing of a name read in capitals, given names first or
 * „Nachname, Vorname“; undefined when the value is not in capitals or no such printing exists.
 */
export function mixedCasePrinting(layout: Layout, value: string): string | undefined {
  if (!inCapitals(value)) return undefined;
  const words = value.split(' ').filter((word) => word.length > 0);
  if (words.length < 2) return undefined;
  const surname = escapeRegExp(words[words.length - 1]);
  const given = words.slice(0, -1).map(escapeRegExp).join('\\s+');
  const natural = `${given}\\s+${surname}`;
  const surnameFirst = `${surname},\\s*${given}`;
  const printing = new RegExp(`(?<![\\p{L}])(?:${natural}|${surnameFirst})(?![\\p{L}])`, 'giu');
  for (const line of layout.lines) {
    for (const match of line.text.matchAll(printing)) {
      if (!/\p{Ll}/u.test(match[0])) continue;
      const cased = normalizeName(match[0]);
      if (cased && cased.toUpperCase() === value.toUpperCase()) return cased;
    }
  }
  return undefined;
}
