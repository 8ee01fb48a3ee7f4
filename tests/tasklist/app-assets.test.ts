/**
 * The tasklist app as routes of the product's web server: index.html for the app's addresses, the
 * bundle built in memory by esbuild, the CSS, the pdf.js worker and fonts — with a strict CSP and
 * the other security headers, and 404 for anything else.
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startWebServer, type WebServer } from '../../connectors/web-server.ts';
import { createTasklistAssets } from '../../tasklist/server/assets.ts';

let web: WebServer;
const logged: string[] = [];

beforeAll(async () => {
  web = await startWebServer({ port: 0, routes: createTasklistAssets({ warmUp: false, logError: (m) => logged.push(m) }) });
});
afterAll(async () => {
  await web?.close();
});

async function hole(pfad: string, headers: Record<string, string> = {}, method = 'GET') {
  const antwort = await fetch(`${web.url}${pfad}`, { method, headers });
  return { status: antwort.status, headers: antwort.headers, body: Buffer.from(await antwort.arrayBuffer()) };
}

function pruefeSicherheit(headers: Headers): void {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-frame-options')).toBe('DENY');
}

test('index.html at /tasklist, /tasklist/ and every deep link of the app, German, with the security headers', async () => {
  const bodies = new Set<string>();
  for (const pfad of ['/tasklist', '/tasklist/', '/tasklist/aufgaben/2251799813685323', '/tasklist/aufgaben/123/']) {
    const antwort = await hole(pfad);
    expect(antwort.status).toBe(200);
    expect(antwort.headers.get('content-type')).toBe('text/html; charset=utf-8');
    pruefeSicherheit(antwort.headers);
    bodies.add(antwort.body.toString('utf8'));
  }
  expect(bodies.size).toBe(1);
  const html = [...bodies][0];
  expect(html).toContain('<html lang="de">');
  expect(html).toContain('src="/tasklist/assets/app.js"');
  expect(html).toContain('href="/tasklist/assets/form-js.css"');
  // the live regions exist before anything is said in them
  expect(html).toMatch(/id="status"[^>]*role="status"/);
  expect(html).toMatch(/id="fehler"[^>]*role="alert"/);
  // no inline script: the CSP would block it
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('the app bundle is built in memory from tasklist/app and served as JavaScript, compressed on request, revalidated by ETag', async () => {
  const antwort = await hole('/tasklist/assets/app.js');
  expect(antwort.status).toBe(200);
  expect(antwort.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  pruefeSicherheit(antwort.headers);
  const code = antwort.body.toString('utf8');
  // our code (the measure the browser test reads), form-js and pdf.js are in it, as one ES module
  // (no toContain: a failure would print the whole bundle)
  for (const teil of ['tasklist:erstes-dokument', 'fjs-form-field', 'pdf.worker.min.mjs', 'GlobalWorkerOptions']) expect({ teil, drin: code.includes(teil) }).toEqual({ teil, drin: true });
  expect(/^\s*import\s/m.test(code)).toBe(false);

  const gepackt = await hole('/tasklist/assets/app.js', { 'accept-encoding': 'gzip' });
  // fetch unpacks on its own; the header says it was packed
  expect(gepackt.headers.get('content-encoding')).toBe('gzip');
  expect(gepackt.body.equals(antwort.body)).toBe(true);

  const etag = antwort.headers.get('etag');
  expect(etag).toMatch(/^"[\w-]+"$/);
  const wieder = await hole('/tasklist/assets/app.js', { 'if-none-match': etag! });
  expect(wieder.status).toBe(304);
  expect(wieder.body.length).toBe(0);
});

test('the CSS of the app and of form-js, the pdf.js worker and its standard fonts', async () => {
  const css = await hole('/tasklist/assets/app.css');
  expect(css.status).toBe(200);
  expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  expect(css.body.toString('utf8')).toContain('.textLayer');

  const formJs = await hole('/tasklist/assets/form-js.css');
  expect(formJs.status).toBe(200);
  expect(formJs.headers.get('content-type')).toBe('text/css; charset=utf-8');
  expect(formJs.body.toString('utf8')).toContain('.fjs-container');

  const worker = await hole('/tasklist/assets/pdf.worker.min.mjs');
  expect(worker.status).toBe(200);
  expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  pruefeSicherheit(worker.headers);
  expect(worker.body.length).toBeGreaterThan(100_000);

  const font = await hole('/tasklist/assets/standard_fonts/LiberationSans-Regular.ttf');
  expect(font.status).toBe(200);
  expect(font.headers.get('content-type')).toBe('font/ttf');
});

test('anything else under /tasklist/assets is 404 — also a way out of the font folder', async () => {
  for (const pfad of [
    '/tasklist/assets/gibt-es-nicht.js',
    '/tasklist/assets/main.ts',
    '/tasklist/assets/..%2F..%2Fpackage.json',
    '/tasklist/assets/standard_fonts/..%2Fpackage.json',
    '/tasklist/assets/standard_fonts/nicht-da.pfb',
  ]) {
    const antwort = await hole(pfad);
    expect({ pfad, status: antwort.status }).toEqual({ pfad, status: 404 });
    expect(antwort.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(antwort.body.toString('utf8'))).toMatchObject({ title: 'Nicht gefunden' });
  }
  expect((await hole('/tasklist/sonstwas')).status).toBe(404);
  expect((await hole('/tasklist', {}, 'POST')).status).toBe(405);
});

test('a bundle that cannot be built is a 500 in German, reported, and tried again at the next request', async () => {
  // a second server whose app source is missing: the build fails
  const meldungen: string[] = [];
  const routen = createTasklistAssets({ appDir: '/gibt/es/nicht/', warmUp: false, logError: (m) => meldungen.push(m) });
  const kaputt = await startWebServer({ port: 0, routes: routen, logError: () => undefined });
  try {
    for (let i = 0; i < 2; i++) {
      const antwort = await fetch(`${kaputt.url}/tasklist/assets/app.js`);
      expect(antwort.status).toBe(500);
      const problem = (await antwort.json()) as { title: string; detail: string };
      expect(problem.title).toBe('Aufgabenliste nicht verfügbar');
      expect(problem.detail).toContain('app.js');
    }
    expect(meldungen.filter((m) => m.includes('app.js'))).toHaveLength(2);
  } finally {
    await kaputt.close();
  }
});

test('gzip only for clients that ask for it', async () => {
  const roh = (encoding: string) =>
    new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      const req = request(`${web.url}/tasklist/assets/app.css`, { headers: { 'accept-encoding': encoding } }, (res) => {
        const teile: Buffer[] = [];
        res.on('data', (t: Buffer) => teile.push(t));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(teile) }));
      });
      req.on('error', reject);
      req.end();
    });
  const ungepackt = await roh('identity');
  expect(ungepackt.encoding).toBeUndefined();
  const gepackt = await roh('gzip, deflate');
  expect(gepackt.encoding).toBe('gzip');
  expect(gepackt.body.length).toBeLessThan(ungepackt.body.length);
  expect(gunzipSync(gepackt.body).equals(ungepackt.body)).toBe(true);
});
