/**
 * Readings that are more than "label → value": periods (von … bis …), the recipient of a letter,
 * the issuing organisation at the top, names printed as separate Vorname/Familienname fields,
 * ticked boxes, the persons listed in a household section, and the months of an Elterngeld table.
 */
import { findAmounts, findDates, findIbans, findMonths, isoDate, lastDayOfMonth, normalizeName, ORGANISATION, parsePostcodeCity, parseStreet } from '../normalize.js';
import { findLabelHits, ocrFactor, valueOf, type FieldRule, type Found } from './engine.js';
import { escapeRegExp, findLabel, foldLabel } from './fuzzy.js';
import { above, below, headerColumn, nextLineInColumn, previousLineInColumn, rightOf, rowsOf, sameRow, type Layout, type Line, type Row } from './layout.js';
import { contextOf, rowMarkedFresh, rowMarkedStale, rowOf } from './context.js';
import { firstCell, parseValue, trimJunk } from './values.js';

// ------------------------------------------------------------------ periods

export interface Period {
  von: Found;
  bis: Found;
}

interface DateMark {
  value: string;
  /** for a month: its last day (used when the date ends a period) */
  last?: string;
  start: number;
  end: number;
}

/** Dates and months of a piece of text, in order (a month stands for its first or last day). */
function datesAndMonths(text: string): DateMark[] {
  const dates: DateMark[] = findDates(text).map((span) => ({ value: span.value, start: span.start, end: span.end }));
  for (const month of findMonths(text)) {
    if (dates.some((date) => month.start < date.end && date.start < month.end)) continue;
    dates.push({ value: `${month.value}-01`, last: lastDayOfMonth(month.value) ?? undefined, start: month.start, end: month.end });
  }
  return dates.sort((a, b) => a.start - b.start);
}

const BETWEEN = /^\s*(?:-|–|—|bis(?:\s+(?:zum|einschließlich|einschl\.|zu))?|\/)\s*(?:zum\s+)?$/i;
// "bereits bezogen vom …", "Ihr Leistungsbezug war vom … bis … unterbrochen": a period that is over
const STALE_CONTEXT = /(?<![\p{L}])(bisherige[rsn]?|bisher|bislang|vorher|zuvor|ursprünglich|frühere[rsn]?|alte[rn]?\s|aufgehoben|Aufhebung|ruht|ruhen|Ruhenszeit|Sperrzeit|(bereits|war|waren)(?![\p{L}]))/iu;
const STALE = /(?<![\p{L}])(bisher|bislang|vorher|zuvor|alt(e|er|en)?|ursprünglich|frühere?)(?![\p{L}])\W*$/iu;

/**
 * "vom 1.2. bis 28.2.2025": a period's first day printed without its year takes the end's year
 * (the year before when its month comes after the end's).
 */
function withYearlessStarts(text: string, marks: DateMark[]): DateMark[] {
  const added: DateMark[] = [];
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?!\s*\d)/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (marks.some((mark) => start < mark.end && mark.start < end)) continue;
    const next = marks.find((mark) => mark.start >= end);
    if (!next || !BETWEEN.test(text.slice(end, next.start)) || !/^\d{4}-\d{2}-\d{2}$/.test(next.value)) continue;
    const [day, month] = [Number(m[1]), Number(m[2])];
    const year = Number(next.value.slice(0, 4)) - (month > Number(next.value.slice(5, 7)) ? 1 : 0);
    const value = isoDate(year, month, day);
    if (value) added.push({ value, start, end });
  }
  return added.length === 0 ? marks : [...marks, ...added].sort((a, b) => a.start - b.start);
}

/** All "A bis B" periods on a line, with how the period is introduced. */
export function periodsOnLine(line: Line): { von: DateMark; bis: DateMark; stale: boolean }[] {
  const marks = withYearlessStarts(line.text, datesAndMonths(line.text));
  const periods: { von: DateMark; bis: DateMark; stale: boolean }[] = [];
  let previousEnd = 0;
  for (let i = 0; i + 1 < marks.length; i++) {
    const between = line.text.slice(marks[i].end, marks[i + 1].start);
    if (!BETWEEN.test(between)) continue;
    const before = line.text.slice(previousEnd, marks[i].start);
    periods.push({ von: marks[i], bis: marks[i + 1], stale: STALE_CONTEXT.test(before) });
    previousEnd = marks[i + 1].end;
    i++;
  }
  return periods;
}

/**
 * A period at the start of a line whose sentence began on the line above: "… ruht Ihr Anspruch
 * vom 18." / "Juli 2025 bis 31. Juli 2025" — the words before it stand at the end of that line.
 */
function staleFromLineAbove(layout: Layout, line: Line, start: number): boolean {
  if (line.text.slice(0, start).trim().length > 12) return false;
  const previous = above(layout, line, 1.6)[0];
  // (a line ending in "18." ends in a date, not a sentence)
  return !!previous && !/(?<!\d)[.!?:]\s*$/.test(previous.text) && STALE_CONTEXT.test(previous.text.slice(-60));
}

/** A schedule's next row may begin after a weekend or a short break: a training's practice block ends on a Friday. */
const SCHEDULE_GAP_DAYS = 7;

/** Whether the line below holds a period that begins within a few days after `bis` (the next row of a schedule). */
function continuedBelow(layout: Layout, line: Line, bis: string): boolean {
  const next = below(layout, line, 1.6)[0];
  if (!next) return false;
  const end = Date.parse(`${bis}T00:00:00Z`);
  return periodsOnLine(next).some((period) => {
    const gap = (Date.parse(`${period.von.value}T00:00:00Z`) - end) / 86_400_000;
    return gap >= 1 && gap <= SCHEDULE_GAP_DAYS;
  });
}

function markFound(field: string, line: Line, mark: DateMark, end: boolean, score: number): Found {
  return { field, value: end && mark.last ? mark.last : mark.value, line, start: mark.start, end: mark.end, score };
}

/**
 * A period introduced by one of `labels` (on its line, or the line to the right or below), or —
 * as a weaker reading — the only fresh period of the document.
 */
export function findPeriod(layout: Layout, labels: string[], fields: [string, string], options: { anywhere?: boolean; ausser?: RegExp; otherThing?: RegExp } = {}): Period | null {
  const rule: FieldRule = { field: fields[0], kind: 'date', labels };
  const hits = findLabelHits(layout, [rule]);
  const candidates: { period: Period; score: number; order: number }[] = [];
  for (const line of layout.lines) {
    for (const hit of hits.get(line) ?? []) {
      // "Bemessungszeitraum | 1.1.2024 bis 31.12.2024": the label itself says whose period it is (also in its genitive: „Zeitraum der Beurlaubung“)
      if (options.ausser && options.ausser.test(line.text.slice(0, hit.end) + (/^\s+(der|des)\s+\S+/.exec(line.text.slice(hit.end))?.[0] ?? ''))) continue;
      // … or the line names another thing the period belongs to ("Abrechnungszeitraum … · Karteninhaber …")
      if (options.otherThing && options.otherThing.test(line.text)) continue;
      const lines = [line, ...rightOf(layout, line), ...below(layout, line, 1.6)];
      for (const [k, candidateLine] of lines.entries()) {
        // (a period beside a caption of its own belongs to that caption: „Zeitraum der Beurlaubung | 1.9.2025 bis 30.1.2026“)
        if (candidateLine !== line && options.ausser && rowOf(layout, candidateLine).some((cell) => cell.x < candidateLine.x && options.ausser!.test(cell.text))) continue;
        const periods = periodsOnLine(candidateLine).filter(
          (period) => (candidateLine !== line || period.von.start >= hit.start) && !(options.ausser && options.ausser.test(candidateLine.text.slice(0, period.von.start))),
        );
        const fresh = periods.filter((period) => !period.stale && !staleFromLineAbove(layout, candidateLine, period.von.start));
        const period = fresh[0];
        if (!period) {
          // "… für die Zeit vom 20.07.2024 bis zum" / "19.04.2025.": the end on the next line of the sentence
          const broken = candidateLine === line ? periodBrokenAfter(layout, line, hit.start) : null;
          if (broken) {
            const quality = (1 - 0.08 * hit.distance) * hit.label.weight * 0.95 * ocrFactor(Math.min(line.confidence, broken.next.confidence));
            candidates.push({ period: { von: markFound(fields[0], line, broken.von, false, quality), bis: markFound(fields[1], broken.next, broken.bis, true, quality) }, score: quality, order: line.index });
            break;
          }
          continue;
        }
        // one row of a schedule ("14.7.–31.7. | 1.8.–31.8. | …"), not the whole period
        const schedule = continuedBelow(layout, candidateLine, period.bis.value) ? 0.7 : 1;
        const quality = (1 - 0.08 * hit.distance) * hit.label.weight * (k === 0 ? 1 : 0.92) * schedule * ocrFactor(candidateLine.confidence);
        candidates.push({
          period: { von: markFound(fields[0], candidateLine, period.von, false, quality), bis: markFound(fields[1], candidateLine, period.bis, true, quality) },
          score: quality,
          order: candidateLine.index,
        });
        break;
      }
    }
  }
  if (candidates.length === 0 && options.anywhere) {
    for (const line of layout.lines) {
      const fresh = periodsOnLine(line).filter((period) => !period.stale && !staleFromLineAbove(layout, line, period.von.start));
      if (fresh.length === 0) continue;
      // a period that belongs to something else ("Bemessungszeitraum" over it) is not the one asked for
      if (options.ausser && [line, ...above(layout, line, 1.6).slice(0, 1), ...layout.lines.filter((l) => l.page === line.page && l !== line && sameRow(l, line))].some((l) => options.ausser!.test(l.text))) continue;
      const quality = 0.75 * ocrFactor(line.confidence);
      candidates.push({
        period: { von: markFound(fields[0], line, fresh[0].von, false, quality), bis: markFound(fields[1], line, fresh[0].bis, true, quality) },
        score: quality,
        order: line.index,
      });
    }
  }
  if (candidates.length === 0) return null;
  // the same dates named elsewhere as a resting, blocking or former period are that period again
  // („ruht vom 01. Okt. 2024 bis 24. Jan. 2025“ on page 1, the health insurance „für die Zeit vom …“ on page 2)
  const staleDates = new Set(layout.lines.flatMap((line) => periodsOnLine(line).filter((period) => period.stale).map((period) => `${period.von.value}|${period.bis.value}`)));
  const fresh = candidates.filter((candidate) => !staleDates.has(`${candidate.period.von.value}|${candidate.period.bis.value}`));
  if (fresh.length === 0) return null;
  fresh.sort((a, b) => b.score - a.score || a.order - b.order);
  return fresh[0].period;
}

/**
 * A period whose sentence breaks after „bis (zum)“: the start on `line` after `from`, the end at
 * the start of the next line of the same column.
 */
function periodBrokenAfter(layout: Layout, line: Line, from: number): { von: DateMark; bis: DateMark; next: Line } | null {
  const marks = datesAndMonths(line.text).filter((mark) => mark.start >= from);
  const von = marks[marks.length - 1];
  if (!von || !/^\s*(bis|–|-)\s*(zum|einschließlich)?\s*$/i.test(line.text.slice(von.end))) return null;
  const next = nextLineInColumn(layout, line);
  const bis = next && datesAndMonths(next.text)[0];
  if (!next || !bis || next.text.slice(0, bis.start).trim() !== '' || bis.value < von.value) return null;
  return { von, bis, next };
}

const DEADLINE_BEFORE = /(aufgefordert|gebeten|bitten|spätestens|Frist)[^.;]*$/iu;

/** A single date introduced by a label (for `von`/`bis` printed apart), the date marks of months included. */
export function findBoundary(layout: Layout, labels: string[], field: string, end: boolean): Found | null {
  const rule: FieldRule = { field, kind: 'date', labels, below: true };
  const hits = findLabelHits(layout, [rule]);
  let best: Found | null = null;
  for (const line of layout.lines) {
    for (const hit of hits.get(line) ?? []) {
      // "Sie werden aufgefordert, bis zum 30.10.2024 … einen Antrag … zu stellen": a deadline for the citizen
      if (DEADLINE_BEFORE.test(line.text.slice(Math.max(0, hit.start - 40), hit.start))) continue;
      // "rechnerisches Anspruchsende", "reicht rechnerisch bis zum …": an end the claim would have had, not the one it has
      if (/(?<![\p{L}])(rechnerisch|theoretisch)\p{L}*\s+$/u.test(line.text.slice(Math.max(0, hit.start - 20), hit.start))) continue;
      // "Sie waren bis zum 22.12.2024 bei … beschäftigt": a state that ended, not the boundary asked for
      if (/(?<![\p{L}])(war|waren|warst|wart)\s+$/iu.test(line.text.slice(Math.max(0, hit.start - 10), hit.start))) continue;
      // (a short caption over a drawn period — "erster Tag … letzter Tag" at the ends of a bar — reaches a little further down)
      const reach = line.text.trim().length <= 20 ? 4 : 1.6;
      const lines = [line, ...rightOf(layout, line), ...below(layout, line, reach)];
      for (const [k, candidateLine] of lines.entries()) {
        const from = candidateLine === line ? hit.end : 0;
        const marks = datesAndMonths(candidateLine.text.slice(from)).filter((mark) => !STALE.test(candidateLine.text.slice(Math.max(0, from + mark.start - 20), from + mark.start)));
        const mark = marks[0];
        if (!mark) continue;
        const score = (1 - 0.08 * hit.distance) * hit.label.weight * (k === 0 ? 1 : 0.92) * ocrFactor(candidateLine.confidence);
        const shifted = { ...mark, start: mark.start + from, end: mark.end + from };
        const found = markFound(field, candidateLine, shifted, end, score);
        if (!best || found.score > best.score + 1e-9) best = found;
        break;
      }
    }
  }
  return best;
}

// ------------------------------------------------------------------ recipient of a letter

const SALUTATION_LINE = /^\s*(Herrn?|Frau|Familie|Eheleute)\s*$/i;

/** OCR debris: one or two characters, not a word. */
const isSpeck = (line: Line) => !line.textLayer && line.text.trim().length <= 2;

/**
 * The addressee of a letter: a name line directly above a street line and a postcode line, in the
 * upper half of the first page, not the sender (organisations are refused by the name check).
 */
/** A street line whose name a scan broke („Rüdi erstraße 100“): a street word and a house number at its end. */
const GARBLED_STREET = /\p{L}(straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad)\s*\d{1,4}\s?[a-zA-Z]?\s*$/iu;

export function recipientName(layout: Layout, field: string): Found | null {
  const page = layout.pages[0];
  if (!page) return null;
  const lines = page.lines;
  const limit = page.positioned && page.height > 0 ? page.height * 0.55 : Infinity;
  for (let i = 0; i < lines.length; i++) {
    const postcodeLine = lines[i];
    if (postcodeLine.y > limit) break;
    if (!page.positioned && i > 25) break;
    const postcodeCell = cellOf(postcodeLine.text);
    const place = parsePostcodeCity(postcodeCell.text);
    if (!place) continue;
    // street and place on one line ("Königsallee 36, 79098 Freiburg"): that line is the street line
    const beforePlace = postcodeCell.text.slice(0, place.start);
    const streetAndPlace = place.start > 3 && /^[^,]+,\s*$/.test(beforePlace) && streetPrefix(beforePlace.replace(/,\s*$/, '')) !== null;
    if (place.start > 3 && !streetAndPlace) continue;
    // the line above the postcode: the street; above that: the name (maybe after a salutation line)
    const tolerance = page.positioned && page.width > 0 ? page.width * 0.12 : Infinity;
    const column = (line: Line) => Math.abs(line.x - postcodeLine.x) <= Math.max(6, postcodeLine.height, tolerance);
    // (a speck a scan read as a letter or two is no line of the address)
    const upwards = lines.slice(Math.max(0, i - 16), i).reverse().filter((line) => column(line) && !isSpeck(line)).slice(0, 4);
    if (streetAndPlace) upwards.unshift(postcodeLine);
    const streetLine = upwards[0];
    if (!streetLine || !(streetPrefix(cellOf(streetLine.text).text) || (!streetLine.textLayer && GARBLED_STREET.test(streetLine.text))) || (page.positioned && postcodeLine.y - streetLine.y > postcodeLine.height * 3)) continue;
    for (const [k, nameLine] of upwards.slice(1, 3).entries()) {
      const other = k === 0 ? coRecipient(layout, field, nameLine, upwards[2]) : null;
      if (other) return other;
      const whole = cellOf(nameLine.text);
      // a speck before the name on a scan: "5 Katharina Schmitt"
      const speck = nameLine.textLayer ? 0 : (/^\s*[^\p{L}\s]{1,2}\s+(?=\p{Lu})/u.exec(whole.text)?.[0].length ?? 0);
      const cell = { text: whole.text.slice(speck), start: whole.start + speck };
      if (SALUTATION_LINE.test(cell.text)) continue;
      if (/c\/o|z\.\s?Hd/i.test(cell.text)) continue;
      if (ORGANISATION.test(cell.text)) break;
      // the name may go on with the next cell of a joined row: the longest leading run of name words
      const tokens = [...cell.text.matchAll(/\S+/g)];
      let found: { value: string; end: number } | null = null;
      for (let k = Math.min(5, tokens.length); k >= 2 && !found; k--) {
        const end = tokens[k - 1].index! + tokens[k - 1][0].length;
        const value = normalizeName(cell.text.slice(0, end));
        if (value) found = { value, end };
      }
      if (!found) break;
      return { field, value: found.value, line: nameLine, start: cell.start, end: cell.start + found.end, score: 0.82 * ocrFactor(nameLine.confidence) };
    }
  }
  return oneLineRecipient(layout, field);
}

/**
 * The account a statement is about when its caption is unreadable ("BANN" for "IBAN" on a scan):
 * the first valid IBAN in the head of the first page, above the bookings and their partners' accounts.
 */
export function headIban(layout: Layout, field: string): Found | null {
  const page = layout.pages[0];
  if (!page) return null;
  // (the head ends at the first line below two fifths of the page)
  const end = page.lines.findIndex((line, i) => (page.positioned ? page.height > 0 && line.y > page.height * 0.4 : i > 25));
  return firstValidIban(end < 0 ? page.lines : page.lines.slice(0, end), field, 0.7);
}

/** The first valid IBAN of some lines (in their order) that `accept` lets pass, as a reading of `field`. */
function firstValidIban(lines: Line[], field: string, score: number, accept: (line: Line) => boolean = () => true): Found | null {
  for (const line of lines) {
    const iban = findIbans(line.text).find((span) => span.valid);
    if (iban && accept(line)) return { field, value: iban.value, line, start: iban.start, end: iban.end, score: score * ocrFactor(line.confidence) };
  }
  return null;
}

const BOOKING_HEADER = /Buchungstext|Verwendungszweck|Auftraggeber|Empfänger|Zahlungspartner|Gegenkonto/i;

/** A line in the bookings of a statement: under a column header such as "Buchungstext / Auftraggeber / Empfänger". */
function inBooking(layout: Layout, line: Line): boolean {
  return layout.lines.some(
    (header) => header.page === line.page && header.y < line.y - line.height * 0.5 && header.text.length <= 70 && BOOKING_HEADER.test(header.text) && header.x <= line.x + 5 && line.x <= header.x + header.width,
  );
}

/**
 * A statement's own account when the IBAN read is a booking partner's ("Stadtwerke Leipzig GmbH /
 * … / IBAN DE88 …" in the list of bookings): the first valid IBAN outside the bookings.
 */
export function ownAccountIban(layout: Layout, field: string, read: Found | undefined): Found | null {
  if (read && !inBooking(layout, read.line)) return null;
  return firstValidIban(layout.lines, field, 0.8, (line) => !inBooking(layout, line));
}

const ADDRESSED_PERSON = /^\s*(?:Herrn?|Frau)\s+(?:(?:Dr|Prof|Dipl)\.[\p{L}.-]*\s+)*(.{3,60}?)\s*$/u;

/**
 * Two people in the window ("Herrn Horst Öztürk" over "Frau Gisela Öztürk"): the one the letter
 * names more often outside the window is the one it is about ("wird Herrn Horst Öztürk …
 * bewilligt"); as often, the first. Null when the line above the name is not a second addressee.
 */
function coRecipient(layout: Layout, field: string, lower: Line, upper: Line | undefined): Found | null {
  if (!upper || lower.y - upper.y > lower.height * 2.2) return null;
  const names = [upper, lower].map((line) => {
    const m = ADDRESSED_PERSON.exec(cellOf(line.text).text);
    const value = m ? normalizeName(m[1]) : null;
    return m && value ? { line, value, start: line.text.indexOf(m[1]), length: m[1].length } : null;
  });
  if (!names[0] || !names[1] || names[0].value === names[1].value) return null;
  const mentions = (value: string) => layout.lines.filter((line) => line !== upper && line !== lower && line.text.includes(value)).length;
  const chosen = mentions(names[1].value) > mentions(names[0].value) ? names[1] : names[0];
  return { field, value: chosen.value, line: chosen.line, start: chosen.start, end: chosen.start + chosen.length, score: 0.8 * ocrFactor(chosen.line.confidence) };
}

const ONE_LINE_ADDRESS = /^\s*(?:Herrn?|Frau)\s+((?:(?:Dr|Prof|Dipl)\.[\p{L}.-]*\s+)*)([^,]{3,60}),\s*([^,]{3,60}),\s*(\d{5}\s+\p{Lu}.*)$/u;

/** The addressee written on one line, as on a window envelope's small print: "Herrn Horst Neubert, Am Anger 2, 07743 Jena". */
function oneLineRecipient(layout: Layout, field: string): Found | null {
  const page = layout.pages[0];
  if (!page) return null;
  const limit = page.positioned && page.height > 0 ? page.height * 0.55 : Infinity;
  for (const [i, line] of page.lines.entries()) {
    if (line.y > limit || (!page.positioned && i > 25)) break;
    const m = ONE_LINE_ADDRESS.exec(line.text);
    if (!m || !parseStreet(m[3]) || !parsePostcodeCity(m[4])) continue;
    const value = normalizeName(m[2]);
    if (!value) continue;
    const start = line.text.indexOf(m[2], m[0].length - m[0].trimStart().length);
    return { field, value, line, start, end: start + m[2].length, score: 0.8 * ocrFactor(line.confidence) };
  }
  return null;
}

/** A street and number at the start of a text that may go on with other cells ("Im Winkel 8 Konf. --"). */
function streetPrefix(text: string): { street: string; number: string } | null {
  const tokens = text.split(/\s+/).filter((token) => token.length > 0);
  for (let k = Math.min(7, tokens.length); k >= 2; k--) {
    const street = parseStreet(tokens.slice(0, k).join(' '));
    if (street) return street;
  }
  return null;
}

/** The first cell of a line that may hold a whole joined row: cut at a field label of the next cell, OCR debris trimmed. */
function cellOf(text: string): { text: string; start: number } {
  const cell = firstCell(text);
  const piece = text.slice(cell.start, cell.end);
  const kept = trimJunk(piece);
  return { text: piece.slice(kept.start, kept.end), start: cell.start + kept.start };
}

// ------------------------------------------------------------------ Vorname + Familienname printed apart

/** A caption that names surname and given names together („Name, Vorname“, „Vorname, Name“, „Familienname/Vorname(n)“). */
const COMBINED_NAME_CAPTION = /(Familien|Nach|Zu)?[Nn]ame\s*[,/]\s*Vorname|Vorname(\(n\)|n)?\s*[,/]\s*(Familien|Nach|Zu)?[Nn]ame(?![\p{L}])/u;

export function splitName(layout: Layout, field: string, surnameLabels: string[] = ['Familienname', 'Nachname', 'Name', 'Zuname']): Found | null {
  const rules: FieldRule[] = [
    { field: 'vorname', kind: 'text', labels: ['Vorname', 'Vornamen', 'Vorname(n)', 'Rufname'] },
    { field: 'nachname', kind: 'text', labels: surnameLabels },
    { field: '_geburtsname', kind: 'text', labels: ['Geburtsname', 'geb.', 'früherer Name', 'Ehename|0.5'] },
  ];
  const hits = findLabelHits(layout, rules);
  let vorname: Found | null = null;
  let nachname: Found | null = null;
  for (const line of layout.lines) {
    for (const hit of hits.get(line) ?? []) {
      // „(Name, Vorname) Öztürk, Wolfgang“: one caption for the whole name, not a field of its own
      if (COMBINED_NAME_CAPTION.test(line.text.slice(Math.max(0, hit.start - 16), hit.end + 16))) continue;
      if (hit.rule.field === 'vorname' && !vorname) vorname = valueOf(layout, hit, hits);
      if (hit.rule.field === 'nachname' && !nachname) nachname = valueOf(layout, hit, hits);
    }
  }
  if (!vorname || !nachname) return null;
  // one combined label ("Familienname, Vorname(n)") over one value: not two fields, the name rule reads it
  if (vorname.line === nachname.line && vorname.start === nachname.start) return null;
  // a name ends where OCR debris or the next cell begins ("Schmidt £ 5")
  const clean = (value: string) => value.replace(/[,;].*$/, '').replace(/\s+[^\p{L}\s].*$/u, '').trim();
  const given = clean(String(vorname.value));
  const family = clean(String(nachname.value));
  if (!/^\p{Lu}[\p{L}'’. -]*$/u.test(given) || !/^[\p{L}][\p{L}'’ .-]*$/u.test(family)) return null;
  const value = normalizeName(`${family}, ${given}`) ?? normalizeName(`${given} ${family}`);
  if (!value) return null;
  const evidence = nachname.line.text.slice(nachname.start, nachname.end);
  const end = nachname.start + evidence.replace(/[,;].*$/, '').trimEnd().length;
  return { field, value, line: nachname.line, start: nachname.start, end, score: Math.min(vorname.score, nachname.score) * 0.95 };
}

// ------------------------------------------------------------------ organisation at the top of the first page

/** The issuer at the top of the first page whose name matches `pattern` and not `exclude` (a payroll office is not the employer). */
export function headerOrganisation(layout: Layout, field: string, pattern: RegExp, maxFraction = 0.3, exclude?: RegExp, otherCaption?: RegExp): Found | null {
  const page = layout.pages[0];
  if (!page) return null;
  const limit = page.positioned && page.height > 0 ? page.height * maxFraction : Infinity;
  for (const [i, line] of page.lines.entries()) {
    if (line.y > limit || (!page.positioned && i > 10)) break;
    if (otherCaption && underCaption(layout, line, otherCaption)) continue;
    const parts = line.text.split(/\s[·•|–-]\s|\s{3,}|,\s(?=\p{L}[\p{L} .-]*\s\d)|,\s(?=\d{5})/u);
    let offset = 0;
    for (const part of parts) {
      const at = line.text.indexOf(part, offset);
      offset = at + part.length;
      if (!pattern.test(part) || exclude?.test(part)) continue;
      if (parsePostcodeCity(part) || parseStreet(part)) continue;
      const candidate = parseValue('text', part, { own: true })[0];
      if (!candidate || String(candidate.value).length > 90) continue;
      return { field, value: candidate.value, line, start: at + candidate.start, end: at + candidate.end, score: 0.8 * ocrFactor(line.confidence) };
    }
  }
  return null;
}

/**
 * A value typed under a small caption that says what it is („Bildungsgang / Schulform“ over
 * „Berufliches Gymnasium“): the caption is the nearest line above, in smaller print.
 */
function underCaption(layout: Layout, line: Line, caption: RegExp): boolean {
  const nearest = above(layout, line, 1.8)[0];
  return !!nearest && nearest.height < line.height && caption.test(nearest.text);
}

// ------------------------------------------------------------------ ticked boxes

// (a scan may lose one bracket of a ticked box: "X]", "[X")
const TICKED = /(☒|☑|✓|✔|✗|✘|⊠|■|\[\s*[xX✓✔]\s*\]?|\(\s*[xX✓✔]\s*\)|(?<![\p{L}])[xX]\]?(?=\s))\s*$/u;
/** An empty box. */
const UNTICKED_BOX = String.raw`☐|□|○|◯|\[\s*\]|\(\s*\)|\[_\]`;
/** A ticked box drawn whole (the bare-letter "X" forms differ by where they stand). */
const TICKED_BOX = String.raw`☒|☑|✓|✔|✗|✘|⊠|■|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)`;
const UNTICKED = new RegExp(`(${UNTICKED_BOX})\\s*$`, 'u');
/** A box at the start of a line, ticked or not. */
const LINE_BOX = /^\s*(☒|☑|✓|✔|✗|✘|⊠|■|☐|□|○|◯|\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|\[[xX]|[xX]\]?(?=\s))\s+/u;

/**
 * Which of several options is ticked: the option whose text has a ticked box right before it.
 * Returns null when none or more than one is ticked.
 */
export function tickedOption(layout: Layout, options: { id: string; labels: string[] }[], field: string): Found | null {
  interface Seen {
    found: Found;
    before: 'ticked' | 'unticked' | 'none';
    after: 'ticked' | 'unticked' | 'none';
  }
  const seen: Seen[] = [];
  const state = (piece: string, re: { ticked: RegExp; unticked: RegExp }): Seen['before'] => (re.ticked.test(piece) ? 'ticked' : re.unticked.test(piece) ? 'unticked' : 'none');
  for (const line of layout.lines) {
    const onLine: Seen[] = [];
    for (const option of options) {
      for (const label of option.labels) {
        for (const match of findLabel(line.text, line.folded, foldLabel(label), { exactEnds: line.textLayer })) {
          const before = line.text.slice(Math.max(0, match.start - 6), match.start);
          const after = line.text.slice(match.end, match.end + 6);
          const found: Found = { field, value: option.id, line, start: match.start, end: match.end, score: 0.92 * ocrFactor(line.confidence) };
          const box = TICKED.exec(before);
          if (box) found.start = match.start - (before.length - before.lastIndexOf(box[1]));
          let boxBefore = state(before, { ticked: TICKED, unticked: UNTICKED });
          // the option's text may begin a few words before the label: "X Wohngeld für den Folgezeitraum"
          if (boxBefore === 'none') boxBefore = state(line.text.slice(Math.max(0, match.start - 40), match.start), { ticked: TICKED_WORDS_BEFORE, unticked: UNTICKED_WORDS_BEFORE });
          onLine.push({ found, before: boxBefore, after: state(after, { ticked: TICKED_AFTER, unticked: UNTICKED_AFTER }) });
        }
      }
    }
    // one option on a line that starts with its box: "X Ich beantrage erstmals Wohngeld (Erstantrag)"
    const box = LINE_BOX.exec(line.text);
    if (box && onLine.length > 0 && new Set(onLine.map((s) => s.found.value)).size === 1) {
      for (const s of onLine) {
        if (s.before !== 'none') continue;
        s.before = TICKED.test(box[1] + ' ') ? 'ticked' : 'unticked';
        s.found = { ...s.found, start: box.index + box[0].indexOf(box[1]) };
      }
    }
    seen.push(...onLine);
  }
  // boxes stand either before or after their options: decide by the layout of the whole group
  const boxesBefore = seen.some((s) => s.before !== 'none');
  const ticked = seen.filter((s) => (boxesBefore ? s.before : s.after) === 'ticked').map((s) => s.found);
  const ids = new Set(ticked.map((found) => found.value));
  if (ids.size === 1) return ticked[0];
  return null;
}

/** A box, then one to three words of the option before its label (no bracket or sentence end between). */
const OPTION_WORDS = String.raw`\s+(?:[\p{L}-]+\s+){1,3}$`;
const TICKED_WORDS_BEFORE = new RegExp(`(${TICKED_BOX}|(?<![\\p{L}])[xX])${OPTION_WORDS}`, 'u');
const UNTICKED_WORDS_BEFORE = new RegExp(`(${UNTICKED_BOX})${OPTION_WORDS}`, 'u');
const TICKED_AFTER = new RegExp(`^\\s*:?\\s*(${TICKED_BOX}|[xX](?![\\p{L}]))`, 'u');
const UNTICKED_AFTER = new RegExp(`^\\s*:?\\s*(${UNTICKED_BOX})`, 'u');

// ------------------------------------------------------------------ persons listed in a section

const RELATION = /(antragsteller|ehemann|ehefrau|ehegatt|ehepartner|lebenspartner|lebensgefährt|partner|partnerin|sohn|tochter|kind|vater|mutter|großvater|großmutter|enkel|bruder|schwester|pflegekind|stiefkind|selbst|eltern|oma|opa)/i;

/**
 * The persons listed in a household section: rows with a birth date or a relationship, counted
 * from the section heading to the next heading. The applicant counts, also when the section only
 * lists "further" members.
 */
export function householdCount(layout: Layout, field: string, headings: string[], endHeadings: string[]): Found | null {
  const headingFolded = headings.map(foldLabel);
  const endFolded = endHeadings.map(foldLabel);
  const rows = rowsOf(layout);
  const startsWith = (row: Row, labels: string[]) =>
    labels.some((label) => {
      const first = row.lines[0];
      const m = findLabel(first.text, first.folded, label)[0];
      return m !== undefined && m.start <= 8;
    });
  for (const [h, heading] of rows.entries()) {
    const first = heading.lines[0];
    const match = headingFolded.map((label) => findLabel(first.text, first.folded, label)[0]).find((m) => m !== undefined && m.start <= 8);
    if (!match) continue;
    // a heading is short, not a sentence that mentions the word
    if (first.text.trim().length > 90) continue;
    // (said in the heading or beside it: „Im Haushalt: | 3 (ich und zwei weitere)“)
    const further = /weitere|außer|ohne\s+(den|die)\s+Antragsteller|zusätzlich/i.test(heading.text);
    // the section: the rows up to the next heading (or the page after the heading's)
    const section: Row[] = [];
    for (const row of rows.slice(h + 1)) {
      if (row.page > heading.page + 1 || startsWith(row, endFolded)) break;
      section.push(row);
    }
    const columns = personColumns(section);
    if (columns !== null) return { field, value: columns, line: first, start: match.start, end: match.end, score: 0.8 * ocrFactor(first.confidence) };
    const persons = section.filter((row) => {
      const text = row.text;
      const dates = findDates(text);
      const hasName = /\p{Lu}\p{Ll}+,?\s+\p{Lu}\p{Ll}+|\p{Lu}{2,},\s+\p{Lu}\p{Ll}+/u.test(text);
      const header = /^\s*(Name|Vorname|Familienname|Nr\.?|lfd\.?)\b/i.test(text) && dates.length === 0;
      // the form's instruction over the list ("Tragen Sie alle Personen ein, … Sie selbst stehen in Zeile 1.") is no person
      const instruction = (text.match(/(?<![\p{L}])\p{Ll}{4,}/gu) ?? []).length >= 4;
      // a contact person outside the household („gehört nicht zum Haushalt“) is none of it
      const outside = /nicht\s+zum\s+Haushalt|außerhalb\s+des\s+Haushalts/i.test(text);
      return !header && !instruction && !outside && ((dates.length > 0 && hasName) || (hasName && RELATION.test(text)));
    });
    // persons printed as blocks ("Person 1", "Person 2", …) count once per block
    const blocks = new Set<string>();
    for (const row of section) {
      const block = /^\s*(?:Person|Haushaltsmitglied|Mitglied|Angehörige[rn]?)\s*(?:Nr\.?\s*)?(\d{1,2})\b|^\s*(\d{1,2})\.\s*(?:Person|Haushaltsmitglied)\b/i.exec(row.lines[0].text);
      if (block) blocks.add(block[1] ?? block[2]);
    }
    if (persons.length === 0 && blocks.size === 0) continue;
    const listed = blocks.size > 0 ? blocks.size : persons.length;
    const applicantListed = persons.some((row) => /antragsteller|selbst/i.test(row.text));
    // rows numbered from 2 on: the applicant is number 1 without a row ("2 | Böhm | Renate …")
    const fromTwo = blocks.size === 0 && persons.length > 0 && /^\s*2\.?(\s|$)/.test(persons[0].text);
    const count = listed + ((further || fromTwo) && !applicantListed ? 1 : 0);
    return { field, value: count, line: first, start: match.start, end: match.end, score: 0.8 * ocrFactor(first.confidence) };
  }
  return null;
}

/**
 * Persons as columns of a form ("Person 1 | Person 2 | …" over rows "Familienname | Hofmann | …"):
 * the columns filled in the name row; null when the section is not laid out that way.
 */
function personColumns(rows: Row[]): number | null {
  for (const [i, row] of rows.entries()) {
    // (a scan may put a stroke of the table's ruling before the word: "= Person 1")
    const heads = row.lines.filter((line) => /^[^\p{L}\d]*(Person|Mitglied|Haushaltsmitglied)\s*(Nr\.?\s*)?\d{1,2}\s*$/iu.test(line.text));
    if (heads.length < 2) continue;
    const width = Math.min(...heads.slice(1).map((head, k) => head.x - heads[k].x));
    for (const next of rows.slice(i + 1, i + 4)) {
      if (!/^\s*(Familienname|Name|Vorname|Nachname)/i.test(next.lines[0].text)) continue;
      return next.lines.slice(1).filter((cell) => cell.text.trim().length > 1 && heads.some((head) => Math.abs(cell.x - head.x) <= width / 2)).length;
    }
  }
  return null;
}

// ------------------------------------------------------------------ Elterngeld: months paid

/** The date a child's n-th Lebensmonat starts (§ 4 BEEG counts months of life from the birth date). */
export function lebensmonat(birth: string, n: number): { start: string; end: string } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birth);
  if (!m) return null;
  const at = (k: number) => {
    const total = Number(m[2]) - 1 + k;
    const year = Number(m[1]) + Math.floor(total / 12);
    const month = (total % 12) + 1;
    const last = Number(lastDayOfMonth(`${year}-${String(month).padStart(2, '0')}`)!.slice(8));
    return { year, month, day: Math.min(Number(m[3]), last), clamped: Number(m[3]) > last };
  };
  const startOf = (k: number) => {
    const d = at(k);
    const date = new Date(Date.UTC(d.year, d.month - 1, d.day + (d.clamped ? 1 : 0)));
    return date;
  };
  const start = startOf(n - 1);
  const next = startOf(n);
  const end = new Date(next.getTime() - 86400000);
  const iso = (date: Date) => isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const s = iso(start);
  const e = iso(end);
  return s && e ? { start: s, end: e } : null;
}

// ------------------------------------------------------------------ periods in table rows

export interface RowPeriod {
  von: Found;
  bis: Found;
  /** amounts in the row (e.g. the Elterngeld of that month) */
  amounts: number[];
  /** the amount under a column header „Zahlbetrag“ / „Auszahlung“, where the table has one (entitlement and set-off beside it) */
  payout?: number;
  stale: boolean;
  fresh: boolean;
  y: number;
  page: number;
  /** the table's header: the nearest row above on the page without a date */
  header?: string;
}

/**
 * Periods printed in table rows: either "A – B" in one cell or A and B in two cells under a
 * header with "von … bis". Each row with its amounts and whether it is marked "bisher" / "neu".
 */
export function tablePeriods(layout: Layout, field: [string, string], pivot?: number): RowPeriod[] {
  const result: RowPeriod[] = [];
  const rows = rowsOf(layout);
  const dateCellsOf = (row: Row) =>
    row.lines
      .map((cell) => ({ cell, dates: datesAndMonthsWithPivot(cell.text, pivot) }))
      .filter(({ cell, dates }) => dates.length === 1 && onlySpecks(cell.text.slice(0, dates[0].start) + cell.text.slice(dates[0].end)));
  // a body row whose dates a scan broke („27122025)“, one date merged into a stray line) still belongs to the table:
  // the walk up to the header goes on over it
  const bodyRowOf = (row: Row) => {
    const dateCells = dateCellsOf(row).length;
    return (
      dateCells >= 2 ||
      row.lines.some((cell) => datesAndMonthsWithPivot(cell.text, pivot).length >= 2) ||
      (dateCells === 1 && row.lines.some((cell) => findAmounts(cell.text).length > 0))
    );
  };
  for (const [r, row] of rows.entries()) {
    let von: Found | null = null;
    let bis: Found | null = null;
    for (const cell of row.lines) {
      const inline = periodsOnLine(cell)[0];
      // a period inside a sentence ("… vor dem Monat der Aufnahme (1.10.2023 bis 30.9.2024). Daraus ergibt sich …") is no table row
      if (inline && !isProse(cell.text)) {
        von = markFound(field[0], cell, inline.von, false, 0.85 * ocrFactor(cell.confidence));
        bis = markFound(field[1], cell, inline.bis, true, 0.85 * ocrFactor(cell.confidence));
        break;
      }
    }
    if (!von) {
      // a joined row: two dates next to each other in one line, under a header naming "von … bis"
      for (const cell of row.lines) {
        const marks = datesAndMonthsWithPivot(cell.text, pivot);
        if (marks.length < 2 || !/^[^\p{L}\d]{0,8}$/u.test(cell.text.slice(marks[0].end, marks[1].start))) continue;
        let k = r - 1;
        while (k >= 0 && rows[k].page === row.page && bodyRowOf(rows[k])) k--;
        const header = rows.slice(Math.max(0, k - 1), k + 1).filter((other) => other.page === row.page).find((other) => /(?<![\p{L}])(bis|Ende|Zeitraum)(?![\p{L}])/iu.test(other.text));
        if (!header) continue;
        von = markFound(field[0], cell, marks[0], false, 0.85 * ocrFactor(cell.confidence));
        bis = markFound(field[1], cell, marks[1], true, 0.85 * ocrFactor(cell.confidence));
        break;
      }
    }
    if (!von) {
      const dateCells = dateCellsOf(row);
      if (dateCells.length >= 2 && row.lines.length >= 2) {
        // the header above the table body names the columns "von"/"bis" (or "Beginn"/"Ende")
        let k = r - 1;
        while (k >= 0 && rows[k].page === row.page && bodyRowOf(rows[k])) k--;
        const candidates = rows.slice(Math.max(0, k - 1), k + 1).filter((other) => other.page === row.page);
        const header = candidates.find((other) => /(?<![\p{L}])(bis|Ende|Zeitraum)(?![\p{L}])/iu.test(other.text));
        if (header) {
          const [a, b] = dateCells;
          von = markFound(field[0], a.cell, a.dates[0], false, 0.85 * ocrFactor(a.cell.confidence));
          bis = markFound(field[1], b.cell, b.dates[0], true, 0.85 * ocrFactor(b.cell.confidence));
        }
      }
    }
    if (!von || !bis) continue;
    const amounts: number[] = [];
    for (const cell of row.lines) for (const amount of findAmounts(cell.text)) amounts.push(Math.abs(amount.value));
    if (amounts.length === 0) for (const cell of row.lines) if (/(?<![\d.,])0,00(?!\d)/.test(cell.text)) amounts.push(0);
    const zeroCells = row.lines.filter((cell) => /^\s*[-–]?\s*0,00\s*(€|EUR)?\s*$/.test(cell.text) || /^\s*[-–]\s*$/.test(cell.text));
    if (zeroCells.length > 0 && amounts.length === 0) amounts.push(0);
    let h = r - 1;
    while (h >= 0 && rows[h].page === row.page && datesAndMonthsWithPivot(rows[h].text, pivot).length > 0) h--;
    const header = h >= 0 && rows[h].page === row.page ? rows[h].text : undefined;
    result.push({ von, bis, amounts, payout: payoutInRow(layout, rows, r), stale: rowMarkedStale(layout, row.lines[0]), fresh: rowMarkedFresh(layout, row.lines[0]), y: row.y, page: row.page, header });
  }
  return result;
}

/** The Bundesagentur's customer number in its letters' reference: „Mein Zeichen: 873B016506“ (three digits, a letter, six digits; a scan may read „Zelchen“). */
const BA_CAPTION = String.raw`(?:Mein|Unser|Ihr)\s+Ze[il1]chen\s*[:;]?\s*`;
const BA_NUMBER = String.raw`(\d{3}\s?[A-Z]\s?\d{6})(?![\dA-Za-z])`;
const BA_REFERENCE = new RegExp(BA_CAPTION + BA_NUMBER);
const BA_CAPTION_ALONE = new RegExp(`${BA_CAPTION}$`);
const BA_NUMBER_FIRST = new RegExp(String.raw`^\s*${BA_NUMBER}`);

export function referenceCustomerNumber(layout: Layout, field: string): Found | null {
  for (const line of layout.lines) {
    const m = BA_REFERENCE.exec(line.text);
    if (m) {
      const start = m.index + m[0].length - m[1].length;
      return { field, value: m[1].replace(/\s/g, ''), line, start, end: start + m[1].length, score: 0.85 * ocrFactor(line.confidence) };
    }
    // the caption and the number in cells of their own: "Mein Zeichen: | 295C999205"
    if (!BA_CAPTION_ALONE.test(line.text)) continue;
    const cell = rightOf(layout, line)[0];
    const number = cell && BA_NUMBER_FIRST.exec(cell.text);
    if (number) return { field, value: number[1].replace(/\s/g, ''), line: cell, start: number.index + number[0].length - number[1].length, end: number.index + number[0].length, score: 0.85 * ocrFactor(cell.confidence) };
  }
  return null;
}

/** A column header over the amount actually paid, beside the entitlement and what is set off against it. */
const PAYOUT_HEADER = /^\s*(Zahlbetrag|Auszahlungsbetrag|Auszahlung|ausgezahlt|Zahlung)(?![\p{L}])/iu;

/**
 * The amount of a table row under a „Zahlbetrag“ header (the nearest header row above on the
 * page, within a dozen rows): „1.523,43 | - 1.523,43 | 0,00“ under „Anspruch | Anrechnung |
 * Zahlbetrag“ pays nothing. Undefined without such a header or a figure under it.
 */
function payoutInRow(layout: Layout, rows: Row[], r: number): number | undefined {
  const row = rows[r];
  for (let k = r - 1; k >= Math.max(0, r - 12) && rows[k].page === row.page; k--) {
    const header = rows[k].lines.find((cell) => PAYOUT_HEADER.test(cell.text));
    if (!header) continue;
    const [start, end] = headerColumn(layout, header);
    const cell = row.lines.find((other) => other.x + other.width > start && other.x < end && (findAmounts(other.text).length > 0 || /0,00/.test(other.text)));
    if (!cell) return undefined;
    return Math.abs(findAmounts(cell.text)[0]?.value ?? 0);
  }
  return undefined;
}

/**
 * What a date cell may carry beside its date: a few characters („ab“, „*)“) or a scan's specks
 * around it („*. \" 28.04.2024“, „k 27.11.2024 > a“), but no word.
 */
function onlySpecks(rest: string): boolean {
  const marks = rest.replace(/\s+/g, '');
  return marks.length <= 3 || (marks.length <= 6 && (marks.match(/[\p{L}\d]/gu) ?? []).length <= 1);
}

/** Running text, not a table cell: six words or more in lower case. */
function isProse(text: string): boolean {
  return (text.match(/(?<![\p{L}])\p{Ll}{2,}(?![\p{L}])/gu) ?? []).length >= 6;
}

function datesAndMonthsWithPivot(text: string, pivot?: number): DateMark[] {
  if (pivot === undefined) return datesAndMonths(text);
  return findDates(text, { pivot }).map((span) => ({ value: span.value, start: span.start, end: span.end }));
}

/** The header of a table of payments made. */
const PAYMENTS_HEADER = /Zahlungszeitraum|überwiesen\s+am|gezahlt\s+am|Zahltag|Zahlungsdatum|ausgezahlt\s+am/i;

/** A row of a period table in which nothing is paid: a blocking period, a resting claim. */
const UNPAID_ROW = /Sperrzeit|ruht|Ruhen|Ruhenszeit|kein(e)? (Leistung|Zahlung|Anspruch)|nicht gezahlt/i;

/**
 * The current period of a table with "bisher"/"neu" rows (or the only one). Without such marks,
 * of several rows the last one that pays something: a blocking period or a resting claim
 * (0,00 €, "Sperrzeit – Anspruch ruht") is not the period of the benefit.
 */
export function currentTablePeriod(layout: Layout, field: [string, string], ausser?: RegExp): (Period & { besideUnpaid?: boolean }) | null {
  // a row about another period ("Bemessungszeitraum | 1.1.2024 bis 31.12.2024") is none of the table's
  // (a table of the payments made — „Zahlungszeitraum | Tage | Betrag | überwiesen am“ — lists months paid, not the benefit's period)
  const rows = tablePeriods(layout, field).filter((row) => !row.stale && !(ausser && ausser.test(rowText(layout, row))) && !(row.header && PAYMENTS_HEADER.test(row.header)));
  const fresh = rows.filter((row) => row.fresh);
  const chosen = fresh[fresh.length - 1] ?? (rows.length === 1 ? rows[0] : null);
  if (!chosen && rows.length >= 2) {
    const unpaid = rows.filter((row) => UNPAID_ROW.test(rowText(layout, row)) || (row.amounts.length > 0 && row.amounts.every((amount) => amount === 0)));
    const paid = rows.filter((row) => !unpaid.includes(row));
    if (unpaid.length > 0 && paid.length > 0) return { von: paid[paid.length - 1].von, bis: paid[paid.length - 1].bis, besideUnpaid: true };
  }
  return chosen ? { von: chosen.von, bis: chosen.bis } : null;
}

/** All cells of a table row with a period, joined: what the row says beside its dates. */
export function rowText(layout: Layout, row: { von: Found }): string {
  return layout.lines.filter((line) => line.page === row.von.line.page && Math.abs(line.y - row.von.line.y) <= row.von.line.height * 0.5).map((line) => line.text).join(' ');
}

// ------------------------------------------------------------------ parties of a contract

const LANDLORD_ROLES = ['Vermieter', 'Vermieterin', 'Vermieterseite', 'Genossenschaft', 'Eigentümer', 'Eigentümerin', 'Verpächter', 'Wohnungsgeber', 'Vermietende', 'Vermieter/in', 'Vermieterin/Vermieter'];
const TENANT_ROLES = ['Mieter', 'Mieterin', 'Mieterseite', 'Nutzer', 'Nutzerin', 'Mitglied', 'Mietende', 'Mietpartei', 'Mieter/in', 'Mieterin/Mieter', 'Mieter/Mieterin'];

export function roleWords(role: 'landlord' | 'tenant'): string[] {
  return role === 'landlord' ? LANDLORD_ROLES : TENANT_ROLES;
}

/** The role words as alternatives of a regular expression. */
function rolePattern(role: 'landlord' | 'tenant'): string {
  return roleWords(role).map((word) => word.replace('/', '\\/')).join('|');
}

/**
 * Where a party's name ends in a contract's clause: before its details (birth date, address,
 * representative) or with its sentence („… ist das Studierendenwerk Berlin. Anna Nowak ist …“;
 * not at „Prof.“ or „e. V.“).
 */
const PARTY_DETAILS = /,\s*(?=geb\.|geboren|vertreten|wohnhaft|\p{Lu}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*)*\s+\d{1,4}\s*[a-z]?\s*,|\d{5}\s)|\s+(?:vertreten|geboren|wohnhaft)\s|(?<=\p{Ll}{3,})(?<!Prof|Dipl)\.\s+(?=\p{Lu}\p{Ll})/u;

/** The end of a party's designation at the end of a line („… – nachfolgend „Vermieterin“ –“, „… genannt)“). */
const DESIGNATION_END = /(genannt|[„"“‚'»]\p{L}+(\/-?in)?[“"”‘'«])\s*[)–—-]?\s*$/u;

/**
 * The first line of a party's clause that runs over several lines before its designation
 * („Zwischen der Diakoniewerk Köln gGmbH, …, vertreten durch“ / „den Einrichtungsleiter … –
 * nachfolgend „Vermieterin“ –“): up the same column to a line opening with „zwischen“, „und“ or
 * „sowie“, or following the previous party's designation. Undefined when the designation's own
 * line opens the clause.
 */
function clauseStart(layout: Layout, line: Line): Line | undefined {
  let current = line;
  for (let i = 0; i < 4; i++) {
    if (/^\s*(zwischen|und|sowie)(?![\p{L}])/iu.test(current.text)) return i > 0 ? current : undefined;
    const over = previousLineInColumn(layout, current);
    if (!over || DESIGNATION_END.test(over.text)) return i > 0 ? current : undefined;
    current = over;
  }
  return undefined;
}

/**
 * A party named by a designation in a contract: `X (nachfolgend „Vermieter“ genannt)`,
 * `X – nachstehend „Mieter“ genannt –` (X on the line before), `X als Vermieter`.
 */
/** The words that introduce a party's designation in a contract („nachfolgend „Vermieterin““). */
const DESIGNATING = String.raw`nachfolgend|nachstehend|im\s+Folgenden|im\s+folgenden`;

export function designatedParty(layout: Layout, role: 'landlord' | 'tenant', field: string, kind: 'name' | 'party'): Found | null {
  const roles = rolePattern(role);
  // the role as it is designated: „als Vermieterin“, „der „Vermieter““
  const quotedRole = `(?:als\\s+)?(?:der\\s+|die\\s+|das\\s+)?[„"“‚'»]?(?:${roles})[“"”‘'«]?`;
  const designation = new RegExp(`[(–—-]?\\s*(?:(?:${DESIGNATING}|folgend|kurz|hier)\\s*(?:auch\\s*)?[:]?\\s*${quotedRole}(?:\\s*genannt)?|als\\s+(?:${roles})(?![\\p{L}]))\\s*[)–—-]?`, 'giu');
  // a designation broken over two lines: „… vertreten durch … – nachfolgend“ / „„Vermieterin“ –“
  const brokenStart = new RegExp(`[(–—-]?\\s*(?:${DESIGNATING})\\s*:?\\s*$`, 'iu');
  const brokenEnd = new RegExp(`^\\s*${quotedRole}(?![\\p{L}])`, 'iu');
  for (const line of layout.lines) {
    const broken = brokenStart.exec(line.text);
    const next = broken ? nextLineInColumn(layout, line) : undefined;
    const matches = [...line.text.matchAll(designation)].map((m) => m.index!);
    if (broken && next && brokenEnd.test(next.text)) matches.push(broken.index);
    for (const index of matches) {
      // the text before the designation on its line, after a previous designation or "und"
      let from = 0;
      const before = line.text.slice(0, index);
      const previous = [...before.matchAll(/(genannt\s*[)–—-]?|[)–—]\s*)/giu)].pop();
      if (previous) from = previous.index! + previous[0].length;
      // a clause over several lines: the party opens it, its details and representative follow
      const clause = from === 0 ? clauseStart(layout, line) : undefined;
      if (clause) {
        const clauseLead = /^\s*(?:(?:und|sowie|zwischen|der|dem|den|die|Herrn|Herr|Frau|Firma)(?![\p{L}])\s*)*/iu.exec(clause.text)![0].length;
        const party = clause.text.slice(clauseLead).split(PARTY_DETAILS)[0];
        const candidate = parseValue(kind, party, { own: true, layout, line: clause, offset: clauseLead })[0];
        if (candidate) return { field, value: candidate.value, line: clause, start: clauseLead + candidate.start, end: clauseLead + candidate.end, score: 0.85 * ocrFactor(clause.confidence) };
      }
      let piece = line.text.slice(from, index);
      const lead = /^\s*(?:(?:,|und|sowie|zwischen|der|dem|den|die|Herrn|Herr|Frau|Firma|Mitglied|Mieterin|Mieter)(?![\p{L}])\s*)*/iu.exec(piece)![0];
      let start = from + lead.length;
      piece = line.text.slice(start, index);
      let target = line;
      if (!/\p{L}{2,}/u.test(piece)) {
        // the name stands on the line(s) above, the designation on a line of its own
        const over = above(layout, line, 2.6).find((candidate) => /\p{L}{2,}/u.test(candidate.text) && !/^(und|zwischen)\s*$/i.test(candidate.text.trim()));
        if (!over) continue;
        target = over;
        const overLead = /^\s*(?:(?:und|zwischen|der|dem|den|die|Herrn|Herr|Frau|Firma)(?![\p{L}])\s*)*/iu.exec(over.text)![0];
        start = overLead.length;
        piece = over.text.slice(start);
      }
      const candidates = parseValue(kind, piece, { own: true, layout, line: target, offset: start });
      const candidate = candidates[0];
      if (!candidate) continue;
      return { field, value: candidate.value, line: target, start: start + candidate.start, end: start + candidate.end, score: 0.85 * ocrFactor(target.confidence) };
    }
  }
  return null;
}

/**
 * A party stated in a contract's clause on the parties: `Vermieterin ist die Klinikum … GmbH, …`,
 * `1.2 Mieter ist Kühn, Björn, geboren am …`.
 */
export function statedParty(layout: Layout, role: 'landlord' | 'tenant', field: string, kind: 'name' | 'party'): Found | null {
  const roles = rolePattern(role);
  const statement = new RegExp(`^\\s*(?:[\\d.]+\\s+)?(?:${roles})\\s+(?:ist|sind)\\s+(?:(?:die|der|das|Frau|Herr|Herrn|Firma)\\s+)?`, 'iu');
  for (const line of layout.lines) {
    const m = statement.exec(line.text);
    if (!m) continue;
    const start = m[0].length;
    // the party ends before its details (birth date, address, representative) or with its sentence
    // („… ist das Studierendenwerk Berlin. Anna Nowak ist …“; not at „Prof.“ or „e. V.“)
    const piece = line.text.slice(start).split(PARTY_DETAILS)[0];
    const candidate = parseValue(kind, piece, { own: true, layout, line, offset: start })[0];
    if (!candidate) continue;
    return { field, value: candidate.value, line, start: start + candidate.start, end: start + candidate.end, score: 0.85 * ocrFactor(line.confidence) };
  }
  return null;
}

/** The captions of a party's name in a form's block about that party. */
const PARTY_NAME_CAPTIONS = ['Name', 'Name, Vorname', 'Familienname, Vorname', 'Vorname, Name', 'Vorname und Name', 'Name / Firma', 'Name bzw. Firma', 'Name, Vorname / Firma'];

/** A line that is only a role word, maybe numbered or with a colon: „Vermieter/in“, „2. Mieter:“. */
// (with an article and both genders: „dem Vermieter / der Vermieterin“)
const roleHeading = (role: 'landlord' | 'tenant') => {
  const one = `(?:(?:dem|der|den|die|des)\\s+)?(?:${rolePattern(role)})`;
  return new RegExp(`^\\s*(?:[\\d.]+\\s+)?${one}(?:\\s*\\/\\s*${one})?\\s*:?\\s*$`, 'iu');
};

/**
 * A party whose particulars follow a heading that is only its role: „Vermieter/in“ over
 * „Name, Vorname | König, Nicole“, „Anschrift | …“, then „und“ / „Mieter/in“ over the tenant's.
 * The name caption must come within the next few lines, before the other role's heading.
 */
export function partyUnderRole(layout: Layout, role: 'landlord' | 'tenant', field: string, kind: 'name' | 'party'): Found | null {
  const heading = roleHeading(role);
  const otherHeading = roleHeading(role === 'landlord' ? 'tenant' : 'landlord');
  const rules: FieldRule[] = [{ field, kind, labels: [...PARTY_NAME_CAPTIONS, 'Firma'] }];
  const hits = findLabelHits(layout, rules);
  for (const line of layout.lines) {
    if (!heading.test(line.text)) continue;
    // both roles as column headings of one table („Vermieter | Mieter“, the captions at the left): the heading's column
    const columns = rowOf(layout, line).some((cell) => cell !== line && otherHeading.test(cell.text));
    const page = layout.lines.filter((other) => other.page === line.page && other.index > line.index);
    for (const next of page.slice(0, 6)) {
      if (columns && sameRow(next, line)) continue;
      if (otherHeading.test(next.text)) break;
      const hit = (hits.get(next) ?? []).find((candidate) => candidate.start <= 2);
      if (!hit) continue;
      if (columns) return cellInColumn(layout, next, line, field, kind);
      const value = valueOf(layout, hit, hits);
      if (value) return { ...value, score: Math.min(value.score, 0.9) };
      break;
    }
  }
  return null;
}

/** The value in a caption's row that stands in a column heading's column. */
function cellInColumn(layout: Layout, caption: Line, heading: Line, field: string, kind: 'name' | 'party'): Found | null {
  const cell = rowOf(layout, caption)
    .filter((other) => other !== caption && Math.abs(other.x - heading.x) <= Math.max(24, heading.height * 3))
    .sort((a, b) => Math.abs(a.x - heading.x) - Math.abs(b.x - heading.x))[0];
  const candidate = cell && parseValue(kind, cell.text, { own: true })[0];
  if (!candidate) return null;
  return { field, value: candidate.value, line: cell, start: candidate.start, end: candidate.end, score: 0.9 * ocrFactor(cell.confidence) };
}

/**
 * The name under a plain name caption inside a form's section about one party: in a certificate for
 * a subtenant, „Name, Vorname“ under „3 Untermieterin / Untermieter“ is the tenant's.
 */
export function partyInSection(layout: Layout, field: string, kind: 'name' | 'party', heading: RegExp): Found | null {
  const rules: FieldRule[] = [{ field, kind, labels: PARTY_NAME_CAPTIONS }];
  const hits = findLabelHits(layout, rules);
  const { section } = contextOf(layout);
  let best: Found | null = null;
  for (const line of layout.lines) {
    const head = section.get(line);
    if (!head || !heading.test(head.text)) continue;
    for (const hit of hits.get(line) ?? []) {
      const value = valueOf(layout, hit, hits);
      if (value && (!best || value.score > best.score)) best = value;
    }
  }
  return best;
}

// ------------------------------------------------------------------ "Herr Max Mustermann, geboren …" in running text

/** Given names and surname in running text: two to four capitalised words, particles allowed. */
const PERSON_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:von|van|de|der|zu)?\s*\p{Lu}[\p{L}'’-]+){1,3}`;

const SALUTATION_NAME = new RegExp(String.raw`(?<![\p{L}])(?:Herrn?|Frau)\s+((?:(?:Dr|Prof|Dipl)\.[\p{L}.-]*\s+)*)(${PERSON_NAME})(?=\s*[,.(·•|]|\s*$|\s+(?:geb\.|geboren|seit|wohnhaft|ist|hat|wird|war|als|mit|in|aus|bei|zum|zur|unter|im|am|vom|die|der|den|besucht|bewohnt|Mieter|Mieterin|\d))`, 'gu');

const SALUTATION_SURNAME_FIRST = /(?<![\p{L}])(?:Herrn?|Frau)\s+((?:(?:Dr|Prof|Dipl)\.[\p{L}.-]*\s+)*)(\p{Lu}[\p{L}'’-]+,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=\s*,\s*(?:geb\.|geboren)|\s+(?:geb\.|geboren|seit|wohnhaft|ist|hat|wird|als|mit|in|aus|bei|besucht|bewohnt|Mieter|Mieterin|\d))/gu;

/** A person introduced with Herr/Frau in running text (not the letter's salutation, not the address block). */
export function salutationName(layout: Layout, field: string, near?: RegExp): Found | null {
  for (const line of layout.lines) {
    if (/geehrte/i.test(line.text)) continue;
    for (const m of [...line.text.matchAll(SALUTATION_SURNAME_FIRST), ...line.text.matchAll(SALUTATION_NAME)]) {
      // the address block has the name alone on its line
      if (line.text.trim().length <= m[0].length + 2) continue;
      if (near && !near.test(line.text) && !near.test(below(layout, line, 1.2)[0]?.text ?? '')) continue;
      const value = normalizeName(m[2]);
      if (!value) continue;
      const start = m.index! + m[0].length - m[2].length;
      return { field, value, line, start, end: start + m[2].length, score: 0.75 * ocrFactor(line.confidence) };
    }
  }
  return null;
}

/**
 * The person a certificate is about, named without Herr/Frau in its opening sentence:
 * „hiermit bestätigen wir, dass Anna Nowak (geboren am 10.11.2000, …) seit dem …“.
 * The birth date right after the name is what makes it a person, not a firm or a flat.
 */
const CERTIFIED_PERSON = new RegExp(String.raw`(?<![\p{L}])(?:bestätigen|bescheinigen|versichern)\s+(?:wir|hiermit|Ihnen|gerne|\s)*,?\s*dass\s+(?:(?:Herrn?|Frau)\s+)?(${PERSON_NAME})(?=\s*[(,]?\s*(?:geb\.|geboren))`, 'u');

export function certifiedPerson(layout: Layout, field: string): Found | null {
  for (const line of layout.lines) {
    const m = CERTIFIED_PERSON.exec(line.text);
    if (!m) continue;
    const value = normalizeName(m[1]);
    if (!value) continue;
    const start = m.index + m[0].length - m[1].length;
    return { field, value, line, start, end: start + m[1].length, score: 0.75 * ocrFactor(line.confidence) };
  }
  return null;
}

// ------------------------------------------------------------------ the sender of a letter

/**
 * The sender: the first line of the letterhead when a street or postcode line follows it, or the
 * first part of the small return-address line above the address window ("A · Straße 1 · 12345 Ort").
 */
export function senderName(layout: Layout, field: string): Found | null {
  const page = layout.pages[0];
  if (!page) return null;
  const top = page.lines.filter((line) => !page.positioned || line.y < page.height * 0.3);
  // the small return-address line: "Name · Straße 1 · 12345 Ort" or "Firma GmbH, 12345 Ort";
  // a letterhead's contact line ("Mitgliederbetreuung · Birkenweg 84 · 53111 Bonn") has the same
  // shape with a department first, so one that names an organisation is preferred
  let returnAddress: Found | null = null;
  for (const line of top) {
    // (a scan may read the middle dots as dashes: „Ev.-Luth. Kirchgemeinde St. Petri - Am Markt 77 - 83022 Rosenheim“)
    const parts = line.text.split(line.textLayer ? /\s+[·•|]\s+|,\s+(?=\d{5}\s)/ : /\s+[·•|\-–]\s+|,\s+(?=\d{5}\s)/);
    if (parts.length >= 2 && parsePostcodeCity(parts[parts.length - 1]) && !parseStreet(parts[0])) {
      const first = parts[0].trim();
      const candidate = parseValue('party', first, { own: true })[0];
      if (candidate) {
        const at = line.text.indexOf(first);
        const found = { field, value: candidate.value, line, start: at + candidate.start, end: at + candidate.end, score: 0.6 * ocrFactor(line.confidence) };
        if (ORGANISATION.test(first) || !DEPARTMENT.test(first)) {
          // on a scan the letterhead's large print often reads better than the small return address: the same name from there, if read with more confidence
          const head = line.textLayer ? null : letterheadOrganisation(top, field);
          return head && sameName(String(head.value), String(found.value)) && head.line.confidence >= line.confidence ? head : found;
        }
        returnAddress ??= found;
      }
    }
  }
  return letterheadOrganisation(top, field) ?? returnAddress;
}

/** Two readings of one name, one of them with a few letters misread („Rosenbeim“ for „Rosenheim“). */
function sameName(a: string, b: string): boolean {
  const [x, y] = [foldLabel(a), foldLabel(b)];
  return x.slice(0, 8) === y.slice(0, 8) && Math.abs(x.length - y.length) <= Math.max(2, x.length * 0.15);
}

/** The letterhead: an organisation in the first lines. */
function letterheadOrganisation(top: Line[], field: string): Found | null {
  for (const line of top.slice(0, 3)) {
    if (!ORGANISATION.test(line.text) || parsePostcodeCity(line.text) || /Telefon|Tel\.|Fax|E-Mail|www\./i.test(line.text)) continue;
    // the form's title ("Bescheinigung der Vermieterin / des Vermieters") names no one
    if (/^\s*(Bescheinigung|Bestätigung|Nachweis|Bescheid|Antrag|Abrechnung|Erklärung)(?![\p{L}])/iu.test(line.text)) continue;
    // a person beside the organisation („Emre Wolf | Wohnungsbaugenossenschaft Rheinblick eG“ in an e-mail's „Von:“): the organisation
    const part = line.text.split(/\s+[|·•]\s+/).find((piece) => ORGANISATION.test(piece)) ?? line.text;
    const at = line.text.indexOf(part);
    const candidate = parseValue('party', part, { own: true })[0];
    if (candidate) return { field, value: candidate.value, line, start: at + candidate.start, end: at + candidate.end, score: 0.55 * ocrFactor(line.confidence) };
  }
  return null;
}

/** A department or function of an organisation, not its name. */
const DEPARTMENT = /^(Mitglieder\S*|Kundenservice|Kundenbetreuung|Vermietung|Verwaltung|Hausverwaltung|Mieterservice|Mieterbetreuung|Servicecenter|Service-Center|Abteilung|Team|Bereich|Fachbereich|Sachgebiet|Referat|Buchhaltung|Personalabteilung|Geschäftsstelle|Zentrale)(?![\p{L}])/iu;

/**
 * The addressee of a letter when its salutation names the same person ("Sehr geehrte Frau
 * Schneider," to "Schneider, Birgit"): the letter is written to that person.
 */
export function greetedRecipient(layout: Layout, field: string): Found | null {
  const recipient = recipientName(layout, field);
  if (!recipient || typeof recipient.value !== 'string') return null;
  const surname = recipient.value.split(' ').pop()!;
  const greeting = layout.lines.find((line) => /geehrte[rs]?\s+(Herr|Frau)/i.test(line.text));
  if (!greeting || !new RegExp(`(Herr|Frau)\\s+((Dr|Prof)\\.\\s+)*${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(greeting.text)) return null;
  return { ...recipient, score: recipient.score * 0.85 };
}

/** A form's note that the household list's first row is the applicant: „Lfd. Nr. 1 ist immer die antragstellende Person“. */
const FIRST_ROW_IS_APPLICANT = /(Nr\.?|Nummer|Zeile|Person)\s*1\s+(ist|=)\s+(immer\s+|stets\s+)?(die|der)\s+(antragstellende\s+Person|Antragsteller)/i;

/**
 * The applicant as listed in the household table: the row marked "Antragsteller/in" or
 * "antragstellende Person", or row 1 where the form says that row is the applicant.
 */
export function householdApplicant(layout: Layout, field: string): Found | null {
  const rows = rowsOf(layout);
  for (const [r, row] of rows.entries()) {
    if (!/antragsteller|antragstellende\s+Person|selbst/i.test(row.text)) continue;
    if (/^\s*(Name|Vorname|Familienname|Nr\.?|lfd\.?)(?![\p{L}])/iu.test(row.text)) continue;
    const found = nameUnderNameColumns(rows, r, field) ?? nameInRow(row.lines, field);
    if (found) return found;
  }
  const note = rows.findIndex((row) => FIRST_ROW_IS_APPLICANT.test(row.text));
  if (note < 0) return null;
  for (const [r, row] of rows.entries()) {
    if (r <= note || r > note + 7) continue;
    if (row.page !== rows[note].page) break;
    if (/^\s*1(?![\d,.:]\d)[.)]?(\s|$)/.test(row.lines[0].text)) return nameUnderNameColumns(rows, r, field) ?? nameInRow(row.lines, field);
  }
  return null;
}

const SURNAME_COLUMN = /(?<![\p{L}])(Familienname|Nachname|Name)(?![\p{L}])/iu;
const GIVEN_NAME_COLUMN = /(?<![\p{L}])Vorname/iu;

/**
 * A row's name from its surname and given-name columns („lfd. Familienname | Vorname(n)“ over
 * „1 Ivanenko | Jörg Finn“): each column's cell alone is no full name.
 */
/** A row number at the start of a table's first cell („1 Ivanenko“, „2. Peters, Elias“). */
const ROW_NUMBER = /^\s*\d{1,2}[.)]?\s+/;

function nameUnderNameColumns(rows: Row[], r: number, field: string): Found | null {
  const row = rows[r];
  const header = rows
    .slice(Math.max(0, r - 6), r)
    .reverse()
    .find((candidate) => candidate.page === row.page && candidate.lines.length >= 2 && candidate.lines.some((cell) => GIVEN_NAME_COLUMN.test(cell.text)));
  if (!header) return null;
  const givenCaption = header.lines.find((cell) => GIVEN_NAME_COLUMN.test(cell.text));
  const surnameCaption = header.lines.find((cell) => cell !== givenCaption && SURNAME_COLUMN.test(cell.text) && !GIVEN_NAME_COLUMN.test(cell.text));
  if (!givenCaption || !surnameCaption) return null;
  const cellUnder = (caption: Line): Line | undefined => {
    const next = header.lines.filter((cell) => cell.x > caption.x + 1).sort((a, b) => a.x - b.x)[0];
    const end = next ? next.x - 1 : Infinity;
    return row.lines.find((cell) => cell.x >= caption.x - 12 && cell.x < end);
  };
  const givenCell = cellUnder(givenCaption);
  const surnameCell = cellUnder(surnameCaption);
  if (!givenCell || !surnameCell || givenCell === surnameCell) return null;
  const given = givenCell.text.trim();
  const lead = ROW_NUMBER.exec(surnameCell.text)?.[0].length ?? 0;
  const surname = surnameCell.text.slice(lead).trim();
  if (!/^\p{Lu}[\p{L}'’. -]*$/u.test(given) || !/^\p{Lu}[\p{L}'’ .-]*$/u.test(surname)) return null;
  const value = normalizeName(`${given} ${surname}`);
  if (!value) return null;
  const start = surnameCell.text.indexOf(surname, lead);
  return { field, value, line: surnameCell, start, end: start + surname.length, score: 0.7 * ocrFactor(surnameCell.confidence) };
}

/** The first name in a row's cells, a leading row number aside. */
function nameInRow(cells: Line[], field: string): Found | null {
  for (const cell of cells) {
    const text = cell.text.replace(ROW_NUMBER, (lead) => ' '.repeat(lead.length));
    const candidate = parseValue('name', text, { own: true })[0];
    if (!candidate) continue;
    return { field, value: candidate.value, line: cell, start: candidate.start, end: candidate.end, score: 0.7 * ocrFactor(cell.confidence) };
  }
  return null;
}

/**
 * The kind of application when only one kind is named anywhere ("Ich beantrage erstmals Wohngeld
 * (Erstantrag)"); a form that lists all kinds as options names several and gives nothing here.
 */
export function onlyNamedOption(layout: Layout, options: { id: string; labels: string[] }[], field: string): Found | null {
  const seen = new Map<string, Found>();
  for (const line of layout.lines) {
    for (const option of options) {
      for (const label of option.labels) {
        const match = findLabel(line.text, line.folded, foldLabel(label))[0];
        // „☐ erstmalig Wohngeld“: an option the form shows as not chosen
        if (match && UNTICKED.test(line.text.slice(Math.max(0, match.start - 6), match.start))) continue;
        // „Weiterleistung oder Erhöhung“: one of several kinds named as alternatives, none chosen
        if (match && (/^\s*(oder|bzw\.?|\/)\s/.test(line.text.slice(match.end)) || /\s(oder|bzw\.?|\/)\s*$/.test(line.text.slice(0, match.start)))) return null;
        if (match && !seen.has(option.id)) seen.set(option.id, { field, value: option.id, line, start: match.start, end: match.end, score: 0.6 * ocrFactor(line.confidence) });
      }
    }
  }
  if (seen.size !== 1) return null;
  const [named] = seen.values();
  // a form that ticks a box a few lines from the named option's chose something in words we do not
  // know („c) X Bezug läuft – Neuberechnung …“), not the option merely printed among its choices
  const at = layout.lines.indexOf(named.line);
  const tickedNearby = layout.lines
    .slice(Math.max(0, at - 4), at + 5)
    .some((other) => other !== named.line && other.page === named.line.page && TICKED_LINE_START.test(other.text));
  return tickedNearby && !TICKED_LINE_START.test(named.line.text) ? null : named;
}

/** A line that begins with a ticked box, maybe after its list mark („c) X …“, „2. ☒ …“). */
const TICKED_LINE_START = new RegExp(String.raw`^\s*(?:[a-z]\)|\d{1,2}[.)])?\s*(?:${TICKED_BOX}|[xX](?=\s))`, 'u');

// ------------------------------------------------------------------ the applicant's row in a register extract

/** The key of a mark that singles out the applicant: „* antragstellende Person“, „¹) Antragsteller/in“. */
const APPLICANT_MARK_KEY = /^\s*(\*{1,2}|[¹²³]|\d\))\s*[=:–-]?\s*(antragstellende|beantragende|anfragende)\s+Person|^\s*(\*{1,2}|[¹²³]|\d\))\s*[=:–-]?\s*Antragsteller(in|\/in|\(in\))?(?![\p{L}])/iu;
/** Who asked for the extract, named in the text: „Beantragt durch: Herr Jonas Große-Kathöfer“. */
const REQUESTER = /(?:Beantragt\s+(?:durch|von)|Antragsteller(?:in|\/in|\(in\))?|Auf\s+Antrag\s+(?:von|des|der))\s*:?\s*(?:(?:Herrn?|Frau)\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u;
/** A register row's number, maybe with the mark that singles out the applicant („2* Große-Kathöfer, Jonas“). */
const MARKED_ROW_NUMBER = /^\s*\d{1,2}\s*(?:\*{1,2}|[¹²³])?\s+/u;
const BIRTH_COLUMN = /geboren|Geburtsdatum|Geb\.-?\s?Datum|geb\.\s*am/i;
const MOVE_IN_COLUMN = /Einzug|eingezogen|bezogen|gemeldet\s+seit|Zuzug\s+am|Anmeldung\s+am/i;

export interface RegisterRow {
  name?: Found;
  geburtsdatum?: Found;
  einzugsdatum?: Found;
}

/**
 * A register extract that lists several persons of a flat („Familienauskunft“): the applicant's
 * row, marked by a sign whose key names the applicant („2* … / * antragstellende Person“) or
 * holding the name of the person who asked for the extract. The other rows are family members.
 */
export function applicantRegisterRow(layout: Layout): RegisterRow | null {
  const rows = rowsOf(layout);
  const startsWithNumberedName = (text: string) => {
    const lead = MARKED_ROW_NUMBER.exec(text);
    return !!lead && /^\p{Lu}/u.test(text.slice(lead[0].length));
  };
  const personRows = rows.filter((row) => row.lines.length >= 3 && row.lines.some((cell) => findDates(cell.text).length > 0) && startsWithNumberedName(row.lines[0].text));
  if (personRows.length < 2) return null;
  let chosen: Row | undefined;
  const key = layout.lines.map((line) => APPLICANT_MARK_KEY.exec(line.text)).find((m) => m !== null);
  const mark = key ? (key[1] ?? key[4]) : undefined;
  if (mark) {
    const marked = personRows.filter((row) => new RegExp(`^\\s*\\d{1,2}\\s*${escapeRegExp(mark)}\\s|${escapeRegExp(mark)}\\s*$`).test(row.lines[0].text));
    if (marked.length === 1) chosen = marked[0];
  }
  if (!chosen) {
    const requester = layout.lines.map((line) => REQUESTER.exec(line.text)).find((m) => m !== null)?.[1];
    const wanted = requester ? normalizeName(requester) : null;
    if (wanted) {
      const named = personRows.filter((row) => {
        const cell = row.lines[0].text.replace(MARKED_ROW_NUMBER, '');
        return normalizeName(cell) === wanted;
      });
      if (named.length === 1) chosen = named[0];
    }
  }
  if (!chosen) return null;
  const first = chosen.lines[0];
  const lead = MARKED_ROW_NUMBER.exec(first.text)![0].length;
  const result: RegisterRow = {};
  const name = parseValue('name', first.text.slice(lead), { own: true })[0];
  if (name) result.name = { field: 'name', value: name.value, line: first, start: lead + name.start, end: lead + name.end, score: 0.9 * ocrFactor(first.confidence) };
  // the dates under the header cells that name them
  const header = rows
    .slice(0, rows.indexOf(chosen))
    .reverse()
    .find((row) => row.page === chosen!.page && row.lines.length >= 3 && !/\d/.test(row.text));
  if (header) {
    for (const [field, caption] of [['geburtsdatum', BIRTH_COLUMN], ['einzugsdatum', MOVE_IN_COLUMN]] as const) {
      const headerCell = header.lines.find((cell) => caption.test(cell.text));
      if (!headerCell) continue;
      const [start, end] = headerColumn(layout, headerCell);
      const cell = chosen.lines.find((other) => other.x >= start - 4 && other.x < end);
      const date = cell ? findDates(cell.text)[0] : undefined;
      if (cell && date) result[field] = { field, value: date.value, line: cell, start: date.start, end: date.end, score: 0.9 * ocrFactor(cell.confidence) };
    }
  }
  return result;
}
