/**
 * One task: a header (task, case number, applicant, due date, who works on it, claim/unclaim,
 * Abschließen), the form on the left and the case's documents on the right. The first document
 * is fetched the moment the task detail arrives, while form-js is still building the form.
 */
import type { AufgabeDetail, Sitzung } from '../../api.ts';
import { ApiFehler, type ApiClient } from '../api-client.ts';
import { zeigeDialog } from '../dialog.ts';
import { el } from '../dom.ts';
import { anzahl, datumZeit, faelligText } from '../format.ts';
import { Formular } from '../formular.ts';
import { meldeFehler, meldeStatus, meldungenLeeren } from '../meldungen.ts';
import { aufgabeGeoeffnet } from '../messung.ts';
import type { Aktion } from '../shortcuts.ts';
import { DokumentViewer } from '../viewer/dokument-viewer.ts';
import type { Ansicht } from './liste.ts';

/** how long the form waits for the first page to be painted before it is built anyway */
const ERSTES_DOKUMENT_VORRANG_MS = 600;

export interface AufgabeOptionen {
  api: ApiClient;
  sitzung: Sitzung;
  key: string;
  /** back to the list, with a status message for it */
  zurueck: (meldung?: string) => void;
}

export function zeigeAufgabe(main: HTMLElement, optionen: AufgabeOptionen): Ansicht {
  aufgabeGeoeffnet();
  const { api, sitzung, key } = optionen;
  const abbruch = new AbortController();
  let detail: AufgabeDetail | undefined;
  let formular: Formular | undefined;
  let viewer: DokumentViewer | undefined;
  let zerstoert = false;
  let beschaeftigt = false;

  const titel = el('h1', { tabindex: -1 }, 'Aufgabe wird geladen …');
  const angaben = el('dl', { class: 'angaben' });
  const zuweisenKnopf = el('button', { type: 'button', class: 'knopf', hidden: true });
  const abschliessenKnopf = el('button', { type: 'button', class: 'knopf knopf-haupt', disabled: true, 'aria-keyshortcuts': 'Control+Enter' }, 'Abschließen', el('span', { class: 'kuerzel-hinweis', 'aria-hidden': 'true' }, ' (Strg+Eingabe)'));
  const formularFlaeche = el('div', { class: 'formular-flaeche', 'aria-busy': 'true' }, el('p', {}, 'Formular wird geladen …'));
  const unterlagenSpalte = el('div', { class: 'spalte-unterlagen' });
  const zurueckLink = el('a', { href: '/tasklist', class: 'zurueck-link' }, el('span', { 'aria-hidden': 'true' }, '← '), 'Zurück zur Liste');

  main.replaceChildren(
    el(
      'div',
      { class: 'aufgabe' },
      el('div', { class: 'aufgabe-kopf' }, el('p', {}, zurueckLink), titel, angaben, el('div', { class: 'aufgabe-aktionen' }, zuweisenKnopf, abschliessenKnopf)),
      el(
        'div',
        { class: 'spalten' },
        el('section', { class: 'spalte-formular', 'aria-labelledby': 'formular-titel' }, el('h2', { id: 'formular-titel', class: 'nur-vorgelesen' }, 'Formular'), formularFlaeche),
        unterlagenSpalte,
      ),
    ),
  );
  titel.focus();

  const bearbeiterText = () => {
    const zugewiesen = detail?.aufgabe.bearbeitung;
    if (!zugewiesen) return 'niemand';
    return zugewiesen === sitzung.benutzer.id ? `Ihnen (${sitzung.benutzer.name})` : zugewiesen;
  };

  const kopfZeichnen = () => {
    if (!detail) return;
    const a = detail.aufgabe;
    document.title = `${a.name}${a.fallnummer ? ` – ${a.fallnummer}` : ''} – Wohngeld-Aufgaben`;
    titel.textContent = a.name;
    const eintrag = (begriff: string, wert: string | Node) => el('div', { class: 'angabe' }, el('dt', {}, begriff), el('dd', {}, wert));
    angaben.replaceChildren(
      eintrag('Fallnummer', a.fallnummer ?? '–'),
      eintrag('Antragsteller', a.antragsteller ?? '–'),
      eintrag('Fällig', faelligText(a.faellig, new Date())),
      eintrag('Erstellt', datumZeit(a.erstellt)),
      eintrag('Bearbeitet von', bearbeiterText()),
    );
    const meine = a.bearbeitung === sitzung.benutzer.id;
    zuweisenKnopf.hidden = false;
    zuweisenKnopf.textContent = meine ? 'Abgeben' : 'Übernehmen';
    zuweisenKnopf.dataset.aktion = meine ? 'abgeben' : 'uebernehmen';
  };

  const laden = async () => {
    try {
      detail = await api.aufgabe(key, abbruch.signal);
    } catch (error) {
      if (zerstoert || (error instanceof ApiFehler && error.status === 401)) return;
      titel.textContent = 'Aufgabe nicht verfügbar';
      formularFlaeche.removeAttribute('aria-busy');
      const text = error instanceof ApiFehler ? error.meldung : 'Die Aufgabe konnte nicht geladen werden.';
      formularFlaeche.replaceChildren(el('p', {}, text), el('p', {}, el('a', { href: '/tasklist' }, 'Zur Aufgabenliste')));
      meldeFehler(text);
      return;
    }
    if (zerstoert) return;
    performance.mark('tasklist:detail');
    viewer = new DokumentViewer(api, detail.dokumente);
    unterlagenSpalte.append(viewer.element);
    const erstesDokument = viewer.oeffne(0);
    kopfZeichnen();
    titel.focus();

    if (detail.formular) {
      // form-js holds the main thread for a few hundred milliseconds while it builds the form: the
      // first page is painted before (unless its download takes long), so the caseworker can read
      await Promise.race([erstesDokument, new Promise((resolve) => window.setTimeout(resolve, ERSTES_DOKUMENT_VORRANG_MS))]);
      if (zerstoert) return;
      formularFlaeche.replaceChildren();
      try {
        formular = await Formular.erstellen({
          container: formularFlaeche,
          schema: detail.formular,
          variablen: detail.variablen,
          zeileGewaehlt: (zeile) => void viewer?.zeigeBeleg(zeile),
        });
      } catch {
        formularFlaeche.replaceChildren(el('p', { class: 'seite-fehler' }, 'Das Formular dieser Aufgabe konnte nicht angezeigt werden. Bitte wenden Sie sich an die Fachadministration.'));
        meldeFehler('Das Formular dieser Aufgabe konnte nicht angezeigt werden.');
        formularFlaeche.removeAttribute('aria-busy');
        return;
      }
      performance.mark('tasklist:formular');
      if (zerstoert) return formular.zerstoeren();
      const zuPruefen = formular.listen.reduce((n, l) => n + l.zeilen.filter((z) => z.pruefen).length, 0);
      if (zuPruefen > 0) meldeStatus(`${anzahl(zuPruefen, 'Wert ist', 'Werte sind')} zum Prüfen markiert. Alt+N springt zum nächsten.`);
    } else {
      formularFlaeche.replaceChildren(el('p', {}, 'Zu dieser Aufgabe gehört kein Formular. „Abschließen“ schließt sie ohne Eingaben ab.'));
    }
    formularFlaeche.removeAttribute('aria-busy');
    abschliessenKnopf.disabled = false;
  };

  const zuweisen = async () => {
    if (!detail || beschaeftigt) return;
    const art = zuweisenKnopf.dataset.aktion === 'abgeben' ? 'abgeben' : 'uebernehmen';
    beschaeftigt = true;
    try {
      if (art === 'uebernehmen') await api.uebernehmen(key);
      else await api.abgeben(key);
      detail.aufgabe.bearbeitung = art === 'uebernehmen' ? sitzung.benutzer.id : undefined;
      kopfZeichnen();
      meldeStatus(art === 'uebernehmen' ? 'Sie bearbeiten diese Aufgabe jetzt.' : 'Die Aufgabe ist abgegeben.');
      zuweisenKnopf.focus();
    } catch (error) {
      if (!(error instanceof ApiFehler && error.status === 401)) meldeFehler(error instanceof ApiFehler ? error.meldung : 'Die Zuweisung ist fehlgeschlagen.');
    } finally {
      beschaeftigt = false;
    }
  };

  const abschliessen = async () => {
    if (!detail || beschaeftigt || abschliessenKnopf.disabled) return;
    meldungenLeeren();
    let daten: Record<string, unknown> = {};
    if (formular) {
      const ergebnis = formular.absenden();
      if (ergebnis.fehlerAnzahl > 0) {
        // counted on the page: a field in a list reports its rows' errors under one key
        const namen = await formular.fehlerZeigen();
        const anzahl = Math.max(namen.length, 1);
        const liste = [...new Set(namen)].join(', ');
        meldeFehler(`${anzahl === 1 ? 'Ein Feld ist' : `${anzahl} Felder sind`} noch nicht richtig ausgefüllt${liste ? `: ${liste}` : ''}. Die Hinweise stehen an den Feldern.`);
        return;
      }
      daten = ergebnis.daten;
    }
    const zugewiesen = detail.aufgabe.bearbeitung;
    if (zugewiesen && zugewiesen !== sitzung.benutzer.id) {
      meldeFehler(`Diese Aufgabe bearbeitet ${zugewiesen}. Übernehmen Sie sie, bevor Sie sie abschließen.`);
      zuweisenKnopf.focus();
      return;
    }
    beschaeftigt = true;
    abschliessenKnopf.disabled = true;
    abschliessenKnopf.setAttribute('aria-busy', 'true');
    try {
      // an unassigned task is taken over on the way: one keystroke, not two
      if (!zugewiesen) {
        await api.uebernehmen(key);
        detail.aufgabe.bearbeitung = sitzung.benutzer.id;
      }
      await api.abschliessen(key, daten);
      const a = detail.aufgabe;
      formular = undefined;
      optionen.zurueck(`„${a.name}“${a.fallnummer ? ` (${a.fallnummer})` : ''} ist abgeschlossen. Der Fall geht weiter.`);
    } catch (error) {
      if (error instanceof ApiFehler && error.status === 401) return;
      meldeFehler(error instanceof ApiFehler ? error.meldung : 'Die Aufgabe konnte nicht abgeschlossen werden.');
      kopfZeichnen();
      abschliessenKnopf.focus();
    } finally {
      beschaeftigt = false;
      abschliessenKnopf.disabled = zerstoert;
      abschliessenKnopf.removeAttribute('aria-busy');
    }
  };

  const verlassen = async () => {
    if (formular?.geaendert) {
      const wahl = await zeigeDialog({
        titel: 'Eingaben verwerfen?',
        inhalt: [el('p', {}, 'Sie haben in dieser Aufgabe Werte eingegeben, die noch nicht abgeschlossen sind. Sie gehen verloren, wenn Sie zur Liste zurückkehren.')],
        knoepfe: [
          { text: 'Weiter bearbeiten', wert: 'bleiben' },
          { text: 'Verwerfen und zur Liste', wert: 'verwerfen' },
        ],
        abbruchWert: 'bleiben',
      });
      if (wahl !== 'verwerfen') return;
    }
    optionen.zurueck();
  };

  zuweisenKnopf.addEventListener('click', () => void zuweisen());
  abschliessenKnopf.addEventListener('click', () => void abschliessen());
  zurueckLink.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    void verlassen();
  });

  void laden();

  return {
    aktion(aktion: Aktion) {
      switch (aktion) {
        case 'abschliessen':
          void abschliessen();
          return true;
        case 'zurueck':
          void verlassen();
          return true;
        case 'naechster-wert':
        case 'voriger-wert':
          return formular?.zuNaechstemWert(aktion === 'naechster-wert' ? 1 : -1) ?? false;
        case 'dokumente':
          if (viewer?.enthaelt(document.activeElement)) formular?.fokussieren();
          else viewer?.fokussieren();
          return true;
        case 'vergroessern':
          viewer?.vergroessern();
          return true;
        case 'verkleinern':
          viewer?.verkleinern();
          return true;
        case 'einpassen':
          viewer?.einpassen();
          return true;
        default:
          return false;
      }
    },
    zerstoeren() {
      zerstoert = true;
      abbruch.abort();
      formular?.zerstoeren();
      viewer?.zerstoeren();
    },
  };
}

/** Is the focus in the document viewer (where +, - and 0 zoom)? */
export function fokusImViewer(element: Element | null): boolean {
  return !!element?.closest('.unterlagen');
}
