/**
 * Label → value search, driven by a declarative table of fields (see ./rules.ts).
 *
 * For every field the table lists label synonyms and the kind of value. A label is found with
 * tolerant matching (./fuzzy.ts); its value is looked for, in this order, on the same line after
 * the label, in lines to its right on the same row, and in the lines below it in the same column.
 * A value is accepted only if it parses as the field's kind, so a phone number is never a date and
 * a percentage never an amount. When labels of two fields overlap on one line, the closer and
 * longer label wins, so `Nebenkosten (ohne Heizkosten)` is a Nebenkosten line.
 */
import type { ExtractedField } from '../types.js';
import { escapeRegExp, foldLabel, findLabel, genitiveEnding, otherWordThanLabel, shortTokensOf } from './fuzzy.js';
import { above, below, headerColumn, isHeaderCell, isSentence, nextLineInColumn, previousLineInColumn, rightOf, rightOfWrapped, sameLeftEdge, sameRow, wrappedFrom, wrappedInto, type Layout, type Line } from './layout.js';
import { aboutAProxy, columnScore, contextOf, documentYear, FRESH_WORDS, inSection, rowMarkedFresh, rowMarkedStale, rowOf, rowOfTheDeceased, STALE_WORDS } from './context.js';
import { findAmounts, findDates } from '../normalize.js';
import { parseValue, type Candidate, type ValueKind } from './values.js';

export interface FieldRule {
  field: string;
  kind: ValueKind;
  /** label synonyms; a number after `|` is the label's weight (default 1), e.g. `Miete|0.6` */
  labels: string[];
  /** labels that may continue into a longer word (`Heizkosten` in `Heizkostenvorauszahlung`) */
  prefixLabels?: string[];
  /** look for the value in the lines below the label (default true) */
  below?: boolean;
  /** how many lines below (default 2) */
  belowLines?: number;
  /** also accept a value on the same line before the label (`450,00 € Grundmiete`); `only`: look nowhere else (`38,62 € täglich`) */
  before?: boolean | 'only';
  /** among several label hits: the first in the document (default), or the one with the best score */
  prefer?: 'first' | 'best' | 'last';
  /** section headings (e.g. the landlord's block of a form) whose labels are not about this field */
  avoidSections?: string[];
  /** a date in the past (a birth date): two-digit years are read relative to the document's year */
  past?: boolean;
  /** an end date that may be printed as a month only (its last day) */
  monthEnd?: boolean;
  /** a column whose header matches wins among several figures in the label's row ("davon auf die Untermieterin entfallend") */
  preferColumn?: RegExp;
  /** plausible values of a figure (a misread "41775" for 41,75 € a day is refused) */
  range?: [number, number];
}

interface CompiledLabel {
  rule: FieldRule;
  text: string;
  folded: string;
  weight: number;
  prefix: boolean;
  /** the label must be followed by a colon (or stand alone): for words that are also values (`Hochschule:`) */
  colon: boolean;
  shortTokens: string[];
  /** the label ends in a noun, which may be printed in the genitive */
  noun: boolean;
}

export interface LabelHit {
  rule: FieldRule;
  label: CompiledLabel;
  line: Line;
  start: number;
  end: number;
  distance: number;
}

export interface Found {
  field: string;
  value: string | number;
  line: Line;
  start: number;
  end: number;
  /** 0..1: how sure the reading is, before validation */
  score: number;
}

/** Words that make a following label a qualifier of another figure (`Nebenkosten ohne Heizung`). */
const QUALIFIER_BEFORE = /(?<![\p{L}])(ohne|exkl\.?|exklusive|excl\.?|inkl\.?|inklusive|incl\.?|einschl\.?|einschließlich|zzgl\.?|zuzüglich|außer|abzgl\.?|abzüglich|nicht)\s+(die\s+|der\s+|den\s+|für\s+)?(\p{L}+-?\s+(und|u\.|&)\s+)?$/iu;
/** A request in the same sentence before a bare „bis (zum)“: a deadline for the reader, not the end of anything („Bitte laden Sie es bis zum …“). */
const REQUEST_BEFORE = /(?<![\p{L}])(Bitte|bitten|gebeten|aufgefordert|spätestens)(?![\p{L}])[^.;:]*$/u;
/** Words that mark a label as naming an old figure (`bisheriger Leistungsbetrag`). */
// "Bis 30. April 2025 betrug das Grundnutzungsentgelt …": a value in the past tense is a previous one
// (also the old thing named in between: "Ihr bisheriger Ausweis (gültig bis 31.10.2024)")
const STALE_LABEL_BEFORE = /(?<![\p{L}])(bisherige[rsn]?|bisher|letzte[rsn]?|alte[rsn]?|vorherige[rsn]?|fr(?:ü|ue|u)here[rsn]?|urspr(?:ü|ue|u)ngliche[rsn]?|Vorjahres-?|(betrug|betrugen)(\s+(das|die|der|den|Ihr|Ihre))?|Vormiete(\s*\([^()]*\))?\s*:)(\s+\p{Lu}\p{Ll}+\s*\()?\s*$/iu;

/**
 * A role or place word after an article or preposition is part of a phrase ("vom Vermieter
 * auszufüllen", "Angaben zum Mieter", "Von der Ausbildungsstätte auszufüllen", "zu der
 * nachstehend bezeichneten Person am Tag der Ausstellung"), not the label of
 * a name next to it …
 */
const PHRASE_BEFORE = /(?<![\p{L}])(vom|zum|zur|beim|dem|den|des|der|die|das|einem|einen|eines|einer|durch|für|gegen|mit|von|an|am)\s+(\p{Ll}+\s+){0,2}$/u;

/** A name caption printed inline before the name it labels: "Name, Vorname Schmitz, Ronny". */
const INLINE_NAME_CAPTION = /^[\s:]*(?:Name,?\s*Vorname(?:\(n\)|n)?|Vorname,?\s*Name|Vor-\s*und\s*(?:Nach|Familien|Zu)name|Name(?:\s*\/\s*Firma)?)\s*:?\s+(?=\p{Lu})/u;
/** A caption that spells out the order given names first: „Name (Vornamen Familienname)“. */
const GIVEN_NAMES_FIRST = /Vorname(n|\(n\))?\s*(und\s+|,\s*|\/\s*)?(Familien|Nach|Zu)name/i;
/** A name caption that says nothing about whose name it is. */
const BARE_NAME_CAPTION = /^(Vor-\s*und\s*)?(Name|Vorname|Nachname|Familienname|Zuname)(\s*(,|und|\/)\s*(Vorname|Vornamen|Name|Nachname|Zuname))?$/i;

/** After an address caption: a party other than the citizen (landlord, owner, employer, bank), in the genitive or bare ("Anschrift Vermieter/in"). */
const OTHER_PARTY_AFTER_CAPTION = /^[ \t]*(?:(?:der|des)\s+)?(Vermieter|Eigentümer|Hausverwaltung|Verwalter|Wohnungsgeber|Arbeitgeber|Bank|Kreditinstitut)/iu;

const compiledCache = new WeakMap<readonly FieldRule[], CompiledLabel[]>();

function compile(rules: readonly FieldRule[]): CompiledLabel[] {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const labels: CompiledLabel[] = [];
  for (const rule of rules) {
    const add = (entry: string, prefix: boolean) => {
      const [raw, weight] = entry.split('|');
      const colon = raw.endsWith(':');
      const text = colon ? raw.slice(0, -1) : raw;
      const noun = /(?<![\p{L}])\p{Lu}\p{Ll}{3,}[\p{Ll}]*$/u.test(text) && !/(e|s|x|z)$/.test(text);
      labels.push({ rule, text, folded: foldLabel(text), weight: weight ? Number(weight) : 1, prefix, colon, shortTokens: shortTokensOf(text), noun });
    };
    for (const entry of rule.labels) add(entry, false);
    for (const entry of rule.prefixLabels ?? []) add(entry, true);
  }
  compiledCache.set(rules, labels);
  return labels;
}

/** All label hits of a rule table in a document, overlaps on a line resolved. */
export function findLabelHits(layout: Layout, rules: readonly FieldRule[]): Map<Line, LabelHit[]> {
  const labels = compile(rules);
  const byLine = new Map<Line, LabelHit[]>();
  for (const line of layout.lines) {
    const hits: LabelHit[] = [];
    // a caption in both genders is also read as its masculine label ("Name der Vermieterin / des Vermieters")
    const readings = line.foldedWithoutPair ? [line.folded, line.foldedWithoutPair] : [line.folded];
    for (const label of labels) {
      if (label.folded.length === 0) continue;
      const matches = readings.flatMap((folded) => findLabel(line.text, folded, label.folded, { prefix: label.prefix, shortTokens: label.shortTokens, genitive: label.noun, exactEnds: line.textLayer }));
      for (const match of matches) {
        // in a text layer an umlaut is printed as it is meant: „Große-Kathöfer“ is a name, not the caption „Größe“
        if (line.textLayer && match.distance === 0 && otherWordThanLabel(line.text.slice(match.start, match.end), label.text)) continue;
        // OCR splits a word at most once: "Rente in Höhe" is not a misread "Rentenhöhe"
        if (match.distance > 0 && !/\s/.test(label.text) && line.text.slice(match.start, match.end).trim().split(/\s+/).length >= 3) continue;
        const before = line.text.slice(Math.max(0, match.start - 30), match.start);
        // "ohne Heizkosten", "inkl. Heizung": a qualifier of another figure, not a label
        if (QUALIFIER_BEFORE.test(before)) continue;
        if (label.rule.kind === 'date' && /^bis(zum)?$/.test(label.folded) && REQUEST_BEFORE.test(line.text.slice(Math.max(0, match.start - 60), match.start))) continue;
        // "Lage des Mietobjekts": the label's noun in the genitive
        let end = match.end + (label.noun && !label.prefix && match.distance === 0 ? genitiveEnding(line.text, match.end) : 0);
        // the feminine form written into a role: "Empfänger/in", "Mieter/-in", "Vermieter(in)", "Antragsteller*in"
        end += /^(?:\/-?in(?:nen)?|\(in\)|\*in)(?![\p{L}])/u.exec(line.text.slice(end))?.[0].length ?? 0;
        if (label.colon) {
          // (a remark in brackets may stand between the label and its colon: "Hauptmieter/in (im Folgenden „Untervermieter“):")
          const colon = /^[ \t]*(?:\([^()]*\)[ \t]*)?[:;]/.exec(line.text.slice(end));
          if (colon) end += colon[0].length;
          // alone in its cell, maybe with a remark in brackets or a party's number: "Mieter (Vertragspartner)", „Mieter/in 1“
          else if (!/^\s*(\([^)]*\)\s*|\d\.?\s*)?$/.test(line.text.slice(end))) continue;
          // … not the end of a phrase: "Ersteinschreibung an dieser Hochschule" (but "Name und Anschrift der Schule" is a caption)
          else if (/(?<![\p{L}])(an|in|bei|von|vom|zur|zum|auf|aus|dies(e|er|em|es)|unser(e|er|em|es)?|Ihr(e|er|em|es)?)[ \t]+$/iu.test(before)) continue;
          // … nor the last word of a name ("Wilhelm Büchner Hochschule" in the letterhead)
          // (capitalised words only: "Name und Anschrift der Schule" is a caption)
          else if (/^\s*(\p{Lu}[\p{L}.-]+\s+){2,}$/u.test(line.text.slice(0, match.start))) continue;
          // … nor the last word of a sentence („… weniger Einkommen oder mehr Personen“)
          else if (isSentence(line.text.slice(0, match.start))) continue;
        }
        const single = !/\s/.test(label.text);
        const role = (label.rule.kind === 'name' || label.rule.kind === 'party') && single;
        // a role is a noun: the word in lower case is another word ("als Rentner versichert" is no "Versicherte")
        if (role && /^\p{Lu}/u.test(label.text) && /^\p{Ll}/u.test(line.text.slice(match.start))) continue;
        // … unless a name follows it ("dass die Schülerin Emma Keller …"); a place word only when the
        // sentence goes on ("Von der Ausbildungsstätte auszufüllen"), not as a caption ("Anschrift der Schule")
        const after = line.text.slice(end);
        if (role && PHRASE_BEFORE.test(before) && !/^[ \t]*([:;]|\p{Lu})/u.test(after)) continue;
        // "Paraphe Vermieter: ______", "Unterschrift Mieter": a place to sign, not a party's caption
        if (role && /(?<![\p{L}])(Paraphe|Unterschrift|Handzeichen|Signatur)\s*(de[rs]\s+)?$/iu.test(before)) continue;
        if (label.rule.kind === 'text' && single && PHRASE_BEFORE.test(before) && /^[ \t]+\p{Ll}/u.test(after)) continue;
        // "Vermieter/in (Name," / "Anschrift)": a word inside the bracket of a caption wrapped from the line above describes that caption
        if (match.start < line.text.indexOf(')') && wrappedFrom(layout, line)) continue;
        const stale = STALE_LABEL_BEFORE.test(before);
        // "Anschrift des Vermieters": another party's address is never the flat's or the citizen's
        if (label.rule.kind === 'address' && /^(Anschrift|Adresse)$/i.test(label.text) && OTHER_PARTY_AFTER_CAPTION.test(after)) continue;
        // "Name der Vermieterin": a bare name caption with a genitive names whoever the genitive says,
        // not necessarily the field's person (its own wording, "Name des Mieters", is a label of its own)
        // (also after a second caption: "Name und Anschrift des Vermieters")
        const someoneElse = label.rule.kind === 'name' && BARE_NAME_CAPTION.test(label.text) && /^[ \t]*(?:(?:und|,)\s*\p{L}+\s+)?(der|des)\s+\p{L}/u.test(after);
        hits.push({ rule: label.rule, label, line, start: match.start, end, distance: match.distance + (stale || someoneElse ? 4 : 0) });
      }
    }
    if (hits.length === 0) continue;
    // overlapping hits: the one that explains more of the line wins (length, less three per edit), then the heavier
    const strength = (hit: LabelHit) => hit.label.folded.length - 3 * hit.distance;
    hits.sort((a, b) => strength(b) - strength(a) || a.distance - b.distance || b.label.weight - a.label.weight || a.start - b.start);
    const kept: LabelHit[] = [];
    for (const hit of hits) {
      if (kept.some((other) => hit.start < other.end && other.start < hit.end)) continue;
      kept.push(hit);
    }
    kept.sort((a, b) => a.start - b.start);
    byLine.set(line, kept);
  }
  return byLine;
}

interface Region {
  line: Line;
  start: number;
  end: number;
  /** how much a value found here is to be trusted relative to the label's own line */
  factor: number;
  /** the region is the rest of the label's own line */
  own: boolean;
  /** the region is a cell to the right of the label (column choice applies) */
  right?: boolean;
}

/** How many rows under a table's header a row marked as the current one is looked for. */
const MAX_ROWS_TO_A_CURRENT_ONE = 8;

/** Captions printed above form fields: skipped when looking for a value below a label. */
const CAPTIONS = [
  'Name',
  'Vorname',
  'Vornamen',
  'Name, Vorname',
  'Familienname, Vorname',
  'Name bzw. Firma',
  'Name/Firma',
  'Firma',
  'Anschrift',
  'Straße, Hausnummer',
  'PLZ, Ort',
  'PLZ, Wohnort',
  'Telefon',
  'E-Mail',
  'Geburtsdatum',
  'Geburtsort',
  'Datum',
].map(foldLabel);

function isCaption(line: Line): boolean {
  const text = line.text.replace(/\([^)]*\)/g, '').trim();
  const folded = foldLabel(text);
  return CAPTIONS.includes(folded);
}

/** Does a hit produce a value of its own kind on its own line (then it ends the previous label's region)? */
function hasOwnValue(hit: LabelHit, lineHits: LabelHit[]): boolean {
  const next = lineHits.find((other) => other.start >= hit.end && other !== hit);
  const text = hit.line.text.slice(hit.end, next ? next.start : hit.line.text.length);
  return parseValue(hit.rule.kind, text, { own: true }).length > 0;
}

/** Kinds whose value may stand further on in a sentence broken over two lines (a name or a text may not). */
const FIGURE_KINDS = new Set(['amount', 'date', 'area', 'count', 'month']);
/**
 * A line that cannot end a sentence: an open bracket or a little word that needs what follows
 * ("… nach § 2 BetrKV (ohne" / "Heizung und Warmwasser) in Höhe von 118,14 €").
 */
const OPEN_SENTENCE_END = /(\([^)]*|(?<![\p{L}])(ohne|und|oder|sowie|der|die|das|des|dem|den|von|vom|in|im|für|mit|zur|zum|auf|bei|nach|als|einschließlich|inkl\.|zzgl\.|zuzüglich))\s*$/u;

/** "… hatten wir bei Ihnen einen Grad der Behinderung von 60 festgestellt": the sentence tells what was, not what is. */
function pluperfectBefore(hit: LabelHit): boolean {
  const before = hit.line.text.slice(0, hit.start);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1);
  // "Bisher haben wir Ihnen monatlich 591,97 € überwiesen": a sentence opening with "bisher" tells the past
  // … and so does one whose verb in the past stands before the label („Bis 29.2.2024 betrug der Mietzins (kalt) 708,38 €“)
  // … and one that says who someone has been so far („Uwe Wagner ist bisher Mieter der Wohnung …“: the flat given up in a swap)
  return (
    /(?<![\p{L}])(hatte|hatten|hattest|hattet)(?![\p{L}])/iu.test(sentence) ||
    PAST_TENSE_VERB.test(sentence) ||
    /^\s*(Bisher|Bislang|Zuvor)\s+\p{Ll}/u.test(sentence) ||
    /(?<![\p{L}])(ist|sind|war|waren|wohnt|wohnen)\s+(bisher|bislang|zuvor)(?![\p{L}])/iu.test(sentence)
  );
}

/** A label at the end of a line of running text: its sentence, and its value, go on in the next line. */
function sentenceWrapsAfter(hit: LabelHit): boolean {
  return hit.line.text.trim().length >= 35 && hit.line.text.slice(hit.end).trim() === '';
}

/** „Ich bin am 01.05.1991 geboren und wohne seit 01.09.2020 …“: after „und“ a clause of its own names its own date. */
function dateOfAnotherClause(hit: LabelHit, valueLine: Line, valueStart: number): boolean {
  if (valueLine !== hit.line || valueStart <= hit.end) return false;
  return /(?<![\p{L}])und(?![\p{L}]).*(?<![\p{L}])(seit|ab|bis|vom|am|zum)\s*$/iu.test(hit.line.text.slice(hit.end, valueStart));
}

/** A figure's verb in the past tense. */
const PAST_TENSE_VERB = /(?<![\p{L}])(betrug|betrugen|belief|beliefen)(?![\p{L}])/iu;

/** "Die Nettokaltmiete wurde … angepasst; bis dahin betrug sie EUR 411,21": a verb in the past tense between label and value. */
function pastTenseBetween(hit: LabelHit, valueLine: Line, valueStart: number): boolean {
  if (valueLine !== hit.line || valueStart <= hit.end) return false;
  return PAST_TENSE_VERB.test(hit.line.text.slice(hit.end, valueStart));
}

/** "Die Gesamtmiete wird sich dann auf 1 058,76 € belaufen": a figure announced for later, in the future tense around it. */
function futureTenseAround(hit: LabelHit, valueLine: Line, valueStart: number, valueEnd: number): boolean {
  if (valueLine !== hit.line || valueStart <= hit.end) return false;
  const between = hit.line.text.slice(hit.end, valueStart);
  const after = /^[^.;!?]*/.exec(hit.line.text.slice(valueEnd))![0];
  return /(?<![\p{L}])(wird|werden)(?![\p{L}])/iu.test(between) && /(?<![\p{L}])(belaufen|betragen|erhöhen|steigen|sinken|ändern)(?![\p{L}])/iu.test(after);
}

/** The candidates a rule's range admits ("§ 2 BetrKV" is no amount of 5 € or more). */
function inRange(rule: FieldRule, candidates: Candidate[]): Candidate[] {
  const range = rule.range;
  return range ? candidates.filter((c) => typeof c.value !== 'number' || (c.value >= range[0] && c.value <= range[1])) : candidates;
}

/** A line of a paragraph that carries on the sentence of another line above it in its column (not the label's own sentence). */
function continuesSentence(layout: Layout, line: Line, labelLine: Line): boolean {
  if (line.text.trim().length < 35) return false;
  const previous = previousLineInColumn(layout, line);
  // (running text: a list entry „– Katharina Wolf, 9.12.2014, Tochter“ is no sentence that goes on)
  return !!previous && previous !== labelLine && previous.text.trim().length >= 35 && /[\p{Ll},]\s*$/u.test(previous.text) && isSentence(previous.text);
}

/** An addressing addition: a hall of residence, a room, „c/o“, „bei“, a flat's number. */
const ADDRESS_ADDITION = /(Wohnheim|Studierendenwerk|Studentenwerk|Zi\.|Zimmer|Appartement|App\.|c\/o|(?<![\p{L}])bei(?![\p{L}])|Whg\.|Wohnung Nr\.|Gebäude|Haus [A-Z\d])/u;
/** How many lines of an addressing addition may stand between an address caption and the street. */
const MAX_ADDRESS_ADDITIONS = 2;

/** Where a line's value ends: at the label it carries further in, or at its end. */
const untilLabel = (line: Line, first: LabelHit | undefined) => (first && first.start > 2 ? first.start : line.text.length);

/** Where the value of a label hit may stand, nearest first. */
function regionsOf(layout: Layout, hit: LabelHit, hits: Map<Line, LabelHit[]>): Region[] {
  const regions: Region[] = [];
  const lineHits = hits.get(hit.line) ?? [];
  // the region on the label's own line ends at the next label that has a value of its own
  const later = lineHits.filter((other) => other.start >= hit.end);
  // (a second label joined by "/" or "bzw." is the same caption's other wording: "Arbeitgeber / Betrieb")
  const stop =
    later.find((other) => other.rule.field !== hit.rule.field && hasOwnValue(other, lineHits)) ??
    later.find((other) => other.start === hit.end || /^[\s/,]*((bzw\.|oder)\s*)?$/.test(hit.line.text.slice(hit.end, other.start)));
  const ownEnd = stop ? stop.start : hit.line.text.length;
  if (hit.rule.before) {
    const previous = [...lineHits].reverse().find((other) => other.end <= hit.start);
    // "Bemessungsentgelt von 82,81 € täglich": a figure right after a distractor's label of its kind is the distractor
    const claimed =
      previous &&
      previous.rule.field.startsWith('_') &&
      previous.rule.kind === hit.rule.kind &&
      /^[\s:]*((von|in Höhe von|beträgt|betrug|i\.\s?H\.\s?v\.)\s*)?[-\d]/i.test(hit.line.text.slice(previous.end, hit.start));
    if (!claimed) regions.push({ line: hit.line, start: previous ? previous.end : 0, end: hit.start, factor: 0.9, own: true });
    // running text that broke right before the word: „… Es beträgt 96,29 EUR“ / „je Kalendertag. Ihr Anspruch …“
    const startsLine = hit.line.text.slice(0, hit.start).trim() === '';
    const over = startsLine && isSentence(hit.line.text) ? previousLineInColumn(layout, hit.line) : undefined;
    const figureAtEnd = over && hit.rule.kind === 'amount' ? findAmounts(over.text, { textLayer: over.textLayer }).at(-1) : undefined;
    if (over && figureAtEnd && /(€|EUR|Euro)\s*$/.test(over.text.slice(figureAtEnd.start, figureAtEnd.end)) && over.text.slice(figureAtEnd.end).trim() === '') {
      regions.push({ line: over, start: figureAtEnd.start, end: over.text.length, factor: 0.9, own: true });
    }
    // … unless the word is a cell of its own: a column header ("kalendertäglich") over its figures
    const ownCell = hit.start <= 1 && hit.line.text.slice(hit.end).trim() === '';
    // … or the word ends a row's label cell ("Höhe des Arbeitslosengeldes je Kalendertag | 34,62 EUR"): the cell to its right —
    // not where the cell names another figure of the kind („Bemessungsentgelt je Kalendertag | 248,22 EUR“)
    const distractorRow = previous !== undefined && previous.rule.field.startsWith('_') && previous.rule.kind === hit.rule.kind;
    const endsLabelCell = hit.line.text.slice(hit.end).trim() === '' && !/\d/.test(hit.line.text.slice(0, hit.start)) && !distractorRow;
    if (hit.rule.before === 'only' && !ownCell) {
      if (endsLabelCell) {
        const right = rightOf(layout, hit.line)[0];
        if (right && !(hits.get(right) ?? []).some((other) => other.start <= 2)) regions.push({ line: right, start: 0, end: right.text.length, factor: 0.95, own: false, right: true });
      }
      return regions;
    }
  }
  // a remark in brackets after the label, with the value in a cell to its right, is part of the caption:
  // "Basiselterngeld (Zeile 05 × Zeile 07, mind. 300,00, höchstens 1.800,00) | 1.800,00"
  const remark = /^\s*\([^()]*\)/.exec(hit.line.text.slice(hit.end, ownEnd));
  const ownStart = remark && rightOf(layout, hit.line).length > 0 ? hit.end + remark[0].length : hit.end;
  // "Untermieter/in: Name, Vorname Schmitz, Ronny": a form's caption between the role and the name
  const inlineCaption = hit.rule.kind === 'name' || hit.rule.kind === 'party' ? (INLINE_NAME_CAPTION.exec(hit.line.text.slice(ownStart, ownEnd))?.[0].length ?? 0) : 0;
  if (ownEnd > ownStart + inlineCaption && hit.line.text.slice(ownStart + inlineCaption, ownEnd).trim()) regions.unshift({ line: hit.line, start: ownStart + inlineCaption, end: ownEnd, factor: 1, own: true });
  // the next label on the line has its value there: the row's further cells are its own — unless
  // that value is of another kind ("Auszahlungsbetrag ab 01.07.2024 | 1.319,17 EUR")
  if (stop && stop.rule.field !== hit.rule.field && stop.rule.kind === hit.rule.kind && hasOwnValue(stop, lineHits)) return regions;
  // running text: a label at the end of a line continues at the start of the next line ("seit dem" / "09.09.24 mit …")
  const rest = hit.line.text.slice(hit.end);
  if (ownEnd === hit.line.text.length && hit.line.text.length > 50) {
    // the next line of the same column (in two-column print the next line read is the other column's)
    const next = nextLineInColumn(layout, hit.line);
    if (next && next.y - hit.line.y <= hit.line.height * 2.2) {
      const nextHits = hits.get(next) ?? [];
      const end = nextHits[0] ? nextHits[0].start : next.text.length;
      if (/^\s*(beträgt|betragen|in Höhe von|von)?\s*((dem|den|der|am|vom|zum|ab|:)\s*){0,2}$/i.test(rest)) {
        // an address runs longer than a date or a figure: "wohnhaft" / "Thomas-Müntzer-Platz 85, 07743 Jena"
        regions.push({ line: next, start: 0, end: Math.min(end, hit.rule.kind === 'address' ? 90 : 40), factor: 0.95, own: true });
      } else if (!/[.:;!?]\s*$/.test(rest) && (/^\s*(\p{Ll}|\d)/u.test(next.text) || (FIGURE_KINDS.has(hit.rule.kind) && OPEN_SENTENCE_END.test(rest))) && !inRange(hit.rule, parseValue(hit.rule.kind, rest, { own: true })).length) {
        // a sentence that goes on: "Die Wohnfläche wurde … ermittelt und" / "beträgt 71,8 qm."; a bracket
        // opened before the break is an aside that closes on the next line, labels in it included
        // ("(ohne" / "Heizung und Warmwasser) in Höhe von 118,14 €")
        const close = /\([^)]*$/.test(rest) ? next.text.indexOf(')') + 1 : 0;
        const stopAt = nextHits.find((other) => other.start >= close);
        const until = close > 0 ? (stopAt ? stopAt.start : next.text.length) : end;
        const sentence = /^.*?[.!?](?=\s+\p{Lu}|\s*$)/u.exec(next.text.slice(0, until));
        regions.push({ line: next, start: close, end: sentence ? sentence[0].length : until, factor: 0.85, own: true });
      }
    }
  }
  let factor = 0.97;
  // in a row of column headers the cells to the right are the next columns' headers
  const isLabelLine = (line: Line) => isCaption(line) || (hits.get(line) ?? []).some((other) => other.start <= 2);
  // (the label may be the second line of a header cell that wrapped: "Vorauszahlung" / "Nebenkosten (ohne" / "Heizung)")
  const headerStart = isHeaderCell(layout, hit.line, isLabelLine) ? hit.line : headerCellAbove(layout, hit.line, isLabelLine);
  const header = headerStart !== undefined;
  const wrapped = wrappedInto(layout, hit.line);
  const beside = rightOf(layout, hit.line);
  for (const line of header ? [] : beside.length === 0 && wrapped ? rightOfWrapped(layout, hit.line, wrapped) : beside) {
    // a calculation in brackets beside the label ("Nettoentgelt | (2.367,08 – 134,05 – 500,64) | 1.732,39") is no value
    if (/^\s*\(.*\)\s*$/.test(line.text)) continue;
    // nor is a line of another column's running text that goes on from the line above („… Es wird frühestens am“ / „01.02.2025 ausgezahlt, wenn …“)
    if (continuesSentence(layout, line, hit.line)) continue;
    // … and a small caption's value stands under it, not in a sentence of the letter beside it („Sie haben sich am 14.10.2024 … angemeldet.“)
    if (hit.line.height < line.height * 0.8 && isSentence(line.text)) continue;
    const lineLabels = hits.get(line) ?? [];
    const first = lineLabels[0];
    if (first && first.start <= 2 && first.rule.field !== hit.rule.field) break;
    regions.push({ line, start: 0, end: untilLabel(line, first), factor, own: false, right: true });
    factor -= 0.03;
    if (first) break;
  }
  // a form with small captions under its filled-in lines ("Lehmann" over "Familienname"): the value above
  const filledAbove = valueAbove(layout, hit, regions);
  if (filledAbove) return [...regions.filter((region) => region.own), { line: filledAbove, start: 0, end: filledAbove.text.length, factor: 0.95, own: false }];
  // a label inside a sentence has its value in the sentence, not in the line below; so has a label
  // that opens a sentence as its subject („Vermieterin ist das Studierendenwerk Berlin. …“)
  const prose = (hit.start > 4 && isSentence(hit.line.text)) || SUBJECT_VERB.test(rest);
  // … and a label whose own line goes on to a value of its kind ("… ein GdB von 60 festgestellt.") has it there
  const ownValue = ownEnd > hit.end && inRange(hit.rule, parseValue(hit.rule.kind, hit.line.text.slice(hit.end, ownEnd), { own: true, line: hit.line })).length > 0;
  // … and dotted leaders after the label lead to its value on the same row, never to the line below
  const leaders = /^\s*:?\s*[.…·]{4,}/.test(hit.line.text.slice(hit.end));
  if (hit.rule.below !== false && !prose && !ownValue && !leaders) {
    // the column of the label: its own extent on the line (not the whole line)
    const alone = lineHits.length === 1 && ownEnd - hit.end <= 12;
    const [left, right] = labelSpan(hit);
    // a header cell stands over its whole column, up to the next header
    const [columnStart, columnEnd] = headerStart
      ? headerColumn(layout, headerStart)
      : [alone ? hit.line.x : left, alone ? hit.line.x + hit.line.width : Math.max(right, left + 1)];
    factor = 0.92;
    const maxLines = hit.rule.belowLines ?? 2;
    let taken = 0;
    let additions = 0;
    // a cell that starts under the previous header belongs to that column, even where it runs on into this one
    const previousHeader = headerStart ? rowOf(layout, headerStart).filter((cell) => cell.x < headerStart.x - 1).pop() : undefined;
    // (an address may stand under lines of an addressing addition: the reach grows by them, see below)
    const additionsUnder =
      hit.rule.kind === 'address'
        ? below(layout, hit.line, maxLines + 1.6 + MAX_ADDRESS_ADDITIONS, columnStart, columnEnd)
            .slice(0, MAX_ADDRESS_ADDITIONS)
            .filter((line) => ADDRESS_ADDITION.test(line.text)).length
        : 0;
    let underneath = below(layout, hit.line, maxLines + 1.6 + additionsUnder, columnStart, columnEnd);
    // a transposed table: the row whose caption at the left names what the rule prefers ("Anteil Mitarbeiter/in" under "Krankenvers.")
    const preferredRow = headerStart && hit.rule.preferColumn ? rowCaptioned(layout, hit.line, columnStart, columnEnd, hit.rule.preferColumn) : undefined;
    if (preferredRow) underneath = [...preferredRow, ...underneath.filter((line) => !preferredRow.includes(line))];
    // two header cells the PDF joined into one line ("NK-Vorauszahlung ohne Heizung HK-/WW-Vorauszahlung") over as many
    // value cells: the label's place among the line's labels is its cell's place in the row below
    const joined = headerStart === hit.line ? joinedHeaderCell(hit, lineHits, underneath) : undefined;
    for (const line of joined ? [joined] : underneath) {
      if (taken >= maxLines) break;
      if (previousHeader && line.x < previousHeader.x + previousHeader.width) continue;
      // the rest of a caption that breaks after an article ("gemeldete Nutzer der" / "Wohnung") is no value
      if (taken === 0 && captionGoesOn(hit.line, line)) continue;
      const lineLabels = hits.get(line) ?? [];
      const first = lineLabels[0];
      // a line that starts with another field's label belongs to that label
      if (first && first.start <= 2 && first.rule.field !== hit.rule.field) break;
      // a caption right under the label is skipped; a caption after a value starts the next field
      if (isCaption(line)) {
        if (taken > 0) break;
        continue;
      }
      // an addressing addition over the street („Studierendenwerk Marburg, Wohnheim Am“ / „Weinberg, Zi. 606“) is part of the address, not a line of its own
      if (hit.rule.kind === 'address' && additions < MAX_ADDRESS_ADDITIONS && ADDRESS_ADDITION.test(line.text) && !parseValue('address', line.text, { own: false, layout, line }).length) {
        additions++;
        continue;
      }
      let lineFactor = factor;
      if (rowMarkedStale(layout, line)) lineFactor *= 0.3;
      // (a row marked as the current one beats the unmarked rows above it)
      else if (rowMarkedFresh(layout, line)) lineFactor = 0.95;
      regions.push({ line, start: 0, end: untilLabel(line, first), factor: lineFactor, own: false });
      factor -= 0.07;
      taken++;
    }
    // a table's row marked as the current one („01.03.2024 … – aktuell“) further down the header's column
    if (taken > 0 && !regions.some((region) => !region.own && rowMarkedFresh(layout, region.line))) {
      const read = new Set(regions.map((region) => region.line));
      for (const line of below(layout, hit.line, MAX_ROWS_TO_A_CURRENT_ONE, columnStart, columnEnd)) {
        if (read.has(line) || (previousHeader && line.x < previousHeader.x + previousHeader.width)) continue;
        const first = (hits.get(line) ?? [])[0];
        if (first && first.start <= 2 && first.rule.field !== hit.rule.field) break;
        if (rowMarkedFresh(layout, line) && !rowMarkedStale(layout, line)) {
          regions.push({ line, start: 0, end: untilLabel(line, first), factor: 0.95, own: false });
          break;
        }
      }
    }
  }
  // a role printed under a signature or a name ("Vermieter" below "Schulze-Wendt, Marek")
  if ((hit.rule.kind === 'name' || hit.rule.kind === 'party') && /^[\s(–-]*$/.test(hit.line.text.slice(0, hit.start)) && /^[\s)/\p{L}–-]*$/u.test(hit.line.text.slice(hit.end)) && !/:/.test(hit.line.text)) {
    const over = above(layout, hit.line, 1.6)[0];
    if (over && !(hits.get(over) ?? []).length) regions.push({ line: over, start: 0, end: over.text.length, factor: 0.8, own: false });
  }
  return regions;
}

/** A caption's next line when the caption breaks after an article or preposition: same print, same left edge, no figure. */
function captionGoesOn(caption: Line, next: Line): boolean {
  return (
    /(?<![\p{L}])(der|des|die|den|dem|und|oder|für|zur|zum|im|pro|je)\s*$/iu.test(caption.text) &&
    Math.abs(next.x - caption.x) <= 3 &&
    Math.abs(next.height - caption.height) <= 0.5 &&
    !/\d/.test(next.text)
  );
}

/** The cells in a header's column of the first row below whose caption, left of the column, matches `caption`. */
function rowCaptioned(layout: Layout, header: Line, columnStart: number, columnEnd: number, caption: RegExp): Line[] | undefined {
  for (const line of below(layout, header, 8, columnStart, columnEnd)) {
    const row = rowOf(layout, line);
    // (a row of rates, "Beitragssatz Arbeitnehmer | 8,15 %", names the employee too but holds no amount)
    if (row[0] !== line && row[0].x + row[0].width <= columnStart && caption.test(row[0].text) && !/%/.test(line.text)) return row.filter((cell) => cell.x >= columnStart - 1 && cell.x < columnEnd);
  }
  return undefined;
}

/** The value cell under a label in a header line that joins several header cells, by the label's place among them. */
function joinedHeaderCell(hit: LabelHit, lineHits: LabelHit[], underneath: Line[]): Line | undefined {
  const labels = lineHits.filter((other, i) => lineHits.findIndex((same) => same.rule.field === other.rule.field) === i);
  if (labels.length < 2 || underneath.length === 0) return undefined;
  const row = underneath.filter((line) => sameRow(line, underneath[0])).sort((a, b) => a.x - b.x);
  if (row.length !== labels.length) return undefined;
  return row[labels.findIndex((label) => label.rule.field === hit.rule.field)];
}

/**
 * Does the document show elsewhere that a name under a „Name, Vorname“ caption is printed in
 * natural order after all („Jördis Baumann“ beside „Frau Baumann“, „J. Baumann“ or „Baumann,
 * Jördis“)? Then its last word is the surname and the name is not turned round.
 */
function printedSurnameLast(layout: Layout, tokens: string[]): boolean {
  const last = escapeRegExp(tokens[tokens.length - 1]);
  const first = escapeRegExp(tokens[0]);
  // (… or another person of that surname introduced in natural order: „Ich, Maik Böhm, geboren am …“)
  const evidence = new RegExp(`(?<![\\p{L}])(?:(?:Herrn?|Frau)\\s+(?:(?:Dr|Prof)\\.\\s+)*${last}|\\p{Lu}\\.\\s?${last}|${last},\\s*${first}|(?!${first}(?![\\p{L}]))\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+${last},?\\s+(?:geb\\.|geboren|wohnhaft))(?![\\p{L}])`, 'u');
  return layout.lines.some((line) => evidence.test(line.text));
}

/**
 * The first line of a header cell that wrapped over several lines, when `line` continues it: the
 * line right above at the same left edge, less than a line apart, a header cell of its row, and
 * nothing beside `line` on its own row.
 */
function headerCellAbove(layout: Layout, line: Line, isLabel: (line: Line) => boolean): Line | undefined {
  // (a table row's first cell has its values beside it; a header cell's second line has none)
  if (rightOf(layout, line).length > 0) return undefined;
  const over = above(layout, line, 1.6).find((candidate) => Math.abs(candidate.x - line.x) <= 3);
  if (!over || line.y - (over.y + over.height) > line.height) return undefined;
  return isHeaderCell(layout, over, isLabel) ? over : undefined;
}

/**
 * The filled-in line a caption stands under: the caption is printed smaller than that line, is
 * alone on its line (a bracketed remark aside), has no value beside it, and stands clearly closer
 * to the line above than to the line below — on a form with its captions over the lines it is the
 * other way round.
 */
function valueAbove(layout: Layout, hit: LabelHit, regions: Region[]): Line | undefined {
  if (hit.start > 2 || hit.line.text.slice(hit.end).replace(/\([^)]*\)/g, '').trim().length > 2) return undefined;
  // (the reach counts in the caption's own small line heights)
  const over = above(layout, hit.line, 3)[0];
  if (!over || over.height < hit.line.height * 1.2) return undefined;
  // the caption hugs the line above: less than its own height apart
  const gapAbove = hit.line.y - (over.y + over.height);
  if (gapAbove < 0 || gapAbove > hit.line.height) return undefined;
  const under = below(layout, hit.line, 4, hit.line.x, hit.line.x + hit.line.width)[0];
  const gapBelow = under ? under.y - (hit.line.y + hit.line.height) : Infinity;
  if (gapAbove >= gapBelow * 0.6) return undefined;
  const valueBeside = regions.some((region) => region.right && inRange(hit.rule, parseValue(hit.rule.kind, region.line.text.slice(region.start, region.end), { own: false })).length > 0);
  if (valueBeside) return undefined;
  // a heading above a row of small column captions holds no value of the caption's kind ("4 Miete je Monat, gültig ab …" over "Grundmiete")
  return inRange(hit.rule, parseValue(hit.rule.kind, over.text, { own: false })).length > 0 ? over : undefined;
}

/**
 * A form's box border that OCR read as a character before the value ("| 102,51 m", "[ 3"), blanked
 * so that the value stands at the start of its cell (the text keeps its length: offsets hold).
 */
function withoutBoxBorder(line: Line, text: string): string {
  if (line.textLayer) return text;
  return text.replace(/^(\s*)[|\[\]{}](?=\s*[\p{L}\d])/u, (border, space: string) => space + ' ');
}

/** OCR line confidence → a factor on the field's confidence (a text layer is 1). */
export function ocrFactor(confidence: number): number {
  if (confidence >= 0.9) return 1;
  if (confidence <= 0.3) return 0.5;
  return 0.5 + ((confidence - 0.3) / 0.6) * 0.5;
}

/** The value of one label hit, or none: the best-scoring region that holds a value of the kind. */
export function valueOf(layout: Layout, hit: LabelHit, hits: Map<Line, LabelHit[]>): Found | null {
  const context = contextOf(layout);
  const labelQuality = Math.max(0.3, 1 - 0.08 * hit.distance);
  let sectionFactor = 1;
  if (hit.rule.avoidSections && inSection(layout, hit.line, hit.rule.avoidSections)) sectionFactor = 0.5;
  let best: Found | null = null;
  const regions = regionsOf(layout, hit, hits);
  const rightValues: { region: Region; candidate: Candidate }[] = [];
  for (const region of regions) {
    const text = withoutBoxBorder(region.line, region.line.text.slice(region.start, region.end));
    const pivot = hit.rule.past ? documentYear(layout, region.line) % 100 : undefined;
    const range = hit.rule.range;
    const candidates: Candidate[] = parseValue(hit.rule.kind, text, { own: region.own, layout, line: region.line, offset: region.start, pivot, monthEnd: hit.rule.monthEnd, below: !region.own && !region.right }).filter(
      (c) => !range || typeof c.value !== 'number' || (c.value >= range[0] && c.value <= range[1]),
    );
    let candidate = candidates[0];
    if (!candidate) continue;
    if (candidates.length >= 2 && !candidate.line) {
      if (region.own) {
        // a row of several figures under a header such as "bisher | ab 01.07.2025" (the cells joined into one line)
        const index = headerColumnIndex(layout, region.line, candidates.length);
        if (index !== undefined) candidate = candidates[index];
      } else if (!region.right) {
        // a row of values below a row of labels, joined into lines: the value under the label
        candidate = nearestUnder(hit, region, candidates);
      }
    }
    // a sentence running under a table cell holds its own dates and amounts: only one under the label is the label's
    const sentenceBelow = !region.own && !region.right && isSentence(region.line.text) && region.line.width > 2 * labelWidth(hit) + 60;
    if (!region.own && !region.right && (candidates.length >= 2 || sentenceBelow || (hit.rule.kind === 'count' && candidate.quality < 1)) && !underLabel(hit, region, candidate)) continue;
    if (region.right) rightValues.push({ region, candidate });
    const lineText = candidate.line ?? region.line;
    const start = candidate.line ? candidate.start : region.start + candidate.start;
    if (hit.rule.kind === 'date' && dateOfAnotherClause(hit, lineText, start)) continue;
    const end = candidate.line ? candidate.end : region.start + candidate.end;
    const stale = context.stale.has(lineText) || ((region.own || sentenceWrapsAfter(hit)) && pluperfectBefore(hit)) || (region.own && (pastTenseBetween(hit, lineText, start) || futureTenseAround(hit, lineText, start, end))) || (hit.rule.kind === 'name' && rowOfTheDeceased(layout, lineText)) ? 0.35 : 1;
    // a proxy's name and birth date in a sentence about the power of attorney are not the person's
    const proxy = (hit.rule.kind === 'name' || hit.rule.kind === 'date') && aboutAProxy(layout, lineText) ? 0.6 : 1;
    // a figure under a column header whose column goes on to other figures (a month-by-month account) is one month's, maybe a former one
    const series = hit.rule.kind === 'amount' && !region.own && !region.right && figuresChangeDownColumn(layout, lineText) ? 0.6 : 1;
    const score = Math.max(0, Math.min(1, hit.label.weight * labelQuality * region.factor * candidate.quality * stale * proxy * series * sectionFactor * ocrFactor(Math.min(hit.line.confidence, lineText.confidence))));
    let value = candidate.value;
    // "Name, Vorname" over a value printed without its comma ("Schmitz Fatma"): surname first
    if (hit.rule.kind === 'name' && /^(familien|nach|zu)?name.*vorname/.test(hit.label.folded) && !GIVEN_NAMES_FIRST.test(hit.line.text.slice(hit.start)) && typeof value === 'string' && !lineText.text.slice(start, end).includes(',')) {
      let tokens = value.split(' ');
      // a third caption "Geburtsname" on the label's line: the third word is the birth name, not a given name
      if (tokens.length === 3 && /Geburtsname/i.test(hit.line.text.slice(hit.end))) tokens = tokens.slice(0, 2);
      if (tokens.length >= 2 && !printedSurnameLast(layout, tokens)) value = [...tokens.slice(1), tokens[0]].join(' ');
    }
    if (!best || score > best.score + 1e-9) best = { field: hit.rule.field, value, line: lineText, start, end, score };
  }
  // several cells of the row hold values: the column whose header says "neu" / the latest date wins
  if (best && rightValues.length >= 2 && rightValues.some((v) => v.region.line === best!.line)) {
    const scored = rightValues.map((v, i) => ({ ...v, column: columnScore(layout, v.region.line, hit.rule.preferColumn), i }));
    const hasHeaders = scored.some((v) => v.column.score !== 0 || v.column.date);
    if (hasHeaders) {
      scored.sort((a, b) => b.column.score - a.column.score || (b.column.date ?? '').localeCompare(a.column.date ?? '') || a.i - b.i);
      const chosen = scored[0];
      const line = chosen.candidate.line ?? chosen.region.line;
      const start = chosen.candidate.line ? chosen.candidate.start : chosen.region.start + chosen.candidate.start;
      const end = chosen.candidate.line ? chosen.candidate.end : chosen.region.start + chosen.candidate.end;
      best = { ...best, value: chosen.candidate.value, line, start, end };
    }
  }
  return best;
}

/** The figures of `cell`'s column (a row without one skipped) are two or more different ones over three rows or more. */
function figuresChangeDownColumn(layout: Layout, cell: Line): boolean {
  const first = findAmounts(cell.text)[0];
  if (!first) return false;
  const values = [first.value];
  const inColumn = (other: Line, line: Line) => sameLeftEdge(other, line) || Math.abs(other.x + other.width - (line.x + line.width)) <= 3;
  const figureCell = (line: Line | undefined) => {
    const amount = line ? findAmounts(line.text)[0] : undefined;
    return line && amount && line.text.trim().length <= amount.end - amount.start + 6 ? amount.value : undefined;
  };
  for (const step of [(line: Line) => below(layout, line, 3), (line: Line) => above(layout, line, 3)]) {
    let line: Line | undefined = cell;
    for (let k = 0; k < 24 && line; k++) {
      const from: Line = line;
      line = step(from).find((other) => inColumn(other, from));
      const value = figureCell(line);
      if (value === undefined) break;
      values.push(value);
    }
  }
  return values.length >= 3 && new Set(values).size >= 2;
}

/** Estimated x of a piece of a line (characters spread evenly over the line's width). */
function xOf(line: Line, start: number, end: number): number {
  const length = Math.max(1, line.text.length);
  return line.x + (line.width * (start + end)) / 2 / length;
}

function nearestUnder(hit: LabelHit, region: Region, candidates: Candidate[]): Candidate {
  const labelX = xOf(hit.line, hit.start, hit.end);
  let best = candidates[0];
  let distance = Infinity;
  for (const candidate of candidates) {
    const d = Math.abs(xOf(region.line, region.start + candidate.start, region.start + candidate.end) - labelX);
    if (d < distance) {
      distance = d;
      best = candidate;
    }
  }
  return best;
}

/** A verb right after a label: the label is a sentence's subject, not a caption. */
const SUBJECT_VERB = /^\s*(ist|sind|war|waren|wird|werden|hat|haben|bleibt|bleiben)\s+\S+\s+\S/;

/** Where the label's own words stand on its line (estimated from their characters): [left, right]. */
function labelSpan(hit: LabelHit): [number, number] {
  const length = Math.max(1, hit.line.text.length);
  return [hit.line.x + (hit.line.width * hit.start) / length, hit.line.x + (hit.line.width * hit.end) / length];
}

/** The width of the label's own words on its line. */
function labelWidth(hit: LabelHit): number {
  const [left, right] = labelSpan(hit);
  return right - left;
}

/** A value that is not a cell of its own must stand under its label. */
function underLabel(hit: LabelHit, region: Region, candidate: Candidate): boolean {
  const [left, right] = labelSpan(hit);
  const x = xOf(region.line, region.start + candidate.start, region.start + candidate.end);
  const slack = Math.max(30, (right - left) * 0.5);
  return x >= left - slack && x <= right + slack;
}

/**
 * For a line with `count` figures: the header line above it (cells joined as well) names the
 * columns with "bisher", "neu", "ab <date>", …; the column of the current figure, if the header
 * has exactly as many column marks as the line has figures.
 */
function headerColumnIndex(layout: Layout, line: Line, count: number): number | undefined {
  const page = layout.pages.find((p) => p.page === line.page)!;
  const before = page.lines.slice(Math.max(0, line.indexOnPage - 8), line.indexOnPage).reverse();
  for (const header of before) {
    const marks = columnMarks(header.text);
    if (marks.length < 2) continue;
    if (marks.length !== count) return undefined;
    let best = 0;
    for (let i = 1; i < marks.length; i++) {
      const a = marks[i];
      const b = marks[best];
      if (a.score > b.score || (a.score === b.score && (a.date ?? '') > (b.date ?? ''))) best = i;
    }
    return best;
  }
  return undefined;
}

function columnMarks(text: string): { score: number; date?: string; start: number; end: number }[] {
  const spans: { start: number; end: number; score: number; date?: string }[] = [];
  const stale = new RegExp(STALE_WORDS.source, 'giu');
  const fresh = new RegExp(FRESH_WORDS.source, 'giu');
  for (const m of text.matchAll(stale)) spans.push({ start: m.index!, end: m.index! + m[0].length, score: -1 });
  for (const m of text.matchAll(fresh)) spans.push({ start: m.index!, end: m.index! + m[0].length, score: 1 });
  for (const d of findDates(text)) spans.push({ start: d.start, end: d.end, score: 0, date: d.value });
  spans.sort((a, b) => a.start - b.start);
  // a word and the date right after it ("gültig ab 01.10.2024") are one mark
  const marks: { score: number; date?: string; start: number; end: number }[] = [];
  for (const span of spans) {
    const last = marks[marks.length - 1];
    const overlapping = last && span.start < last.end;
    const wordThenDate = last && !last.date && span.date !== undefined && span.start - last.end <= 2;
    if (last && (overlapping || wordThenDate)) {
      last.end = Math.max(last.end, span.end);
      last.score += span.score;
      last.date = span.date ?? last.date;
    } else marks.push({ ...span });
  }
  return marks.filter((mark) => mark.score !== 0 || mark.date);
}

/** Every rule's best value in a document. */
export function extractByRules(layout: Layout, rules: readonly FieldRule[], options: { ignore?: (hit: LabelHit) => boolean } = {}): Map<string, Found> {
  const hits = findLabelHits(layout, rules);
  const found = new Map<string, Found>();
  const all: LabelHit[] = [];
  // an ignored label still claims its line (its neighbours' regions end there); it only yields no value
  for (const line of layout.lines) for (const hit of hits.get(line) ?? []) if (!options.ignore?.(hit)) all.push(hit);
  for (const rule of rules) {
    const ruleHits = all.filter((hit) => hit.rule === rule);
    let best: Found | null = null;
    let bestHit: LabelHit | null = null;
    for (const hit of ruleHits) {
      const value = valueOf(layout, hit, hits);
      if (!value) continue;
      if (!best) {
        best = value;
        bestHit = hit;
      }
      else if (rule.prefer === 'last') best = value;
      else if (rule.prefer === 'best' && value.score > best.score + 1e-9) best = value;
      else if ((rule.prefer ?? 'first') === 'first' && (value.score > best.score + 0.15 || (bestHit!.distance > 0 && hit.distance === 0 && value.score >= best.score - 0.05))) best = value;
      if (best === value) bestHit = hit;
    }
    if (best) {
      const existing = found.get(rule.field);
      if (!existing || best.score > existing.score) found.set(rule.field, best);
    }
  }
  return found;
}

/** A reading of `value` printed at `span` of `line` (a figure found by position or in a sentence rather than by a label). */
export function readingAt(field: string, line: Line, span: { start: number; end: number }, value: Found['value'], score: number): Found {
  return { field, value, line, start: span.start, end: span.end, score };
}

export function toField(found: Found, confidence = found.score): ExtractedField {
  return {
    value: found.value,
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000,
    page: found.line.page,
    text: found.line.text.slice(found.start, found.end),
  };
}
