/** The sign-in form, shown while GET /tasklist/api/sitzung answers 401. */
import type { Sitzung } from '../../api.ts';
import { ApiFehler, type ApiClient } from '../api-client.ts';
import { el } from '../dom.ts';
import { meldeFehler, meldungenLeeren } from '../meldungen.ts';

export interface AnmeldungOptionen {
  api: ApiClient;
  /** e.g. "Ihre Sitzung ist abgelaufen." */
  hinweis?: string;
  angemeldet: (sitzung: Sitzung) => void;
}

export function zeigeAnmeldung(main: HTMLElement, optionen: AnmeldungOptionen): void {
  document.title = 'Anmeldung – Wohngeld-Aufgaben';
  const fehlerId = 'anmeldung-fehler';
  const benutzer = el('input', { id: 'anmeldung-benutzer', name: 'benutzer', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const passwort = el('input', { id: 'anmeldung-passwort', name: 'passwort', type: 'password', autocomplete: 'current-password', required: true });
  const fehler = el('p', { id: fehlerId, class: 'feld-fehler', hidden: true });
  const knopf = el('button', { type: 'submit', class: 'knopf knopf-haupt' }, 'Anmelden');
  const formular = el(
    'form',
    { class: 'anmeldung', novalidate: true },
    el('div', { class: 'feld' }, el('label', { for: benutzer.id }, 'Benutzername'), benutzer),
    el('div', { class: 'feld' }, el('label', { for: passwort.id }, 'Passwort'), passwort),
    fehler,
    knopf,
  );

  const zeigeFehler = (text: string, feld: HTMLInputElement) => {
    fehler.textContent = text;
    fehler.hidden = false;
    for (const f of [benutzer, passwort]) {
      f.setAttribute('aria-invalid', String(f === feld));
      if (f === feld) f.setAttribute('aria-describedby', fehlerId);
      else f.removeAttribute('aria-describedby');
    }
    meldeFehler(text);
    feld.focus();
  };

  formular.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!benutzer.value.trim()) return zeigeFehler('Bitte geben Sie Ihren Benutzernamen ein.', benutzer);
    if (!passwort.value) return zeigeFehler('Bitte geben Sie Ihr Passwort ein.', passwort);
    knopf.disabled = true;
    knopf.textContent = 'Anmeldung läuft …';
    try {
      const sitzung = await optionen.api.anmelden(benutzer.value.trim(), passwort.value);
      meldungenLeeren();
      optionen.angemeldet(sitzung);
    } catch (error) {
      const text = error instanceof ApiFehler ? error.meldung : 'Die Anmeldung ist fehlgeschlagen.';
      passwort.value = '';
      zeigeFehler(text, error instanceof ApiFehler && error.status === 401 ? passwort : benutzer);
    } finally {
      knopf.disabled = false;
      knopf.textContent = 'Anmelden';
    }
  });

  main.replaceChildren(
    el(
      'section',
      { class: 'anmeldung-rahmen', 'aria-labelledby': 'anmeldung-titel' },
      el('h1', { id: 'anmeldung-titel' }, 'Anmeldung'),
      el('p', {}, 'Melden Sie sich an, um Ihre Aufgaben zu sehen.'),
      optionen.hinweis ? el('p', { class: 'hinweis' }, optionen.hinweis) : null,
      formular,
    ),
  );
  benutzer.focus();
}
