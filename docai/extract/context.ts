/**
 * Where a line stands in the document: in a section about someone else (the landlord's block of a
 * form), in a block of cumulative or previous-year figures, in a table row marked "bisher", or under
 * a column header. Extraction uses this to prefer the current figure of the right party.
 */
import { findDates, parseStreet } from '../normalize.js';
import { findLabel, foldLabel } from './fuzzy.js';
import { above, below, isSentence, medianHeight, nextLineInColumn, sameLeftEdge, sameRow, type Layout, type Line } from './layout.js';

/** Words that mark figures as not the current ones. */
export const STALE_WORDS = /(?<![\p{L}])(bisher(ige[rsn]?)?|bislang|vorher(ige[rsn]?)?|zuvor|alt(e[rsn]?)?|fr(?:ü|ue|u)here[rsn]?|urspr(?:ü|ue|u)ngliche[rsn]?|Vorjahr(es)?\S*|Vormonat|kumu[lk]iert\S*|Kumu[lk]ierte|Jahreswerte|Jahressumme\S*|seit Jahresbeginn|aufgelaufen\S*|Jahresbrutto|Jahres-?\s?summen?|Rückrechnung\S*|Nachberechnung\S*|rückwirkend\S*)(?![\p{L}])/iu;
/** Words that mark figures as the current ones. */
export const FRESH_WORDS = /(?<![\p{L}])(neu(e[rsn]?)?|aktuell(e[rsn]?)?|k(?:ü|ue|u)nftig(e[rsn]?)?|ab|jetzt|laufend(e[rsn]?)?|gültig ab|lfd\.?|endgültig(e[rsn]?)?)(?![\p{L}])/iu;

/** Prose about an earlier decision: its figures are the old ones. */
// ("Der Bescheid vom 25.12.2019 wird insoweit aufgehoben, als darin ein GdB von 60 …": the figure of the notice set aside)
const EARLIER_DECISION = /(mit Bescheid vom|hatten? (ich|wir) Ihnen|bisher bewilligt|ursprünglich bewilligt|^\s*Zum Vergleich\b|(?<![\p{L}])(war|waren|galt|galten|betrug|betrugen) bis (zum )?\d|Bescheid(es)? vom [^,;]{1,20}? (wird|werden|ist) (\p{L}+\s+){0,2}aufgehoben|(festgestellt|bewilligt|anerkannt|gewährt|zuerkannt) worden (war|waren)(?![\p{L}]))/iu;

/** A decision told in the past passive: „… festgesetzt wurde“, „bewilligt worden war“. */
// (ending the line: a line that goes on with the next sentence — „… festgestellt worden ist. Vom 1. November 2024 an beträgt …“ — holds new figures too)
const PAST_DECISION = /(?<![\p{L}])(festgesetzt|bewilligt|gewährt|festgestellt|anerkannt|zuerkannt)\s+(wurden?|worden\s+(war|waren|ist|sind))\s*[.;]?\s*$/iu;

const HEADING = /^\s*((\d{1,2}\.)+|[A-Ha-h]\)|[IVX]{1,4}\.|§\s*\d+[a-z]?)\s+\p{L}/u;
/** "3 Untermieterin / Untermieter": a section number without its dot, before a capitalised word and no other figure */
const BARE_NUMBER_HEADING = /^\s*\d{1,2}\s+\p{Lu}\p{Ll}[^\d]*$/u;

export interface Context {
  /** lines inside a block of cumulative / previous figures */
  stale: Set<Line>;
  /** the section heading each line belongs to */
  section: Map<Line, Line | undefined>;
}

const cache = new WeakMap<Layout, Context>();

/** A line whose sentence ends with it. */
const endsSentence = (line: Line) => /[.:;!?]\s*$/.test(line.text);

/** A line of running text whose sentence continues on the next line of its column (in lower case). */
function sentenceGoesOn(layout: Layout, line: Line): boolean {
  if (endsSentence(line)) return false;
  const next = nextLineInColumn(layout, line);
  return !!next && /^\s*\p{Ll}/u.test(next.text);
}

/** The next line of a sentence that does not end with `line`, also indented under a numbered point's text; not the next point. */
function sentenceContinuation(layout: Layout, line: Line): Line | undefined {
  if (endsSentence(line)) return undefined;
  return below(layout, line, 1.6).find((next) => next.x >= line.x - Math.max(6, line.height) && next.x <= line.x + line.height * 3 && !/^\s*(\d{1,2}\.|[a-z]\))\s/.test(next.text));
}

export function contextOf(layout: Layout): Context {
  const cached = cache.get(layout);
  if (cached) return cached;
  const stale = new Set<Line>();
  const section = new Map<Line, Line | undefined>();
  let heading: Line | undefined;
  for (const page of layout.pages) {
    const median = medianHeight(page.lines);
    const margin = page.positioned ? marginHeadings(layout, page.lines) : new Set<Line>();
    let staleUntil = -Infinity;
    let staleHeading: Line | undefined;
    // numbered headings side by side ("1 Person | 2 Derzeitige Wohnung | 3 Letzte frühere Wohnung"): each heads its column
    let columns: Line[] | null = null;
    for (const line of page.lines) {
      const short = line.text.trim().length <= 70;
      const headingRow = page.positioned ? columnHeadingRow(layout, line) : null;
      if (headingRow) {
        columns = headingRow;
        heading = line;
        section.set(line, line);
        continue;
      }
      // (a line that shares its row with other cells is no heading: a form prints values larger than captions)
      const isHeading =
        margin.has(line) ||
        (short &&
        // (a numbered line right of a caption is a value: "Adressierungszusatz | 2. OG rechts")
        ((HEADING.test(line.text) && !startsWithDate(line.text) && (!page.positioned || rowOf(layout, line)[0] === line)) ||
          ((BARE_NUMBER_HEADING.test(line.text) || (line.height >= median * 1.12 && !/\d{2}/.test(line.text) && line.text.trim().length <= 60)) && rowOf(layout, line).length === 1)));
      if (isHeading) {
        heading = line;
        columns = null;
      }
      if (columns && !isHeading) {
        const column = [...columns].reverse().find((cell) => cell.x <= line.x + 5) ?? columns[0];
        section.set(line, column);
        // the column of the former flat: its figures are the old ones
        if (namesOldFigures(column.text)) stale.add(line);
        continue;
      }
      section.set(line, heading);
      // a heading (or a short line) that introduces cumulative / previous figures marks the rows after it
      // (not a line of running text whose sentence goes on below: „Ihre bisherige Wohnung in Dresden bleibt auf Ihren Wunsch“ / „als Nebenwohnung bestehen.“)
      if (namesOldFigures(line.text) && short && !/\d[.,]\d\d/.test(line.text) && rowOf(layout, line).length === 1 && !sentenceGoesOn(layout, line)) {
        staleUntil = line.y + line.height * 4.5;
        staleHeading = line;
        continue;
      }
      if (staleHeading && line.y <= staleUntil && line !== staleHeading && !isHeading) {
        stale.add(line);
        staleUntil = line.y + line.height * 2.2;
      } else staleHeading = undefined;
      // (the whole row: „Summe 12 Monate | 7.457,15“, „Lohnsteuer kumuliert | 4.133,06“)
      if (/(kumu[lk]iert|Kumu[lk]ierte Werte|Jahreswerte|Jahressumme|seit Jahresbeginn|Vorjahr|Summe\s+(?:der\s+letzten\s+)?\d{1,2}\s+Monate)/i.test(line.text)) {
        for (const cell of page.positioned ? rowOf(layout, line) : [line]) stale.add(cell);
      }
      // a letter recalling an earlier decision: "mit Bescheid vom … hatte ich Ihnen … bewilligt"
      if (EARLIER_DECISION.test(line.text) || pluperfectAcrossLines(layout, line)) {
        stale.add(line);
        // … whose sentence goes on below in the past („wird aufgehoben, soweit darin Basiselterngeld“ / „in Höhe von EUR 865,27 monatlich festgesetzt wurde.“)
        let next = sentenceContinuation(layout, line);
        for (let k = 0; next && k < 3; k++, next = sentenceContinuation(layout, next)) if (PAST_DECISION.test(next.text)) stale.add(next);
      }
    }
    if (page.positioned) for (const line of supersededStages(layout, page.lines)) stale.add(line);
  }
  const context = { stale, section };
  cache.set(layout, context);
  return context;
}

/** A heading that speaks of old figures and not of new ones ("Letzte frühere Wohnung", "bisherige Werte"); a street is none („Zur Alten Ziegelei 17“). */
const namesOldFigures = (text: string) => STALE_WORDS.test(text) && !FRESH_WORDS.test(text) && !parseStreet(text);

const NUMBERED_CELL = /^\s*\d{1,2}\.?\s+\p{Lu}[^\d]{2,40}$/u;

/** The cells of a row of numbered headings side by side, left to right, when the line is one of them. */
function columnHeadingRow(layout: Layout, line: Line): Line[] | null {
  if (!NUMBERED_CELL.test(line.text) || startsWithDate(line.text)) return null;
  const row = rowOf(layout, line);
  if (row.length < 2 || !row.every((cell) => NUMBERED_CELL.test(cell.text))) return null;
  const numbers = row.map((cell) => Number(/\d+/.exec(cell.text)![0]));
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1) ? row : null;
}

/** "… ein Grad der Behinderung (GdB) von 20 festgestellt" / "worden war, …": the earlier decision's sentence broken after its participle. */
function pluperfectAcrossLines(layout: Layout, line: Line): boolean {
  if (!/(festgestellt|bewilligt|anerkannt|gewährt|zuerkannt)\s*$/u.test(line.text)) return false;
  const next = nextLineInColumn(layout, line);
  return next !== undefined && /^\s*worden\s+(war|waren)(?![\p{L}])/u.test(next.text);
}

/** "16. November 2025." wrapped onto a line of its own is the end of a sentence, not section 16 */
function startsWithDate(text: string): boolean {
  return findDates(text).some((date) => text.slice(0, date.start).trim() === '');
}

/**
 * Headings in a letter's left margin beside the text they head ("Entscheidung | Auf Ihren Antrag
 * …", "Anderer Elternteil | Frau … hat …"): a short caption at the page's left edge, the first
 * cell of its row, after which the text to its right goes on for more lines while the margin
 * stays empty. A form's or table's row labels follow each other row by row.
 */
function marginHeadings(layout: Layout, lines: Line[]): Set<Line> {
  const headings = new Set<Line>();
  if (lines.length === 0) return headings;
  const left = Math.min(...lines.map((line) => line.x));
  for (const line of lines) {
    const text = line.text.trim();
    if (line.x > left + 5 || text.length > 40 || /\d/.test(text) || !/^\p{Lu}/u.test(text) || text.split(/\s+/).length > 4) continue;
    const row = rowOf(layout, line);
    if (row[0] !== line || row.length < 2) continue;
    const text0 = row[1];
    const nextInMargin = lines.find((other) => other.y > line.y + line.height * 0.5 && Math.abs(other.x - line.x) <= 5);
    const until = nextInMargin?.y ?? Infinity;
    const beside = lines.filter((other) => other.y >= text0.y - 1 && other.y < until - other.height * 0.5 && Math.abs(other.x - text0.x) <= 5);
    if (beside.length >= 2) headings.add(line);
  }
  return headings;
}

/** The section heading of a line matches one of the phrases (folded). */
export function inSection(layout: Layout, line: Line, phrases: string[]): boolean {
  const heading = contextOf(layout).section.get(line);
  if (!heading) return false;
  return phrases.some((phrase) => findLabel(heading.text, heading.folded, foldLabel(phrase), { prefix: true }).length > 0);
}

/** The row of a line (its cells left to right). */
export function rowOf(layout: Layout, line: Line): Line[] {
  const page = layout.pages.find((p) => p.page === line.page)!;
  if (!page.positioned) return [line];
  return page.lines.filter((other) => sameRow(other, line)).sort((a, b) => a.x - b.x);
}

/** Words that make a person a proxy: the one who applied for or collected a document for someone else. */
const PROXY = /bevollmächtigt|Bevollmächtigte|Vollmacht|in Empfang genommen/i;

/**
 * A sentence about a proxy („Beantragt und in Empfang genommen durch Frau Marie Berger, geboren
 * am 28.1.1950, … als bevollmächtigte Person aufgrund schriftlicher Vollmacht …“): the line is
 * running text and it or the next line of its page speaks of the power of attorney.
 */
export function aboutAProxy(layout: Layout, line: Line): boolean {
  if (!isSentence(line.text)) return false;
  const page = layout.pages.find((p) => p.page === line.page);
  const next = page?.lines[line.indexOnPage + 1];
  return PROXY.test(line.text) || (!!next && sameLeftEdge(next, line) && PROXY.test(next.text));
}

const DEATH_CAPTION = /Sterbedatum|Sterbetag|Todestag|(verstorben|gestorben)\s+am/i;

/**
 * A person's row that gives a day of death („Name, Vorname | geboren am | Sterbedatum“ over
 * „Lorenz, Jonas | 13.6.1970 | 18.11.2015“): the deceased insured parent, not the person the
 * document is for.
 */
export function rowOfTheDeceased(layout: Layout, line: Line): boolean {
  const caption = above(layout, line, 1.8)[0];
  return [line, ...(caption ? [caption] : [])].some((member) => rowOf(layout, member).some((cell) => DEATH_CAPTION.test(cell.text)));
}

/** A row marked as old values: one of its cells is a marker such as "bisher". */
const LEAD_DEBRIS = /^[^\p{L}\d]*/u;

export function rowMarkedStale(layout: Layout, line: Line): boolean {
  return rowOf(layout, line).some((cell) => {
    const text = cell.text.replace(LEAD_DEBRIS, '');
    // (a year's running totals: "Jahressumme 01-06 | 16.737,67 | 1.020,84 | …")
    // (a claim that ended: „Alg (früherer Anspruch) | … | beendet“)
    return /^(bisher(ig)?|alt|vorher|Vorjahr|beendet|erloschen|abgelaufen)\s*:?\s*$/i.test(text) || /^(bisher|bisheriger?|alter?|Jahressumme|Jahreswerte|kumuliert|seit Jahresbeginn)(?![\p{L}])/iu.test(text) || /\(früherer?\s+Anspruch\)/i.test(text);
  });
}

const OPEN_ENDED = /^(ab|seit)( dem)? \d{1,2}\.\s?(\d{1,2}\.|\p{L}+)\s?\d{2,4}\s*$/u;

/** "vom 23.12.2022 bis 30.11.2023": a cell that is a period with an end. */
function closedPeriod(text: string): boolean {
  const dates = findDates(text);
  return dates.length === 2 && /^\s*(bis|–|-)\s*(zum\s+)?$/.test(text.slice(dates[0].end, dates[1].start)) && text.replace(LEAD_DEBRIS, '').length <= dates[1].end + 3;
}

/**
 * The rows of a staged decision that no longer hold: closed periods right above a row from a date
 * on with no end ("vom 23.12.2022 bis 30.11.2023 | 30" over "ab 1.12.2023 | 100"). A schedule of
 * rows that each start at a date (a Staffelmiete) has no closed rows and keeps them all.
 */
function supersededStages(layout: Layout, lines: Line[]): Line[] {
  const result: Line[] = [];
  for (const line of lines) {
    if (!OPEN_ENDED.test(line.text.replace(LEAD_DEBRIS, ''))) continue;
    let current = line;
    for (;;) {
      const previous = above(layout, current, 2.5).find((other) => Math.abs(other.x - line.x) <= 5);
      if (!previous || !closedPeriod(previous.text)) break;
      result.push(...rowOf(layout, previous));
      current = previous;
    }
  }
  return result;
}

export function rowMarkedFresh(layout: Layout, line: Line): boolean {
  return rowOf(layout, line).some((cell) => {
    const text = cell.text.replace(LEAD_DEBRIS, '');
    // (or set off inside a cell the PDF joined: „01.03.2024 Zusatzbeitrag KV – aktuell EUR 1.335,26“, „(aktuell)“)
    // (or the running payment of a certificate's sections: „lfd. Zahlung“)
    return /^(neu|aktuell|künftig|lfd\.\s*Zahlung|laufende\s+Zahlung|laufender\s+Bezug|laufend)\s*:?\s*$/i.test(text) || /^(neu|neuer?)(?![\p{L}])/iu.test(text) || /(?:[–—(|]|\s-)\s*(aktuell|neu)\s*\)?(?=\s|$)/iu.test(text);
  });
}

/**
 * How good a column is for the current figure, judged by its header: the nearest line above the
 * cell that overlaps it horizontally. "bisher", "kumuliert" count against, "neu", "ab" for, and a
 * later date in the header beats an earlier one.
 */
export function columnScore(layout: Layout, cell: Line, prefer?: RegExp, maxRows = 16): { score: number; date?: string } {
  // the header is the nearest line above with a word in it (figures, units and a scan's specks are cells of the column)
  const header = above(layout, cell, maxRows).find((line) => /\p{L}{3,}/u.test(line.text.replace(/(?<![\p{L}])(EUR|Euro|qm|Quadratmetern?)(?![\p{L}])/giu, '')));
  if (!header) return { score: 0 };
  const text = headerOver(layout, header, cell);
  let score = prefer?.test(text) ? 2 : 0;
  if (STALE_WORDS.test(text) || /(?<![\p{L}])bis(?![\p{L}])/iu.test(text) || NOT_GRANTED.test(text)) score -= 1;
  if (FRESH_WORDS.test(text) || GRANTED.test(text)) score += 1;
  // the base a deduction is computed from („Bemessung | Satz | EUR“) is not the deduction
  if (BASE_COLUMN.test(text)) score -= 1;
  const date = findDates(text).map((d) => d.value).sort().pop();
  return { score, date };
}

const BASE_COLUMN = /(?<![\p{L}])(Bemessung\S*|Bemessungsgrundlage|Beitragsbemessungsgrundlage|Basis)(?![\p{L}])/iu;

/** A column of what was not applied for or not granted ("Vollrente (nicht beantragt)") … */
const NOT_GRANTED = /(?<![\p{L}])(nicht\s+(beantragt|bewilligt|gewährt|anerkannt)|abgelehnt)(?![\p{L}])/iu;
/** … beside the one granted ("Teilrente 70 % (bewilligt)"). */
const GRANTED = /(?<![\p{L}]|nicht\s)(bewilligt|gewährt|festgesetzt)(?![\p{L}])/iu;

/**
 * The words of a header line that stand over `cell`. A PDF may join a row's header cells into one
 * line ("Vollrente (nicht beantragt) Teilrente 70 % (bewilligt)"): each word then belongs to the
 * cell of the row below whose middle is nearest (word positions estimated from the characters).
 */
function headerOver(layout: Layout, header: Line, cell: Line): string {
  if (header.width <= 0 || cell.width <= 0) return header.text;
  const spans = (line: Line) => Math.min(line.x + line.width, header.x + header.width) - Math.max(line.x, header.x) > 0;
  const cells = layout.lines.filter((line) => line.page === cell.page && (line === cell || sameRow(line, cell)) && spans(line));
  if (cells.length < 2) return header.text;
  const middle = (line: Line) => line.x + line.width / 2;
  const length = Math.max(1, header.text.length);
  const words: string[] = [];
  for (const word of header.text.matchAll(/\S+/g)) {
    const x = header.x + (header.width * (word.index! + word[0].length / 2)) / length;
    const nearest = cells.reduce((best, line) => (Math.abs(middle(line) - x) < Math.abs(middle(best) - x) ? line : best));
    if (nearest === cell) words.push(word[0]);
  }
  return words.join(' ');
}

/**
 * The latest year the document's other dates name (e.g. the date of issue), for reading a two-digit
 * birth year: a birth date does not lie after the document that states it.
 */
export function documentYear(layout: Layout, exclude?: Line): number {
  let latest = 0;
  for (const line of layout.lines) {
    if (line === exclude) continue;
    for (const date of findDates(line.text)) latest = Math.max(latest, Number(date.value.slice(0, 4)));
  }
  return latest >= 1990 && latest <= 2100 ? latest : 2025;
}
