/**
 * Settings of the OZG intake from the environment: the limits of one submission and where the
 * intake keeps its files (the data directory, beside the engine's SQLite file). A wrong value is
 * a German error that names the variable; nothing falls back silently.
 */
import path from 'node:path';

const MB = 1024 * 1024;

export interface IntakeLimits {
  /** largest attached file, bytes (`WOHNGELD_OZG_MAX_DATEI_MB`, default 25 MB like DOCAI_MAX_BYTES) */
  readonly maxDateiBytes: number;
  /** most attached files in one submission (`WOHNGELD_OZG_MAX_DATEIEN`, default 20) */
  readonly maxDateien: number;
  /** most bytes of all files of one submission together (`WOHNGELD_OZG_MAX_GESAMT_MB`, default 100 MB) */
  readonly maxGesamtBytes: number;
  /** largest application JSON (the `antrag` part), bytes (fixed: 1 MB is far more than any application needs) */
  readonly maxAntragBytes: number;
}

export const intakeDefaults: IntakeLimits = Object.freeze({
  maxDateiBytes: 25 * MB,
  maxDateien: 20,
  maxGesamtBytes: 100 * MB,
  maxAntragBytes: 1 * MB,
});

export class OzgKonfigurationsFehler extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OzgKonfigurationsFehler';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function intakeLimitsFromEnv(env: Env): IntakeLimits {
  const positive = (name: string, fallback: number, scale: number, integer: boolean): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw.replace(',', '.'));
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      throw new OzgKonfigurationsFehler(`Ungültiger Wert für ${name}: „${raw}“. Erwartet wird eine ${integer ? 'ganze ' : ''}Zahl größer als 0.`);
    }
    return Math.round(value * scale);
  };
  const limits: IntakeLimits = {
    maxDateiBytes: positive('WOHNGELD_OZG_MAX_DATEI_MB', intakeDefaults.maxDateiBytes, MB, false),
    maxDateien: positive('WOHNGELD_OZG_MAX_DATEIEN', intakeDefaults.maxDateien, 1, true),
    maxGesamtBytes: positive('WOHNGELD_OZG_MAX_GESAMT_MB', intakeDefaults.maxGesamtBytes, MB, false),
    maxAntragBytes: intakeDefaults.maxAntragBytes,
  };
  if (limits.maxGesamtBytes < limits.maxDateiBytes) {
    throw new OzgKonfigurationsFehler(`WOHNGELD_OZG_MAX_GESAMT_MB (${megabytes(limits.maxGesamtBytes)}) ist kleiner als WOHNGELD_OZG_MAX_DATEI_MB (${megabytes(limits.maxDateiBytes)}).`);
  }
  return limits;
}

/**
 * The data directory: the directory of the engine's SQLite file (`--db` / `WOHNGELD_DB`), `./data`
 * by default and for an engine in memory. `wohngeld start` and `wohngeld submit` both use it.
 */
export function datenverzeichnis(dbOption: string | undefined, cwd: string): string {
  const db = dbOption?.trim();
  if (!db || db === ':memory:') return path.resolve(cwd, 'data');
  return path.dirname(path.resolve(cwd, db));
}

/** "25 MB", "1,5 MB" */
export function megabytes(bytes: number): string {
  return `${(bytes / MB).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}
