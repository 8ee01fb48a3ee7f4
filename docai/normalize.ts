/**
 * Normalisers for the catalog's value kinds (see ../shared/spec/dokumente.md, "Normalised values").
 *
 * Every `find…` function scans a string and returns the values it recognises together with their
 * span in that string (so the extractor can quote the exact evidence). Every `normalize…` function
 * takes a string that should hold one value and returns the normalised value or `null` — never a
 * throw, whatever the input.
 */
import { IBAN_LENGTH, ibanChecksumValid } from '../wohngeld/iban.js';

// the IBAN check lives in the domain: the hand-over to the Fachverfahren needs it as well
export { ibanChecksumValid };

export interface Span<T> {
  value: T;
  /** index of the first character in the scanned string */
  start: number;
  /** index after the last character */
  end: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

// ------------------------------------------------------------------ OCR-tolerant digits

/**
 * Characters that OCR commonly reads instead of digits, replaced one for one (so spans stay valid),
 * but only inside tokens that are mostly digits already: `2O25` → `2025`, `l2.03.2025` → `12.03.2025`.
 */
export function repairDigits(text: string): string {
  return text.replace(/[0-9OoIl|.,/:\- ]*[0-9][0-9OoIl|.,/:\- ]*/g, (token) => {
    const digits = (token.match(/[0-9]/g) ?? []).length;
    const lookalikes = (token.match(/[OoIl|]/g) ?? []).length;
    if (lookalikes === 0 || digits < 2 || lookalikes > digits / 2) return token;
    // only replace look-alikes that touch a digit or a number separator on at least one side
    return token.replace(/[OoIl|]/g, (ch, at: number) => {
      const before = token[at - 1] ?? '';
      const after = token[at + 1] ?? '';
      if (!/[0-9.,/]/.test(before) && !/[0-9.,/]/.test(after)) return ch;
      return ch === 'O' || ch === 'o' ? '0' : '1';
    });
  });
}

// ------------------------------------------------------------------ dates

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, jaenner: 1, jänner: 1,
  februar: 2, feb: 2, febr: 2,
  märz: 3, maerz: 3, marz: 3, mär: 3, mrz: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12,
};
const MONTH_NAME = '(Januar|Jänner|Jaenner|Februar|Febr|März|Maerz|Marz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A two-digit year: up to `pivot` → 20xx, above → 19xx. The default pivot 49 is fixed, so the
 * result never depends on today; a birth date uses the document's own latest year as pivot.
 */
function fullYear(raw: string, pivot = 49): number {
  const n = Number(raw);
  if (raw.length === 4) return n;
  return n <= pivot ? 2000 + n : 1900 + n;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The last day of a month as `YYYY-MM-DD`. */
export function lastDayOfMonth(month: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  return isoDate(Number(m[1]), Number(m[2]), daysIn(Number(m[1]), Number(m[2])));
}

const NUMERIC_DATE = /(?<![\d.,])(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d]|[.,]\d)/g;
// OCR reads a dot as a comma, an apostrophe or a colon now and then; with a four-digit year that is still a date
const NOISY_DATE = /(?<![\d.,])(\d{1,2})\s?[.,'’´:]\s?(\d{1,2})\s?[.,'’´:]\s?(\d{4})(?![\d]|[.,]\d)/g;
const ISO_DATE = /(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
// (OCR reads the day's period as a colon now and then: "15: Feb. 2026")
const NAMED_DATE = new RegExp(`(?<![\\d])(\\d{1,2})[.:]?\\s*${MONTH_NAME}\\.?\\s*(\\d{4})(?!\\d)`, 'gi');

/** All dates in a string, in order: `01.03.2025`, `1.3.25`, `1. März 2025`, `2025-03-01`. */
export function findDates(input: string, options: { pivot?: number } = {}): Span<string>[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const text = repairDigits(input);
  const found: Span<string>[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const value = isoDate(fullYear(m[4], options.pivot), Number(m[3]), Number(m[1]));
    if (value) found.push({ value, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const value = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (value) found.push({ value, start: m.index!, end: m.index! + m[0].length });
  }
  // a month name OCR misread by one letter ("1. Novembex 2019")
  for (const m of text.matchAll(/(?<![\d])(\d{1,2})[.:]?\s*(\p{L}{5,10})\.?\s*(\d{4})(?!\d)/gu)) {
    if (found.some((f) => m.index! < f.end && f.start < m.index! + m[0].length)) continue;
    const month = closeMonth(m[2]);
    const value = month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
    if (value) found.push({ value, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(NOISY_DATE)) {
    if (found.some((f) => m.index! < f.end && f.start < m.index! + m[0].length)) continue;
    const value = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (value) found.push({ value, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(NAMED_DATE)) {
    const month = MONTHS[m[2].toLowerCase()];
    const value = month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
    if (value) found.push({ value, start: m.index!, end: m.index! + m[0].length });
  }
  return dropOverlaps(found);
}

const FULL_MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];

/** A month name within one edit (for names of six letters or more): OCR noise, not another word. */
function closeMonth(word: string): number | null {
  const w = word.toLowerCase();
  if (w.length < 6) return null;
  for (const [i, name] of FULL_MONTHS.entries()) {
    if (name.length < 6) continue;
    if (editDistance(w, name) <= 1) return i + 1;
  }
  return null;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The date in a string that holds one date, e.g. `01.03.2025` → `2025-03-01`; `null` otherwise. */
export function normalizeDate(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  return findDates(input)[0]?.value ?? null;
}

// ------------------------------------------------------------------ months

const NAMED_MONTH = new RegExp(`(?<![\\p{L}\\d.])${MONTH_NAME}\\.?\\s*(\\d{4}|'?\\d{2})(?![\\d]|\\.\\d)`, 'giu');
const NUMERIC_MONTH = /(?<![\d.,/])(\d{1,2})\s?[./]\s?(\d{4})(?![\d]|[.,]\d)/g;
// 2025-03, and the year first with a slash as payroll systems print a period: 2024/08
const ISO_MONTH = /(?<![\d.,/-])(\d{4})(?:-|\s?\/\s?)(\d{2})(?![\d/-]|[.,]\d)/g;

/** All months in a string: `Februar 2025`, `Feb. 2025`, `02/2025`, `02.2025`, `2025-02`. */
export function findMonths(input: string): Span<string>[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const text = repairDigits(input);
  const found: Span<string>[] = [];
  const push = (year: number, month: number, start: number, end: number) => {
    if (year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12) found.push({ value: `${year}-${pad(month)}`, start, end });
  };
  for (const m of text.matchAll(NAMED_MONTH)) {
    const month = MONTHS[m[1].toLowerCase()];
    if (month) push(fullYear(m[2].replace("'", '')), month, m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(NUMERIC_MONTH)) push(Number(m[2]), Number(m[1]), m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(ISO_MONTH)) push(Number(m[1]), Number(m[2]), m.index!, m.index! + m[0].length);
  return dropOverlaps(found);
}

export function normalizeMonth(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  return findMonths(input)[0]?.value ?? null;
}

// ------------------------------------------------------------------ amounts

export interface AmountSpan extends Span<number> {
  /** a currency sign or word stood next to the number */
  currency: boolean;
}

/** An amount whose thousands groups may also be separated by `groupSeparator` (a regex alternative). */
const amountPattern = (groupSeparator: string) =>
  new RegExp(`(?<![\\d.,])(-\\s?)?(\\d{1,3}(?:(?:\\.\\s?|\\s\\.|'|[\\u00a0\\u202f]${groupSeparator})\\d{3})+|\\d+)(?:\\s?,\\s?(\\d{1,2})|,-{1,2}|\\.(\\d{2}))?(?![\\d]|[.,]\\d)(-(?!\\s?\\d))?`, 'g');
// German: 1.234,56 · 1234,56 · 612,5 · with optional sign; a thousands group by a dot (OCR may add a space next
// to it) or a typographic no-break space, never by a plain space: in a scan "7 453,91" is junk before 453,91
const AMOUNT = amountPattern('');
// a text layer has no OCR junk: there a plain space groups thousands as DIN 5008 allows ("1 950,44 €"),
// when decimals follow the groups
const AMOUNT_TEXT_LAYER = amountPattern('| (?=\\d{3}(?:[ .]\\d{3})*,\\d)');
// In OCR text a plain space groups thousands only in running text, after a word and before decimals
// and a currency ("beträgt monatlich 1 449,08 €"), or in a cell of its own with the currency; at the
// start of a longer cell "7 195,38" is a column rule read as a digit. Such a space becomes a no-break
// space, which keeps the offsets.
const PROSE_SPACED_THOUSANDS = /(?<=\p{L}{2} )(\d{1,3}) (?=\d{3},\d{2} ?(?:€|EUR\b|Euro\b))/gu;
// … and in a cell that holds nothing but the amount and its currency („1 429,80 €“ right of „Rentenbetrag“)
const CELL_SPACED_THOUSANDS = /^(\s*\d{1,3}) (?=\d{3},\d{2} ?(?:€|EUR|Euro)\s*$)/u;
const CURRENCY_BEFORE = /(€|EUR|Euro)\s*$/i;
const CURRENCY_AFTER = /^\s*(€|EUR\b|Euro\b)/i;
// (OCR reads the ² of m² as „?“, „'“, „°“ or „*“ now and then)
const NOT_AN_AMOUNT_AFTER = /^\s*(%|v\.\s?H\.|Prozent|m²|m2\b|m[?'’°*](?=\s|[.,;)]|$)|qm\b|Quadratmeter|Std|Stunden|Tage|Monate|Jahre|Personen|Zimmer|Kinder|Wochen|Uhr)/i;

/**
 * All amounts in a string. Numbers without decimals count only when a currency stands next to
 * them; percentages, areas, dates, times and counts are never amounts.
 */
export function findAmounts(input: string, options: { textLayer?: boolean } = {}): AmountSpan[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const repaired = repairDigits(input);
  const text = options.textLayer ? repaired : repaired.replace(PROSE_SPACED_THOUSANDS, '$1\u00a0').replace(CELL_SPACED_THOUSANDS, '$1\u00a0');
  const found: AmountSpan[] = [];
  for (const m of text.matchAll(options.textLayer ? AMOUNT_TEXT_LAYER : AMOUNT)) {
    let start = m.index!;
    let end = start + m[0].length;
    const [, minus, intPart, decimals, dotDecimals, trailingMinus] = m;
    const before = text.slice(0, start);
    const after = text.slice(end);
    if (NOT_AN_AMOUNT_AFTER.test(after)) continue;
    // "612.50" is read as an amount only with a currency (else it is a date, a time or a version)
    if (dotDecimals !== undefined && (/^[.\d]/.test(after) || !(CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)))) continue;
    // a leading zero ("07.24", "01,5") is not how amounts are printed
    if (/^0\d/.test(intPart)) continue;
    // a thousands group with spaces must not swallow a preceding, unrelated number: require well-formed groups
    const currencyBefore = CURRENCY_BEFORE.exec(before);
    const currencyAfter = CURRENCY_AFTER.exec(after);
    const currency = Boolean(currencyBefore || currencyAfter);
    const hasDecimals = decimals !== undefined || dotDecimals !== undefined || /,-/.test(m[0]);
    if (!hasDecimals && !currency) continue;
    // "5 EUR 90,00": the currency belongs to the figure after it, not to the stray number before
    if (!hasDecimals && !currencyBefore && currencyAfter && /^\s*\d/.test(after.slice(currencyAfter[0].length))) continue;
    // a thousands group with dots and no decimals ("1.234 €") is fine; a single dot group with
    // two digits ("12.50") is read as decimals only because German thousands groups have three
    const digits = intPart.replace(/[.\s'\u00a0\u202f]/g, '');
    let value = Number(digits);
    const frac = decimals ?? dotDecimals;
    if (frac !== undefined) value += Number(frac.length === 1 ? `0.${frac}` : `0.${frac}`);
    if (!Number.isFinite(value)) continue;
    value = Math.round(value * 100) / 100;
    if (minus || trailingMinus) value = -value;
    if (trailingMinus && !hasDecimals) continue;
    if (currencyBefore) start -= currencyBefore[0].length;
    if (currencyAfter) end += currencyAfter[0].length;
    found.push({ value, start, end, currency });
  }
  return found;
}

/** `1.234,56 €`, `1234,56 EUR`, `EUR 1.234,56`, `612,50` → number; `null` otherwise. */
export function normalizeAmount(input: unknown): number | null {
  if (typeof input !== 'string') return null;
  const all = findAmounts(input);
  if (all.length > 0) return all[0].value;
  // a bare integer is an amount only when the whole string is that number
  const bare = /^\s*(-?\d{1,3}(?:\.\d{3})+|-?\d+)\s*$/.exec(repairDigits(input));
  return bare ? Number(bare[1].replace(/\./g, '')) : null;
}

// ------------------------------------------------------------------ areas

// OCR reads the superscript ² of m² as "?", "'", "°" or "*" now and then
const AREA = /(?<![\d.,])(\d{1,4}(?:[.,]\d{1,2})?)\s?(m²|m2|m\^2|qm|Quadratmeter|sqm|m[?'’°*](?=\s|[.,;)]|$))(?![\p{L}\d])/giu;

export function findAreas(input: string): Span<number>[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const text = repairDigits(input);
  const found: Span<number>[] = [];
  for (const m of text.matchAll(AREA)) {
    const value = Number(m[1].replace(',', '.'));
    if (Number.isFinite(value) && value > 0) found.push({ value: Math.round(value * 100) / 100, start: m.index!, end: m.index! + m[0].length });
  }
  return found;
}

/** `58,4 m²`, `58,40 qm`, `58 m2` → 58.4; a bare number (`58,4`) too, since the label names the kind. */
export function normalizeArea(input: unknown): number | null {
  if (typeof input !== 'string') return null;
  const found = findAreas(input);
  if (found.length > 0) return found[0].value;
  const bare = /^\s*(?:ca\.?\s*)?(\d{1,4}(?:,\d{1,2})?)\s*$/.exec(repairDigits(input));
  if (!bare) return null;
  const value = Number(bare[1].replace(',', '.'));
  return value > 0 ? value : null;
}

// ------------------------------------------------------------------ counts

const NUMBER_WORDS: Record<string, number> = {
  eine: 1, einer: 1, ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
};

export function findCounts(input: string): Span<number>[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const text = repairDigits(input);
  const found: Span<number>[] = [];
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,2})(?![\d]|[.,]\d)/g)) found.push({ value: Number(m[1]), start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(/(?<![\p{L}])(eine|einer|eins|ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?![\p{L}])/giu)) {
    found.push({ value: NUMBER_WORDS[m[1].toLowerCase()], start: m.index!, end: m.index! + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function normalizeCount(input: unknown): number | null {
  if (typeof input !== 'string') return null;
  const found = findCounts(input);
  return found.length > 0 ? found[0].value : null;
}

// ------------------------------------------------------------------ IBAN

/** IBAN lengths by country (the SEPA countries a German office meets). */

export interface IbanSpan extends Span<string> {
  valid: boolean;
}

/** Countries whose IBAN after the check digits is all digits: a letter there is a misread digit. */
const DIGITS_ONLY = ['DE', 'AT', 'BE', 'DK', 'FI', 'NO', 'SE', 'PL', 'HU', 'SI', 'HR', 'SK', 'CZ', 'ES', 'PT', 'EE', 'LT', 'IS', 'TR'];
/** Letters OCR reads for digits. */
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', I: '1', L: '1', S: '5', B: '8', Z: '2', G: '6' };
/** Between the groups of a scanned IBAN: spaces, hyphens, and a scan's specks („8916’'4288“, „DE83.:5005“). */
const IBAN_GAP = String.raw`[ \-.:’'‚",]{0,2}`;

/**
 * All IBANs in a string, compact and upper case. For countries whose account part is all digits
 * (DE, AT, …) OCR look-alikes (O, I, l, S, B, Z, G) in the account part are read as digits; when the
 * checksum fails, one look-alike letter a scan put in („DEO08 1009 …“ for „DE08 1009 …“) is
 * dropped if that makes the checksum hold.
 */
export function findIbans(input: string): IbanSpan[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const found: IbanSpan[] = [];
  const re = new RegExp(String.raw`(?<![A-Za-z0-9])([A-Za-z]{2})\s?([0-9OoIl]{2})((?:${IBAN_GAP}[A-Za-z0-9]){8,35})`, 'g');
  for (const m of input.matchAll(re)) {
    const country = m[1].toUpperCase();
    if (!/^[A-Z]{2}$/.test(country) || (!IBAN_LENGTH[country] && !/^[A-Z]{2}$/.test(m[1]))) continue;
    const expected = IBAN_LENGTH[country];
    if (!expected) continue;
    // the check digits and the account's characters, each with the index after it
    const body = m.index! + m[0].length - m[3].length;
    // (the two check digits stand right before the account part)
    const characters: { ch: string; end: number }[] = [...m[2]].map((ch, i) => ({ ch, end: body - 2 + i + 1 }));
    for (const [i, ch] of [...m[3]].entries()) if (/[A-Za-z0-9]/.test(ch)) characters.push({ ch, end: body + i + 1 });
    const digitsOnly = DIGITS_ONLY.includes(country);
    const read = (taken: { ch: string; end: number }[]): IbanSpan | null => {
      if (taken.length < expected - 2) return null;
      const last = taken[expected - 3];
      // the IBAN must end at a token boundary (a longer run means this was something else)
      if (/[A-Za-z0-9]/.test(input[last.end] ?? '')) return null;
      const check = taken.slice(0, 2).map(({ ch }) => ch.replace(/[Oo]/, '0').replace(/[Il]/, '1')).join('');
      const printed = taken.slice(2, expected - 2).map(({ ch }) => ch).join('').toUpperCase();
      const account = digitsOnly ? printed.replace(/[OILSBZG]/g, (ch) => DIGIT_LOOKALIKES[ch]) : printed;
      const value = `${country}${check}${account}`;
      if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value)) return null;
      const valid = ibanChecksumValid(value);
      // specks between the groups or a rarer look-alike make an IBAN only when its checksum holds
      // („es 12.03.2024 bis …“ is no Spanish account)
      if (!valid && (/[^A-Za-z0-9 \-]/.test(input.slice(m.index!, last.end)) || /[SBZG]/.test(printed))) return null;
      return { value, start: m.index!, end: last.end, valid };
    };
    const direct = read(characters);
    if (direct?.valid || !digitsOnly) {
      if (direct) found.push(direct);
      continue;
    }
    let repaired: IbanSpan | null = null;
    for (let i = 0; i < Math.min(characters.length, expected - 1) && !repaired; i++) {
      if (!/[OoIlSBZG]/.test(characters[i].ch)) continue;
      const candidate = read([...characters.slice(0, i), ...characters.slice(i + 1)]);
      if (candidate?.valid) repaired = candidate;
    }
    const chosen = repaired ?? direct;
    if (chosen) found.push(chosen);
  }
  return found;
}

/** `de89 3704 0044 0532 0130 00` → `DE89370400440532013000`; `null` unless the checksum holds. */
export function normalizeIban(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const found = findIbans(input).find((iban) => iban.valid);
  return found ? found.value : null;
}

// ------------------------------------------------------------------ names

const SALUTATIONS = /^(herrn|herr|hr\.|frau|fr\.|familie|fam\.|eheleute)$/i;
const TITLE_TOKEN =
  /^(dr\.?|prof\.?|dipl\.?(-\p{L}+\.?)?|dr\.-ing\.?|dipl\.-ing\.?|med\.?|dent\.?|rer\.?|nat\.?|pol\.?|phil\.?|jur\.?|h\.\s?c\.?|mag\.?|ing\.?|b\.?\s?sc\.?|m\.?\s?sc\.?|m\.?\s?a\.?|b\.?\s?a\.?|ll\.?\s?m\.?|mba|univ\.?-?prof\.?|priv\.-doz\.?|pd)$/iu;
// a capital, then lower case or all capitals; parts joined by a hyphen or apostrophe ("Müller-Lüdenscheidt", "O'Neill");
// a capital inside lower case ("StKl") is not how names are printed
const NAME_PART = "\\p{Lu}(?:\\p{Ll}+\\.?|\\p{Lu}+|\\.)";
const NAME_TOKEN = new RegExp(`^${NAME_PART}(?:[-'’]${NAME_PART}|[-'’]\\p{Ll}+)*$|^(von|van|der|den|de|zu|vom|zum|da|di|la|le|del|y|ten|ter|af|al|el|bin|ibn)$`, 'u');

/**
 * A person's name as `Vorname Nachname`: single spaces, salutations and academic titles removed,
 * `Nachname, Vorname` turned around, a birth name (`geb. …`) left out. `null` if it does not look
 * like a person's name (digits, too many words, a company).
 */
export function normalizeName(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let text = input.replace(/[\s\u00a0]+/g, ' ').trim();
  text = text.replace(/\s*\((?:geb\.?|geborene?)[^)]*\)/i, '');
  text = text.replace(/,?\s+(?:geb\.|geborene?|geb\s)\s*\p{L}[\p{L}'-]*\s*$/iu, '');
  text = text.replace(/^[\s:;,.\-–]+|[\s:;,\-–]+$/g, '');
  // the owner under a business's name („Fahrschule Günther“ / „Inh. Mehmet Günther“)
  text = text.replace(/^(?:Inh\.|Inhaber(?:in)?:?)\s+/i, '');
  if (text.length === 0 || /\d/.test(text)) return null;
  if (ORGANISATION.test(text)) return null;
  const commaParts = text.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
  if (commaParts.length === 0) return null;
  let ordered: string;
  const first = stripTitles(commaParts[0]);
  if (commaParts.length >= 2 && isSurnameOnly(first)) ordered = `${stripTitles(commaParts[1])} ${first}`;
  else ordered = first;
  // a full stop after a whole name word is OCR debris ("Ahmad. Pfeiffer"); after an initial it stays ("Hans M.")
  const tokens = ordered
    .split(' ')
    .filter((token) => token.length > 0)
    .map((token) => (/^\p{L}{3,}\.$/u.test(token) ? token.slice(0, -1) : token));
  if (tokens.length < 2 || tokens.length > 6) return null;
  if (!tokens.every((token) => NAME_TOKEN.test(token))) return null;
  if (tokens.some((token) => NOT_A_NAME.test(token))) return null;
  // no part of a name is as long as "Immatrikulationsbescheinigung"
  if (tokens.some((token) => token.split(/[-'’]/).some((part) => part.length > 17))) return null;
  if (!tokens.some((token) => /\p{L}{2,}/u.test(token))) return null;
  // a given name and a surname: at least two capitalised words besides particles like "von"
  if (tokens.filter((token) => /^\p{Lu}/u.test(token)).length < 2) return null;
  return tokens.join(' ');
}

/** Words that make a line an organisation, not a person. */
// (a trade's business under its owner's surname is no person: „Friseursalon Müller“, „Tischlerei Krause“)
export const ORGANISATION =
  /(GmbH|\bAG\b|\bKG\b|\bOHG\b|\beG\b|e\.\s?V\.|mbH|\bGbR\b|\bUG\b|\bCo\.|\bSE\b|\bInc\b|\bLtd\b|Verwaltung|Genossenschaft|Gesellschaft|\bStadt\b|Bank|Sparkasse|Volksbank|Versicherung|Agentur|Amt\b|amt\b|Behörde|Kasse\b|kasse\b|Landkreis|Gemeinde|gemeinde\b|Stiftung|stiftung\b|Ministerium|Universität|Hochschule|Schule|schule\b|Gymnasium|Akademie|Institut|Zentrum|Stelle\b|stelle\b|Service|Immobilien|Wohnungsbau|Wohnen\b|Hausverwaltung|Filiale|Geschäftsstelle|[Dd]irektion\b|Referat\b|Fachbereich|Fachdienst\b|Niederlassung|Zweigstelle|Hauptstelle|Abteilung|Dezernat|Sachgebiet|Sekretariat|Bund\b|Deutsche\b|Postfach|Straße|straße|Str\.|Weg\b|Platz\b|Allee\b|Bescheinigung|Abrechnung|Bescheid|Antrag|Seite\b|Datum\b|Nummer\b|Betrag\b|Konto|Telefon|Zeitraum|[Ss]alon\b|\p{Ll}erei\b|Bäckerei|Metzgerei|Fleischerei|[Bb]etrieb\b|[Ww]erkstatt\b|[Aa]potheke\b|[Pp]raxis\b|Kanzlei\b|Autohaus\b|Restaurant\b|Gaststätte\b|Hotel\b|Friseur)/u;

/** Words of captions, forms and letters that are never part of a person's name. */
const NOT_A_NAME =
  /^(Name|Namen|Vorname|Vornamen|Nachname|Familienname|Geburtsname|Firma|bzw\.?|Anschrift|Straße|Hausnummer|Datum|Unterschrift|Telefon|Mieter|Mieterin|Vermieter|Vermieterin|Antragsteller|Antragstellerin|Person|Personen|Inhaber|Inhaberin|Kontoinhaber|Herr|Frau|Sehr|Geehrte|Geehrter|Betreff|Bescheinigung|Bescheid|Seite|Hiermit|Mit|Freundlichen|Grüßen|Im|Auftrag|Der|Die|Das|Den|Dem|Des|Ein|Eine|Und|Oder|Für|Wir|Sie|Ihr|Ihre|Ich|Es|Kind|Kinder|Sohn|Tochter|Ehefrau|Ehemann|Wohnung|Miete|Nr\.?|Gesamt|Summe|Betrag|Monat|Jahr|Ort|PLZ|Rechtsanwalt|Rechtsanwältin|Rechtsanwälte|Anwalt|Anwältin|Notar|Notarin|Betreuer|Betreuerin|Bevollmächtigte|Bevollmächtigter|Mandant|Mandantin|Steuerberater|Steuerberaterin|Schüler|Schülerin|Bildungsgang|Studiengang|Ausbildung|Klasse|Schuljahr|Angaben|Daten)$/;

/** A part before a comma that is only a surname (with particles): `Müller`, `von Goethe`. */
// (particles of a surname, also capitalised at its start: „De Luca“, „Van der Berg“, „Di Stefano“)
const SURNAME_PARTICLE = /^(de|di|da|del|della|van|von|vom|le|la|dos|das|du|der|den|ter|ten|zu|zur|al|el)$/i;

function isSurnameOnly(part: string): boolean {
  const tokens = part.split(' ').filter((token) => token.length > 0);
  const capitalised = tokens.filter((token) => /^\p{Lu}/u.test(token) && !SURNAME_PARTICLE.test(token));
  return capitalised.length === 1 && tokens.length <= 3;
}

function stripTitles(part: string): string {
  const tokens = part.split(' ').filter((token) => token.length > 0);
  const kept = tokens.filter((token) => !SALUTATIONS.test(token) && !TITLE_TOKEN.test(token));
  return kept.join(' ');
}

/** A company or person as printed: trimmed, single spaces. */
export function normalizeText(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.replace(/[\s\u00a0]+/g, ' ').replace(/^[\s:;,\-–]+|[\s:;,\-–]+$/g, '').trim();
  return text.length > 0 ? text : null;
}

// ------------------------------------------------------------------ addresses


export interface AddressParts {
  street: string;
  number: string;
  postcode: string;
  city: string;
}

/** `Hauptstr. 5` → street and number, or `null` when the segment is not a street with a number. */
export function parseStreet(segment: string): { street: string; number: string } | null {
  if (typeof segment !== 'string') return null;
  const text = segment.replace(/[\s\u00a0]+/g, ' ').trim().replace(/[,;]$/, '');
  const found = parseStreetInText(text);
  if (!found || found.start !== 0) return null;
  return { street: found.street, number: found.number };
}

const CITY_PREFIX = /^(Bad|Sankt|St\.|Neu|Alt|Groß|Gross|Klein|Hansestadt|Lutherstadt|Ostseebad|Seebad|Markt|Hohen|Nieder|Ober|Unter)$/;
const CITY_CONNECTOR = /^(am|an|der|dem|den|die|im|in|ob|vor|bei|auf|zu|zum|zur|unter|ober|a\.|a\.d\.|i\.|v\.d\.)$/;

const STREET_CONNECTOR = /^(der|die|das|dem|den|des|am|an|im|zum|zur|auf|bei|vor|unter|von|vom|zu|und|ob|a\.|d\.)$/;
const NOT_STREET_WORD =
  /^(Hausnummer|Hausnr\.?|Wohnung|Mietsache|Mietobjekt|Objekt|Anschrift|Adresse|Wohnanschrift|Hauptwohnung|Nebenwohnung|Haus|Hause|Hauses|Wohnhaus|Wohnhauses|Mehrfamilienhaus|Mehrfamilienhauses|Gebäude|Gebäudes|Grundstück|Grundstücks|Grundstückes|Anwesen|Anwesens|Objekts|Objektes|Lage|Herr|Herrn|Frau|Nr\.?|Die|Der|Das|Vermietet|Wohnhaft|Wohnort|Straße:|Postanschrift|Hausanschrift|Besucheranschrift|Sitz|Büro|Dienstsitz|Lieferanschrift|Rechnungsanschrift|Postfach|Ihre|Unsere|Neue|Alte|Vorherige|Bisherige|Frühere|Künftige|Derzeitige|Jetzige|Aktuelle)$/;

/**
 * A street and house number at the end of a piece of running text: `… die Wohnung Nr. 1 in An der
 * Wuhle 20` → `An der Wuhle 20`. The street starts with a capital and holds only capitalised words
 * and the connectors street names use (der, am, zum, …).
 */
export function parseStreetInText(segment: string): { street: string; number: string; start: number } | null {
  if (typeof segment !== 'string') return null;
  const text = segment.replace(/\u00a0/g, ' ').replace(/[,;]\s*$/, '');
  const m = /(\d{1,4}(?:\s?[a-zA-Z](?![\p{L}]))?(?:\s?[-–/]\s?\d{1,4}(?:\s?[a-zA-Z](?![\p{L}]))?)?)\s*$/u.exec(text);
  if (!m || m.index === 0) return null;
  const head = text.slice(0, m.index);
  // the street ends right before the number (a space or a dot as in "Hauptstr.12")
  if (!/[\p{L}.]\s*$/u.test(head)) return null;
  const tokens = [...head.matchAll(/\S+/g)].map((t) => ({ text: t[0], start: t.index! }));
  let startIndex = -1;
  let startLead = 0;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 6; i--) {
    // (an opening quote before the street's first word, as a scan reads a speck: "„Kottbusser Damm 6a")
    const lead = /^[„"“‚'»«]+/.exec(tokens[i].text)?.[0].length ?? 0;
    const token = tokens[i].text.slice(lead);
    const capital = /^\p{Lu}[\p{L}\p{M}.'’\-/]+$/u.test(token) && !NOT_STREET_WORD.test(token);
    const connector = lead === 0 && STREET_CONNECTOR.test(token);
    const ordinal = /^\d{1,2}\.$/.test(token) && i > 0 && /^(des|dem|der)$/.test(tokens[i - 1].text);
    if (capital) {
      startIndex = i;
      startLead = lead;
      if (lead > 0) break;
    } else if (!connector && !ordinal) break;
  }
  if (startIndex < 0) return null;
  const street = head.slice(tokens[startIndex].start + startLead).trim();
  if (!/\p{L}{3,}/u.test(street)) return null;
  if (/^(Postfach|Tel|Telefon|Fax|Zimmer|Raum|Whg|Etage|OG|EG|DG|Aufgang|Kunden|Konto|Seite|Nr)\b/i.test(street)) return null;
  return { street, number: m[1].replace(/\s+/g, ' '), start: tokens[startIndex].start };
}

/** The floors of a house, as a regular-expression alternation ("Obergeschoss", "EG", …). */
export const FLOOR_WORDS = 'Obergeschoss|Erdgeschoss|Dachgeschoss|Untergeschoss|Hochparterre|Parterre|OG|EG|DG|UG';
/** A bracket after the place that says where in the house the flat is („Leipzig (Obergeschoss)“), unlike „Halle (Saale)“. */
const FLOOR_REMARK = new RegExp(`^\\((${FLOOR_WORDS}|Souterrain|Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Einliegerwohnung|Anbau|links|rechts|Mitte)\\)$`, 'i');

/** `04107 Leipzig` → postcode and city, or `null`. The city ends where other text begins. */
export function parsePostcodeCity(segment: string): { postcode: string; city: string; start: number; end: number } | null {
  if (typeof segment !== 'string') return null;
  const text = segment.replace(/\u00a0/g, ' ');
  const re = /(?<![\d])(?:D\s?-\s?)?(\d{5})(?!\d)[ \t]+(?=\p{Lu})/gu;
  for (const m of text.matchAll(re)) {
    const start = m.index!;
    let pos = start + m[0].length;
    const words: { token: string; end: number }[] = [];
    for (;;) {
      const word = /^[^\s,;:|]+/.exec(text.slice(pos));
      if (!word) break;
      // a sentence may end right after the city's bracket: "06108 Halle (Saale). Die Miete …"
      const token = word[0].replace(/(?<=\))\.$/, '');
      const sentenceEnds = token !== word[0];
      const previous = words[words.length - 1]?.token;
      const accept =
        previous === undefined
          ? /^\p{Lu}[\p{L}.\-]*$/u.test(token)
          : (/^\(\p{L}[\p{L}.]*\)$/u.test(token) && !FLOOR_REMARK.test(token)) ||
            CITY_CONNECTOR.test(token) ||
            token === '/' ||
            (/^\p{Lu}[\p{L}.\-]*$/u.test(token) && (CITY_PREFIX.test(previous) || CITY_CONNECTOR.test(previous) || previous === '/'));
      if (!accept) break;
      words.push({ token, end: pos + token.length });
      if (sentenceEnds) break;
      const after = pos + token.length;
      // one space continues the city, more (a column gap) or anything else ends it
      if (text[after] !== ' ' || text[after + 1] === ' ' || text[after + 1] === undefined) break;
      pos = after + 1;
    }
    while (words.length > 1 && (CITY_CONNECTOR.test(words[words.length - 1].token) || words[words.length - 1].token === '/' || CITY_PREFIX.test(words[words.length - 1].token))) {
      words.pop();
    }
    if (words.length === 0) continue;
    let city = words.map((word) => word.token).join(' ');
    let end = words[words.length - 1].end;
    // a sentence's full stop or a dash is not part of the city; an abbreviation like "St." is
    const last = words[words.length - 1].token;
    if (/[.\-]$/.test(last) && !/^(St|Str|a\.M|a\.d\.\p{L}+)\.$/u.test(last) && !/\.\p{L}+\.$/u.test(last)) {
      city = city.replace(/[.\-]+$/, '');
      end -= last.length - last.replace(/[.\-]+$/, '').length;
    }
    if (!/\p{L}{2,}/u.test(city)) continue;
    return { postcode: m[1], city, start, end };
  }
  return null;
}

export function formatAddress(parts: AddressParts): string {
  return `${parts.street} ${parts.number}, ${parts.postcode} ${parts.city}`.replace(/\s+/g, ' ');
}

/**
 * An address as `Straße Hausnummer, PLZ Ort`, the street spelled as printed. Accepts one line
 * (`Karl-Liebknecht-Str. 12, 04107 Leipzig`) or two (`…\n04107 Leipzig`); extra parts between
 * street and postcode (`2. OG links`) are left out.
 */
export function normalizeAddress(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const parts = parseAddress(input);
  return parts ? formatAddress(parts) : null;
}

export function parseAddress(input: string): AddressParts | null {
  if (typeof input !== 'string') return null;
  const text = input.replace(/\u00a0/g, ' ');
  const place = parsePostcodeCity(text);
  if (!place) return null;
  const before = text.slice(0, place.start);
  const segments = before
    .split(/[,;\n]|\s{3,}/)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
  for (let i = segments.length - 1; i >= 0; i--) {
    const street = parseStreetInText(segments[i]);
    if (street) return { street: street.street, number: street.number, postcode: place.postcode, city: place.city };
  }
  return null;
}

// ------------------------------------------------------------------ helpers

function dropOverlaps<T>(spans: Span<T>[]): Span<T>[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Span<T>[] = [];
  for (const span of sorted) {
    if (kept.some((other) => span.start < other.end && other.start < span.end)) continue;
    kept.push(span);
  }
  return kept;
}
