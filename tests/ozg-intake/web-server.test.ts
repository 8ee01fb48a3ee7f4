/**
 * The product's web server: routes with parameters, unknown addresses and wrong methods, and
 * failures of a route as problem answers — no stack trace, and the server keeps serving.
 */
import { HttpProblem, sendJson, startWebServer, type WebServer } from '../../connectors/web-server.ts';

let web: WebServer;
const logged: string[] = [];

beforeAll(async () => {
  web = await startWebServer({
    port: 0,
    routes: [
      { method: 'GET', path: '/ozg/antraege/:antragId', handler: ({ res, params }) => sendJson(res, 200, { antragId: params.antragId }) },
      { method: 'POST', path: '/ozg/antraege/:antragId', handler: () => { throw new HttpProblem(409, 'Konflikt', 'Schon da.', { antragId: 'x' }, 'urn:test:konflikt', { 'retry-after': '5' }); } },
      { method: 'GET', path: '/kaputt', handler: () => { throw new Error('geheimes Detail aus /intern/pfad.ts:12'); } },
      { method: 'GET', path: '/stumm', handler: () => undefined },
      { method: 'GET', path: '/tasklist/*', handler: ({ res, url }) => sendJson(res, 200, { pfad: url.pathname }) },
    ],
    logError: (message, error) => logged.push(`${message}: ${(error as Error).message}`),
  });
});
afterAll(async () => {
  await web?.close();
});

const get = async (path: string, method = 'GET') => {
  const response = await fetch(`${web.url}${path}`, { method });
  return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, body: (await response.json()) as Record<string, unknown> };
};

test('binds to 127.0.0.1 by default and reports its address', () => {
  expect(web.host).toBe('127.0.0.1');
  expect(web.url).toBe(`http://127.0.0.1:${web.port}`);
});

test('a route with a parameter, percent-decoded', async () => {
  expect(await get('/ozg/antraege/W-2026%2F0001')).toMatchObject({ status: 200, body: { antragId: 'W-2026/0001' } });
});

test('a route for everything below a prefix', async () => {
  expect(await get('/tasklist/aufgaben/7')).toMatchObject({ status: 200, body: { pfad: '/tasklist/aufgaben/7' } });
});

test('an unknown address: 404 problem; a wrong method: 405 with Allow', async () => {
  expect(await get('/gibt/es/nicht')).toMatchObject({ status: 404, type: expect.stringMatching(/^application\/problem\+json/), body: { status: 404, title: 'Nicht gefunden' } });
  const wrong = await get('/ozg/antraege/1', 'DELETE');
  expect(wrong.status).toBe(405);
  expect(wrong.headers.get('allow')).toBe('GET, POST');
});

test('a problem thrown by a route is answered as it is', async () => {
  const answer = await get('/ozg/antraege/1', 'POST');
  expect(answer).toMatchObject({ status: 409, body: { type: 'urn:test:konflikt', title: 'Konflikt', status: 409, detail: 'Schon da.', antragId: 'x' } });
  expect(answer.headers.get('retry-after')).toBe('5');
});

test('an unexpected error: 500 in German without the error text, logged, and the server keeps serving', async () => {
  const answer = await get('/kaputt');
  expect(answer.status).toBe(500);
  expect(answer.body.title).toBe('Interner Fehler');
  expect(JSON.stringify(answer.body)).not.toContain('geheimes Detail');
  expect(logged.some((line) => line.includes('geheimes Detail'))).toBe(true);
  expect((await get('/stumm')).status).toBe(500);
  expect(await get('/ozg/antraege/2')).toMatchObject({ status: 200, body: { antragId: '2' } });
});

test('a malformed percent-encoding: 400 problem', async () => {
  expect(await get('/ozg/antraege/%E0%A4%A')).toMatchObject({ status: 400, body: { title: 'Ungültige Adresse' } });
});

test('an occupied port is reported with code EADDRINUSE', async () => {
  await expect(startWebServer({ port: web.port, routes: [] })).rejects.toMatchObject({ code: 'EADDRINUSE' });
});

test('close ends the server; it refuses connections afterwards', async () => {
  const other = await startWebServer({ port: 0, routes: [] });
  await other.close();
  await expect(fetch(`${other.url}/`)).rejects.toThrow();
});
