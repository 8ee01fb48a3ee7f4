/**
 * The keyboard shortcuts: which key does what where. One table feeds the key handling, the help
 * dialog (`?`) and the README. Rules that keep them from getting in the way:
 * - a single character (`?`, `/`, `j`, `+`) never fires while the focus is in a field where one
 *   types, and all of them can be switched off in the help dialog (WCAG 2.1.4);
 * - Alt shortcuts use letters no browser menu uses (not Alt+D: the address bar), and never fire
 *   with Ctrl (AltGr on a German keyboard is Ctrl+Alt and types @, €, {, …);
 * - Esc leaves the task only from outside a field (in a field it belongs to the field: a date
 *   picker closes, a select drops its list).
 */

export type Aktion =
  | 'hilfe'
  | 'filter'
  | 'zeile-weiter'
  | 'zeile-zurueck'
  | 'abschliessen'
  | 'zurueck'
  | 'naechster-wert'
  | 'voriger-wert'
  | 'dokumente'
  | 'vergroessern'
  | 'verkleinern'
  | 'einpassen';

export type Ansicht = 'anmeldung' | 'liste' | 'aufgabe';

/** where the focus is: a field one types into, the task table, the document viewer, anywhere else */
export type Ort = 'eingabe' | 'liste' | 'viewer' | 'sonst';

export interface Taste {
  key: string;
  code?: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export interface Kontext {
  ansicht: Ansicht;
  ort: Ort;
  /** single-character shortcuts switched on (default) or off */
  einzeltasten: boolean;
}

export interface Kuerzel {
  /** as shown to people, German key names */
  tasten: string[];
  beschreibung: string;
  wo: 'überall' | 'Liste' | 'Aufgabe' | 'Dokumentansicht';
  einzeltaste: boolean;
}

export const KUERZEL: readonly Kuerzel[] = [
  { tasten: ['?'], beschreibung: 'Diese Übersicht der Tastenkürzel öffnen', wo: 'überall', einzeltaste: true },
  { tasten: ['/'], beschreibung: 'Zu den Filtern springen', wo: 'Liste', einzeltaste: true },
  { tasten: ['↓', 'j'], beschreibung: 'Nächste Aufgabe (in der Tabelle)', wo: 'Liste', einzeltaste: true },
  { tasten: ['↑', 'k'], beschreibung: 'Vorige Aufgabe (in der Tabelle)', wo: 'Liste', einzeltaste: true },
  { tasten: ['Eingabe'], beschreibung: 'Aufgabe öffnen', wo: 'Liste', einzeltaste: false },
  { tasten: ['Strg+Eingabe'], beschreibung: 'Aufgabe abschließen (auch aus einem Feld heraus)', wo: 'Aufgabe', einzeltaste: false },
  { tasten: ['Alt+N'], beschreibung: 'Nächster zu prüfender Wert (markierte zuerst)', wo: 'Aufgabe', einzeltaste: false },
  { tasten: ['Alt+P'], beschreibung: 'Voriger zu prüfender Wert', wo: 'Aufgabe', einzeltaste: false },
  { tasten: ['Alt+U'], beschreibung: 'Zwischen Formular und Unterlagen wechseln', wo: 'Aufgabe', einzeltaste: false },
  { tasten: ['Esc'], beschreibung: 'Zurück zur Liste (außerhalb eines Feldes)', wo: 'Aufgabe', einzeltaste: false },
  { tasten: ['+'], beschreibung: 'Dokument vergrößern', wo: 'Dokumentansicht', einzeltaste: true },
  { tasten: ['-'], beschreibung: 'Dokument verkleinern', wo: 'Dokumentansicht', einzeltaste: true },
  { tasten: ['0'], beschreibung: 'Dokument an die Breite anpassen', wo: 'Dokumentansicht', einzeltaste: true },
  { tasten: ['Bild↑', 'Bild↓'], beschreibung: 'Im Dokument blättern', wo: 'Dokumentansicht', einzeltaste: false },
];

function buchstabe(taste: Taste, zeichen: string): boolean {
  // with Alt, macOS types another character (Alt+N is "˜"): the physical key decides then
  return taste.key.toLowerCase() === zeichen || taste.code === `Key${zeichen.toUpperCase()}`;
}

/** The action for a key press in a context, or undefined (the key then does what it always does). */
export function aktionFuer(taste: Taste, kontext: Kontext): Aktion | undefined {
  const { ansicht, ort } = kontext;
  if (ansicht === 'anmeldung') return undefined;

  if (ansicht === 'aufgabe') {
    if (taste.key === 'Enter' && (taste.ctrlKey || taste.metaKey) && !taste.altKey && !taste.shiftKey) return 'abschliessen';
    if (taste.altKey && !taste.ctrlKey && !taste.metaKey && !taste.shiftKey) {
      if (buchstabe(taste, 'n')) return 'naechster-wert';
      if (buchstabe(taste, 'p')) return 'voriger-wert';
      if (buchstabe(taste, 'u')) return 'dokumente';
    }
    if (taste.key === 'Escape' && ort !== 'eingabe' && !taste.altKey && !taste.ctrlKey && !taste.metaKey && !taste.shiftKey) return 'zurueck';
  }

  if (taste.altKey || taste.ctrlKey || taste.metaKey) return undefined;

  if (ansicht === 'liste' && ort === 'liste') {
    if (taste.key === 'ArrowDown' && !taste.shiftKey) return 'zeile-weiter';
    if (taste.key === 'ArrowUp' && !taste.shiftKey) return 'zeile-zurueck';
  }

  if (!kontext.einzeltasten || ort === 'eingabe') return undefined;
  if (taste.key === '?') return 'hilfe';
  if (ansicht === 'liste') {
    if (taste.key === '/') return 'filter';
    if (ort === 'liste' && taste.key === 'j' && !taste.shiftKey) return 'zeile-weiter';
    if (ort === 'liste' && taste.key === 'k' && !taste.shiftKey) return 'zeile-zurueck';
  }
  if (ansicht === 'aufgabe' && ort === 'viewer') {
    if (taste.key === '+' || taste.key === '=') return 'vergroessern';
    if (taste.key === '-') return 'verkleinern';
    if (taste.key === '0') return 'einpassen';
  }
  return undefined;
}
