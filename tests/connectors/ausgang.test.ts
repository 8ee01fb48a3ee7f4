/**
 * The shared outbox writer: atomic files, the same delivery never twice, a different one as the
 * next version, a half-written delivery completed, a directory that cannot be written named.
 */
import { mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AusgangFehler, ausgangsverzeichnis, dateistamm, fassungen, legeAb } from '../../connectors/ausgang.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ausgang-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lieferung = (json: string) => [
  { endung: 'xml', inhalt: `<a>${json}</a>` },
  { endung: 'json', inhalt: json },
];

test('creates the directory and writes the files under the stem, no temp file left, not readable for others', async () => {
  const ziel = path.join(dir, 'neu', 'ausgang');
  const ablage = await legeAb(ziel, 'A-1', lieferung('{"x":1}'));
  expect(ablage).toEqual({ stamm: 'A-1', dateien: ['A-1.xml', 'A-1.json'], geschrieben: true });
  expect((await readdir(ziel)).sort()).toEqual(['A-1.json', 'A-1.xml']);
  expect(await readFile(path.join(ziel, 'A-1.json'), 'utf8')).toBe('{"x":1}');
  expect((await stat(path.join(ziel, 'A-1.json'))).mode & 0o007).toBe(0);
});

test('the same delivery again: nothing rewritten', async () => {
  await legeAb(dir, 'A-1', lieferung('{"x":1}'));
  const vorher = await stat(path.join(dir, 'A-1.json'));
  const ablage = await legeAb(dir, 'A-1', lieferung('{"x":1}'));
  expect(ablage).toEqual({ stamm: 'A-1', dateien: ['A-1.xml', 'A-1.json'], geschrieben: false });
  const nachher = await stat(path.join(dir, 'A-1.json'));
  expect(nachher.ino).toBe(vorher.ino);
  expect(nachher.mtimeMs).toBe(vorher.mtimeMs);
  expect(await readdir(dir)).toHaveLength(2);
});

test('a different delivery under the same stem: the next version, the first kept; each found again later', async () => {
  await legeAb(dir, 'A-1', lieferung('{"x":1}'));
  expect((await legeAb(dir, 'A-1', lieferung('{"x":2}'))).dateien).toEqual(['A-1.v2.xml', 'A-1.v2.json']);
  expect((await legeAb(dir, 'A-1', lieferung('{"x":3}'))).dateien).toEqual(['A-1.v3.xml', 'A-1.v3.json']);
  expect(await legeAb(dir, 'A-1', lieferung('{"x":2}'))).toEqual({ stamm: 'A-1.v2', dateien: ['A-1.v2.xml', 'A-1.v2.json'], geschrieben: false });
  expect(await readFile(path.join(dir, 'A-1.json'), 'utf8')).toBe('{"x":1}');
  expect((await fassungen(dir, 'A-1')).map((f) => [f.stamm, f.nummer, f.endungen])).toEqual([
    ['A-1', 1, ['json', 'xml']],
    ['A-1.v2', 2, ['json', 'xml']],
    ['A-1.v3', 3, ['json', 'xml']],
  ]);
  // another case whose id starts the same is not a version of this one
  await legeAb(dir, 'A-10', lieferung('{"x":9}'));
  expect((await fassungen(dir, 'A-1')).map((f) => f.stamm)).toEqual(['A-1', 'A-1.v2', 'A-1.v3']);
});

test('a delivery cut short (crash after the first file) is completed, not duplicated', async () => {
  await legeAb(dir, 'A-1', lieferung('{"x":1}'));
  await unlink(path.join(dir, 'A-1.json'));
  const ablage = await legeAb(dir, 'A-1', lieferung('{"x":1}'));
  expect(ablage).toEqual({ stamm: 'A-1', dateien: ['A-1.xml', 'A-1.json'], geschrieben: true });
  expect((await readdir(dir)).sort()).toEqual(['A-1.json', 'A-1.xml']);
});

test('a directory that cannot be written: AusgangFehler naming the directory and the reason', async () => {
  // a file where a directory should be: fails for every user, root included
  const datei = path.join(dir, 'datei');
  await writeFile(datei, 'x');
  const ziel = path.join(datei, 'ausgang');
  const fehler = await legeAb(ziel, 'A-1', lieferung('{}')).catch((e: unknown) => e);
  expect(fehler).toBeInstanceOf(AusgangFehler);
  expect((fehler as AusgangFehler).message).toBe(`Das Verzeichnis „${ziel}“ kann nicht angelegt werden (ein Teil des Pfads ist kein Verzeichnis, ENOTDIR).`);
  expect((fehler as AusgangFehler).verzeichnis).toBe(ziel);
});

test('file stems are plain visible names; the directory setting is relative to the working directory', () => {
  expect(dateistamm('OZG:2025/7')).toBe('OZG_2025_7');
  expect(dateistamm('..x')).toBe('_.x');
  expect(ausgangsverzeichnis('X_AUSGANG', './data/x', {})).toBe(path.resolve('data/x'));
  expect(ausgangsverzeichnis('X_AUSGANG', './data/x', { X_AUSGANG: '  ' })).toBe(path.resolve('data/x'));
  expect(ausgangsverzeichnis('X_AUSGANG', './data/x', { X_AUSGANG: '/srv/ausgang' })).toBe('/srv/ausgang');
});
