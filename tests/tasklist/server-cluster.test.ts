/**
 * The tasklist in cluster mode against a stand-in for a Camunda 8.8 cluster with Basic
 * authentication: sign-in checks the person's credentials at /v2/authentication/me and takes the
 * groups from there; every later call goes to the cluster with that person's own credentials.
 * A cluster with OAuth gets 503 and a pointer to Camunda Tasklist.
 */
import type { AufgabeDetail, AufgabenListe } from '../../tasklist/api.ts';
import { openTasklist, type Tasklist } from '../../tasklist/server/index.ts';
import { startWebServer, type WebServer } from '../../connectors/web-server.ts';
import { createClient } from '../../workers/client.ts';
import { FAKE_TASK_KEY, type FakeCluster, startFakeCluster } from './server-cluster-fake.ts';
import { browser, cookieAus, type Browser } from './server-harness.ts';

let fake: FakeCluster;
let tasklist: Tasklist;
let web: WebServer;

/** The deployment's environment: the cluster's address, the product's own (here: Basic) credentials. */
const env = () => ({ CAMUNDA_REST_ADDRESS: fake.url, CAMUNDA_AUTH_STRATEGY: 'BASIC', CAMUNDA_BASIC_AUTH_USERNAME: 'wohngeld-worker', CAMUNDA_BASIC_AUTH_PASSWORD: 'worker-geheim', CAMUNDA_SDK_LOG_LEVEL: 'silent', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '1' });

beforeAll(async () => {
  fake = await startFakeCluster({
    mmueller: { passwort: 'maria-geheim', displayName: 'Maria Müller', groups: ['wohngeld-sachbearbeitung'] },
    kklein: { passwort: 'karl-geheim', displayName: '', groups: ['poststelle'] },
    'wohngeld-worker': { passwort: 'worker-geheim', displayName: 'Worker', groups: [] },
  });
  tasklist = await openTasklist({ client: createClient({ env: env() }), modus: 'cluster', dataDir: '/gibt-es-nicht', env: env() });
  web = await startWebServer({ port: 0, routes: tasklist.routes, logError: () => undefined });
});

afterAll(async () => {
  await web?.close();
  tasklist?.close();
  await fake?.close();
});

async function anmelden(benutzer: string, passwort: string): Promise<{ status: number; json: any; b: Browser }> {
  const b = browser({ web });
  const r = await b.post('/tasklist/api/anmeldung', { benutzer, passwort });
  if (r.status === 200) {
    b.cookie = cookieAus(r.headers);
    b.sitzung = r.json;
  }
  return { status: r.status, json: r.json, b };
}

test('the start line says how to sign in', () => {
  expect(tasklist.startMeldung('http://127.0.0.1:8081')).toBe('Tasklist: http://127.0.0.1:8081/tasklist/ (Anmeldung mit den Camunda-Zugangsdaten des Clusters).');
});

test('sign-in with the cluster’s credentials: name and groups from /v2/authentication/me', async () => {
  fake.log.length = 0;
  const { status, json } = await anmelden('mmueller', 'maria-geheim');
  expect(status).toBe(200);
  expect(json).toEqual({ benutzer: { id: 'mmueller', name: 'Maria Müller', gruppen: ['wohngeld-sachbearbeitung'] }, csrfToken: expect.any(String), modus: 'cluster' });
  expect(fake.log).toEqual([{ method: 'GET', path: '/v2/authentication/me', benutzer: 'mmueller' }]);
});

test('a wrong password: 401 with the same message as for an unknown user', async () => {
  const falsch = await anmelden('mmueller', 'falsch');
  const unbekannt = await anmelden('niemand', 'egal');
  expect(falsch.status).toBe(401);
  expect(unbekannt.status).toBe(401);
  expect(falsch.json).toEqual(unbekannt.json);
  expect(falsch.json.detail).toBe('Benutzername oder Passwort ist falsch.');
});

test('the list, the detail and a claim go to the cluster with the signed-in person’s credentials', async () => {
  const { b } = await anmelden('mmueller', 'maria-geheim');
  fake.log.length = 0;

  const liste = (await b.get('/tasklist/api/aufgaben')).json as AufgabenListe;
  expect(liste.aufgaben).toEqual([
    expect.objectContaining({ key: FAKE_TASK_KEY, name: 'Antrag prüfen und entscheiden', prozessName: 'Wohngeldantrag bearbeiten', fallnummer: 'OZG-2025-000417', antragsteller: 'Ursula Hoffmann', kandidatenGruppen: ['wohngeld-sachbearbeitung'] }),
  ]);

  const detail = (await b.get(`/tasklist/api/aufgaben/${FAKE_TASK_KEY}`)).json as AufgabeDetail;
  // Camunda 8.8 sends the schema as a JSON string
  expect(detail.formular).toEqual({ type: 'default', components: [{ type: 'textfield', key: 'x' }] });
  expect(detail.variablen.hinweis).toBe('lokal');

  expect((await b.post(`/tasklist/api/aufgaben/${FAKE_TASK_KEY}/uebernehmen`)).status).toBe(204);
  expect(fake.aufgabe.assignee).toBe('mmueller');

  expect(fake.log.map((e) => `${e.method} ${e.path}`)).toEqual(
    expect.arrayContaining(['POST /v2/user-tasks/search', 'POST /v2/variables/search', `GET /v2/user-tasks/${FAKE_TASK_KEY}/form`, `POST /v2/user-tasks/${FAKE_TASK_KEY}/variables/search`, `POST /v2/user-tasks/${FAKE_TASK_KEY}/assignment`]),
  );
  expect(new Set(fake.log.map((e) => e.benutzer))).toEqual(new Set(['mmueller']));
});

test('groups come from the cluster: someone of another group sees no task', async () => {
  const { status, json, b } = await anmelden('kklein', 'karl-geheim');
  expect(status).toBe(200);
  // no display name: the user name stands in
  expect(json.benutzer).toEqual({ id: 'kklein', name: 'kklein', gruppen: ['poststelle'] });
  expect(((await b.get('/tasklist/api/aufgaben')).json as AufgabenListe).aufgaben).toEqual([]);
});

test('a cluster that does not answer: 502 with a German detail', async () => {
  const tot = await startFakeCluster({});
  const url = tot.url;
  await tot.close();
  const e = { ...env(), CAMUNDA_REST_ADDRESS: url };
  const t = await openTasklist({ client: createClient({ env: e }), modus: 'cluster', dataDir: '/gibt-es-nicht', env: e });
  const w = await startWebServer({ port: 0, routes: t.routes, logError: () => undefined });
  try {
    const r = await browser({ web: w }).post('/tasklist/api/anmeldung', { benutzer: 'mmueller', passwort: 'maria-geheim' });
    expect(r.status).toBe(502);
    expect(r.json.title).toBe('Engine nicht erreichbar');
    expect(r.json.detail).toContain('Camunda-Cluster');
  } finally {
    await w.close();
    t.close();
  }
});

test('a cluster with OAuth: 503 pointing to Camunda Tasklist, for sign-in and session alike', async () => {
  const e = { CAMUNDA_REST_ADDRESS: fake.url, CAMUNDA_AUTH_STRATEGY: 'OAUTH', CAMUNDA_CLIENT_ID: 'wohngeld', CAMUNDA_CLIENT_SECRET: 'geheim', CAMUNDA_OAUTH_URL: 'http://127.0.0.1:9/token', CAMUNDA_SDK_LOG_LEVEL: 'silent' };
  const t = await openTasklist({ client: createClient({ env: e }), modus: 'cluster', dataDir: '/gibt-es-nicht', env: e });
  const w = await startWebServer({ port: 0, routes: t.routes, logError: () => undefined });
  fake.log.length = 0;
  try {
    const b = browser({ web: w });
    for (const r of [await b.post('/tasklist/api/anmeldung', { benutzer: 'mmueller', passwort: 'maria-geheim' }), await b.get('/tasklist/api/sitzung'), await b.get('/tasklist/api/aufgaben')]) {
      expect(r.status).toBe(503);
      expect(r.json.title).toBe('Tasklist nicht verfügbar');
      expect(r.json.detail).toContain('OAuth');
      expect(r.json.detail).toContain('Camunda Tasklist');
    }
    expect(t.startMeldung(w.url)).toBe('Tasklist: nicht verfügbar, da der Camunda-Cluster über OAuth/OIDC anmeldet – Aufgaben in Camunda Tasklist bearbeiten.');
    // nothing was sent to the cluster, least of all a password
    expect(fake.log).toEqual([]);
  } finally {
    await w.close();
    t.close();
  }
});
