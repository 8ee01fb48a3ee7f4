/**
 * The office's configuration for the Wohngeld workers, from the environment: the letterhead
 * (WOHNGELD_BRIEFKOPF, a JSON file), the proof rules (WOHNGELD_NACHWEISREGELN, a JSON file; the
 * shipped wohngeld/regeln/nachweise.json without it) and the Mietstufe (WOHNGELD_MIETSTUFE).
 * Read once per file and checked; a wrong setting is a German error that names the setting.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { leseRegelwerk, RegelFehler, type Regelwerk } from '../wohngeld/completeness.ts';
import { BriefkopfFehler, leseBriefkopf, MUSTER_BRIEFKOPF, type Briefkopf } from '../wohngeld/letters/briefkopf.ts';
import { EingabeFehler, konfigurierteMietstufe } from '../wohngeld/law/input.ts';
import type { Mietstufe } from '../wohngeld/law/parameters.ts';
import { JsonFehler, parseJson } from '../wohngeld/json.ts';
import { retryableFailure, type RetryableFailureOutcome } from './types.ts';

export const STANDARD_REGELN = fileURLToPath(new URL('../wohngeld/regeln/nachweise.json', import.meta.url));

export class KonfigurationsFehler extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KonfigurationsFehler';
  }
}

const cache = new Map<string, unknown>();

function jsonFile(setting: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KonfigurationsFehler(`${setting}: ${file} kann nicht gelesen werden (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  try {
    return parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonFehler)) throw error;
    throw new KonfigurationsFehler(`${setting}: ${file} ist kein gültiges JSON (${error.message}).`);
  }
}

/**
 * A JSON file of the office, read and checked once (`lesen` throws an error with `probleme` for
 * what is wrong inside it), then served from the cache.
 */
function konfigDatei<T>(setting: string, file: string, lesen: (input: unknown) => T, Fehler: new (...args: never[]) => Error & { probleme: string[] }): T {
  const key = `${setting}:${file}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, lesen(jsonFile(setting, file)));
    } catch (error) {
      if (error instanceof Fehler) throw new KonfigurationsFehler(`${setting}: ${file} enthält Fehler: ${error.probleme.join('; ')}`);
      throw error;
    }
  }
  return cache.get(key) as T;
}

export function nachweisregeln(env: Record<string, string | undefined> = process.env): Regelwerk {
  return konfigDatei('WOHNGELD_NACHWEISREGELN', env.WOHNGELD_NACHWEISREGELN?.trim() || STANDARD_REGELN, leseRegelwerk, RegelFehler);
}

export function briefkopf(env: Record<string, string | undefined> = process.env): Briefkopf {
  const file = env.WOHNGELD_BRIEFKOPF?.trim();
  return file ? konfigDatei('WOHNGELD_BRIEFKOPF', file, leseBriefkopf, BriefkopfFehler) : MUSTER_BRIEFKOPF;
}

export function mietstufe(env: Record<string, string | undefined> = process.env): Mietstufe | undefined {
  try {
    return konfigurierteMietstufe(env);
  } catch (error) {
    if (error instanceof EingabeFehler) throw new KonfigurationsFehler(error.probleme.join('; '));
    throw error;
  }
}

/** For tests: forget what was read. */
export function vergesseKonfiguration(): void {
  cache.clear();
}

/** A setting that is wrong is a retryable failure naming it (an incident once retries run out); anything else is rethrown. */
export function konfigurationsfehler(error: unknown): RetryableFailureOutcome {
  if (error instanceof KonfigurationsFehler) return retryableFailure(error.message);
  throw error;
}
