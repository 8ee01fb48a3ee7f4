/** The help dialog (`?`): every shortcut, and the switch for single-key shortcuts (WCAG 2.1.4). */
import { zeigeDialog } from './dialog.ts';
import { el } from './dom.ts';
import { KUERZEL } from './shortcuts.ts';

const SPEICHER = 'tasklist:einzeltasten';

export function einzeltastenAn(): boolean {
  try {
    return localStorage.getItem(SPEICHER) !== 'aus';
  } catch {
    return true;
  }
}

function setzeEinzeltasten(an: boolean): void {
  try {
    localStorage.setItem(SPEICHER, an ? 'an' : 'aus');
  } catch {
    // private mode without storage: the choice lasts until the page is reloaded
  }
}

export async function zeigeHilfe(): Promise<void> {
  const zeilen = KUERZEL.map((k) =>
    el(
      'tr',
      {},
      el('td', {}, k.tasten.flatMap((taste, i) => [i > 0 ? ' oder ' : '', el('kbd', {}, taste)])),
      el('td', {}, k.beschreibung),
      el('td', {}, k.wo),
    ),
  );
  const tabelle = el(
    'table',
    { class: 'kuerzel' },
    el('caption', { class: 'nur-vorgelesen' }, 'Tastenkürzel'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Tasten'), el('th', { scope: 'col' }, 'Wirkung'), el('th', { scope: 'col' }, 'Wo'))),
    el('tbody', {}, zeilen),
  );
  const schalter = el('input', { type: 'checkbox', id: 'einzeltasten' });
  schalter.checked = einzeltastenAn();
  schalter.addEventListener('change', () => setzeEinzeltasten(schalter.checked));
  await zeigeDialog({
    titel: 'Tastenkürzel',
    inhalt: [
      el('p', {}, 'Alles ist mit der Tabulatortaste erreichbar. Diese Kürzel sparen Wege:'),
      tabelle,
      el('p', { class: 'schalter' }, schalter, ' ', el('label', { for: 'einzeltasten' }, 'Kürzel mit einzelnen Zeichen (?, /, j, k, +, -, 0) verwenden')),
    ],
    knoepfe: [{ text: 'Schließen', wert: 'schliessen', hauptaktion: true }],
    abbruchWert: 'schliessen',
  });
}
