/**
 * `wohngeld start`: the whole product on one machine. Starts the embedded engine (unless the
 * environment names a Camunda 8.8 cluster), deploys bpmn/ and forms/, starts all registered
 * workers, the product's web server (the OZG intake under /ozg/…, the caseworkers' tasklist under
 * /tasklist) and runs until Ctrl-C.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { OzgIntake } from '../../connectors/ozg-intake/index.ts';
import { DEFAULT_WEB_HOST, DEFAULT_WEB_PORT, type Route, startWebServer, type WebServer } from '../../connectors/web-server.ts';
import type { Tasklist } from '../../tasklist/server/index.ts';
import { startWorkers, type WorkersHandle } from '../../workers/adapter.ts';
import { configuredClusterAddress, createClient, describeClient } from '../../workers/client.ts';
import { createConsoleLogger, isLogLevel } from '../../workers/logger.ts';
import { registry } from '../../workers/registry.ts';
import { CliError, type Command, parsePort, UsageError } from '../command.ts';
import { type EmbeddedEngine, startEmbeddedEngine } from '../engine.ts';
import { defaultResourceDirs, deployResources, displayDir, displayPath, findResources, formatDeployment } from '../resources.ts';

export const DEFAULT_PORT = 8080;
export const DEFAULT_DB = './data/engine.sqlite';

export const startCommand: Command = {
  name: 'start',
  summary: 'Startet Engine, Modelle, Formulare und Worker auf diesem Rechner',
  usage: 'wohngeld start [--port PORT] [--db DATEI] [--web-port PORT]',
  details: [
    'Startet die eingebettete Engine, stellt alle Modelle aus bpmn/ und Formulare aus forms/ bereit',
    'und startet alle registrierten Worker. Strg+C beendet Worker und Engine.',
    'Ist ZEEBE_REST_ADDRESS oder CAMUNDA_REST_ADDRESS gesetzt, startet keine eingebettete Engine:',
    'Modelle und Worker laufen dann gegen diesen Camunda-8.8-Cluster.',
    'WOHNGELD_LOG_LEVEL (debug, info, warn, error, silent) steuert die Meldungen der Worker.',
    `Der OZG-Eingang (POST /ozg/antraege) läuft auf http://${DEFAULT_WEB_HOST}:${DEFAULT_WEB_PORT} (WOHNGELD_WEB_HOST, --web-port).`,
    'Sein API-Schlüssel kommt aus WOHNGELD_OZG_API_KEY; ohne die Variable wird einmal ein Schlüssel',
    'erzeugt und in ozg-api-key neben der Datenbank gespeichert (dort liest ihn wohngeld submit).',
    'Die Tasklist der Sachbearbeitung läuft unter /tasklist/ auf demselben Web-Server. Anmeldung mit der',
    'eingebetteten Engine: Benutzerliste aus WOHNGELD_TASKLIST_BENUTZER oder tasklist-benutzer.json neben der',
    'Datenbank; fehlt beides, wird sie mit dem Benutzer „sachbearbeitung“ angelegt und sein Passwort in',
    'tasklist-startpasswort gespeichert (Passwörter für die Liste: wohngeld passwort-hash). Mit einem',
    'Cluster meldet man sich mit den Camunda-Zugangsdaten an (HTTP Basic; bei OAuth: Camunda Tasklist).',
  ],
  options: {
    port: { type: 'string', short: 'p', valueName: 'PORT', description: `Port der eingebetteten Engine (Vorgabe: PORT oder ${DEFAULT_PORT}; 0 = freier Port)` },
    db: { type: 'string', valueName: 'DATEI', description: `SQLite-Datei der Engine (Vorgabe: WOHNGELD_DB oder ${DEFAULT_DB}; :memory: = flüchtig)` },
    'web-port': { type: 'string', valueName: 'PORT', description: `Port des Web-Servers mit dem OZG-Eingang (Vorgabe: WOHNGELD_WEB_PORT oder ${DEFAULT_WEB_PORT}; 0 = freier Port)` },
  },
  async run({ options }, io) {
    const logLevel = io.env.WOHNGELD_LOG_LEVEL?.trim() || 'info';
    if (!isLogLevel(logLevel)) throw new UsageError(`Ungültiger Wert für WOHNGELD_LOG_LEVEL: „${logLevel}“ (erlaubt: debug, info, warn, error, silent).`, 'start');
    const port = typeof options.port === 'string' ? parsePort(options.port, '--port', 'start') : io.env.PORT?.trim() ? parsePort(io.env.PORT, 'PORT', 'start') : DEFAULT_PORT;
    const dbOption = typeof options.db === 'string' ? options.db : io.env.WOHNGELD_DB?.trim() || DEFAULT_DB;
    const webPort =
      typeof options['web-port'] === 'string' ? parsePort(options['web-port'], '--web-port', 'start') : io.env.WOHNGELD_WEB_PORT?.trim() ? parsePort(io.env.WOHNGELD_WEB_PORT, 'WOHNGELD_WEB_PORT', 'start') : DEFAULT_WEB_PORT;
    const webHost = io.env.WOHNGELD_WEB_HOST?.trim() || DEFAULT_WEB_HOST;

    const shutdown = onShutdownSignal(io.err);
    let engine: EmbeddedEngine | undefined;
    let workers: WorkersHandle | undefined;
    let intake: OzgIntake | undefined;
    let tasklist: Tasklist | undefined;
    let web: WebServer | undefined;
    try {
      const clusterAddress = configuredClusterAddress(io.env);
      let client;
      if (clusterAddress) {
        if (options.port !== undefined) io.err('Hinweis: --port gilt nur für die eingebettete Engine und wird ignoriert.');
        if (options.db !== undefined) io.err('Hinweis: --db bestimmt ohne eingebettete Engine nur das Datenverzeichnis (API-Schlüssel und Eingangsbuch des OZG-Eingangs).');
        client = createClient({ env: io.env });
        const { restAddress, authStrategy } = describeClient(client);
        io.out(`Camunda-Cluster: ${restAddress} (Anmeldung: ${authStrategy}) – keine eingebettete Engine, da ZEEBE_REST_ADDRESS/CAMUNDA_REST_ADDRESS gesetzt ist.`);
      } else {
        const dbPath = dbOption === ':memory:' ? dbOption : path.resolve(io.cwd, dbOption);
        if (dbPath !== ':memory:') await mkdir(path.dirname(dbPath), { recursive: true });
        engine = await startEmbeddedEngine({ port, dbPath });
        const url = engine.url.replace(/\/+$/, '');
        client = createClient({ embeddedEngineUrl: url, env: io.env });
        io.out(`Eingebettete Engine läuft: ${url} (REST-API ${url}/v2, Datenbank ${dbPath === ':memory:' ? 'im Speicher' : displayPath(dbPath, io.cwd)}).`);
      }

      const { files } = await findResources(defaultResourceDirs, { required: false });
      const deployed = await deployResources(client, files);
      io.out(`Bereitgestellt: ${formatDeployment(deployed)} aus ${defaultResourceDirs.map((d) => displayDir(d, io.cwd)).join(' und ')}.`);

      workers = startWorkers(client, registry.all, { logger: createConsoleLogger(logLevel) });
      const running = workers.types.length === 0 ? 'Worker: keine registriert.' : `Worker (${workers.types.length}): ${workers.types.join(', ')}.`;
      io.out(running);

      const ozg = await import('../../connectors/ozg-intake/index.ts');
      let opened;
      try {
        opened = await ozg.openOzgIntake({ client, env: io.env, dataDir: ozg.datenverzeichnis(dbOption, io.cwd), volatile: dbOption === ':memory:', logger: createConsoleLogger(logLevel) });
      } catch (e) {
        if (e instanceof ozg.OzgKonfigurationsFehler) throw new CliError(e.message);
        throw e;
      }
      intake = opened.intake;

      const tl = await import('../../tasklist/server/index.ts');
      try {
        tasklist = await tl.openTasklist({
          client,
          modus: clusterAddress ? 'cluster' : 'eingebettet',
          dataDir: ozg.datenverzeichnis(dbOption, io.cwd),
          volatile: dbOption === ':memory:',
          env: io.env,
          cwd: io.cwd,
          anzeigePfad: (datei) => displayPath(datei, io.cwd),
          logger: createConsoleLogger(logLevel),
        });
      } catch (e) {
        if (e instanceof tl.TasklistKonfigurationsFehler) throw new CliError(e.message);
        throw e;
      }

      // The tasklist's API routes come before its app's files: the app's catch-all must not
      // shadow /tasklist/api/…. The app's bundle is built right away, in the background.
      const { createTasklistAssets } = await import('../../tasklist/server/assets.ts');
      const tasklistRoutes: Route[] = [...tasklist.routes, ...createTasklistAssets()];
      web = await startWeb(webPort, webHost, [...intake.routes, ...tasklistRoutes]);
      io.out(tasklist.startMeldung(web.url));
      const keySource = opened.apiKey.quelle === 'umgebung' ? 'aus WOHNGELD_OZG_API_KEY' : `${opened.apiKey.neu ? 'neu erzeugt in' : 'in'} ${displayPath(opened.apiKey.datei, io.cwd)}`;
      io.out(`OZG-Eingang: ${web.url}/ozg/antraege (API-Schlüssel ${keySource}). Beenden mit Strg+C.`);

      const signal = await shutdown.signal;
      io.out(`${signal} empfangen: Web-Server, Worker und Engine werden beendet …`);
    } finally {
      // first no new applications, then the workers, then the engine they all talk to
      await web?.close({ timeoutMs: 10_000 });
      tasklist?.close();
      intake?.close();
      await workers?.stop({ timeoutMs: 10_000 });
      // the document workers' intake pool (child processes for parsing and OCR), if it was started
      await import('../../docai/intake/index.ts').then((intake) => intake.shutdownIntake()).catch(() => undefined);
      await engine?.close();
      shutdown.dispose();
    }
    io.out('Beendet.');
    return 0;
  },
};

async function startWeb(port: number, host: string, routes: readonly Route[]): Promise<WebServer> {
  try {
    return await startWebServer({ port, host, routes });
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (code === 'EADDRINUSE') {
      throw new CliError(`Port ${port} des Web-Servers (OZG-Eingang) ist belegt.`, 1, `Einen anderen Port wählen: wohngeld start --web-port ${port + 1} (oder WOHNGELD_WEB_PORT=${port + 1}).`);
    }
    if (code === 'EACCES') throw new CliError(`Keine Berechtigung für Port ${port} des Web-Servers.`, 1, 'Einen Port ab 1024 wählen, z. B. --web-port 8082.');
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`Der Web-Server kann nicht an „${host}“ gebunden werden (WOHNGELD_WEB_HOST).`);
    throw new CliError(`Der Web-Server konnte nicht starten: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * The first SIGINT/SIGTERM ends the wait; a second one while shutting down forces the exit, so a
 * hanging shutdown never needs `kill -9`.
 */
function onShutdownSignal(err: (line: string) => void): { signal: Promise<NodeJS.Signals>; dispose(): void } {
  let received = false;
  let resolve: (signal: NodeJS.Signals) => void = () => {};
  const signal = new Promise<NodeJS.Signals>((r) => (resolve = r));
  const handler = (name: NodeJS.Signals) => {
    if (received) {
      err('Beenden erzwungen.');
      process.exit(130);
    }
    received = true;
    resolve(name);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  // Signal listeners do not keep Node alive; against a cluster with no workers nothing else would.
  const keepAlive = setInterval(() => {}, 1 << 30);
  return {
    signal,
    dispose() {
      clearInterval(keepAlive);
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
