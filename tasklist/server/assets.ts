/**
 * The tasklist's browser app as routes of the product's web server: `index.html` for `/tasklist`
 * and every deep link of the app, the app bundle (built in memory with esbuild from
 * `tasklist/app/` — no build step, nothing generated in the repository), its CSS, form-js's CSS,
 * the pdf.js worker and pdf.js's standard fonts. Nothing here holds case data, so these routes
 * need no session; the app asks `/tasklist/api/sitzung` and shows the sign-in form on 401.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { HttpProblem, type Route, type RouteContext } from '../../connectors/web-server.ts';
import { TASKLIST_BASE } from '../api.ts';

export const ASSETS_BASE = `${TASKLIST_BASE}/assets`;

const APP_DIR = fileURLToPath(new URL('../app/', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Self only. form-js and pdf.js run without `eval` (pdf.js is told so); pdf.js hands images and
 * fonts over as blob:/data: URLs, and form-js sets inline styles on a few elements (flatpickr's
 * calendar, the text layer's positions go through CSSOM, which CSP does not restrict).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

interface Asset {
  readonly body: Buffer;
  readonly gzip?: Buffer;
  readonly contentType: string;
  readonly etag: string;
}

export interface TasklistAssetsOptions {
  /** the app's sources (index.html, app.css, main.ts, …); default tasklist/app */
  readonly appDir?: string;
  /** build the bundle right away (default), so the first visitor does not wait for it */
  readonly warmUp?: boolean;
  /** where a failed build is reported besides the 500 answer; default stderr */
  readonly logError?: (message: string, error: unknown) => void;
}

/** The routes under `/tasklist` that serve the app (the API under `/tasklist/api` is not here). */
export function createTasklistAssets(options: TasklistAssetsOptions = {}): Route[] {
  const logError = options.logError ?? ((message, error) => process.stderr.write(`[error] ${message}: ${error instanceof Error ? error.message : String(error)}\n`));
  const cache = new Map<string, Promise<Asset | undefined>>();
  const appDir = options.appDir ?? APP_DIR;

  const load = (name: string): Promise<Asset | undefined> => {
    let pending = cache.get(name);
    if (!pending) {
      pending = loadAsset(appDir, name);
      cache.set(name, pending);
      // a failed build is tried again at the next request (the source may have been fixed); an
      // unknown name is not remembered, so arbitrary addresses cannot fill the cache
      pending.then((found) => found ?? cache.delete(name), () => cache.delete(name));
    }
    return pending;
  };

  if (options.warmUp !== false) {
    load('app.js').catch((error) => logError('Die Aufgabenliste (tasklist/app) konnte nicht gebaut werden', error));
  }

  const serve = (name: string) => async (context: RouteContext) => {
    let asset: Asset | undefined;
    try {
      asset = await load(name);
    } catch (error) {
      logError(`Die Datei ${name} der Aufgabenliste ist nicht verfügbar`, error);
      throw new HttpProblem(500, 'Aufgabenliste nicht verfügbar', `Die Datei „${name}“ der Aufgabenliste konnte nicht erzeugt werden. Bitte wenden Sie sich an den Betrieb.`);
    }
    if (!asset) throw new HttpProblem(404, 'Nicht gefunden', `Unter ${context.url.pathname} gibt es nichts.`);
    sendAsset(context, asset);
  };

  return [
    { method: 'GET', path: TASKLIST_BASE, handler: serve('index.html') },
    { method: 'GET', path: `${TASKLIST_BASE}/`, handler: serve('index.html') },
    // the app's own addresses (history API): a reload or a bookmark lands on the app
    { method: 'GET', path: `${TASKLIST_BASE}/aufgaben/*`, handler: serve('index.html') },
    { method: 'GET', path: `${ASSETS_BASE}/:name`, handler: (context) => serve(context.params.name)(context) },
    { method: 'GET', path: `${ASSETS_BASE}/standard_fonts/:name`, handler: (context) => serve(`standard_fonts/${context.params.name}`)(context) },
  ];
}

async function loadAsset(appDir: string, name: string): Promise<Asset | undefined> {
  switch (name) {
    case 'index.html':
      return asset(await readFile(path.join(appDir, 'index.html')), 'text/html; charset=utf-8');
    case 'app.js':
      return asset(await buildApp(appDir), 'text/javascript; charset=utf-8');
    case 'app.css':
      return asset(await readFile(path.join(appDir, 'app.css')), 'text/css; charset=utf-8');
    case 'form-js.css':
      return asset(await readFile(require.resolve('@bpmn-io/form-js-viewer/dist/assets/form-js.css')), 'text/css; charset=utf-8');
    case 'pdf.worker.min.mjs':
      return asset(await readFile(require.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs')), 'text/javascript; charset=utf-8');
  }
  if (name.startsWith('standard_fonts/')) {
    const file = name.slice('standard_fonts/'.length);
    const dir = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');
    // only names that are in the folder: nothing from elsewhere on the disk
    if (!(await readdir(dir)).includes(file)) return undefined;
    return asset(await readFile(path.join(dir, file)), fontTyp(file));
  }
  return undefined;
}

/** The app as one ES module. pdf.js's Node-only branches are never taken in a browser. */
export async function buildApp(appDir = APP_DIR): Promise<Buffer> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(appDir, 'main.ts')],
    absWorkingDir: path.resolve(APP_DIR, '../..'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
    write: false,
    minify: true,
    legalComments: 'eof',
    outdir: 'out',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const file = result.outputFiles.find((f) => f.path.endsWith('.js'));
  if (!file) throw new Error('esbuild hat kein JavaScript erzeugt');
  return Buffer.from(file.contents);
}

function fontTyp(datei: string): string {
  if (datei.endsWith('.ttf')) return 'font/ttf';
  if (datei.endsWith('.pfb')) return 'application/x-font-type1';
  if (datei.startsWith('LICENSE')) return 'text/plain; charset=utf-8';
  return 'application/octet-stream';
}

function asset(body: Buffer, contentType: string): Asset {
  const compressible = contentType.startsWith('text/') && body.length > 1024;
  return { body, gzip: compressible ? gzipSync(body) : undefined, contentType, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** Addresses without a content hash: the browser asks again each time and gets 304 while unchanged. */
function sendAsset({ req, res }: RouteContext, asset: Asset): void {
  const headers: Record<string, string | number> = { ...SECURITY_HEADERS, 'content-type': asset.contentType, etag: asset.etag, 'cache-control': 'no-cache', vary: 'accept-encoding' };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzip = asset.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? asset.gzip! : asset.body;
  res.writeHead(200, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': body.length });
  res.end(body);
}
