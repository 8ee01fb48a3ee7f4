/**
 * The one list of our job workers. `wohngeld start` runs all of them; to add a worker, import its
 * module and add it to `workers` below.
 */
import { briefVersenden } from './brief-versenden.ts';
import { datenExtrahieren } from './daten-extrahieren.ts';
import { dokumentKlassifizieren } from './dokument-klassifizieren.ts';
import { fachverfahrenExport } from './fachverfahren-export.ts';
import { berechnen, bescheidErstellen, nachforderungErstellen, vollstaendigkeitPruefen } from './wohngeld-fall.ts';
import type { AnyWorkerDefinition } from './types.ts';

export const workers: readonly AnyWorkerDefinition[] = [
  // one line per worker module
  dokumentKlassifizieren,
  datenExtrahieren,
  vollstaendigkeitPruefen,
  berechnen,
  nachforderungErstellen,
  bescheidErstellen,
  fachverfahrenExport,
  briefVersenden,
];

export interface WorkerRegistry {
  readonly all: readonly AnyWorkerDefinition[];
  readonly types: readonly string[];
  /** The worker for a job type, or undefined. */
  find(type: string): AnyWorkerDefinition | undefined;
  /** The worker for a job type; throws if there is none. */
  get(type: string): AnyWorkerDefinition;
}

/**
 * Indexes definitions by job type. Two workers for one job type would compete for the same jobs
 * with different code, so a duplicate is a programming error and rejected here.
 */
export function createRegistry(definitions: readonly AnyWorkerDefinition[]): WorkerRegistry {
  const byType = new Map<string, AnyWorkerDefinition>();
  for (const definition of definitions) {
    if (typeof definition.type !== 'string' || definition.type.trim() === '') {
      throw new Error(`Worker ohne Jobtyp: ${definition.description ?? '(ohne Beschreibung)'}`);
    }
    if (byType.has(definition.type)) {
      throw new Error(`Jobtyp „${definition.type}“ ist doppelt registriert.`);
    }
    byType.set(definition.type, definition);
  }
  const all = [...byType.values()];
  return {
    all,
    types: all.map((d) => d.type),
    find: (type) => byType.get(type),
    get(type) {
      const definition = byType.get(type);
      if (!definition) throw new Error(`Kein Worker für Jobtyp „${type}“ registriert.`);
      return definition;
    },
  };
}

/** The registry of `workers`, built when the module loads, so a duplicate fails at start-up. */
export const registry: WorkerRegistry = createRegistry(workers);

export function findWorker(type: string): AnyWorkerDefinition | undefined {
  return registry.find(type);
}
