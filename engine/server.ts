/**
 * The embedded engine as an HTTP server speaking the Camunda 8.8 REST API under `/v2`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Engine } from './core/engine.js';
import { EngineClock } from './core/clock.js';
import { createRoutes, matchRoute } from './api/routes.js';
import { sendError } from './api/http.js';

export interface EmbeddedEngineOptions {
  /** default 8080; 0 picks a free port */
  port?: number;
  /** default `localhost`: the embedded engine has no authentication, so it stays on loopback */
  host?: string;
  /** SQLite file; default `./data/engine.sqlite`; `:memory:` for tests */
  dbPath?: string;
  clock?: EngineClock;
}

export interface EmbeddedEngine {
  /** e.g. `http://localhost:8080`; the REST API is under `/v2` */
  url: string;
  port: number;
  engine: Engine;
  close(): Promise<void>;
}

export async function startEmbeddedEngine(options: EmbeddedEngineOptions = {}): Promise<EmbeddedEngine> {
  const engine = await Engine.open({ dbPath: options.dbPath ?? './data/engine.sqlite', clock: options.clock });
  const routes = createRoutes(engine);
  const server: Server = createServer((req, res) => {
    const controller = new AbortController();
    // only a request whose client went away is aborted (ends a long poll early)
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      res.writeHead(400).end();
      return;
    }
    Promise.resolve()
      .then(() => {
        const { handler, params } = matchRoute(routes, req.method ?? 'GET', url.pathname);
        return handler(req, res, params, url, controller.signal);
      })
      .catch((error: unknown) => {
        req.resume();
        sendError(res, error);
      });
  });
  // long polls hold requests open; keep-alive sockets must not outlive them
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = 0;
  const host = options.host ?? 'localhost';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    engine,
    close: async () => {
      engine.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
