/**
 * The product's own HTTP server (beside the engine's REST API): the OZG intake under `/ozg/…`
 * now, the caseworkers' tasklist under `/tasklist` later. A part of the product adds itself as a
 * list of routes; the server matches them, answers unknown addresses and wrong methods, and turns
 * every failure into an `application/problem+json` answer with a German title and detail — never
 * a stack trace, and the server keeps serving.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RouteContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** the `:name` segments of the route's path, percent-decoded */
  readonly params: Readonly<Record<string, string>>;
  readonly url: URL;
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** e.g. `/ozg/antraege/:antragId/unterlagen`; a segment `*` at the end matches the rest of the path */
  readonly path: string;
  readonly handler: (context: RouteContext) => Promise<void> | void;
}

/** Something the caller must know went wrong: becomes a problem answer (RFC 9457). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    /** German, short: what kind of problem */
    readonly title: string,
    /** German, for the person who reads it: what exactly is wrong and what to do */
    readonly detail: string,
    /** further members of the problem object (e.g. a list of findings) */
    readonly extra: Readonly<Record<string, unknown>> = {},
    /** a URI naming the kind of problem, for programs; default `about:blank` */
    readonly type = 'about:blank',
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendProblem(res: ServerResponse, problem: HttpProblem): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify({ type: problem.type, title: problem.title, status: problem.status, detail: problem.detail, ...problem.extra });
  res.writeHead(problem.status, { ...problem.headers, 'content-type': 'application/problem+json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export interface WebServerOptions {
  /** default 8081; 0 picks a free port */
  readonly port?: number;
  /** default 127.0.0.1 */
  readonly host?: string;
  readonly routes: readonly Route[];
  /** where unexpected errors are reported (never to the caller); default stderr */
  readonly logError?: (message: string, error: unknown) => void;
}

export interface WebServer {
  /** e.g. `http://127.0.0.1:8081` */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** Stops accepting, lets running requests finish (up to `timeoutMs`, default 10 s), then closes every connection. */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

export const DEFAULT_WEB_PORT = 8081;
export const DEFAULT_WEB_HOST = '127.0.0.1';

interface CompiledRoute {
  readonly route: Route;
  readonly segments: readonly string[];
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const compiled: CompiledRoute[] = options.routes.map((route) => ({ route, segments: splitPath(route.path) }));
  const logError = options.logError ?? ((message, error) => process.stderr.write(`[error] ${message}: ${error instanceof Error ? error.message : String(error)}\n`));
  const inFlight = new Set<Promise<void>>();

  const server: Server = createServer((req, res) => {
    const run = handle(compiled, req, res, logError);
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  });
  const host = options.host ?? DEFAULT_WEB_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_WEB_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    host,
    close({ timeoutMs = 10_000 } = {}) {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([Promise.allSettled([...inFlight]), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
        clearTimeout(timer);
        server.closeAllConnections();
        await closed;
      })();
      return closing;
    },
  };
}

async function handle(routes: readonly CompiledRoute[], req: IncomingMessage, res: ServerResponse, logError: (message: string, error: unknown) => void): Promise<void> {
  try {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      throw new HttpProblem(400, 'Ungültige Adresse', 'Die Adresse der Anfrage ist nicht lesbar.');
    }
    const match = matchRoute(routes, req.method ?? 'GET', url.pathname);
    await match.route.handler({ req, res, params: match.params, url });
    if (!res.headersSent) throw new Error(`Route ${match.route.method} ${match.route.path} hat nicht geantwortet`);
  } catch (error) {
    // What the caller sent but we did not read stays unread: drain it, so the connection is usable.
    if (!req.complete) req.resume();
    if (error instanceof HttpProblem) {
      sendProblem(res, error);
      return;
    }
    logError(`Unerwarteter Fehler bei ${req.method} ${req.url}`, error);
    sendProblem(res, new HttpProblem(500, 'Interner Fehler', 'Bei der Bearbeitung der Anfrage ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut; besteht der Fehler fort, wenden Sie sich an den Betrieb.'));
  }
}

function matchRoute(routes: readonly CompiledRoute[], method: string, pathname: string): { route: Route; params: Record<string, string> } {
  const segments = splitPath(pathname);
  const allowed = new Set<string>();
  for (const candidate of routes) {
    const params = matchSegments(candidate.segments, segments);
    if (!params) continue;
    if (candidate.route.method === method) return { route: candidate.route, params };
    allowed.add(candidate.route.method);
  }
  if (allowed.size > 0) {
    const allow = [...allowed].join(', ');
    throw new HttpProblem(405, 'Methode nicht erlaubt', `Unter ${pathname} ist ${method} nicht möglich (erlaubt: ${allow}).`, {}, 'about:blank', { allow });
  }
  throw new HttpProblem(404, 'Nicht gefunden', `Unter ${pathname} gibt es nichts.`);
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p === '*' && i === pattern.length - 1) return params;
    const segment = actual[i];
    if (segment === undefined) return undefined;
    if (p.startsWith(':')) {
      try {
        params[p.slice(1)] = decodeURIComponent(segment);
      } catch {
        throw new HttpProblem(400, 'Ungültige Adresse', `Der Teil „${segment.slice(0, 100)}“ der Adresse ist nicht gültig kodiert.`);
      }
    } else if (p !== segment) return undefined;
  }
  return pattern.length === actual.length ? params : undefined;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}
