/**
 * Sign-in and sessions of the tasklist in embedded mode: the user list's passwords, one message
 * for unknown names and wrong passwords, the lock after failed attempts, the session cookie,
 * 401 without a session, 403 without the CSRF token, sign-out, idle and absolute timeouts.
 */
import type { Sitzung } from '../../tasklist/api.ts';
import { angemeldet, browser, cookieAus, type Harness, PASSWORT, starteFall, startHarness } from './server-harness.ts';

let h: Harness;
let taskKey: string;

beforeAll(async () => {
  h = await startHarness();
  ({ taskKey } = await starteFall(h, { antragId: 'FALL-A1', gruppen: ['team-a'] }));
});

afterAll(async () => {
  await h?.close();
});

const anmelden = (benutzer: unknown, passwort: unknown, headers: Record<string, string> = {}) =>
  fetch(`${h.web.url}/tasklist/api/anmeldung`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ benutzer, passwort }) });

describe('POST /tasklist/api/anmeldung', () => {
  test('right password: the session with user, groups and CSRF token; the cookie is HttpOnly, SameSite=Strict, Path=/tasklist', async () => {
    const r = await anmelden('anna', PASSWORT);
    expect(r.status).toBe(200);
    const sitzung = (await r.json()) as Sitzung;
    expect(sitzung).toEqual({ benutzer: { id: 'anna', name: 'Anna Albers', gruppen: ['team-a'] }, csrfToken: expect.stringMatching(/^[\w-]{32,}$/), modus: 'eingebettet' });
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^wohngeld_tasklist=[\w-]{32,}; HttpOnly; SameSite=Strict; Path=\/tasklist$/);
    expect(r.headers.get('cache-control')).toBe('no-store');

    const b = browser(h, cookieAus(r.headers));
    const wieder = await b.get('/tasklist/api/sitzung');
    expect(wieder.status).toBe(200);
    expect(wieder.json).toEqual(sitzung);
  });

  test('behind an https proxy the cookie is Secure', async () => {
    const r = await anmelden('anna', PASSWORT, { 'x-forwarded-proto': 'https' });
    expect(r.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  test('every sign-in gets a new session id and a new CSRF token', async () => {
    const a = await angemeldet(h, 'bernd');
    const b = await angemeldet(h, 'bernd');
    expect(a.cookie).not.toBe(b.cookie);
    expect(a.sitzung!.csrfToken).not.toBe(b.sitzung!.csrfToken);
  });

  test('wrong password and unknown user: the same 401, no cookie', async () => {
    const falsch = await anmelden('anna', 'falsch-falsch');
    const unbekannt = await anmelden('niemand', PASSWORT);
    for (const r of [falsch, unbekannt]) {
      expect(r.status).toBe(401);
      expect(r.headers.get('set-cookie')).toBeNull();
    }
    const [a, b] = [await falsch.json(), await unbekannt.json()];
    expect(a).toEqual(b);
    expect(a).toMatchObject({ title: 'Anmeldung fehlgeschlagen', detail: 'Benutzername oder Passwort ist falsch.' });
  });

  test('after 5 failures the name is locked for 30 s (429, Retry-After) even for the right password; others are not', async () => {
    for (let i = 0; i < 5; i++) expect((await anmelden('dora', `falsch-${i}`)).status).toBe(401);
    const gesperrt = await anmelden('dora', PASSWORT);
    expect(gesperrt.status).toBe(429);
    const retryAfter = Number(gesperrt.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect((await gesperrt.json()).detail).toContain(`in ${retryAfter} Sekunden`);
    // the same name typed differently is the same name
    expect((await anmelden(' DORA ', PASSWORT)).status).toBe(429);
    expect((await anmelden('bernd', PASSWORT)).status).toBe(200);

    h.uhr.ms += 31_000;
    expect((await anmelden('dora', PASSWORT)).status).toBe(200);
  });

  test('a body that is no sign-in: 400 naming the field; not JSON: 400 with line and column; another type: 415', async () => {
    const ohne = await fetch(`${h.web.url}/tasklist/api/anmeldung`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"benutzer": "anna"}' });
    expect(ohne.status).toBe(400);
    expect((await ohne.json()).detail).toContain('„passwort“');
    const kaputt = await fetch(`${h.web.url}/tasklist/api/anmeldung`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"benutzer": "anna" "passwort": "x"}' });
    expect(kaputt.status).toBe(400);
    expect((await kaputt.json()).detail).toContain('Zeile 1, Spalte 21');
    // a cross-site HTML form could send this; it is refused
    const formular = await fetch(`${h.web.url}/tasklist/api/anmeldung`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `benutzer=anna&passwort=${PASSWORT}` });
    expect(formular.status).toBe(415);
  });
});

describe('without a session', () => {
  test('every route but anmeldung answers 401', async () => {
    const ohne = browser(h);
    const fremd = browser(h, 'wohngeld_tasklist=erfunden');
    for (const b of [ohne, fremd]) {
      for (const pfad of ['/tasklist/api/sitzung', '/tasklist/api/aufgaben', `/tasklist/api/aufgaben/${taskKey}`, `/tasklist/api/aufgaben/${taskKey}/dokumente/x`]) {
        const r = await b.get(pfad);
        expect(r.status).toBe(401);
        expect(r.json.title).toBe('Nicht angemeldet');
      }
      for (const pfad of ['/tasklist/api/abmeldung', `/tasklist/api/aufgaben/${taskKey}/uebernehmen`, `/tasklist/api/aufgaben/${taskKey}/abgeben`, `/tasklist/api/aufgaben/${taskKey}/abschliessen`]) {
        expect((await b.post(pfad, { variablen: {} }, { csrf: 'irgendwas' })).status).toBe(401);
      }
    }
    // an expired cookie is cleared
    expect((await fremd.get('/tasklist/api/sitzung')).headers.get('set-cookie')).toMatch(/^wohngeld_tasklist=; .*Max-Age=0/);
    expect((await h.port.userTask(taskKey)).assignee).toBeUndefined();
  });
});

describe('CSRF token', () => {
  test('a POST without the header, or with another session’s token, is 403 and changes nothing', async () => {
    const anna = await angemeldet(h, 'anna');
    const bernd = await angemeldet(h, 'bernd');
    for (const csrf of [false, bernd.sitzung!.csrfToken, ''] as const) {
      for (const pfad of [`/tasklist/api/aufgaben/${taskKey}/uebernehmen`, `/tasklist/api/aufgaben/${taskKey}/abschliessen`, '/tasklist/api/abmeldung']) {
        const r = await anna.post(pfad, { variablen: {} }, { csrf });
        expect(r.status).toBe(403);
        expect(r.json.detail).toContain('x-csrf-token');
      }
    }
    expect((await h.port.userTask(taskKey)).assignee).toBeUndefined();
    expect((await anna.get('/tasklist/api/sitzung')).status).toBe(200);
    // with it, it works
    expect((await anna.post(`/tasklist/api/aufgaben/${taskKey}/uebernehmen`)).status).toBe(204);
    expect((await anna.post(`/tasklist/api/aufgaben/${taskKey}/abgeben`)).status).toBe(204);
  });
});

describe('end of a session', () => {
  test('abmeldung: 204, the cookie is cleared and the session is gone', async () => {
    const anna = await angemeldet(h, 'anna');
    const r = await anna.post('/tasklist/api/abmeldung');
    expect(r.status).toBe(204);
    expect(r.headers.get('set-cookie')).toMatch(/^wohngeld_tasklist=; HttpOnly; SameSite=Strict; Path=\/tasklist; Max-Age=0/);
    expect((await anna.get('/tasklist/api/aufgaben')).status).toBe(401);
  });

  test('after 60 minutes without a request the session has ended', async () => {
    const anna = await angemeldet(h, 'anna');
    h.uhr.ms += 59 * 60 * 1000;
    expect((await anna.get('/tasklist/api/sitzung')).status).toBe(200);
    h.uhr.ms += 61 * 60 * 1000;
    const r = await anna.get('/tasklist/api/sitzung');
    expect(r.status).toBe(401);
    expect(r.json.detail).toContain('abgelaufen');
  });

  test('after 10 hours it ends even when used all the time', async () => {
    const anna = await angemeldet(h, 'anna');
    for (let stunde = 0; stunde < 19; stunde++) {
      h.uhr.ms += 30 * 60 * 1000;
      expect((await anna.get('/tasklist/api/sitzung')).status).toBe(200);
    }
    h.uhr.ms += 31 * 60 * 1000;
    expect((await anna.get('/tasklist/api/sitzung')).status).toBe(401);
  });
});
