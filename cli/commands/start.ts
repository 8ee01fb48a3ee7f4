/**
 * `wohngeld start`: the whole product on one machine. Starts the embedded engine (unless the
 * environment names a Camunda 8.8 cluster), deploys bpmn/ and forms/, starts all registered
 * workers and runs until Ctrl-C.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startWorkers, type WorkersHandle } from '../../workers/adapter.ts';
import { configuredClusterAddress, createClient, describeClient } from '../../workers/client.ts';
import { createConsoleLogger, isLogLevel } from '../../workers/logger.ts';
import { registry } from '../../workers/registry.ts';
import { type Command, parsePort, UsageError } from '../command.ts';
import { type EmbeddedEngine, startEmbeddedEngine } from '../engine.ts';
import { defaultResourceDirs, deployResources, displayDir, displayPath, findResources, formatDeployment } from '../resources.ts';

export const DEFAULT_PORT = 8080;
export const DEFAULT_DB = './data/engine.sqlite';

export const startCommand: Command = {
  name: 'start',
  summary: 'Startet Engine, Modelle, Formulare und Worker auf diesem Rechner',
  usage: 'wohngeld start [--port PORT] [--db DATEI]',
  details: [
    'Startet die eingebettete Engine, stellt alle Modelle aus bpmn/ und Formulare aus forms/ bereit',
    'und startet alle registrierten Worker. Strg+C beendet Worker und Engine.',
    'Ist ZEEBE_REST_ADDRESS oder CAMUNDA_REST_ADDRESS gesetzt, startet keine eingebettete Engine:',
    'Modelle und Worker laufen dann gegen diesen Camunda-8.8-Cluster.',
    'WOHNGELD_LOG_LEVEL (debug, info, warn, error, silent) steuert die Meldungen der Worker.',
  ],
  options: {
    port: { type: 'string', short: 'p', valueName: 'PORT', description: `Port der eingebetteten Engine (Vorgabe: PORT oder ${DEFAULT_PORT}; 0 = freier Port)` },
    db: { type: 'string', valueName: 'DATEI', description: `SQLite-Datei der Engine (Vorgabe: WOHNGELD_DB oder ${DEFAULT_DB}; :memory: = flüchtig)` },
  },
  async run({ options }, io) {
    const logLevel = io.env.WOHNGELD_LOG_LEVEL?.trim() || 'info';
    if (!isLogLevel(logLevel)) throw new UsageError(`Ungültiger Wert für WOHNGELD_LOG_LEVEL: „${logLevel}“ (erlaubt: debug, info, warn, error, silent).`, 'start');
    const port = typeof options.port === 'string' ? parsePort(options.port, '--port', 'start') : io.env.PORT?.trim() ? parsePort(io.env.PORT, 'PORT', 'start') : DEFAULT_PORT;
    const dbOption = typeof options.db === 'string' ? options.db : io.env.WOHNGELD_DB?.trim() || DEFAULT_DB;

    const shutdown = onShutdownSignal(io.err);
    let engine: EmbeddedEngine | undefined;
    let workers: WorkersHandle | undefined;
    try {
      const clusterAddress = configuredClusterAddress(io.env);
      let client;
      if (clusterAddress) {
        if (options.port !== undefined || options.db !== undefined) {
          io.err('Hinweis: --port und --db gelten nur für die eingebettete Engine und werden ignoriert.');
        }
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
      io.out(`${running} Beenden mit Strg+C.`);

      const signal = await shutdown.signal;
      io.out(`${signal} empfangen: Worker und Engine werden beendet …`);
    } finally {
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
