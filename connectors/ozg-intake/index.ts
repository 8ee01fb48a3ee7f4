/**
 * The OZG intake as `wohngeld start` runs it: API key, limits and ledger from the data directory
 * and the environment, the engine through the Camunda client. The routes go into the product's
 * web server (connectors/web-server.ts).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { CamundaClient } from '@camunda8/orchestration-cluster-api';
import type { Logger } from '../../workers/types.ts';
import { ensureApiKey, type ApiKey } from './api-key.ts';
import { intakeLimitsFromEnv, OzgKonfigurationsFehler } from './config.ts';
import { clientIntakeEngine } from './engine.ts';
import { createOzgIntake, type OzgIntake } from './intake.ts';
import { IntakeLedger } from './ledger.ts';

export { API_KEY_FILE, API_KEY_VARIABLE, ensureApiKey, readApiKey, type ApiKey } from './api-key.ts';
export { datenverzeichnis, intakeDefaults, intakeLimitsFromEnv, OzgKonfigurationsFehler, type IntakeLimits } from './config.ts';
export { clientIntakeEngine, EngineUnavailable, type IntakeEngine, type IntakeMessage } from './engine.ts';
export { createOzgIntake, MESSAGE_ANTRAG_EINGEGANGEN, MESSAGE_UNTERLAGEN_NACHGEREICHT, type OzgIntake, type OzgIntakeOptions } from './intake.ts';
export { JsonFehler, parseJson } from '../../wohngeld/json.ts';
export { IntakeLedger } from './ledger.ts';
export { PROBLEM } from './problems.ts';

/** The ledger's file in the data directory. */
export const LEDGER_FILE = 'ozg-eingang.sqlite';

export interface OpenOzgIntakeOptions {
  readonly client: CamundaClient;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly dataDir: string;
  /** the engine keeps nothing (`--db :memory:`): then the ledger keeps nothing either */
  readonly volatile?: boolean;
  readonly logger?: Logger;
}

/** Throws `OzgKonfigurationsFehler` for a wrong setting (named) or a key file that cannot be written. */
export async function openOzgIntake(options: OpenOzgIntakeOptions): Promise<{ intake: OzgIntake; apiKey: ApiKey; ledgerFile: string }> {
  const limits = intakeLimitsFromEnv(options.env);
  const apiKey = await ensureApiKey(options.env, options.dataDir);
  await mkdir(options.dataDir, { recursive: true });
  const ledgerFile = options.volatile ? ':memory:' : path.join(options.dataDir, LEDGER_FILE);
  let ledger: IntakeLedger;
  try {
    ledger = IntakeLedger.open(ledgerFile);
  } catch (error) {
    throw new OzgKonfigurationsFehler(`Das Eingangsbuch des OZG-Eingangs (${ledgerFile}) kann nicht geöffnet werden: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const intake = createOzgIntake({ engine: clientIntakeEngine(options.client), ledger, apiKey: apiKey.key, limits, ...(options.logger ? { logger: options.logger } : {}) });
  return { intake, apiKey, ledgerFile };
}
