/**
 * Reading a value of one kind out of a piece of a line (the region after a label). A parser
 * returns candidates with their span in the region, best first; an empty list means "no value
 * of this kind here", which is how values of the wrong kind are refused.
 */
import {
  findAmounts,
  findAreas,
  findCounts,
  findDates,
  findIbans,
  findMonths,
  lastDayOfMonth,
  normalizeName,
  normalizeText,
  ORGANISATION,
  parsePostcodeCity,
  parseStreet,
  parseStreetInText,
  repairDigits,
  formatAddress,
  FLOOR_WORDS,
} from '../normalize.js';
import { below, rightOf, type Layout, type Line } from './layout.js';
import { findLabel, fold, foldLabel } from './fuzzy.js';

export type ValueKind = 'date' | 'month' | 'amount' | 'area' | 'count' | 'iban' | 'name' | 'text' | 'address' | 'vsnr' | 'kundennummer' | 'gdb' | 'party' | 'antragsart';

export interface Candidate {
  value: string | number;
  start: number;
  end: number;
  /** 0..1 */
  quality: number;
  /** set when the evidence lies on another line than the region's */
  line?: Line;
}

export interface RegionContext {
  /** the region is the rest of the label's own line */
  own: boolean;
  layout?: Layout;
  line?: Line;
  offset?: number;
  /** two-digit years up to this are 20xx (birth dates: the document's latest year) */
  pivot?: number;
  /** a month alone ("gültig bis 08/2029") stands for its last day */
  monthEnd?: boolean;
  /** the region is a line below the label (a joined row of values may stand there) */
  below?: boolean;
}

/** Words right before a value that mark it as an old or other figure, not the one asked for. */
const STALE_BEFORE = /(?<![\p{L}])(bisher(ige[rn]?)?|bislang|vorher|zuvor|alt(e[rn]?)?|Vorjahr(es)?|Vormonat|statt|früher|frueher)\s*:?\s*(€|EUR)?\s*$/iu;

/** Words right before an amount that make it a bound of a rule („mindestens 300 Euro, höchstens 1.800 Euro“), not a figure of the case. */
const BOUND_BEFORE = /(?<![\p{L}])(höchstens|hoechstens|mindestens|maximal|minimal|wenigstens|bis zu|nicht mehr als|nicht weniger als)\s*(€|EUR|Euro)?\s*$/iu;

/** The spans not preceded (within 24 characters) by words the pattern marks. */
/** An amount that a percentage is taken of („65 % von 2.343,74“): the base of a calculation, not its result. */
const PERCENT_BASE_BEFORE = /\d\s*%\s*(von|aus)\s*(€|EUR|Euro)?\s*$/iu;

function notAfter<T extends { start: number }>(text: string, spans: T[], marker: RegExp): T[] {
  return spans.filter((span) => !marker.test(text.slice(Math.max(0, span.start - 24), span.start)));
}

const notStale = <T extends { start: number }>(text: string, spans: T[]): T[] => notAfter(text, spans, STALE_BEFORE);

/**
 * Labels of the fields a letterhead or form prints beside the main text. When a text layer or OCR
 * joins the cells of a row into one line ("Maik Kühn Datum 24.04.24"), such a label starts a new cell.
 */
const FIELD_LABELS = [
  'Datum', 'Telefon', 'Tel.', 'Telefax', 'Fax', 'E-Mail', 'Versicherungsnummer', 'Vers.-Nr.', 'Kundennummer', 'Kunden-Nr.', 'Kd.-Nr.',
  'Aktenzeichen', 'Az.', 'Geschäftszeichen', 'Zeichen', 'Ihr Zeichen', 'Unser Zeichen', 'Rentenzeichen', 'Personalnummer', 'Pers.-Nr.',
  'Personal-Nr.', 'Eintritt', 'Eintrittsdatum', 'Kostenstelle', 'StKl', 'Steuerklasse', 'Steuer-ID', 'Mitgliedsnummer', 'Mitglieds-Nr.',
  'Vertragsnummer', 'Vertrags-Nr.', 'Mieternummer', 'Sachbearbeitung', 'Sachbearbeiter', 'Sachbearbeiterin', 'Ansprechpartner',
  'Ansprechpartnerin', 'Durchwahl', 'BG-Nummer', 'Vorgangsnummer', 'Seite', 'Geburtsdatum', 'Geburtsname', 'Geburtsort', 'Familienstand',
  'Staatsangehörigkeit', 'Matrikelnummer', 'Matrikel-Nr.', 'Krankenkasse', 'IBAN', 'BIC', 'Wohngeldnummer', 'Antragsnummer', 'Objekt',
  'Objekt-Nr.', 'Team', 'Auskunft', 'Zimmer', 'Sprechzeiten', 'Internet', 'Steuernummer', 'Ausweis-Nr.', 'Gültig ab', 'Ausgestellt',
  'Blatt', 'Kontoauszug', 'Auszug', 'Kontonummer', 'Konto-Nr.', 'Druckdatum', 'Kinderfr.', 'Kinderfreibeträge', 'Konf.', 'Konfession',
  'KV-Zusatzb.', 'SV-Nummer', 'Sozialversicherungsnummer', 'Steuer-Identifikationsnummer', 'Abrechnungsmonat', 'Periode', 'Zeitraum',
].map((label) => foldLabel(label));

/** Field labels a real word is one letter off: „SBBZ Hören … mit Internat“ has no „Internet“ cell. */
const EXACT_FIELD_LABELS = new Set(['Internet'].map((label) => foldLabel(label)));

/** Where a joined row's next cell starts (a field label after the first word), or the text's length. */
export function nextFieldLabel(text: string): number {
  const folded = fold(text);
  let cut = text.length;
  for (const label of FIELD_LABELS) {
    for (const match of findLabel(text, folded, label, { maxDistance: label.length >= 6 && !EXACT_FIELD_LABELS.has(label) ? 1 : 0 })) {
      if (match.start > 0 && match.start < cut && /\S/.test(text.slice(0, match.start))) cut = match.start;
    }
  }
  return cut;
}

/** The text up to a column gap (several spaces or a tab) or a field label of the next cell, without leading separators. */
export function firstCell(text: string): { start: number; end: number } {
  const lead = /^[\s:;.\-–_=|>)]*/.exec(text)![0].length;
  const rest = text.slice(lead);
  const gap = /\s{3,}|\t|\s\|\s/.exec(rest);
  let end = lead + Math.min(gap ? gap.index : rest.length, nextFieldLabel(rest));
  while (end > lead && /[\s,;:]/.test(text[end - 1])) end--;
  return { start: lead, end };
}

const JUNK_TOKEN = /^([^\p{L}\d]+|\p{L}|[\p{Ll}]{1,2})$/u;

const CLOSING: Record<string, string> = { '“': '„', '”': '“', '‘': '‚', '"': '"', ')': '(', ']': '[', '»': '«', '«': '»' };

/** The last character closes a quote or bracket opened inside the piece: „Staatliches Gymnasium „Goethe““ keeps its closing quote. */
function closesOpened(piece: string): boolean {
  const last = piece[piece.length - 1];
  const opening = CLOSING[last];
  if (!opening) return false;
  const inner = piece.slice(0, -1);
  // a straight quote opens and closes alike: an odd count before it means one is open
  if (opening === last) return (inner.split(last).length - 1) % 2 === 1 && inner.indexOf(last) > 0;
  // („Goethe“ also opens with “ in English typography: then „ is counted alone)
  return inner.lastIndexOf(opening) > 0 || (last === '“' && inner.lastIndexOf('„') > 0);
}

/**
 * A piece without the OCR debris at its ends: tokens of symbols, lone letters ("Leon Becker Ü"),
 * stray quotes and bars. Returns the kept span relative to the piece.
 */
export function trimJunk(piece: string): { start: number; end: number } {
  const tokens = [...piece.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  let first = 0;
  let last = tokens.length - 1;
  while (first <= last && JUNK_TOKEN.test(tokens[first].text) && !/^(von|van|de|zu|Dr\.)$/.test(tokens[first].text)) first++;
  while (last >= first && JUNK_TOKEN.test(tokens[last].text)) last--;
  if (first > last) return { start: 0, end: 0 };
  let start = tokens[first].start;
  let end = tokens[last].end;
  // stray quotes, bars and brackets glued to the ends
  while (start < end && /["„“”‚‘’'|»«(\[{®©*]/.test(piece[start])) start++;
  while (end > start && /["„“”‚‘’'|»«)\]}®©*:;,]/.test(piece[end - 1]) && !closesOpened(piece.slice(start, end))) end--;
  return { start, end };
}

/** A company name ends with its legal form ("Muster GmbH 3 Verdienstabrechnung" → "Muster GmbH"). */
const LEGAL_FORM = /(?<![\p{L}])(GmbH(?:\s*&\s*Co\.?\s*KG)?|gGmbH|AG(?:\s*&\s*Co\.?\s*KG)?|KGaA|KG|OHG|eG|e\.\s?K\.|e\.\s?Kfm\.|e\.\s?V\.|mbH|SE|UG(?:\s*\(haftungsbeschränkt\))?|GbR|PartG(?:mbB)?)(?![\p{L}])/u;

function endAtLegalForm(piece: string): string {
  const m = LEGAL_FORM.exec(piece);
  return m ? piece.slice(0, m.index + m[0].length) : piece;
}

export function parseValue(kind: ValueKind, text: string, context: RegionContext = { own: true }): Candidate[] {
  switch (kind) {
    case 'date': {
      const dates = notStale(text, findDates(text, { pivot: context.pivot })).map((span, i) => ({ ...span, quality: i === 0 ? 1 : 0.9 }));
      if (dates.length === 0 && context.own) {
        // right after its label, a date whose first dot OCR lost ("0911.24" for 09.11.24)
        const m = /^[\s:;.,]*(\d{2})(\d{2})\.(\d{4}|\d{2})(?![\d.,])/.exec(text);
        if (m) {
          const repaired = findDates(`${m[1]}.${m[2]}.${m[3]}`, { pivot: context.pivot })[0];
          const start = m.index + m[0].length - m[1].length - m[2].length - m[3].length - 1;
          if (repaired) return [{ value: repaired.value, start, end: m.index + m[0].length, quality: 0.7 }];
        }
      }
      if (dates.length > 0 || !context.monthEnd) return dates;
      return notStale(text, findMonths(text))
        .map((span) => ({ value: lastDayOfMonth(span.value) ?? '', start: span.start, end: span.end, quality: 0.9 }))
        .filter((span) => span.value !== '');
    }
    case 'month': {
      const months = notStale(text, findMonths(text)).map((span) => ({ ...span, quality: 1 }));
      if (months.length > 0) return months;
      // a period of whole days within one month (01.02.2025 – 28.02.2025) names that month
      const dates = findDates(text);
      if (dates.length >= 1) {
        const month = dates[0].value.slice(0, 7);
        if (dates.length === 1 || dates[1].value.slice(0, 7) === month) return [{ value: month, start: dates[0].start, end: (dates[1] ?? dates[0]).end, quality: 0.9 }];
      }
      return [];
    }
    case 'amount':
      return notAfter(text, notAfter(text, notStale(text, findAmounts(text, { textLayer: context.line?.textLayer })), BOUND_BEFORE), PERCENT_BASE_BEFORE).map((span) => ({ value: Math.abs(span.value), start: span.start, end: span.end, quality: span.currency ? 1 : 0.97 }));
    case 'area': {
      const areas = findAreas(text).map((span) => ({ ...span, quality: 1 }));
      if (areas.length > 0) return areas;
      // a bare number right after the label (the label says it is an area)
      const bare = /^[\s:;.\-–]*(?:ca\.?\s*)?(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]|\s*(%|€|EUR|Euro))/.exec(repairDigits(text));
      if (!bare) return [];
      const value = Number(bare[1].replace(',', '.'));
      if (!(value >= 8 && value <= 400)) return [];
      const start = bare.index + bare[0].length - bare[1].length;
      return [{ value, start, end: start + bare[1].length, quality: 0.9 }];
    }
    case 'count': {
      const cell = firstCell(text);
      const counts = findCounts(text).filter((span) => span.value >= 1 && span.value <= 30);
      if (!context.own) {
        // in a cell of its own the count is the whole cell ("3", "3 Personen", "1 (ich allein)")
        const whole = /^\s*(\d{1,2}|eine|einer|eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)(\s+(Personen|Person|Bewohner\S*))?(\s*\([^()]*\))?\s*$/i.exec(text);
        if (whole) return counts.slice(0, 1).map((span) => ({ ...span, quality: 1 }));
        // in a joined row below a row of labels: a lone number, accepted only under its label
        if (!context.below) return [];
        return [...text.matchAll(/(?<=^|\s)(\d{1,2})(?=\s|$)/g)]
          .filter((m) => Number(m[1]) >= 1 && Number(m[1]) <= 30)
          .map((m) => ({ value: Number(m[1]), start: m.index!, end: m.index! + m[1].length, quality: 0.9 }));
      }
      // a count stands right after its label, not somewhere later in a sentence
      return counts.filter((span) => span.start <= cell.start + 24).map((span, i) => ({ ...span, quality: i === 0 ? 1 : 0.8 }));
    }
    case 'antragsart': {
      const m = /(Erstantrag|Neuantrag|erstmaliger Antrag|Weiterleistungsantrag|Wiederholungsantrag|Folgeantrag|Weiterbewilligung|Weitergewährung|Erhöhungsantrag|Erhoehungsantrag|Antrag auf Erhöhung|Erhöhung)/i.exec(text);
      // a remark, dotted leaders and a key code may stand before the kind: „Antragsart (Schlüssel) ....: 1 Neuantrag“
      const lead = /^\s*(\([^()]*\))?\s*[.…·_]*\s*:?\s*(\d{1,2}\s*[=:–-]?\s*)?/.exec(text)![0].length;
      if (!m || m.index > lead + 12) return [];
      const id = /^(erst|neu)/i.test(m[1]) ? 'erstantrag' : /^(erhöhung|erhoehung|antrag auf erh)/i.test(m[1]) ? 'erhoehungsantrag' : 'weiterleistungsantrag';
      return [{ value: id, start: m.index, end: m.index + m[1].length, quality: 1 }];
    }
    case 'gdb': {
      // the degree of disability: a number 10–100 (a value outside the steps of ten is flagged by validation)
      // "begehren einen GdB von mindestens 100", "ab einem GdB von wenigstens 50": a claim or a threshold, not a finding
      return [...repairDigits(text).matchAll(/(?<![\d.,])(\d{2,3})(?![\d.,]\d|\s?%)/g)]
        .filter((m) => Number(m[1]) >= 10 && Number(m[1]) <= 100 && !/(?<![\p{L}])(mindestens|wenigstens|über|unter|höher als|mehr als|weniger als)\s*$/iu.test(text.slice(0, m.index)))
        .map((m) => ({ value: Number(m[1]), start: m.index!, end: m.index! + m[1].length, quality: Number(m[1]) % 10 === 0 ? 1 : 0.6 }));
    }
    case 'iban': {
      const ibans = findIbans(text);
      return ibans.map((span) => ({ value: span.value, start: span.start, end: span.end, quality: span.valid ? 1 : 0.35 })).sort((a, b) => b.quality - a.quality);
    }
    case 'name':
      return parseName(text);
    case 'party':
      return parseParty(text);
    case 'text':
      return parseText(text);
    case 'address':
      return parseAddressRegion(text, context);
    case 'vsnr':
      return parseVersicherungsnummer(text);
    case 'kundennummer':
      return parseKundennummer(text);
  }
}

// „e. V.“ printed with its space splits into the tokens „e.“ and „V.“
const LOWER_OK = /^(für|und|der|die|das|des|dem|den|am|an|im|in|zu|zum|zur|von|vom|auf|bei|mit|mbH|gGmbH|e\.|e\.\s?V\.?|e\.\s?K\.?|e\.\s?Kfm\.?|eG|u\.|&|\+|-|–|\/|GmbH|co\.?|KG)$/;

/** A company or school name is capitalised words and a few connectors, not a sentence. */
export function looksLikeTitle(value: string): boolean {
  // a phone number, an account or a reference is not a name
  if (/\d{4,}|^(Tel|Telefon|Fax|E-Mail|Mail|www|http|IBAN|BIC|Konto|Az|Aktenzeichen)\b/i.test(value)) return false;
  // nor is the caption of a form field ("Name und Anschrift der Schule")
  if (/(?<![\p{L}])(Name|Namen|Vorname|Anschrift|Unterschrift|Stempel|Datum|auszufüllen|ausfüllen|Bezeichnung)(?![\p{L}])/u.test(value)) return false;
  const tokens = value.split(/\s+/).filter((token) => token.length > 0);
  if (tokens.length === 0 || tokens.length > 12) return false;
  if (!/^[\p{Lu}\d"„(]/u.test(tokens[0])) return false;
  // a code such as "M816" or "/101" in front is a table row, not a name
  if (/\p{L}/u.test(tokens[0]) && /\d/.test(tokens[0])) return false;
  const lower = tokens.filter((token) => /^\p{Ll}/u.test(token) && !LOWER_OK.test(token));
  // (a school named after its support: „Förderzentrum körperliche und motorische Entwicklung“ — adjectives, no verb)
  return lower.length === 0 || (lower.length <= 2 && tokens.length >= 4 && lower.every((token) => /^\p{Ll}+(isch|lich|ig)(e|en|er|es)?$/u.test(token)));
}

/** A person's name at the start of the region. */
export function parseName(text: string): Candidate[] {
  const cell = firstCell(text);
  // (a form's fill-in line read as underscores glued to the last word: „Strauß, Olena Greta__“)
  let piece = text.slice(cell.start, cell.end).replace(/_+/g, (line) => ' '.repeat(line.length));
  // stop at what follows a name: a birth date, an address, a phone number, a bracket
  const stop = /\s*(,\s*(geb\b|geboren|\d)|\(|\s(geb\.|geboren|wohnhaft|Geburtsdatum|Geb\.-Datum)|;|\s[-–]\s|\s\+?\d)/i.exec(piece);
  if (stop) piece = piece.slice(0, stop.index);
  // "Ursula Werner, Gneisenaustr. 12, 28201 Bremen": the name ends where its address begins
  const segments = piece.split(',');
  if (segments.length >= 2 && (parseStreet(segments[1]) || parsePostcodeCity(segments[1]))) piece = segments[0];
  const kept = trimJunk(piece.replace(/^\s*\d{1,2}[.)]?\s+(?=\p{Lu})/u, (lead) => ' '.repeat(lead.length)));
  const offset = cell.start + kept.start;
  piece = piece.slice(kept.start, kept.end);
  // OCR debris in capitals around a name ("DE Yvonne Jana Weber", "Fischer, Piotr EEE")
  const before = piece.length;
  piece = piece.replace(/^(\p{Lu}{2,3}\s+)+(?=\p{Lu}\p{Ll})/u, '');
  const dropped = before - piece.length;
  // (a name printed all in capitals keeps its short last word: „MEYER, JAN“)
  if (/\p{Ll}/u.test(piece)) piece = piece.replace(/(\s+\p{Lu}{2,3})+$/u, '');
  const tries = [piece];
  const commas = piece.split(',');
  if (commas.length > 2) tries.push(commas.slice(0, 2).join(','));
  // the name may run into the next cell of a joined row: shorter and shorter leading parts
  const words = [...piece.matchAll(/\S+/g)];
  for (let k = words.length - 1; k >= 2; k--) tries.push(piece.slice(0, words[k - 1].index! + words[k - 1][0].length));
  for (const attempt of tries) {
    const value = normalizeName(attempt);
    if (!value) continue;
    const trimmed = attempt.replace(/[\s,;:.]+$/, (tail) => (/\p{Lu}\.$/u.test(attempt) ? tail.replace(/[^.]/g, '') : ''));
    return [{ value, start: offset + dropped, end: offset + dropped + trimmed.trimEnd().length, quality: 1 }];
  }
  return [];
}

/** Cuts an organisation or party at a trailing address, phone number or designation. */
function organisationPiece(text: string): { piece: string; start: number } {
  const cell = firstCell(text);
  let piece = text.slice(cell.start, cell.end);
  // a phone number after the name ("Elias Peters - (0341) 6617966")
  piece = piece.replace(/\s+[-–]?\s*[+(]?\d[\d\s/()-]{5,}.*$/, '');
  // drop a trailing address: the first comma segment that is a street or a postcode
  const segments = piece.split(',');
  let keep = segments.length;
  for (let i = 1; i < segments.length; i++) {
    if (parseStreet(segments[i]) || parsePostcodeCity(segments[i]) || /\d{3,}/.test(segments[i]) || /^\s*(vertreten|vertr\.|diese|handelnd|Tel)/i.test(segments[i])) {
      keep = i;
      break;
    }
  }
  piece = segments.slice(0, keep).join(',');
  piece = piece.replace(/\s*\((?:nachfolgend|nachstehend|im Folgenden|Vermieter|Mieter|Eigentümer)[^)]*\)?.*$/i, '');
  piece = piece.replace(/\s+(als Vermieter|als Eigentümer|nachfolgend|nachstehend|im Folgenden|–|-)(?![\p{L}]).*$/iu, '');
  const legal = LEGAL_FORM.test(piece);
  piece = endAtLegalForm(piece);
  // OCR debris in capitals after a name that has no legal form at its end ("… Universität Jena AM")
  if (!legal) piece = piece.replace(/(\s+\p{Lu}{2,3})+\s*$/u, '');
  const kept = trimJunk(piece);
  return { piece: piece.slice(kept.start, kept.end), start: cell.start + kept.start };
}

/** A landlord or other party: a person's name (normalised as a name) or an organisation (as text). */
export function parseParty(text: string): Candidate[] {
  // a list number or OCR digit before a person's name ("8 Elias Peters") is not part of it
  const lead = /^\s*\d{1,2}[.)]?\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u.exec(text);
  const { piece, start } = organisationPiece(lead ? ' '.repeat(lead[0].length) + text.slice(lead[0].length) : text);
  // an address is not a party
  if (parseStreet(piece) || parsePostcodeCity(piece)) return [];
  if (!ORGANISATION.test(piece)) {
    const name = normalizeName(piece);
    if (name) return [{ value: name, start, end: start + piece.length, quality: 1 }];
  }
  const value = normalizeText(piece);
  if (!value || !/\p{L}{2,}/u.test(value) || value.length > 90) return [];
  if (/^\d/.test(value) || !looksLikeTitle(value)) return [];
  return [{ value, start, end: start + piece.length, quality: ORGANISATION.test(piece) ? 0.95 : 0.85 }];
}

/** Free text (a company, a school) up to a column gap, without a trailing address. */
export function parseText(text: string): Candidate[] {
  const { piece, start } = organisationPiece(text);
  const value = normalizeText(piece);
  if (!value || !/\p{L}{2,}/u.test(value) || value.length > 100 || !looksLikeTitle(value)) return [];
  return [{ value, start, end: start + piece.length, quality: 1 }];
}

/**
 * An address starting in the region: street and number, then postcode and city on the same line,
 * in the cell to the right, or on the line below (a two-line address). The evidence is the part
 * of the street line.
 */
export function parseAddressRegion(text: string, context: RegionContext): Candidate[] {
  const lead = /^[\s:;.\-–]*/.exec(text)![0].length;
  const body = text.slice(lead);
  const place = parsePostcodeCity(body);
  if (place) {
    // street and number before the postcode, in one of the comma parts
    const before = body.slice(0, place.start);
    const segments = splitSegments(before);
    for (let i = segments.length - 1; i >= Math.max(0, segments.length - 3); i--) {
      const street = parseStreetInText(segments[i].text);
      if (!street) continue;
      const value = formatAddress({ street: street.street, number: street.number, postcode: place.postcode, city: place.city });
      return [{ value, start: lead + segments[i].start + street.start, end: lead + place.end, quality: 1 }];
    }
    return [];
  }
  // street only on this line: postcode and city in the next cell or on the next line of the column
  const cell = firstCell(body);
  const segments = splitSegments(body.slice(cell.start, cell.end));
  let street: { street: string; number: string; start: number } | null = null;
  let streetStart = 0;
  let streetEnd = 0;
  for (const segment of segments) {
    // OCR debris after the house number ("Straße des Friedens 75 X . -")
    const kept = trimJunk(segment.text);
    const text = segment.text.slice(0, kept.end);
    street = parseStreetInText(text);
    if (street) {
      streetStart = lead + cell.start + segment.start + street.start;
      streetEnd = lead + cell.start + segment.start + text.length;
      break;
    }
  }
  if (!street || !context.layout || !context.line) return [];
  // nothing else may follow the street in its cell but a floor or flat ("2. OG links")
  const offset = context.offset ?? 0;
  const line = context.line;
  const charWidth = line.text.length > 0 ? line.width / line.text.length : 0;
  const streetX = line.x + charWidth * (offset + streetStart);
  const candidates: Line[] = [];
  const right = rightOf(context.layout, line)[0];
  if (right) candidates.push(right);
  const column = below(context.layout, line, 4.2, streetX, streetX + charWidth * (streetEnd - streetStart));
  const next = column[0];
  if (next && next.y - line.y <= line.height * 2.6) candidates.push(next);
  // a form prints the postcode's caption between them ("Postleitzahl und Wohnort" over "17489 Greifswald")
  // (captions of a row of cells: "PLZ | Ort" over "34117 | Kassel"): the first line with a figure after short lines without
  // (a floor or flat on its own line before them: "2. OG rechts")
  const afterCaptions = column.find((other) => /\d/.test(other.text) && !FLOOR_LINE.test(other.text));
  const captions = afterCaptions ? column.slice(0, column.indexOf(afterCaptions)) : [];
  if (afterCaptions && captions.length > 0 && captions.every((other) => other.text.trim().length <= 40) && afterCaptions.y - line.y <= line.height * 5) candidates.push(afterCaptions);
  // the postcode's cell may sit below a caption to the right ("PLZ, Ort" over "04107 Leipzig")
  if (right) {
    const underRight = below(context.layout, right, 1.6)[0];
    if (underRight && !right.text.match(/\d{5}/) && underRight.y - line.y <= line.height * 2.6) candidates.push(underRight);
  }
  for (const cell of candidates) {
    // a postcode in a cell of its own, the place in the next ("Berliner Str. 2d | 08523 | Plauen",
    // "PLZ | Ort" over "65929 | Frankfurt am Main")
    const place = /^\s*\d{5}\s*$/.test(cell.text) ? rightOf(context.layout, cell)[0] : undefined;
    const candidate = { text: place ? `${cell.text.trim()} ${place.text.trim()}` : cell.text };
    const nextPlace = parsePostcodeCity(candidate.text);
    if (!nextPlace) continue;
    const lead = candidate.text.slice(0, nextPlace.start);
    const debris = trimJunk(lead);
    // (its caption may lead to it with dots, after a field key: "Postleitzahl, Wohnort ........ 55283 Nierstein", "0302 Postleitzahl, Ort ....: 21073 Hamburg")
    if (nextPlace.start > 3 && debris.end > debris.start && !/^\s*(\d{2,4}[.)]?\s+)?(PLZ|Postleitzahl|Ort|Wohnort)(\s*[,/]?\s*(und\s+)?(Ort|Wohnort))?\s*[.…·_]*\s*:?\s*$/i.test(lead)) continue;
    const value = formatAddress({ street: street.street, number: street.number, postcode: nextPlace.postcode, city: nextPlace.city });
    return [{ value, start: streetStart, end: streetEnd, quality: 0.97 }];
  }
  return [];
}

/** A line that only says where in the house the flat is: "2. OG rechts", "EG links", "3. Etage". */
const FLOOR_LINE = new RegExp(`^\\s*(\\d{1,2}\\.\\s*)?(${FLOOR_WORDS}|Etage|Stock)(\\s+(links|rechts|Mitte|li\\.?|re\\.?))?\\s*$`, 'iu');

function splitSegments(text: string): { text: string; start: number }[] {
  const segments: { text: string; start: number }[] = [];
  const re = /[^,;]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) segments.push({ text: trimmed, start: m.index! + lead });
  }
  return segments;
}

/**
 * A German pension insurance number (Versicherungsnummer): 2 digits area, 6 digits birth date, the
 * initial of the birth name (a letter, so an O stays an O), 3 digits. OCR look-alikes are repaired
 * only in the digit positions.
 */
export function parseVersicherungsnummer(text: string): Candidate[] {
  // (OCR doubles the letter at times: "53 180685 Ss 490")
  const re = /(?<![A-Za-z0-9])([0-9OIl]\s?[0-9OIl])\s?((?:[0-9OIl]\s?){5}[0-9OIl])\s?([A-Za-z])([a-z])?\s?([0-9OIl]\s?[0-9OIl]\s?[0-9OIl])(?![A-Za-z0-9])/g;
  const digits = (part: string) => part.replace(/\s/g, '').replace(/O/g, '0').replace(/[Il]/g, '1');
  for (const m of text.matchAll(re)) {
    if (m[4] !== undefined && m[4] !== m[3].toLowerCase()) continue;
    const value = `${digits(m[1])}${digits(m[2])}${m[3].toUpperCase()}${digits(m[5])}`;
    if (!/^\d{8}[A-Z]\d{3}$/.test(value)) continue;
    return [{ value, start: m.index!, end: m.index! + m[0].length, quality: 1 }];
  }
  return [];
}

/** A customer number: one token (or a few grouped ones) of digits and capitals with at least 4 digits. */
export function parseKundennummer(text: string): Candidate[] {
  const cell = firstCell(text);
  const piece = text.slice(cell.start, cell.end);
  const m = /^([A-Z0-9][A-Z0-9\-/]*(?:\s[A-Z0-9][A-Z0-9\-/]*){0,3})/.exec(piece);
  if (!m) return [];
  let value = m[1];
  // keep only the groups that belong to the number (stop at a word)
  const groups = value.split(' ');
  const kept: string[] = [];
  for (const group of groups) {
    if ((/^[A-Z]{2,}$/.test(group) || /^[A-Z]$/.test(group)) && kept.length > 0) break;
    kept.push(group);
  }
  value = kept.join(' ');
  if ((value.match(/\d/g) ?? []).length < 4) return [];
  const end = cell.start + value.length;
  // the Bundesagentur's customer number is three digits, a letter, six digits ("921B814206"); a digit
  // where the letter belongs is the letter misread by OCR (8 for B, 6 for G, …)
  const ba = /^(\d{3})(\d)(\d{6})$/.exec(value);
  if (ba && DIGIT_AS_LETTER[ba[2]]) return [{ value: `${ba[1]}${DIGIT_AS_LETTER[ba[2]]}${ba[3]}`, start: cell.start, end, quality: 0.6 }];
  return [{ value, start: cell.start, end, quality: 1 }];
}

const DIGIT_AS_LETTER: Record<string, string> = { '8': 'B', '6': 'G', '0': 'D', '5': 'S', '2': 'Z', '1': 'I', '4': 'A', '7': 'T' };
