/**
 * When the engine refuses or fails: a refused completion becomes a problem answer that carries the
 * engine's own detail in a German frame, and the task stays open; an engine that cannot be reached
 * is a 502 with a German detail, never a stack trace. The real embedded engine, with the port
 * failing where the test says so.
 */
import { clientTasklistEngine, EngineFehler, type TasklistEngine } from '../../tasklist/server/engine.ts';
import { createClient } from '../../workers/client.ts';
import { angemeldet, type Browser, type Harness, starteFall, startHarness } from './server-harness.ts';

let h: Harness;
let anna: Browser;
/** what the next completion or list read fails with, if anything */
const stoerung: { abschluss?: EngineFehler; liste?: EngineFehler } = {};

beforeAll(async () => {
  h = await startHarness({
    port: (real): TasklistEngine => ({
      ...real,
      async complete(key, variables) {
        const fehler = stoerung.abschluss;
        stoerung.abschluss = undefined;
        if (fehler) throw fehler;
        return real.complete(key, variables);
      },
      async openUserTasks() {
        if (stoerung.liste) throw stoerung.liste;
        return real.openUserTasks();
      },
    }),
  });
  anna = await angemeldet(h, 'anna');
});

afterAll(async () => {
  await h?.close();
});

async function uebernommeneAufgabe(antragId: string): Promise<string> {
  const { taskKey } = await starteFall(h, { antragId, gruppen: ['team-a'] });
  expect((await anna.post(`/tasklist/api/aufgaben/${taskKey}/uebernehmen`)).status).toBe(204);
  return taskKey;
}

test.each([
  [409, 'Command rejected: the user task is being completed by a task listener', 409],
  [400, "Expected variable 'entscheidung' to be an object", 400],
  // completed by someone else in the meantime
  [404, "Expected to complete user task, but no such active user task was found", 409],
])('the engine refuses the completion with %i: a problem with its detail, the task stays open', async (status, detail, erwartet) => {
  const key = await uebernommeneAufgabe(`FALL-E${status}`);
  stoerung.abschluss = new EngineFehler(`Aufgabe ${key} abschließen: Die Engine antwortete mit HTTP ${status} (${detail}).`, status, detail);
  const r = await anna.post(`/tasklist/api/aufgaben/${key}/abschliessen`, { variablen: { entscheidung: 'x' } });
  expect(r.status).toBe(erwartet);
  expect(r.json.title).toBe('Abschluss abgelehnt');
  expect(r.json.detail).toContain(`Die Engine hat den Abschluss der Aufgabe abgelehnt: „${detail}“`);
  expect(r.json.engineDetail).toBe(detail);
  expect((await h.port.userTask(key)).state).toBe('CREATED');
});

test('an engine that cannot be reached: 502 with a German detail; the server keeps serving', async () => {
  stoerung.liste = new EngineFehler('Offene Aufgaben suchen: Die Engine ist nicht erreichbar (fetch failed).');
  const r = await anna.get('/tasklist/api/aufgaben');
  expect(r.status).toBe(502);
  expect(r.json).toMatchObject({ title: 'Engine nicht erreichbar', detail: expect.stringContaining('Die Engine ist nicht erreichbar') });
  expect(r.text).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
  stoerung.liste = undefined;
  expect((await anna.get('/tasklist/api/aufgaben')).status).toBe(200);
});

test('a completion the engine accepts after a refusal works as usual', async () => {
  const key = await uebernommeneAufgabe('FALL-E-OK');
  expect((await anna.post(`/tasklist/api/aufgaben/${key}/abschliessen`, { variablen: { entscheidung: 'bewilligen' } })).status).toBe(204);
  expect((await h.port.userTask(key)).state).toBe('COMPLETED');
});

test('the port on the official client turns a failed connection into an EngineFehler without status', async () => {
  const { startEmbeddedEngine } = await import('../../engine/server.ts');
  const weg = await startEmbeddedEngine({ port: 0, dbPath: ':memory:' });
  const url = weg.url;
  await weg.close();
  const port = clientTasklistEngine(createClient({ embeddedEngineUrl: url, env: { CAMUNDA_SDK_LOG_LEVEL: 'silent', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '1' } }));
  const fehler = await port.openUserTasks().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(fehler).toBeInstanceOf(EngineFehler);
  expect((fehler as EngineFehler).status).toBeUndefined();
  expect((fehler as EngineFehler).message).toMatch(/^Offene Aufgaben suchen: Die Engine ist nicht erreichbar \(/);
});
