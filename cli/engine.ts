/**
 * Starts the embedded engine (`engine/server.ts`). Imported on demand, so that `wohngeld deploy`
 * and `wohngeld start` against a cluster never load the engine and its SQLite binding.
 */
import type { EmbeddedEngine, EmbeddedEngineOptions } from '../engine/server.ts';
import { CliError } from './command.ts';

export type { EmbeddedEngine, EmbeddedEngineOptions };

export async function startEmbeddedEngine(options: EmbeddedEngineOptions): Promise<EmbeddedEngine> {
  const { startEmbeddedEngine: start } = await import('../engine/server.ts');
  try {
    return await start(options);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const port = options.port ?? 8080;
    if (code === 'EADDRINUSE') {
      throw new CliError(`Port ${port} ist belegt.`, 1, `Einen anderen Port wählen: wohngeld start --port ${port + 1} (oder PORT=${port + 1}).`);
    }
    if (code === 'EACCES') {
      throw new CliError(`Keine Berechtigung für Port ${port}.`, 1, 'Einen Port ab 1024 wählen, z. B. --port 8081.');
    }
    throw new CliError(`Die eingebettete Engine konnte nicht starten: ${e instanceof Error ? e.message : String(e)}`);
  }
}
