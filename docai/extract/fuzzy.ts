/**
 * Tolerant matching of labels and cue phrases against noisy text.
 *
 * Both sides are folded the same way (lower case, umlauts and their two-letter spellings to the
 * base vowel, ß/ss to s, only letters and digits kept), so `Wohnfläche`, `Wohnflaeche`,
 * `WOHNFLACHE` and `Wohn-fläche` are the same. What OCR gets wrong beyond that (`Grundmlete`) is
 * allowed as a small edit distance that grows with the label's length. A match must start and
 * end at a word boundary of the original text, so `Miete` never matches inside `Mieter`.
 */

export interface Folded {
  /** the folded text: [a-z0-9] only */
  text: string;
  /** for every folded character the index of the original character it came from */
  from: number[];
  /** for every folded character the index after the original character(s) it came from */
  to: number[];
}

const DIACRITICS = /[\u0300-\u036f]/g;
const UNDECOMPOSED: Record<string, string> = { 'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd' };

export function fold(original: string): Folded {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    let base = ch.toLowerCase();
    if (base === 'ß') base = 's';
    // letters without a decomposition: a scan's „bıs“ is „bis“, „Łukasz“ folds like „Lukasz“
    else if (base in UNDECOMPOSED) base = UNDECOMPOSED[base];
    else base = base.normalize('NFD').replace(DIACRITICS, '');
    if (!/^[a-z0-9]$/.test(base)) continue;
    const previous = chars[chars.length - 1];
    // two-letter umlaut spellings (ae, oe, ue) and ss fold into one letter
    if (previous !== undefined && from[from.length - 1] === i - 1 && ((base === 'e' && /[aou]/.test(previous) && !/[aeiou]/.test(chars[chars.length - 2] ?? '')) || (base === 's' && previous === 's'))) {
      to[to.length - 1] = i + 1;
      continue;
    }
    chars.push(base);
    from.push(i);
    to.push(i + 1);
  }
  return { text: chars.join(''), from, to };
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The folded form of a label or phrase. */
export function foldLabel(label: string): string {
  return fold(label).text;
}

const SPELLED_UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Letters and digits with umlauts spelled out (`Größe` → `groesse`, `Groesse` → `groesse`,
 * `Große` → `grosse`): what folding forgets, for text whose umlauts can be trusted.
 */
export function spelledOut(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => SPELLED_UMLAUTS[ch])
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Text from a text layer that folds like the label but is spelled with other vowels: another word („Große“ is no „Größe“). */
export function otherWordThanLabel(text: string, label: string): boolean {
  return foldLabel(text) === foldLabel(label) && spelledOut(text) !== spelledOut(label);
}

export interface Match {
  /** original indices of the matched text */
  start: number;
  end: number;
  distance: number;
}

/** How many edits a label of this (folded) length may differ by. */
export function allowedDistance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 9) return 1;
  return 2;
}

const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/**
 * All places where `label` (already folded) occurs in `line` within the allowed edit distance,
 * best first for overlapping places. `prefix` allows the label to continue into a longer word
 * (`Heizkosten` in `Heizkostenvorauszahlung`).
 */
export function findLabel(
  line: string,
  folded: Folded,
  label: string,
  options: { prefix?: boolean; maxDistance?: number; suffix?: number; shortTokens?: string[]; genitive?: boolean; exactEnds?: boolean } = {},
): Match[] {
  const max = options.maxDistance ?? allowedDistance(label.length);
  const text = folded.text;
  const m = label.length;
  const n = text.length;
  if (m === 0 || n === 0) return [];
  const raw: Match[] = [];
  if (n < m - max) return [];
  if (max > 0 && m > 3 && !passesQgramFilter(folded, label, max)) return [];
  if (max === 0) {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) raw.push(toOriginal(folded, at, at + m, 0));
  } else {
    // Sellers: edit distance of the label against any substring of the text ending at j
    let previous = new Array<number>(n + 1).fill(0);
    let previousStart = Array.from({ length: n + 1 }, (_, j) => j);
    for (let i = 1; i <= m; i++) {
      const current = new Array<number>(n + 1);
      const currentStart = new Array<number>(n + 1);
      current[0] = i;
      currentStart[0] = 0;
      for (let j = 1; j <= n; j++) {
        const cost = label[i - 1] === text[j - 1] ? 0 : 1;
        let best = previous[j - 1] + cost;
        let start = previousStart[j - 1];
        if (previous[j] + 1 < best) {
          best = previous[j] + 1;
          start = previousStart[j];
        }
        if (current[j - 1] + 1 < best) {
          best = current[j - 1] + 1;
          start = currentStart[j - 1];
        }
        current[j] = best;
        currentStart[j] = start;
      }
      previous = current;
      previousStart = currentStart;
    }
    for (let j = 1; j <= n; j++) {
      const d = previous[j];
      if (d > max) continue;
      // keep local minima only
      if (j > 1 && previous[j - 1] < d) continue;
      if (j < n && previous[j + 1] < d) continue;
      const start = previousStart[j];
      if (start >= j) continue;
      // the first and last letters must agree: OCR noise sits inside words, not at the ends of labels
      if (text[start] !== label[0] && text[j - 1] !== label[m - 1]) continue;
      // in a text layer (no OCR noise) a short word with another letter is another word ("Schulz" is
      // not "Schule", "René" and "Renée" are no "Rente"); OCR does garble and drop letters ("Nettu")
      if (d > 0 && options.exactEnds && m <= 6) continue;
      // … and so is a word that begins otherwise, in a text layer any („Fachschule“ is no „Hochschule“),
      // on a scan a short one ("Dieter" is no "Mieter")
      if (d > 0 && text[start] !== label[0] && (options.exactEnds || m <= 6)) continue;
      // a word split by OCR keeps both ends of the label: a match across words that differs at an end is other words ("die Te" is no "Miete")
      if (d > 0 && (text[start] !== label[0] || text[j - 1] !== label[m - 1]) && /\s/.test(line.slice(folded.from[start], folded.to[j - 1]))) continue;
      // OCR garbles or drops a letter, it does not drop a word: at most one letter fewer than the label
      if (j - start < m - 1) continue;
      // a letter missing at an end makes another word ("Miete" for "Mieter"): a shortened match keeps
      // both ends, except a plural's final e ("Nettobezug" for "Nettobezüge")
      if (j - start < m && (text[start] !== label[0] || (text[j - 1] !== label[m - 1] && !(label[m - 1] === 'e' && text[j - 1] === label[m - 2])))) continue;
      // short words of the label ("KV AG-Anteil") must be there as they are: one letter changes their meaning
      if (d > 0 && options.shortTokens && options.shortTokens.some((token) => !text.slice(start, j).includes(token))) continue;
      // in a text layer a label's figures name one thing: „§ 26 Abs. 1 WoGG“ is another paragraph than
      // „§ 27 Abs. 1 WoGG“ (OCR misreads figures, „8 18 BMG“ for „§ 18 BMG“)
      if (d > 0 && options.exactEnds && /\d/.test(label) && digitsOf(text.slice(start, j)) !== digitsOf(label)) continue;
      raw.push(toOriginal(folded, start, j, d));
    }
  }
  const matches = raw.filter(
    (match) => atBoundary(line, match, options.prefix === true, options.suffix ?? 0) || (options.genitive === true && match.distance === 0 && atBoundary(line, { ...match, end: match.end + genitiveEnding(line, match.end) }, false, 0)),
  );
  matches.sort((a, b) => a.distance - b.distance || a.start - b.start);
  const kept: Match[] = [];
  for (const match of matches) if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  return kept.sort((a, b) => a.start - b.start);
}

const bigramCache = new WeakMap<Folded, Set<string>>();

/** q-gram lemma: each edit destroys at most two bigrams, so a match keeps (m - 1) - 2k of them. */
function passesQgramFilter(folded: Folded, label: string, max: number): boolean {
  let grams = bigramCache.get(folded);
  if (!grams) {
    grams = new Set<string>();
    for (let i = 0; i + 1 < folded.text.length; i++) grams.add(folded.text.slice(i, i + 2));
    bigramCache.set(folded, grams);
  }
  const required = label.length - 1 - 2 * max;
  if (required <= 0) return true;
  let present = 0;
  for (let i = 0; i + 1 < label.length; i++) if (grams.has(label.slice(i, i + 2))) present++;
  return present >= required;
}

function toOriginal(folded: Folded, start: number, end: number, distance: number): Match {
  return { start: folded.from[start], end: folded.to[end - 1], distance };
}

const ARTICLE = '(?:(?:[Dd](?:er|ie|en|em|es)|[Ii]hr(?:e|er|es|em|en)?|[Ee]ine?[mnrs]?)\\s+)?';
const OR = '\\s*(?:\\/|bzw\\.)\\s*';
/** "der Vermieterin / des Vermieters", "Mieterin bzw. Mieter": the feminine form first */
const FEMININE_FIRST = new RegExp(`(?<![\\p{L}])${ARTICLE}(\\p{L}{3,}?)in(?:nen)?${OR}(?=${ARTICLE}\\1(?:s|es|n|en)?(?![\\p{L}]))`, 'gu');
/** "des Vermieters/der Vermieterin": the feminine form second */
const FEMININE_SECOND = new RegExp(`(?<=(?<![\\p{L}])(\\p{L}{3,}?)(?:s|es|n|en)?)${OR}${ARTICLE}\\1in(?:nen)?(?![\\p{L}])`, 'gu');

/** A feminine ending written into a role inside a caption: "Mieter/in seit", "Bewohner:innen lt. Mieterliste". */
const FEMININE_SUFFIX_INSIDE = /(?<=\p{L}{3})(?:\/-?in(?:nen)?|\(in(?:nen)?\)|\*in(?:nen)?|:in(?:nen)?)(?=\s+\p{L})/gu;

/**
 * A caption that names a role in both genders ("Name bzw. Firma der Vermieterin / des Vermieters",
 * "Mieter/in seit") with the feminine form blanked out, so that it reads as its masculine label ("Name bzw. Firma
 * des Vermieters"). Blanks keep every character where it was: matches map back unchanged.
 * The text itself when it has no such pair.
 */
export function withoutGenderPair(text: string): string {
  const blank = (pair: string) => ' '.repeat(pair.length);
  return text.replace(FEMININE_FIRST, blank).replace(FEMININE_SECOND, blank).replace(FEMININE_SUFFIX_INSIDE, blank);
}

/** The length of a genitive ending right after a noun (`Mietobjekt·s`, `Hauses`), or 0. */
export function genitiveEnding(line: string, end: number): number {
  return /^(es|s)(?![\p{L}])/u.exec(line.slice(end))?.[0].length ?? 0;
}

function atBoundary(line: string, match: Match, prefix: boolean, suffix: number): boolean {
  const before = line[match.start - 1];
  if (before !== undefined && WORD.test(before)) return false;
  // the second part of a hyphenated compound is another thing: "Einzel-GdB", "Brutto-Kaltmiete"
  // (an abbreviation before the hyphen only names the issuer: "BA-Kundennummer")
  if (before === '-' && /\p{Ll}{2}-$/u.test(line.slice(Math.max(0, match.start - 3), match.start))) return false;
  if (!prefix) {
    // the number of a thing is not the thing: "Personal-Nr.", "Kunden-ID", "Versicherungs-Nummer"
    if (/^-(Nr|Nummer|ID|Kennzeichen|Zeichen)(?![\p{L}])/iu.test(line.slice(match.end))) return false;
    // an inflection ending (Elterngeld-es, Mieter-in) may follow when `suffix` allows it
    let k = 0;
    while (k <= suffix && match.end + k < line.length && LETTER.test(line[match.end + k])) k++;
    if (k > suffix) return false;
  }
  return true;
}

/** The words of up to three letters of a label, folded: they must match exactly. */
export function shortTokensOf(label: string): string[] {
  return label
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0 && token.length <= 3)
    .map((token) => fold(token).text)
    .filter((token) => token.length > 0);
}

/** Whether a folded phrase occurs in a line (for cues that need no position). */
export function containsPhrase(line: string, folded: Folded, phrase: string, prefix = false): boolean {
  return findLabel(line, folded, phrase, { prefix }).length > 0;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');
