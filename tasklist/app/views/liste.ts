/**
 * The list of open user tasks: filters (labelled selects, kept in the address), a table with the
 * case number and applicant on each row, sorting by due date and age (column headers and a
 * select), claim and unclaim per row. The list refreshes itself every few seconds, so a case that
 * comes back after a correction appears without reloading; the focus stays where it was.
 */
import type { AufgabenFilter, AufgabenListe, AufgabeZeile, Sitzung } from '../../api.ts';
import { ApiFehler, type ApiClient } from '../api-client.ts';
import { el, unsichtbar } from '../dom.ts';
import { ariaSort, filterAusSuche, sortiereNach, sortierungVon, sucheAusFilter } from '../filter.ts';
import { anzahl, datumZeit, dringlichkeit, faelligText } from '../format.ts';
import { meldeFehler, meldeStatus } from '../meldungen.ts';
import type { Aktion } from '../shortcuts.ts';
import { adresse } from '../router.ts';

const AKTUALISIEREN_MS = 5000;

export interface ListenOptionen {
  api: ApiClient;
  sitzung: Sitzung;
  suche: string;
  /** the filters changed: the address follows */
  sucheGeaendert: (suche: string) => void;
  /** focus this task's row when it is in the list (coming back from it) */
  fokusKey?: string;
}

export interface Ansicht {
  aktion(aktion: Aktion): boolean;
  zerstoeren(): void;
}

type Auswahl = { wert: string; text: string };

function auswahl(id: string, beschriftung: string, optionen: Auswahl[], wert: string): { feld: HTMLDivElement; select: HTMLSelectElement } {
  const select = el('select', { id, name: id });
  setzeOptionen(select, optionen, wert);
  return { feld: el('div', { class: 'feld' }, el('label', { for: id }, beschriftung), select), select };
}

function setzeOptionen(select: HTMLSelectElement, optionen: Auswahl[], wert: string): void {
  const gleich = select.options.length === optionen.length && optionen.every((o, i) => select.options[i].value === o.wert && select.options[i].text === o.text);
  if (!gleich) select.replaceChildren(...optionen.map((o) => el('option', { value: o.wert }, o.text)));
  select.value = optionen.some((o) => o.wert === wert) ? wert : '';
}

const SORTIERUNGEN: Auswahl[] = [
  { wert: 'faelligkeit:asc', text: 'Fälligkeit, früheste zuerst' },
  { wert: 'faelligkeit:desc', text: 'Fälligkeit, späteste zuerst' },
  { wert: 'alter:asc', text: 'Alter, älteste zuerst' },
  { wert: 'alter:desc', text: 'Alter, neueste zuerst' },
];

export function zeigeListe(main: HTMLElement, optionen: ListenOptionen): Ansicht {
  const { api, sitzung } = optionen;
  document.title = 'Offene Aufgaben – Wohngeld-Aufgaben';
  let filter: AufgabenFilter = filterAusSuche(optionen.suche);
  let liste: AufgabenListe | undefined;
  let laufend: AbortController | undefined;
  let zerstoert = false;
  let fokusKey = optionen.fokusKey;

  const gruppe = auswahl('filter-gruppe', 'Gruppe', [{ wert: '', text: 'Alle meine Gruppen' }], filter.gruppe ?? '');
  const bearbeitung = auswahl(
    'filter-bearbeitung',
    'Bearbeitung',
    [
      { wert: '', text: 'Alle' },
      { wert: 'ich', text: 'Mir zugewiesen' },
      { wert: 'niemand', text: 'Niemandem zugewiesen' },
    ],
    filter.bearbeitung === 'alle' ? '' : (filter.bearbeitung ?? ''),
  );
  const faellig = auswahl(
    'filter-faellig',
    'Fällig',
    [
      { wert: '', text: 'Beliebig' },
      { wert: 'ueberfaellig', text: 'Überfällig' },
      { wert: 'heute', text: 'Bis heute' },
      { wert: 'woche', text: 'In den nächsten 7 Tagen' },
    ],
    filter.faellig ?? '',
  );
  const prozess = auswahl('filter-prozess', 'Prozess', [{ wert: '', text: 'Alle Prozesse' }], filter.prozess ?? '');
  const sortierung = auswahl('filter-sortierung', 'Sortierung', SORTIERUNGEN, `${sortierungVon(filter).sortierung}:${sortierungVon(filter).richtung}`);
  const aktualisieren = el('button', { type: 'button', class: 'knopf' }, 'Aktualisieren');

  const filterFormular = el(
    'form',
    { class: 'filter', role: 'search', 'aria-label': 'Aufgaben filtern' },
    gruppe.feld,
    bearbeitung.feld,
    faellig.feld,
    prozess.feld,
    sortierung.feld,
    el('div', { class: 'feld feld-knopf' }, aktualisieren),
  );
  filterFormular.addEventListener('submit', (event) => event.preventDefault());

  const zaehler = el('p', { class: 'zaehler', id: 'aufgaben-anzahl' });
  const kopfzeile = el('tr');
  const koerper = el('tbody');
  const tabelle = el('table', { class: 'aufgaben', 'aria-describedby': 'aufgaben-anzahl' }, el('caption', {}, 'Offene Aufgaben'), el('thead', {}, kopfzeile), koerper);

  const ueberschrift = el('h1', { tabindex: -1 }, 'Offene Aufgaben');
  main.replaceChildren(
    el('div', { class: 'liste' }, ueberschrift, filterFormular, zaehler, el('div', { class: 'tabelle-rahmen' }, tabelle)),
  );

  const filterGeaendert = (neu: AufgabenFilter, ansage = true) => {
    filter = neu;
    optionen.sucheGeaendert(sucheAusFilter(filter));
    void laden(ansage);
  };

  gruppe.select.addEventListener('change', () => filterGeaendert({ ...filter, gruppe: gruppe.select.value || undefined }));
  bearbeitung.select.addEventListener('change', () => filterGeaendert({ ...filter, bearbeitung: (bearbeitung.select.value || undefined) as AufgabenFilter['bearbeitung'] }));
  faellig.select.addEventListener('change', () => filterGeaendert({ ...filter, faellig: (faellig.select.value || undefined) as AufgabenFilter['faellig'] }));
  prozess.select.addEventListener('change', () => filterGeaendert({ ...filter, prozess: prozess.select.value || undefined }));
  sortierung.select.addEventListener('change', () => {
    const [s, r] = sortierung.select.value.split(':') as ['faelligkeit' | 'alter', 'asc' | 'desc'];
    filterGeaendert({ ...filter, sortierung: s, richtung: r });
  });
  aktualisieren.addEventListener('click', () => void laden(true));

  const kopf = () => {
    const sortierbar = (text: string, spalte: 'faelligkeit' | 'alter') => {
      const sort = ariaSort(filter, spalte);
      const knopf = el(
        'button',
        { type: 'button', class: 'sortieren' },
        text,
        el('span', { 'aria-hidden': 'true', class: 'sortier-zeichen' }, sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : ' ↕'),
        unsichtbar(sort === 'none' ? ', sortieren' : sort === 'ascending' ? ', aufsteigend sortiert' : ', absteigend sortiert'),
      );
      knopf.addEventListener('click', () => {
        filterGeaendert(sortiereNach(filter, spalte));
        sortierung.select.value = `${sortierungVon(filter).sortierung}:${sortierungVon(filter).richtung}`;
        kopf();
        // the header is drawn anew: the focus stays on this column's button
        kopfzeile.querySelector<HTMLButtonElement>(`button[data-spalte="${spalte}"]`)?.focus();
      });
      knopf.dataset.spalte = spalte;
      return el('th', { scope: 'col', 'aria-sort': sort }, knopf);
    };
    kopfzeile.replaceChildren(
      el('th', { scope: 'col' }, 'Aufgabe'),
      el('th', { scope: 'col' }, 'Fallnummer'),
      el('th', { scope: 'col' }, 'Antragsteller'),
      sortierbar('Fällig', 'faelligkeit'),
      sortierbar('Erstellt', 'alter'),
      el('th', { scope: 'col' }, 'Bearbeitet von'),
      el('th', { scope: 'col' }, 'Aktion'),
    );
  };

  const bearbeiter = (zeile: AufgabeZeile) => {
    if (!zeile.bearbeitung) return el('span', { class: 'leer' }, 'niemand');
    if (zeile.bearbeitung === sitzung.benutzer.id) return `Ihnen (${sitzung.benutzer.name})`;
    return zeile.bearbeitung;
  };

  const zeileAus = (zeile: AufgabeZeile, jetzt: Date) => {
    const beschreibung = [zeile.name, zeile.fallnummer].filter(Boolean).join(', ');
    const meine = zeile.bearbeitung === sitzung.benutzer.id;
    const knopf = el('button', { type: 'button', class: 'knopf knopf-klein', 'data-aktion': meine ? 'abgeben' : 'uebernehmen', 'aria-label': `${meine ? 'Abgeben' : 'Übernehmen'}: ${beschreibung}` }, meine ? 'Abgeben' : 'Übernehmen');
    knopf.addEventListener('click', () => void zuweisen(zeile, meine ? 'abgeben' : 'uebernehmen'));
    const wann = dringlichkeit(zeile.faellig, jetzt);
    return el(
      'tr',
      { 'data-key': zeile.key },
      el('th', { scope: 'row' }, el('a', { href: adresse({ ansicht: 'aufgabe', key: zeile.key }), class: 'aufgabe-link', 'data-key': zeile.key }, zeile.name), el('span', { class: 'prozess' }, zeile.prozessName)),
      el('td', {}, zeile.fallnummer ?? el('span', { class: 'leer' }, 'keine')),
      el('td', {}, zeile.antragsteller ?? el('span', { class: 'leer' }, 'unbekannt')),
      el('td', { class: `faellig faellig-${wann}` }, wann === 'ueberfaellig' ? el('span', { class: 'warnzeichen', 'aria-hidden': 'true' }, '⚠ ') : null, faelligText(zeile.faellig, jetzt)),
      el('td', {}, el('time', { datetime: zeile.erstellt }, datumZeit(zeile.erstellt))),
      el('td', {}, bearbeiter(zeile)),
      el('td', {}, knopf),
    );
  };

  const zeichne = () => {
    if (!liste) return;
    // keep the focus on the same control of the same task across a redraw
    const aktiv = document.activeElement;
    const aktiveZeile = aktiv instanceof HTMLElement && koerper.contains(aktiv) ? aktiv.closest('tr')?.dataset.key : undefined;
    const aktiveArt = aktiv instanceof HTMLElement ? (aktiv.matches('a') ? 'a' : 'button') : undefined;
    const aktiveSpalte = aktiv instanceof HTMLElement && kopfzeile.contains(aktiv) ? aktiv.dataset.spalte : undefined;

    setzeOptionen(gruppe.select, [{ wert: '', text: 'Alle meine Gruppen' }, ...liste.gruppen.map((g) => ({ wert: g, text: g }))], filter.gruppe ?? '');
    setzeOptionen(prozess.select, [{ wert: '', text: 'Alle Prozesse' }, ...liste.prozesse.map((p) => ({ wert: p.id, text: p.name || p.id }))], filter.prozess ?? '');
    kopf();
    if (aktiveSpalte) kopfzeile.querySelector<HTMLButtonElement>(`button[data-spalte="${aktiveSpalte}"]`)?.focus();
    const jetzt = new Date();
    zaehler.textContent = `${anzahl(liste.aufgaben.length, 'Aufgabe', 'Aufgaben')} für diese Auswahl.`;
    if (liste.aufgaben.length === 0) {
      koerper.replaceChildren(el('tr', {}, el('td', { colspan: 7, class: 'leer-zeile' }, 'Keine offenen Aufgaben für diese Auswahl.')));
    } else {
      koerper.replaceChildren(...liste.aufgaben.map((z) => zeileAus(z, jetzt)));
    }
    const ziel = aktiveZeile ?? fokusKey;
    if (ziel) {
      const zeile = koerper.querySelector<HTMLTableRowElement>(`tr[data-key="${CSS.escape(ziel)}"]`);
      const element = zeile?.querySelector<HTMLElement>(aktiveZeile && aktiveArt === 'button' ? 'button' : 'a');
      // back from a task that is gone (completed): the focus to the list's heading, not lost on the page
      (element ?? (aktiveZeile ? undefined : ueberschrift))?.focus();
      fokusKey = undefined;
    }
  };

  const laden = async (ansage: boolean) => {
    laufend?.abort();
    const controller = new AbortController();
    laufend = controller;
    const vorher = liste?.aufgaben.map((a) => a.key).join(',');
    try {
      liste = await api.aufgaben(filter, controller.signal);
      if (zerstoert || controller.signal.aborted) return;
      zeichne();
      const nachher = liste.aufgaben.map((a) => a.key).join(',');
      if (ansage) meldeStatus(zaehler.textContent ?? '');
      else if (vorher !== undefined && vorher !== nachher) meldeStatus(`Die Liste hat sich geändert: ${zaehler.textContent ?? ''}`);
    } catch (error) {
      if (zerstoert || controller.signal.aborted) return;
      if (error instanceof ApiFehler && error.status === 401) return;
      meldeFehler(error instanceof ApiFehler ? error.meldung : 'Die Aufgaben konnten nicht geladen werden.');
    }
  };

  const zuweisen = async (zeile: AufgabeZeile, art: 'uebernehmen' | 'abgeben') => {
    try {
      if (art === 'uebernehmen') await api.uebernehmen(zeile.key);
      else await api.abgeben(zeile.key);
      meldeStatus(art === 'uebernehmen' ? `Sie bearbeiten jetzt „${zeile.name}“${zeile.fallnummer ? ` (${zeile.fallnummer})` : ''}.` : `„${zeile.name}“${zeile.fallnummer ? ` (${zeile.fallnummer})` : ''} ist abgegeben.`);
      await laden(false);
    } catch (error) {
      if (error instanceof ApiFehler && error.status === 401) return;
      meldeFehler(error instanceof ApiFehler ? error.meldung : 'Die Zuweisung ist fehlgeschlagen.');
    }
  };

  kopf();
  void laden(false);
  const takt = window.setInterval(() => {
    if (document.visibilityState === 'visible' && !document.querySelector('dialog[open]')) void laden(false);
  }, AKTUALISIEREN_MS);

  const zeilenLinks = () => [...koerper.querySelectorAll<HTMLAnchorElement>('a.aufgabe-link')];

  return {
    aktion(aktion) {
      if (aktion === 'filter') {
        gruppe.select.focus();
        return true;
      }
      if (aktion === 'zeile-weiter' || aktion === 'zeile-zurueck') {
        const links = zeilenLinks();
        if (links.length === 0) return false;
        const zeile = (document.activeElement as HTMLElement | null)?.closest('tr');
        const index = links.findIndex((l) => l.closest('tr') === zeile);
        const ziel = index < 0 ? 0 : Math.min(links.length - 1, Math.max(0, index + (aktion === 'zeile-weiter' ? 1 : -1)));
        links[ziel].focus();
        return true;
      }
      return false;
    },
    zerstoeren() {
      zerstoert = true;
      laufend?.abort();
      window.clearInterval(takt);
    },
  };
}

/** Is the focus inside the task table (where ↑/↓/j/k move between rows)? */
export function fokusInListe(element: Element | null): boolean {
  return !!element?.closest('table.aufgaben tbody');
}
