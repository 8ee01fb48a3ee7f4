/** The intake's API key: from the variable, or generated once into the data directory (0600). */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureApiKey, keyMatches, presentedKey, readApiKey } from '../../connectors/ozg-intake/api-key.ts';
import { datenverzeichnis } from '../../connectors/ozg-intake/config.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-key-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('without the variable a key is generated once, readable by the owner only, and read back', async () => {
  const dataDir = path.join(dir, 'data');
  expect(await readApiKey({}, dataDir)).toBeUndefined();
  const first = await ensureApiKey({}, dataDir);
  expect(first).toMatchObject({ quelle: 'datei', datei: path.join(dataDir, 'ozg-api-key'), neu: true });
  expect(first.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect((await stat(path.join(dataDir, 'ozg-api-key'))).mode & 0o777).toBe(0o600);
  expect(await ensureApiKey({}, dataDir)).toEqual({ ...first, neu: false });
  expect(await readApiKey({}, dataDir)).toEqual({ ...first, neu: false });
  expect((await readFile(path.join(dataDir, 'ozg-api-key'), 'utf8')).trim()).toBe(first.key);
});

test('two starts at the same moment end with one key', async () => {
  const [a, b] = await Promise.all([ensureApiKey({}, dir), ensureApiKey({}, dir)]);
  expect(a.key).toBe(b.key);
});

test('the variable wins and nothing is written', async () => {
  const key = await ensureApiKey({ WOHNGELD_OZG_API_KEY: '  ein-langer-geheimer-schluessel  ' }, dir);
  expect(key).toEqual({ key: 'ein-langer-geheimer-schluessel', quelle: 'umgebung' });
  await expect(stat(path.join(dir, 'ozg-api-key'))).rejects.toMatchObject({ code: 'ENOENT' });
});

test('a key too short is refused with the variable or file named', async () => {
  await expect(ensureApiKey({ WOHNGELD_OZG_API_KEY: 'kurz' }, dir)).rejects.toThrow('WOHNGELD_OZG_API_KEY ist zu kurz (4 Zeichen, mindestens 16).');
  await writeFile(path.join(dir, 'ozg-api-key'), 'abc\n');
  await expect(readApiKey({}, dir)).rejects.toThrow(/ozg-api-key enthält keinen gültigen API-Schlüssel/);
});

test('Bearer or X-API-Key; compared exactly', () => {
  expect(presentedKey({ authorization: 'Bearer abc' })).toBe('abc');
  expect(presentedKey({ authorization: 'bearer   abc ' })).toBe('abc');
  expect(presentedKey({ 'x-api-key': 'xyz' })).toBe('xyz');
  expect(presentedKey({ authorization: 'Basic abc' })).toBeUndefined();
  expect(keyMatches('geheim-geheim-geheim', 'geheim-geheim-geheim')).toBe(true);
  expect(keyMatches('geheim-geheim-geheiM', 'geheim-geheim-geheim')).toBe(false);
  expect(keyMatches('geheim', 'geheim-geheim-geheim')).toBe(false);
  expect(keyMatches(undefined, 'geheim-geheim-geheim')).toBe(false);
});

test('the data directory is the directory of the engine database, ./data by default', () => {
  expect(datenverzeichnis(undefined, '/srv/wohngeld')).toBe('/srv/wohngeld/data');
  expect(datenverzeichnis(':memory:', '/srv/wohngeld')).toBe('/srv/wohngeld/data');
  expect(datenverzeichnis('db/engine.sqlite', '/srv/wohngeld')).toBe('/srv/wohngeld/db');
  expect(datenverzeichnis('/var/lib/wohngeld/engine.sqlite', '/srv/wohngeld')).toBe('/var/lib/wohngeld');
});
