/**
 * form-js speaks English in its own words (validation messages, "Select", "Expand all", button
 * labels for screen readers); the caseworkers read German. These are the texts of
 * @bpmn-io/form-js-viewer 1.17 in German; a text not known here is shown as form-js wrote it.
 */

function zahl(text: string): string {
  // form-js writes the schema's numbers as JavaScript does ("0.5"); German readers expect "0,5"
  return /^-?\d+\.\d+$/.test(text) ? text.replace('.', ',') : text;
}

const MELDUNGEN: ReadonlyArray<[RegExp, (...teile: string[]) => string]> = [
  [/^Field is required\.$/, () => 'Bitte ausfüllen.'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `Der Wert muss mindestens ${zahl(min)} sein.`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `Der Wert darf höchstens ${zahl(max)} sein.`],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Bitte mindestens ${n} Zeichen eingeben.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Bitte höchstens ${n} Zeichen eingeben.`],
  [/^Field must match pattern (.+)\.$/, () => 'Die Eingabe hat nicht die erwartete Form.'],
  [/^Field must be a valid +international phone number\..*$/, () => 'Bitte eine Telefonnummer im internationalen Format eingeben (z. B. +4930664040900).'],
  [/^Field must be a valid email\.$/, () => 'Bitte eine gültige E-Mail-Adresse eingeben.'],
  [/^Value is not a number\.$/, () => 'Bitte eine Zahl eingeben.'],
  [/^Value is expected to be an integer\.$/, () => 'Bitte eine ganze Zahl eingeben.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (n) => (n === '1' ? 'Bitte höchstens eine Nachkommastelle eingeben.' : `Bitte höchstens ${n} Nachkommastellen eingeben.`)],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, (a, b) => `Bitte einen gültigen Wert eingeben; die nächsten gültigen Werte sind ${zahl(a)} und ${zahl(b)}.`],
  [/^Date and time must both be entered\.$/, () => 'Bitte Datum und Uhrzeit eingeben.'],
];

/** A validation message of form-js in German. */
export function uebersetzeMeldung(text: string): string {
  for (const [muster, deutsch] of MELDUNGEN) {
    const treffer = muster.exec(text);
    if (treffer) return deutsch(...treffer.slice(1));
  }
  return text;
}

const DATUMSTEILE: Readonly<Record<string, string>> = { dd: 'TT', mm: 'MM', yyyy: 'JJJJ' };

const OBERFLAECHE: ReadonlyArray<[RegExp, (treffer: RegExpExecArray) => string]> = [
  [/^Select$/, () => 'Bitte wählen'],
  [/^Search$/, () => 'Suchen'],
  [/^No results$/, () => 'Keine Treffer'],
  [/^All values selected$/, () => 'Alle Werte gewählt'],
  [/^Increment$/, () => 'Erhöhen'],
  [/^Decrement$/, () => 'Verringern'],
  [/^Expand all \(\d+\)$/, () => 'Alle Einträge anzeigen'],
  [/^Collapse$/, () => 'Weniger anzeigen'],
  [/^Add new$/, () => 'Neuer Eintrag'],
  [/^Remove list item (\d+)$/, ([, n]) => `Eintrag ${n} entfernen`],
  [/^Remove tag$/, () => 'Entfernen'],
  [/^Previous page$/, () => 'Vorige Seite'],
  [/^Next page$/, () => 'Nächste Seite'],
  [/^Click to sort by (.+) descending$/, ([, spalte]) => `Nach ${spalte} absteigend sortieren`],
  [/^Click to sort by (.+) ascending$/, ([, spalte]) => `Nach ${spalte} aufsteigend sortieren`],
  [/^Click to remove sorting$/, () => 'Sortierung aufheben'],
  [/^Download (.+)$/, ([, datei]) => `${datei} herunterladen`],
  [/^Nothing to display\.?$/, () => 'Keine Einträge.'],
  [/^This is an image placeholder$/, () => 'Platzhalter für ein Bild'],
  // the date field's placeholder, from the browser's date format: "dd.mm.yyyy" → "TT.MM.JJJJ"
  [/^(?:dd|mm|yyyy)([./-])(?:dd|mm|yyyy)\1(?:dd|mm|yyyy)$/, ([format]) => format.replace(/dd|mm|yyyy/g, (teil) => DATUMSTEILE[teil])],
];

/** A text of form-js's interface (a label, a placeholder, a button's text) in German, or undefined if unknown. */
export function uebersetzeOberflaeche(text: string): string | undefined {
  const getrimmt = text.trim();
  if (getrimmt === '') return undefined;
  for (const [muster, deutsch] of OBERFLAECHE) {
    const treffer = muster.exec(getrimmt);
    if (treffer) return text.replace(getrimmt, deutsch(treffer));
  }
  return undefined;
}

/** flatpickr (form-js's date picker) in German. */
export const FLATPICKR_DEUTSCH = {
  weekdays: {
    shorthand: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
    longhand: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  },
  months: {
    shorthand: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
    longhand: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'KW',
  rangeSeparator: ' bis ',
  scrollTitle: 'Zum Ändern scrollen',
  toggleTitle: 'Zum Umschalten klicken',
  time_24hr: true,
};
