/**
 * What a formless application states in its sentences. Wohngeld may be applied for by a letter
 * or an e-mail that keeps the month (the form follows), written by the citizen or by a relative:
 * „Mein Name ist Julia Kaiser. Ich bin am 01.05.1991 geboren und wohne seit 01.09.2020 in der
 * Straße des Friedens 81, 66111 Saarbrücken“, „Wir sind zusammen drei Personen.“ Each reading is
 * a fallback for a field no caption gave.
 */
import { findCounts, findDates } from '../normalize.js';
import { ocrFactor, readingAt, type Found } from './engine.js';
import { nextLineInColumn, type Layout, type Line } from './layout.js';
import { parseValue } from './values.js';

const SCORE = 0.75;

/** A value a sentence states at `start`…`end` of `line`. */
const stated = (field: string, value: string | number, line: Line, start: number, end: number): Found => readingAt(field, line, { start, end }, value, SCORE * ocrFactor(line.confidence));

/** A line's sentence with the start of the next line of its column, for a sentence broken at the line's end. */
function withNextLine(layout: Layout, line: Line): { text: string; next?: Line } {
  const next = nextLineInColumn(layout, line);
  if (!next || next.y - line.y > line.height * 2.2 || /[.!?]\s*$/.test(line.text)) return { text: line.text };
  return { text: `${line.text} ${next.text}`, next };
}

/** A reading at `start`…`end` of the joined text: on the line itself or, past its end, on the next line. */
function readingIn(field: string, value: string | number, line: Line, next: Line | undefined, start: number, end: number): Found {
  if (start <= line.text.length || !next) return stated(field, value, line, start, Math.min(end, line.text.length));
  const offset = line.text.length + 1;
  return stated(field, value, next, start - offset, end - offset);
}

const BORN_ON = /(?<![\p{L}])(?:bin|ist|sind|wurde|wurden)\s+am\s+$/u;
const BORN_AFTER = /^\s*(?:in\s+[\p{L}-]+(?:\s+\([^)]*\))?\s+)?geboren(?![\p{L}])/u;

/** „Ich bin am 01.05.1991 geboren“, „Er ist am 06. Juli 1984 in Suhl geboren“. */
export function bornOnPhrase(layout: Layout, field: string): Found | null {
  for (const line of layout.lines) {
    for (const date of findDates(line.text)) {
      if (!BORN_ON.test(line.text.slice(0, date.start)) || !BORN_AFTER.test(line.text.slice(date.end))) continue;
      return stated(field, date.value, line, date.start, date.end);
    }
  }
  return null;
}

/** „wohne seit 01.09.2020 in der“ / „Straße des Friedens 81, 66111 Saarbrücken“: the address the writer lives at. */
const LIVES_IN = /(?<![\p{L}])(?:wohne|wohnt|wohnen|lebe|lebt|leben)(?:\s+(?:schon|bereits|jetzt|derzeit))?(?:\s+seit\s+(?:dem\s+)?\S+(?:\s+\S+\s+\d{4})?)?\s+(?:in\s+der|in\s+dem|im|in|unter\s+der\s+Anschrift)\s+/giu;

export function livesAtPhrase(layout: Layout, field: string): Found | null {
  for (const line of layout.lines) {
    const { text, next } = withNextLine(layout, line);
    for (const m of text.matchAll(LIVES_IN)) {
      const from = m.index! + m[0].length;
      // the address right after the phrase, not one further on in the sentence
      const candidate = parseValue('address', text.slice(from, from + 90), { own: true })[0];
      if (!candidate || candidate.start > 2 || typeof candidate.value !== 'string') continue;
      return readingIn(field, candidate.value, line, next, from + candidate.start, from + candidate.end);
    }
  }
  return null;
}

const NUMBER = String.raw`(\d{1,2}|eine[rm]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)`;
/** „Wir sind zusammen drei Personen“, „der Haushalt besteht also aus einer Person“, „(1 Person im Haushalt)“. */
const HOUSEHOLD_OF = [
  new RegExp(String.raw`(?<![\p{L}])Wir\s+sind\s+(?:zusammen\s+|insgesamt\s+|also\s+)*${NUMBER}\s+Personen(?![\p{L}])`, 'iu'),
  new RegExp(String.raw`(?<![\p{L}])Haushalt\s+besteht\s+(?:also\s+|somit\s+|insgesamt\s+)*aus\s+${NUMBER}\s+Person(?:en)?(?![\p{L}])`, 'iu'),
  // (a figure: „Bezieht eine Person im Haushalt Bürgergeld?“ asks about one of them)
  new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})\s+Person(?:en)?\s+im\s+Haushalt(?![\p{L}])`, 'iu'),
];
/** „Ich lebe allein“: a household of one. */
const LIVES_ALONE = /(?<![\p{L}])(?:Ich\s+(?:lebe|wohne)|(?:Er|Sie)\s+(?:lebt|wohnt))\s+allein(?![\p{L}])/u;

export function householdPhrase(layout: Layout, field: string): Found | null {
  for (const line of layout.lines) {
    const { text, next } = withNextLine(layout, line);
    for (const pattern of HOUSEHOLD_OF) {
      const m = pattern.exec(text);
      // (the sentence starts on this line: a lone figure above a caption is another cell)
      if (!m || !/\p{L}/u.test(text.slice(m.index, Math.min(line.text.length, m.index + m[0].length)))) continue;
      const count = findCounts(m[1])[0];
      if (!count) continue;
      const start = m.index + m[0].lastIndexOf(m[1]);
      return readingIn(field, count.value, line, next, start, start + m[1].length);
    }
  }
  for (const line of layout.lines) {
    const m = LIVES_ALONE.exec(line.text);
    if (m) return stated(field, 1, line, m.index, m.index + m[0].length);
  }
  return null;
}

/** „ich schreibe Ihnen für meinen Bruder Björn Horst Neumann, der …“: the person a relative applies for. */
const WRITTEN_FOR =
  /(?<![\p{L}])für\s+(?:meinen|meine|unseren|unsere)\s+(?:Bruder|Schwester|Vater|Mutter|Sohn|Tochter|Onkel|Tante|Großvater|Großmutter|Opa|Oma|Schwager|Schwägerin|Nachbarn|Nachbarin)\s+((?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?\s+){1,3}\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?)(?=\s*[,.;(]|\s+(?:der|die|das|zu|um|und)\s)/u;

export function writtenForName(layout: Layout, field: string): Found | null {
  for (const line of layout.lines) {
    const m = WRITTEN_FOR.exec(line.text);
    if (!m) continue;
    const start = m.index + m[0].length - m[1].length;
    return stated(field, m[1], line, start, start + m[1].length);
  }
  return null;
}
