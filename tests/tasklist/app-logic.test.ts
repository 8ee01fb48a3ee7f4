/**
 * The tasklist app's logic that needs no browser: finding evidence in a PDF page's text items,
 * the review rows of a form, the list's filters in the address, the keyboard shortcuts, form-js's
 * texts in German and the dates in the list.
 */
import { readFile } from 'node:fs/promises';
import { belegTeile, dokumentNamen, findeBeleg, findeBelege } from '../../tasklist/app/evidence.ts';
import { ariaSort, filterAusSuche, sortiereNach, sucheAusFilter } from '../../tasklist/app/filter.ts';
import { datumZeit, dringlichkeit, faelligText } from '../../tasklist/app/format.ts';
import { naechsteZeile, prueflisten, pruefReihenfolge } from '../../tasklist/app/pruefliste.ts';
import { aktionFuer, KUERZEL, type Kontext, type Taste } from '../../tasklist/app/shortcuts.ts';
import { uebersetzeMeldung, uebersetzeOberflaeche } from '../../tasklist/app/uebersetzung.ts';

/** the text of the items a piece covers */
function text(items: string[], stellen: ReturnType<typeof findeBeleg>): string {
  return (stellen ?? []).map((s) => items[s.item].slice(s.start, s.end)).join('|');
}

describe('evidence in the text layer', () => {
  test('docai joins evidence parts with " · " and documents with ", "', () => {
    expect(belegTeile('308,00 € · 150,00 €')).toEqual(['308,00 €', '150,00 €']);
    expect(belegTeile('1.070,72')).toEqual(['1.070,72']);
    expect(belegTeile('  ')).toEqual([]);
    expect(belegTeile(null)).toEqual([]);
    expect(belegTeile('a · a')).toEqual(['a']);
    expect(dokumentNamen('lohn-2025-06.pdf, lohn-2025-07.pdf')).toEqual(['lohn-2025-06.pdf', 'lohn-2025-07.pdf']);
    expect(dokumentNamen(undefined)).toEqual([]);
  });

  test('a value within one item, as written', () => {
    const items = ['a) Nettokaltmiete', '308,00 €', 'b) Nebenkosten (ohne Heizung)', '150,00 €'];
    expect(findeBeleg(items, '308,00 €')).toEqual([{ item: 1, start: 0, end: 8 }]);
    expect(text(items, findeBeleg(items, '150,00 €'))).toBe('150,00 €');
  });

  test('across items, with other spacing (none, two, no-break space) and case', () => {
    const items = ['Miete: 308,00', '€', 'Grundmiete', 'BRUTTO\u00a0 1.070,72\u202fEUR'];
    expect(text(items, findeBeleg(items, '308,00 €'))).toBe('308,00|€');
    expect(findeBeleg(items, '308,00 €')).toEqual([
      { item: 0, start: 7, end: 13 },
      { item: 1, start: 0, end: 1 },
    ]);
    expect(text(items, findeBeleg(items, 'brutto 1.070,72 eur'))).toBe('BRUTTO\u00a0 1.070,72\u202fEUR');
    expect(text(items, findeBeleg(items, '€Grundmiete'))).toBe('€|Grundmiete');
  });

  test('typographic dashes and quotes match their plain forms', () => {
    const items = ['Zeitraum 01.01.–31.12.2025', '„Hoffmann“'];
    expect(text(items, findeBeleg(items, '01.01.-31.12.2025'))).toBe('01.01.–31.12.2025');
    expect(text(items, findeBeleg(items, '"Hoffmann"'))).toBe('„Hoffmann“');
  });

  test('a number is not taken from inside a longer number when it stands alone elsewhere', () => {
    const items = ['Jahresbetrag 11.070,72', 'Monatsrente 1.070,72'];
    expect(findeBeleg(items, '1.070,72')).toEqual([{ item: 1, start: 12, end: 20 }]);
    // only inside a longer number: better that place than nothing
    expect(findeBeleg(['11.070,72'], '1.070,72')).toEqual([{ item: 0, start: 1, end: 9 }]);
  });

  test('not there, or nothing to look for: undefined', () => {
    expect(findeBeleg(['308,00 €'], '309,00 €')).toBeUndefined();
    expect(findeBeleg([], '308,00 €')).toBeUndefined();
    expect(findeBeleg(['308,00 €'], '   ')).toBeUndefined();
  });

  test('a part not found as written is tried without its currency', () => {
    const items = ['Grundmiete 308,00 EUR', 'Nebenkosten', '150,00'];
    expect(findeBelege(items, ['308,00 €', '150,00 €', '999,00 €'])).toEqual([
      { teil: '308,00 €', stellen: [{ item: 0, start: 11, end: 17 }] },
      { teil: '150,00 €', stellen: [{ item: 2, start: 0, end: 6 }] },
      { teil: '999,00 €', stellen: undefined },
    ]);
  });
});

describe('review rows of a form', () => {
  const zeilen = [
    { bezeichnung: 'Bruttokaltmiete', dokument: 'mietbescheinigung.pdf', seite: 1, beleg: '308,00 € · 150,00 €', konfidenzProzent: 97, pruefen: false, korrigiert: false },
    { bezeichnung: 'Mietstufe', quelle: 'antrag', quelleText: 'Antrag', pruefen: false, korrigiert: false },
    { bezeichnung: 'Rente', dokument: 'rente.pdf, rente-2.pdf', seite: 2, beleg: '1.070,72', konfidenzProzent: 61, pruefen: true, korrigiert: false },
    { bezeichnung: 'Freibetrag Kind', pruefen: true, korrigiert: true, vorher: 'nein' },
  ];

  test('the review form of the repository: its list "pruefliste" with the rows of the variables', async () => {
    const schema = JSON.parse(await readFile(new URL('../../forms/antrag-pruefen.form', import.meta.url), 'utf8'));
    const listen = prueflisten(schema, { pruefliste: zeilen, antrag: {} });
    expect(listen).toHaveLength(1);
    expect(listen[0]).toMatchObject({ id: 'List_016', pfad: 'pruefliste' });
    expect(listen[0].zeilen).toEqual([
      { index: 0, bezeichnung: 'Bruttokaltmiete', quelle: undefined, dokumente: ['mietbescheinigung.pdf'], seite: 1, belegTeile: ['308,00 €', '150,00 €'], konfidenzProzent: 97, pruefen: false, korrigiert: false, vorher: undefined },
      { index: 1, bezeichnung: 'Mietstufe', quelle: 'Antrag', dokumente: [], seite: undefined, belegTeile: [], konfidenzProzent: undefined, pruefen: false, korrigiert: false, vorher: undefined },
      { index: 2, bezeichnung: 'Rente', quelle: undefined, dokumente: ['rente.pdf', 'rente-2.pdf'], seite: 2, belegTeile: ['1.070,72'], konfidenzProzent: 61, pruefen: true, korrigiert: false, vorher: undefined },
      { index: 3, bezeichnung: 'Freibetrag Kind', quelle: undefined, dokumente: [], seite: undefined, belegTeile: [], konfidenzProzent: undefined, pruefen: true, korrigiert: true, vorher: 'nein' },
    ]);
  });

  test('found from the data, wherever the list is: inside a group with a path, with any id', () => {
    const schema = { components: [{ type: 'group', path: 'fall', components: [{ type: 'dynamiclist', id: 'Liste_X', path: 'werte', components: [] }] }] };
    const listen = prueflisten(schema, { fall: { werte: zeilen.slice(0, 1) } });
    expect(listen.map((l) => [l.id, l.pfad, l.zeilen.length])).toEqual([['Liste_X', 'fall.werte', 1]]);
  });

  test('forms without such a list, lists without review data and odd values give nothing', async () => {
    const zuordnen = JSON.parse(await readFile(new URL('../../forms/frist-abgelaufen.form', import.meta.url), 'utf8'));
    expect(prueflisten(zuordnen, { antrag: {} })).toEqual([]);
    const schema = { components: [{ type: 'dynamiclist', id: 'L', path: 'liste', components: [] }] };
    expect(prueflisten(schema, { liste: [{ name: 'x' }] })).toEqual([]);
    expect(prueflisten(schema, { liste: 'kein Array' })).toEqual([]);
    expect(prueflisten(schema, {})).toEqual([]);
    expect(prueflisten(null, {})).toEqual([]);
    const [liste] = prueflisten(schema, { liste: [{ dokument: 'a.pdf', seite: -3, konfidenzProzent: 'viel' }, 'kaputt'] });
    expect(liste.zeilen).toEqual([{ index: 0, bezeichnung: undefined, quelle: undefined, dokumente: ['a.pdf'], seite: undefined, belegTeile: [], konfidenzProzent: undefined, pruefen: false, korrigiert: false, vorher: undefined }]);
  });

  test('Alt+N goes to the rows to check first, then the others, and round', () => {
    const [liste] = prueflisten({ components: [{ type: 'dynamiclist', id: 'L', path: 'p' }] }, { p: zeilen });
    const reihenfolge = pruefReihenfolge(liste.zeilen);
    expect(reihenfolge).toEqual([2, 3, 0, 1]);
    expect(naechsteZeile(reihenfolge, undefined, 1)).toBe(2);
    expect(naechsteZeile(reihenfolge, 2, 1)).toBe(3);
    expect(naechsteZeile(reihenfolge, 1, 1)).toBe(2);
    expect(naechsteZeile(reihenfolge, undefined, -1)).toBe(1);
    expect(naechsteZeile(reihenfolge, 2, -1)).toBe(1);
    expect(naechsteZeile([], undefined, 1)).toBeUndefined();
  });
});

describe('the list filters in the address', () => {
  test('read from the query, invalid values dropped, written back without the defaults', () => {
    const filter = filterAusSuche('?gruppe=wohngeld-sachbearbeitung&bearbeitung=ich&faellig=heute&prozess=wohngeld-antrag&sortierung=alter&richtung=desc');
    expect(filter).toEqual({ gruppe: 'wohngeld-sachbearbeitung', bearbeitung: 'ich', faellig: 'heute', prozess: 'wohngeld-antrag', sortierung: 'alter', richtung: 'desc' });
    expect(sucheAusFilter(filter)).toBe('?gruppe=wohngeld-sachbearbeitung&bearbeitung=ich&faellig=heute&prozess=wohngeld-antrag&sortierung=alter&richtung=desc');
    expect(filterAusSuche('bearbeitung=jeder&faellig=gestern&sortierung=name&richtung=up&gruppe=%20%20')).toEqual({});
    expect(sucheAusFilter({ bearbeitung: 'alle', sortierung: 'faelligkeit', richtung: 'asc' })).toBe('');
    expect(sucheAusFilter({ prozess: 'a&b=c' })).toBe('?prozess=a%26b%3Dc');
    expect(filterAusSuche(sucheAusFilter({ prozess: 'a&b=c' }))).toEqual({ prozess: 'a&b=c' });
  });

  test('a column header sorts by it ascending, a second press turns the direction', () => {
    expect(sortiereNach({}, 'alter')).toEqual({ sortierung: 'alter', richtung: 'asc' });
    expect(sortiereNach({ sortierung: 'alter', richtung: 'asc' }, 'alter')).toEqual({ sortierung: 'alter', richtung: 'desc' });
    expect(sortiereNach({ sortierung: 'alter', richtung: 'desc' }, 'alter')).toEqual({ sortierung: 'alter', richtung: 'asc' });
    expect(sortiereNach({ faellig: 'heute' }, 'faelligkeit')).toEqual({ faellig: 'heute', sortierung: 'faelligkeit', richtung: 'desc' });
    expect(ariaSort({}, 'faelligkeit')).toBe('ascending');
    expect(ariaSort({}, 'alter')).toBe('none');
    expect(ariaSort({ sortierung: 'alter', richtung: 'desc' }, 'alter')).toBe('descending');
  });
});

describe('keyboard shortcuts', () => {
  const taste = (key: string, mehr: Partial<Taste> = {}): Taste => ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mehr });
  const liste: Kontext = { ansicht: 'liste', ort: 'sonst', einzeltasten: true };
  const aufgabe: Kontext = { ansicht: 'aufgabe', ort: 'sonst', einzeltasten: true };

  test('single characters: not while typing, not when switched off, not on the sign-in page', () => {
    expect(aktionFuer(taste('?'), liste)).toBe('hilfe');
    expect(aktionFuer(taste('?'), aufgabe)).toBe('hilfe');
    expect(aktionFuer(taste('/'), liste)).toBe('filter');
    expect(aktionFuer(taste('?'), { ...liste, ort: 'eingabe' })).toBeUndefined();
    expect(aktionFuer(taste('/'), { ...liste, einzeltasten: false })).toBeUndefined();
    expect(aktionFuer(taste('?'), { ansicht: 'anmeldung', ort: 'sonst', einzeltasten: true })).toBeUndefined();
  });

  test('the list: ↑/↓ and j/k only in the table', () => {
    const tabelle: Kontext = { ...liste, ort: 'liste' };
    expect(aktionFuer(taste('ArrowDown'), tabelle)).toBe('zeile-weiter');
    expect(aktionFuer(taste('k'), tabelle)).toBe('zeile-zurueck');
    expect(aktionFuer(taste('j'), liste)).toBeUndefined();
    expect(aktionFuer(taste('ArrowDown'), liste)).toBeUndefined();
    expect(aktionFuer(taste('j'), { ...tabelle, einzeltasten: false })).toBeUndefined();
    // arrows are no characters: they stay on with single-key shortcuts off
    expect(aktionFuer(taste('ArrowUp'), { ...tabelle, einzeltasten: false })).toBe('zeile-zurueck');
  });

  test('the task: Strg+Enter even in a field, Esc only outside one, Alt letters by key or physical key', () => {
    expect(aktionFuer(taste('Enter', { ctrlKey: true }), { ...aufgabe, ort: 'eingabe' })).toBe('abschliessen');
    expect(aktionFuer(taste('Enter', { metaKey: true }), aufgabe)).toBe('abschliessen');
    expect(aktionFuer(taste('Enter'), aufgabe)).toBeUndefined();
    expect(aktionFuer(taste('Escape'), aufgabe)).toBe('zurueck');
    expect(aktionFuer(taste('Escape'), { ...aufgabe, ort: 'eingabe' })).toBeUndefined();
    expect(aktionFuer(taste('Escape'), liste)).toBeUndefined();
    expect(aktionFuer(taste('n', { altKey: true }), { ...aufgabe, ort: 'eingabe' })).toBe('naechster-wert');
    expect(aktionFuer(taste('P', { altKey: true }), aufgabe)).toBe('voriger-wert');
    // macOS types "˜" with Alt+N: the physical key counts
    expect(aktionFuer(taste('˜', { altKey: true, code: 'KeyN' }), aufgabe)).toBe('naechster-wert');
    expect(aktionFuer(taste('u', { altKey: true }), aufgabe)).toBe('dokumente');
    // AltGr (Ctrl+Alt on Windows) types characters, no shortcut
    expect(aktionFuer(taste('n', { altKey: true, ctrlKey: true }), aufgabe)).toBeUndefined();
    // Alt+D stays the browser's (address bar)
    expect(aktionFuer(taste('d', { altKey: true }), aufgabe)).toBeUndefined();
    expect(aktionFuer(taste('n', { altKey: true }), liste)).toBeUndefined();
  });

  test('zoom keys only with the focus in the document viewer', () => {
    const viewer: Kontext = { ...aufgabe, ort: 'viewer' };
    expect(aktionFuer(taste('+'), viewer)).toBe('vergroessern');
    expect(aktionFuer(taste('-'), viewer)).toBe('verkleinern');
    expect(aktionFuer(taste('0'), viewer)).toBe('einpassen');
    expect(aktionFuer(taste('+'), aufgabe)).toBeUndefined();
    expect(aktionFuer(taste('+', { ctrlKey: true }), viewer)).toBeUndefined();
  });

  test('every shortcut in the help table is German and says where it works', () => {
    for (const kuerzel of KUERZEL) {
      expect(kuerzel.tasten.length).toBeGreaterThan(0);
      expect(kuerzel.beschreibung).toMatch(/^[A-ZÄÖÜ]/);
      expect(['überall', 'Liste', 'Aufgabe', 'Dokumentansicht']).toContain(kuerzel.wo);
    }
    expect(KUERZEL.filter((k) => k.einzeltaste).flatMap((k) => k.tasten)).toEqual(expect.arrayContaining(['?', '/', 'j', 'k', '+', '-', '0']));
  });
});

describe('form-js in German', () => {
  test('the validation messages', () => {
    expect(uebersetzeMeldung('Field is required.')).toBe('Bitte ausfüllen.');
    expect(uebersetzeMeldung('Field must have minimum length of 10.')).toBe('Bitte mindestens 10 Zeichen eingeben.');
    expect(uebersetzeMeldung('Field must have minimum value of 0.5.')).toBe('Der Wert muss mindestens 0,5 sein.');
    expect(uebersetzeMeldung('Field must have maximum value of 24.')).toBe('Der Wert darf höchstens 24 sein.');
    expect(uebersetzeMeldung('Value is expected to have at most 2 decimal digits.')).toBe('Bitte höchstens 2 Nachkommastellen eingeben.');
    expect(uebersetzeMeldung('Value is expected to have at most 1 decimal digit.')).toBe('Bitte höchstens eine Nachkommastelle eingeben.');
    expect(uebersetzeMeldung('Value is not a number.')).toBe('Bitte eine Zahl eingeben.');
    expect(uebersetzeMeldung('Field must match pattern ^[A-Z]+$.')).toBe('Die Eingabe hat nicht die erwartete Form.');
    // a message the form's designer wrote stays as it is
    expect(uebersetzeMeldung('Bitte eine IBAN eingeben.')).toBe('Bitte eine IBAN eingeben.');
  });

  test('the texts of its controls', () => {
    expect(uebersetzeOberflaeche('Select')).toBe('Bitte wählen');
    expect(uebersetzeOberflaeche('Increment')).toBe('Erhöhen');
    expect(uebersetzeOberflaeche(' Expand all (9)')).toBe(' Alle Einträge anzeigen');
    expect(uebersetzeOberflaeche('Remove list item 3')).toBe('Eintrag 3 entfernen');
    expect(uebersetzeOberflaeche('Click to sort by Betrag descending')).toBe('Nach Betrag absteigend sortieren');
    expect(uebersetzeOberflaeche('dd.mm.yyyy')).toBe('TT.MM.JJJJ');
    expect(uebersetzeOberflaeche('mm/dd/yyyy')).toBe('MM/TT/JJJJ');
    expect(uebersetzeOberflaeche('TT.MM.JJJJ')).toBeUndefined();
    expect(uebersetzeOberflaeche('Bitte wählen')).toBeUndefined();
    expect(uebersetzeOberflaeche('Selection')).toBeUndefined();
    expect(uebersetzeOberflaeche('')).toBeUndefined();
  });
});

describe('dates in the list', () => {
  const berlin = { zeitzone: 'Europe/Berlin' };
  test('German format in the given zone, the due date with its urgency in words', () => {
    expect(datumZeit('2026-11-21T18:49:45.800Z', berlin)).toBe('21.11.2026, 19:49');
    expect(datumZeit('kein Datum', berlin)).toBe('');
    expect(datumZeit(undefined, berlin)).toBe('');
    const jetzt = new Date('2026-11-21T12:00:00Z');
    expect(dringlichkeit('2026-11-20T12:00:00Z', jetzt, berlin)).toBe('ueberfaellig');
    expect(dringlichkeit('2026-11-21T20:00:00Z', jetzt, berlin)).toBe('heute');
    // 23:30 UTC is already tomorrow in Berlin
    expect(dringlichkeit('2026-11-21T23:30:00Z', jetzt, berlin)).toBe('spaeter');
    expect(dringlichkeit(undefined, jetzt, berlin)).toBe('keine');
    expect(faelligText('2026-11-20T12:00:00Z', jetzt, berlin)).toBe('20.11.2026, 13:00 (überfällig)');
    expect(faelligText('2026-11-21T20:00:00Z', jetzt, berlin)).toBe('21.11.2026, 21:00 (heute)');
    expect(faelligText('2026-12-05T18:49:45Z', jetzt, berlin)).toBe('05.12.2026, 19:49');
    expect(faelligText(undefined, jetzt, berlin)).toBe('–');
  });
});
