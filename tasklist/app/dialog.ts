/**
 * Modal dialogs on the native <dialog>: showModal() makes the rest of the page inert (the focus
 * stays inside), Esc closes it; the focus goes back to where it was before, which browsers do not
 * all do by themselves.
 */
import { el, neueId } from './dom.ts';

export interface DialogOptionen {
  titel: string;
  inhalt: Node[];
  /** the buttons, the first one gets the focus unless `fokus` says otherwise; each closes with its `wert` */
  knoepfe: Array<{ text: string; wert: string; hauptaktion?: boolean }>;
  /** the element to focus first, if not the first button */
  fokus?: HTMLElement;
  /** the value when closed with Esc */
  abbruchWert: string;
}

export function zeigeDialog(optionen: DialogOptionen): Promise<string> {
  const vorher = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const titelId = neueId('dialog-titel');
  const knoepfe = optionen.knoepfe.map((k) => el('button', { type: 'button', class: k.hauptaktion ? 'knopf knopf-haupt' : 'knopf', 'data-wert': k.wert }, k.text));
  const dialog = el('dialog', { class: 'dialog', 'aria-labelledby': titelId }, el('h2', { id: titelId }, optionen.titel), ...optionen.inhalt, el('div', { class: 'dialog-knoepfe' }, knoepfe));
  document.body.append(dialog);

  return new Promise<string>((resolve) => {
    let wert = optionen.abbruchWert;
    for (const knopf of knoepfe) {
      knopf.addEventListener('click', () => {
        wert = knopf.dataset.wert ?? optionen.abbruchWert;
        dialog.close();
      });
    }
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (vorher?.isConnected) vorher.focus();
      resolve(wert);
    });
    dialog.showModal();
    (optionen.fokus ?? knoepfe[0])?.focus();
  });
}
