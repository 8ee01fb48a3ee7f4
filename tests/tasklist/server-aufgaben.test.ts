/**
 * The tasklist's task API against the embedded engine, as a browser uses it: the list with its
 * filters, sort orders, case numbers and applicants; who sees which task; claiming, giving back
 * and completing (the process goes on); bad input and unknown tasks.
 */
import type { AufgabeDetail, AufgabenListe, AufgabeZeile } from '../../tasklist/api.ts';
import { angemeldet, type Browser, FORMULAR, type Harness, offeneAufgabe, PROZESS, PROZESS_FREI, starteFall, starteFreieAufgabe, startHarness } from './server-harness.ts';

/** The engine's clock while the cases are created; the tasklist's "now" is an hour later. */
const T0 = Date.parse('2026-03-10T09:00:00Z');
const JETZT = new Date(T0 + 60 * 60 * 1000);
const minute = (n: number) => new Date(T0 + n * 60 * 1000);

let h: Harness;
let anna: Browser;
let bernd: Browser;
let carla: Browser;
const fall: Record<string, { processInstanceKey: string; taskKey: string }> = {};

beforeAll(async () => {
  h = await startHarness({ jetzt: JETZT });
  fall.ueberfaellig = await starteFall(h, { antragId: 'FALL-1', gruppen: ['team-a'], faellig: '2026-03-09T12:00:00Z' }, minute(1));
  fall.woche = await starteFall(h, { antragId: 'FALL-2', gruppen: ['team-a'], faellig: '2026-03-13T12:00:00Z' }, minute(2));
  fall.ohneFrist = await starteFall(h, { antragId: 'FALL-3', gruppen: ['team-a'] }, minute(3));
  fall.teamB = await starteFall(h, { antragId: 'FALL-4', gruppen: ['team-b'], faellig: '2026-03-10T20:00:00Z' }, minute(4));
  fall.nurCarla = await starteFall(h, { antragId: 'FALL-5', kandidaten: ['carla'], faellig: '2026-03-10T21:00:00Z' }, minute(5));
  // 23:30 German time (CET): still "heute"
  fall.frei = await starteFreieAufgabe(h, '2026-03-10T22:30:00Z', minute(6));
  fall.spaet = await starteFall(h, { antragId: 'FALL-7', gruppen: ['team-a'], faellig: '2026-03-20T00:00:00Z' }, minute(7));
  await h.client.resetClock();
  [anna, bernd, carla] = await Promise.all([angemeldet(h, 'anna'), angemeldet(h, 'bernd'), angemeldet(h, 'carla')]);
});

afterAll(async () => {
  await h?.close();
});

async function liste(b: Browser, query = ''): Promise<AufgabenListe> {
  const r = await b.get(`/tasklist/api/aufgaben${query}`);
  if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${r.text}`);
  return r.json as AufgabenListe;
}
const faelle = (l: AufgabenListe) => l.aufgaben.map((a) => a.fallnummer ?? a.name);

describe('GET /tasklist/api/aufgaben', () => {
  test('a row carries the task, its process, dates, groups, the case number and the applicant', async () => {
    const r = await anna.get('/tasklist/api/aufgaben');
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    const zeile = (r.json as AufgabenListe).aufgaben.find((a) => a.key === fall.ueberfaellig.taskKey);
    expect(zeile).toEqual<AufgabeZeile>({
      key: fall.ueberfaellig.taskKey,
      name: 'Antrag prüfen',
      elementId: 'pruefen',
      prozessId: PROZESS,
      prozessName: 'Wohngeldantrag (Test)',
      prozessInstanzKey: fall.ueberfaellig.processInstanceKey,
      erstellt: minute(1).toISOString(),
      faellig: '2026-03-09T12:00:00.000Z',
      kandidatenGruppen: ['team-a'],
      fallnummer: 'FALL-1',
      antragsteller: 'Ursula Hoffmann',
    });
  });

  test('a person sees the tasks of their groups, those naming them, and those for nobody in particular', async () => {
    expect(faelle(await liste(anna)).sort()).toEqual(['FALL-1', 'FALL-2', 'FALL-3', 'FALL-7', 'Post sichten'].sort());
    expect(faelle(await liste(carla)).sort()).toEqual(['FALL-4', 'FALL-5', 'Post sichten'].sort());
    const l = await liste(anna);
    expect(l.gruppen).toEqual(['team-a']);
    expect(l.prozesse).toEqual([
      { id: PROZESS_FREI, name: 'Allgemeine Post (Test)' },
      { id: PROZESS, name: 'Wohngeldantrag (Test)' },
    ]);
  });

  test('sorted by due date (tasks without one last, in both directions) or by age', async () => {
    expect(faelle(await liste(anna))).toEqual(['FALL-1', 'Post sichten', 'FALL-2', 'FALL-7', 'FALL-3']);
    expect(faelle(await liste(anna, '?sortierung=faelligkeit&richtung=desc'))).toEqual(['FALL-7', 'FALL-2', 'Post sichten', 'FALL-1', 'FALL-3']);
    expect(faelle(await liste(anna, '?sortierung=alter'))).toEqual(['FALL-1', 'FALL-2', 'FALL-3', 'Post sichten', 'FALL-7']);
    expect(faelle(await liste(anna, '?sortierung=alter&richtung=desc'))).toEqual(['FALL-7', 'Post sichten', 'FALL-3', 'FALL-2', 'FALL-1']);
  });

  test('filtered by due date: overdue, by the end of today (German time), within a week', async () => {
    expect(faelle(await liste(anna, '?faellig=ueberfaellig'))).toEqual(['FALL-1']);
    expect(faelle(await liste(anna, '?faellig=heute'))).toEqual(['FALL-1', 'Post sichten']);
    expect(faelle(await liste(anna, '?faellig=woche'))).toEqual(['FALL-1', 'Post sichten', 'FALL-2']);
    expect(faelle(await liste(carla, '?faellig=heute'))).toEqual(['FALL-4', 'FALL-5', 'Post sichten']);
  });

  test('filtered by group and by process; the process list stays complete for the filter', async () => {
    expect(faelle(await liste(anna, '?gruppe=team-a'))).toEqual(['FALL-1', 'FALL-2', 'FALL-7', 'FALL-3']);
    const frei = await liste(anna, `?prozess=${PROZESS_FREI}`);
    expect(faelle(frei)).toEqual(['Post sichten']);
    expect(frei.prozesse).toHaveLength(2);
    expect(faelle(await liste(anna, '?prozess=gibt-es-nicht'))).toEqual([]);
  });

  test('an unknown parameter or value is a 400 that names it', async () => {
    for (const [query, genannt] of [
      ['?bearbeitung=jemand', '„jemand“ für „bearbeitung“'],
      ['?faellig=morgen', '„morgen“ für „faellig“'],
      ['?sortierung=name', '„name“ für „sortierung“'],
      ['?richtung=auf', '„auf“ für „richtung“'],
      ['?gruppe=team-b', '„team-b“'],
      ['?farbe=rot', '„farbe“'],
      ['?faellig=heute&faellig=woche', '„faellig“ ist mehrfach'],
    ]) {
      const r = await anna.get(`/tasklist/api/aufgaben${query}`);
      expect(r.status).toBe(400);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.json.detail).toContain(genannt);
    }
  });
});

describe('GET /tasklist/api/aufgaben/:key', () => {
  test('the task with its linked form and its variables (the task-local one over the process one)', async () => {
    const r = await anna.get(`/tasklist/api/aufgaben/${fall.woche.taskKey}`);
    expect(r.status).toBe(200);
    const detail = r.json as AufgabeDetail;
    expect(detail.aufgabe).toMatchObject({ key: fall.woche.taskKey, fallnummer: 'FALL-2', antragsteller: 'Ursula Hoffmann', faellig: '2026-03-13T12:00:00.000Z' });
    expect(detail.formular).toEqual(FORMULAR);
    expect(detail.variablen).toMatchObject({ hinweis: 'lokal', gruppen: ['team-a'], antrag: { antragId: 'FALL-2' } });
    expect(detail.dokumente).toEqual([]);
  });

  test('a task without a form has formular null', async () => {
    const r = await anna.get(`/tasklist/api/aufgaben/${fall.frei.taskKey}`);
    expect(r.status).toBe(200);
    expect((r.json as AufgabeDetail).formular).toBeNull();
  });

  test('an unknown key, a key that is no number, and a task for other groups are 404', async () => {
    for (const [b, key] of [[anna, '2251799813999999'], [anna, 'abc'], [carla, fall.woche.taskKey]] as const) {
      const r = await b.get(`/tasklist/api/aufgaben/${key}`);
      expect(r.status).toBe(404);
      expect(r.json.title).toBe('Aufgabe nicht gefunden');
    }
  });
});

describe('claiming and giving back', () => {
  test('claim, list as "mine", someone else cannot claim or give it back (409 with the name), give back', async () => {
    const key = fall.ohneFrist.taskKey;
    expect((await anna.post(`/tasklist/api/aufgaben/${key}/uebernehmen`)).status).toBe(204);
    expect((await h.port.userTask(key)).assignee).toBe('anna');
    // again: nothing changes
    expect((await anna.post(`/tasklist/api/aufgaben/${key}/uebernehmen`)).status).toBe(204);

    expect(faelle(await liste(anna, '?bearbeitung=ich'))).toEqual(['FALL-3']);
    expect(faelle(await liste(anna, '?bearbeitung=niemand'))).not.toContain('FALL-3');
    expect((await liste(bernd)).aufgaben.find((a) => a.key === key)?.bearbeitung).toBe('anna');

    const fremd = await bernd.post(`/tasklist/api/aufgaben/${key}/uebernehmen`);
    expect(fremd.status).toBe(409);
    expect(fremd.json.detail).toContain('Anna Albers (anna)');
    expect(fremd.json.bearbeitung).toBe('anna');
    const fremdAbgeben = await bernd.post(`/tasklist/api/aufgaben/${key}/abgeben`);
    expect(fremdAbgeben.status).toBe(409);
    expect((await h.port.userTask(key)).assignee).toBe('anna');

    expect((await anna.post(`/tasklist/api/aufgaben/${key}/abgeben`)).status).toBe(204);
    expect((await h.port.userTask(key)).assignee).toBeUndefined();
    expect(faelle(await liste(anna, '?bearbeitung=ich'))).toEqual([]);
  });

  test('a task of another group cannot be claimed (404)', async () => {
    const r = await carla.post(`/tasklist/api/aufgaben/${fall.woche.taskKey}/uebernehmen`);
    expect(r.status).toBe(404);
    expect((await h.port.userTask(fall.woche.taskKey)).assignee).toBeUndefined();
  });

  test('a task assigned to someone else in the engine directly: 409 names them', async () => {
    const key = fall.spaet.taskKey;
    await h.port.assign(key, 'bernd');
    const r = await anna.post(`/tasklist/api/aufgaben/${key}/uebernehmen`);
    expect(r.status).toBe(409);
    expect(r.json.detail).toBe('Die Aufgabe wird bereits von Bernd Brandt (bernd) bearbeitet.');
    await h.port.unassign(key);
  });
});

describe('POST /tasklist/api/aufgaben/:key/abschliessen', () => {
  test('without claiming it first: 409, the task stays open', async () => {
    const r = await anna.post(`/tasklist/api/aufgaben/${fall.woche.taskKey}/abschliessen`, { variablen: { entscheidung: 'bewilligen' } });
    expect(r.status).toBe(409);
    expect(r.json.detail).toContain('übernehmen Sie die Aufgabe zuerst');
    expect((await h.port.userTask(fall.woche.taskKey)).state).toBe('CREATED');
  });

  test('claimed by someone else: 409 names them', async () => {
    await bernd.post(`/tasklist/api/aufgaben/${fall.woche.taskKey}/uebernehmen`);
    const r = await anna.post(`/tasklist/api/aufgaben/${fall.woche.taskKey}/abschliessen`, { variablen: {} });
    expect(r.status).toBe(409);
    expect(r.json.detail).toContain('Bernd Brandt (bernd)');
    await bernd.post(`/tasklist/api/aufgaben/${fall.woche.taskKey}/abgeben`);
  });

  test('claimed: completes with the form variables, the process goes on to its next task', async () => {
    const { processInstanceKey, taskKey } = await starteFall(h, { antragId: 'FALL-8', gruppen: ['team-a'] });
    expect((await anna.post(`/tasklist/api/aufgaben/${taskKey}/uebernehmen`)).status).toBe(204);
    const r = await anna.post(`/tasklist/api/aufgaben/${taskKey}/abschliessen`, { variablen: { entscheidung: 'bewilligen', begruendung: 'Alle Nachweise liegen vor.' } });
    expect(r.status).toBe(204);
    expect((await h.port.userTask(taskKey)).state).toBe('COMPLETED');
    expect((await anna.get(`/tasklist/api/aufgaben/${taskKey}`)).status).toBe(404);

    const naechste = await offeneAufgabe(h, processInstanceKey, 'freigeben');
    const zeile = (await liste(anna)).aufgaben.find((a) => a.key === naechste);
    expect(zeile).toMatchObject({ name: 'Bescheid freigeben', fallnummer: 'FALL-8' });
    const detail = (await anna.get(`/tasklist/api/aufgaben/${naechste}`)).json as AufgabeDetail;
    expect(detail.variablen).toMatchObject({ entscheidung: 'bewilligen', begruendung: 'Alle Nachweise liegen vor.', hinweis: 'global' });
  });

  test('bad JSON is a 400 with line and column; a body that is no {variablen: {…}} is a 400 naming the problem', async () => {
    const url = `/tasklist/api/aufgaben/${fall.woche.taskKey}/abschliessen`;
    const kaputt = await anna.post(url, undefined, { raw: '{\n  "variablen": {"a": 1,}\n}' });
    expect(kaputt.status).toBe(400);
    expect(kaputt.json).toMatchObject({ title: 'Ungültiges JSON', zeile: 2, spalte: 24 });
    expect(kaputt.json.detail).toContain('Zeile 2, Spalte 24');

    for (const [body, genannt] of [
      [{}, '„variablen“ fehlt'],
      [{ variablen: [1] }, '„variablen“'],
      [{ variablen: {}, extra: 1 }, 'unbekanntes Feld „extra“'],
      [[1, 2], '{"variablen": {…}}'],
    ] as const) {
      const r = await anna.post(url, body);
      expect(r.status).toBe(400);
      expect(r.json.detail).toContain(genannt);
    }
    const typ = await anna.post(url, undefined, { raw: 'variablen=1', contentType: 'application/x-www-form-urlencoded' });
    expect(typ.status).toBe(415);
    expect((await h.port.userTask(fall.woche.taskKey)).state).toBe('CREATED');
  });

  test('an unknown task: 404', async () => {
    const r = await anna.post('/tasklist/api/aufgaben/2251799813999999/abschliessen', { variablen: {} });
    expect(r.status).toBe(404);
  });
});

describe('addresses under /tasklist/api', () => {
  test('an unknown address is a JSON 404, a wrong method a 405 with Allow', async () => {
    const unbekannt = await anna.get('/tasklist/api/gibt-es-nicht');
    expect(unbekannt.status).toBe(404);
    expect(unbekannt.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const methode = await anna.post('/tasklist/api/aufgaben');
    expect(methode.status).toBe(405);
    expect(methode.headers.get('allow')).toBe('GET');
  });
});
