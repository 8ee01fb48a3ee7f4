/**
 * The tasklist app: signs in (or finds the session), then shows the list or a task as the address
 * says, and routes the keyboard shortcuts to the view in front.
 */
import type { Sitzung } from '../api.ts';
import { ApiClient, ApiFehler } from './api-client.ts';
import { istEingabe } from './dom.ts';
import { einzeltastenAn, zeigeHilfe } from './hilfe.ts';
import { meldeFehler, meldeStatus, meldungenLeeren } from './meldungen.ts';
import { Router, type Ziel } from './router.ts';
import { aktionFuer, type Ansicht as AnsichtsArt, type Ort } from './shortcuts.ts';
import { zeigeAnmeldung } from './views/anmeldung.ts';
import { fokusImViewer, zeigeAufgabe } from './views/aufgabe.ts';
import { type Ansicht, fokusInListe, zeigeListe } from './views/liste.ts';
import { pdfWorker } from './viewer/pdfjs.ts';

function element<T extends HTMLElement>(id: string): T {
  const gefunden = document.getElementById(id);
  if (!gefunden) throw new Error(`#${id} fehlt in index.html`);
  return gefunden as T;
}

const flaeche = element<HTMLDivElement>('ansicht');
const benutzerAnzeige = element<HTMLSpanElement>('benutzer');
const abmeldenKnopf = element<HTMLButtonElement>('abmelden');
const hilfeKnopf = element<HTMLButtonElement>('hilfe');
const navigation = element<HTMLElement>('navigation');

let sitzung: Sitzung | undefined;
let ansicht: Ansicht | undefined;
let art: AnsichtsArt = 'anmeldung';
/** the list's filters when it was left, so "back to the list" shows the same list */
let letzteSuche = '';
let letzteAufgabe: string | undefined;

const api = new ApiClient(() => {
  if (!sitzung) return;
  sitzung = undefined;
  anmeldung('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an; danach geht es hier weiter.');
});

const router = new Router((ziel) => zeige(ziel));

function kopf(): void {
  benutzerAnzeige.textContent = sitzung ? `Angemeldet: ${sitzung.benutzer.name}` : '';
  abmeldenKnopf.hidden = !sitzung;
  navigation.hidden = !sitzung;
}

function anmeldung(hinweis?: string): void {
  ansicht?.zerstoeren();
  ansicht = undefined;
  art = 'anmeldung';
  kopf();
  zeigeAnmeldung(flaeche, {
    api,
    hinweis,
    angemeldet: (neu) => {
      sitzung = neu;
      kopf();
      pdfWorker();
      zeige(router.aktuell());
    },
  });
}

function zeige(ziel: Ziel): void {
  if (!sitzung) return anmeldung();
  ansicht?.zerstoeren();
  ansicht = undefined;
  if (ziel.ansicht === 'aufgabe') {
    meldungenLeeren();
    art = 'aufgabe';
    letzteAufgabe = ziel.key;
    ansicht = zeigeAufgabe(flaeche, {
      api,
      sitzung,
      key: ziel.key,
      zurueck: (meldung) => {
        router.geheZu({ ansicht: 'liste', suche: letzteSuche });
        if (meldung) meldeStatus(meldung);
      },
    });
    return;
  }
  art = 'liste';
  letzteSuche = ziel.suche;
  ansicht = zeigeListe(flaeche, {
    api,
    sitzung,
    suche: ziel.suche,
    fokusKey: letzteAufgabe,
    sucheGeaendert: (suche) => {
      letzteSuche = suche;
      router.setzeSuche(suche);
    },
  });
  letzteAufgabe = undefined;
}

function ort(aktiv: Element | null): Ort {
  // a date picker's calendar or a dropdown list handles its own keys (Esc closes it)
  if (istEingabe(aktiv) || aktiv?.closest('.flatpickr-calendar, .fjs-dropdownlist, [role="listbox"], [role="combobox"]')) return 'eingabe';
  if (fokusInListe(aktiv)) return 'liste';
  if (fokusImViewer(aktiv)) return 'viewer';
  return 'sonst';
}

// In the capture phase, before form-js sees the key: its select would take Strg+Enter as a choice.
document.addEventListener(
  'keydown',
  (event) => {
    if (event.isComposing || document.querySelector('dialog[open]')) return;
    const aktion = aktionFuer(event, { ansicht: art, ort: ort(document.activeElement), einzeltasten: einzeltastenAn() });
    if (!aktion) return;
    if (aktion === 'hilfe') void zeigeHilfe();
    else if (!ansicht?.aktion(aktion)) return;
    event.preventDefault();
    event.stopPropagation();
  },
  { capture: true },
);

hilfeKnopf.addEventListener('click', () => void zeigeHilfe());
abmeldenKnopf.addEventListener('click', async () => {
  try {
    await api.abmelden();
  } catch (error) {
    if (!(error instanceof ApiFehler && error.status === 401)) {
      meldeFehler(error instanceof ApiFehler ? error.meldung : 'Die Abmeldung ist fehlgeschlagen.');
      return;
    }
  }
  sitzung = undefined;
  meldungenLeeren();
  anmeldung();
  meldeStatus('Sie sind abgemeldet.');
});

async function start(): Promise<void> {
  try {
    sitzung = await api.sitzung();
  } catch (error) {
    flaeche.replaceChildren();
    meldeFehler(error instanceof ApiFehler ? error.meldung : 'Die Aufgabenliste konnte nicht starten.');
    return;
  }
  if (!sitzung) return anmeldung();
  kopf();
  // the pdf.js worker loads while the caseworker looks at the list
  pdfWorker();
  zeige(router.aktuell());
}

void start();
