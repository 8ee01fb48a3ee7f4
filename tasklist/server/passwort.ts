/**
 * Passwords of the tasklist's user list, only ever stored as scrypt hashes (node:crypto):
 * `scrypt$<N>$<r>$<p>$<salt>$<hash>` (salt and hash base64url). The parameters travel with the
 * hash, so stronger ones can come later without invalidating a file. The check compares in
 * constant time.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** 2^15 × 8 × 128 bytes = 32 MB per check: slow for a guesser, quick enough for a sign-in. */
const DEFAULTS = { N: 1 << 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** node refuses more memory than `maxmem`; keep headroom for the parameters above (and N up to 2^16). */
const MAXMEM = 128 * 16 * 1024 * 1024;

export const PASSWORT_HASH_MUSTER = /^scrypt\$(\d{1,7})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{32,})$/;

interface Parameter {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function derive(passwort: string, salt: Buffer, N: number, r: number, p: number, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passwort.normalize('NFC'), salt, length, { N, r, p, maxmem: MAXMEM }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPasswort(passwort: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const hash = await derive(passwort, salt, DEFAULTS.N, DEFAULTS.r, DEFAULTS.p, KEY_LENGTH);
  return `scrypt$${DEFAULTS.N}$${DEFAULTS.r}$${DEFAULTS.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Why a text is no usable hash, in German; undefined if it is one. */
export function pruefeHash(text: string): string | undefined {
  const parsed = parse(text);
  return typeof parsed === 'string' ? parsed : undefined;
}

function parse(text: string): Parameter | string {
  const match = PASSWORT_HASH_MUSTER.exec(text);
  if (!match) return 'ist kein scrypt-Hash der Form „scrypt$N$r$p$Salz$Hash“ (mit „wohngeld passwort-hash“ erzeugen)';
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (N < 2 || (N & (N - 1)) !== 0 || N > 1 << 20) return `hat einen ungültigen scrypt-Parameter N (${N}; eine Zweierpotenz bis 2^20)`;
  if (r < 1 || p < 1 || p > 16) return 'hat ungültige scrypt-Parameter r oder p';
  if (128 * N * r > MAXMEM) return `verlangt mit N=${N} und r=${r} zu viel Speicher (höchstens ${MAXMEM / 1024 / 1024} MB)`;
  return { N, r, p, salt: Buffer.from(match[4], 'base64url'), hash: Buffer.from(match[5], 'base64url') };
}

/** True if `passwort` matches `hash`; false also for a hash that cannot be read. */
export async function pruefePasswort(passwort: string, hash: string): Promise<boolean> {
  const parsed = parse(hash);
  if (typeof parsed === 'string') return false;
  const candidate = await derive(passwort, parsed.salt, parsed.N, parsed.r, parsed.p, parsed.hash.length);
  return timingSafeEqual(candidate, parsed.hash);
}

/**
 * A hash no password matches, computed once: an unknown user name costs the same scrypt work as
 * a wrong password, so the answer's timing does not tell which names exist.
 */
let blindHash: Promise<string> | undefined;
export function blindPasswortHash(): Promise<string> {
  blindHash ??= hashPasswort(randomBytes(32).toString('base64url'));
  return blindHash;
}

/** A random start password: 24 characters, letters and digits only (easy to type, 140 bits). */
export function erzeugePasswort(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(48);
  let result = '';
  for (const byte of bytes) {
    // rejection sampling: only bytes below the largest multiple of the alphabet's size
    if (byte >= 256 - (256 % alphabet.length)) continue;
    result += alphabet[byte % alphabet.length];
    if (result.length === 24) return result;
  }
  return result + erzeugePasswort().slice(0, 24 - result.length);
}
