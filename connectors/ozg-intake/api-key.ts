/**
 * The API key of the OZG intake: `WOHNGELD_OZG_API_KEY`, or else a random key that `wohngeld
 * start` generates once into `<data dir>/ozg-api-key` (mode 0600) and `wohngeld submit` reads.
 * The check compares in constant time, so the answer's timing tells nothing about the key.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OzgKonfigurationsFehler } from './config.ts';

export const API_KEY_VARIABLE = 'WOHNGELD_OZG_API_KEY';
export const API_KEY_FILE = 'ozg-api-key';
/** A shorter key is guessable; a generated one has 43 characters (32 random bytes). */
export const MIN_KEY_LENGTH = 16;

export type ApiKey =
  | { readonly key: string; readonly quelle: 'umgebung' }
  | { readonly key: string; readonly quelle: 'datei'; readonly datei: string; readonly neu: boolean };

type Env = Readonly<Record<string, string | undefined>>;

function fromEnv(env: Env): ApiKey | undefined {
  const key = env[API_KEY_VARIABLE]?.trim();
  if (!key) return undefined;
  if (key.length < MIN_KEY_LENGTH) throw new OzgKonfigurationsFehler(`${API_KEY_VARIABLE} ist zu kurz (${key.length} Zeichen, mindestens ${MIN_KEY_LENGTH}).`);
  return { key, quelle: 'umgebung' };
}

/** For `wohngeld start`: the variable, else the key file of the data directory, created if missing. */
export async function ensureApiKey(env: Env, dataDir: string): Promise<ApiKey> {
  const configured = fromEnv(env);
  if (configured) return configured;
  const datei = path.join(dataDir, API_KEY_FILE);
  const existing = await readKeyFile(datei);
  if (existing !== undefined) return { key: existing, quelle: 'datei', datei, neu: false };
  await mkdir(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  try {
    // 'wx': two starts at the same moment cannot both write; the second reads the first one's key
    await writeFile(datei, key + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const other = await readKeyFile(datei);
      if (other !== undefined) return { key: other, quelle: 'datei', datei, neu: false };
    }
    throw new OzgKonfigurationsFehler(`Der API-Schlüssel des OZG-Eingangs kann nicht in ${datei} gespeichert werden (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  // the mode of a new file is masked by the umask; make sure it is readable by the owner only
  await chmod(datei, 0o600);
  return { key, quelle: 'datei', datei, neu: true };
}

/** For `wohngeld submit`: the variable, else the key file; undefined when there is neither. */
export async function readApiKey(env: Env, dataDir: string): Promise<ApiKey | undefined> {
  const configured = fromEnv(env);
  if (configured) return configured;
  const datei = path.join(dataDir, API_KEY_FILE);
  const key = await readKeyFile(datei);
  return key === undefined ? undefined : { key, quelle: 'datei', datei, neu: false };
}

async function readKeyFile(datei: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(datei, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OzgKonfigurationsFehler(`Der API-Schlüssel des OZG-Eingangs in ${datei} kann nicht gelesen werden (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const key = text.trim();
  if (key.length < MIN_KEY_LENGTH) throw new OzgKonfigurationsFehler(`${datei} enthält keinen gültigen API-Schlüssel (mindestens ${MIN_KEY_LENGTH} Zeichen). Datei löschen, dann erzeugt wohngeld start einen neuen.`);
  return key;
}

/** The key a request presents: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function presentedKey(headers: Readonly<Record<string, string | string[] | undefined>>): string | undefined {
  const authorization = headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (match) return match[1].trim();
  }
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.trim() !== '') return apiKey.trim();
  return undefined;
}

/** Constant time in the key's content: both sides are hashed to the same length first. */
export function keyMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
