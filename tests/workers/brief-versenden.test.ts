/**
 * `wohngeld.brief-versenden` behind `decideJobAction`: a Bescheid-Entwurf made by the real worker,
 * downloaded from the documents port and placed in the Postausgang with its Deckblatt; a retry the
 * same single letter; a download failure, a non-PDF and a directory that cannot be written as
 * retryable failures; invalid variables as an incident.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tagInDeutschland } from '../../connectors/postausgang/postausgang.ts';
import { decideJobAction } from '../../workers/adapter.ts';
import { briefVersenden } from '../../workers/brief-versenden.ts';
import { vergesseKonfiguration } from '../../workers/konfiguration.ts';
import { silentLogger } from '../../workers/logger.ts';
import type { DocumentStore } from '../../workers/types.ts';
import { entschiedenerFall, type Fall, job } from '../connectors/fall.ts';
import { memoryStore, type MemoryStore } from './memory-store.ts';

const saved = { ...process.env };
let dir: string;
let ausgang: string;
let store: MemoryStore;
let fall: Fall;

beforeAll(async () => {
  process.env.WOHNGELD_MIETSTUFE = '2';
  vergesseKonfiguration();
  store = memoryStore();
  fall = await entschiedenerFall(store);
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'brief-versenden-'));
  ausgang = path.join(dir, 'postausgang');
  process.env.WOHNGELD_POSTAUSGANG = ausgang;
});
afterEach(async () => {
  for (const key of ['WOHNGELD_POSTAUSGANG', 'WOHNGELD_MIETSTUFE']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  vergesseKonfiguration();
  await rm(dir, { recursive: true, force: true });
});

const versende = (variables: Record<string, unknown>, documents: DocumentStore = store) => decideJobAction(briefVersenden, job(briefVersenden.type, variables), silentLogger, documents);

test('the Bescheid into the Postausgang: the PDF as stored, the Deckblatt with the addressee, versand as output', async () => {
  const brief = fall.bescheidEntwurf!.dokument;
  const vorher = tagInDeutschland(new Date());
  const action = await versende({ antrag: fall.antrag, brief, briefArt: 'bescheid' });
  // the day it was placed (a run across midnight may see the next one)
  const heute = (action as unknown as { variables: { versand: { versandtAm: string } } }).variables.versand.versandtAm;
  expect([vorher, tagInDeutschland(new Date())]).toContain(heute);
  expect(action).toEqual({ action: 'complete', variables: { versand: { weg: 'postausgang', datei: 'OZG-2025-000123-bescheid.pdf', deckblatt: 'OZG-2025-000123-bescheid.json', versandtAm: heute } } });
  const gespeichert = store.contents.get(brief.documentId as string)!.content;
  expect(await readFile(path.join(ausgang, 'OZG-2025-000123-bescheid.pdf'))).toEqual(gespeichert);
  const deckblatt = JSON.parse(await readFile(path.join(ausgang, 'OZG-2025-000123-bescheid.json'), 'utf8'));
  expect(deckblatt).toMatchObject({
    antragId: 'OZG-2025-000123',
    briefArt: 'bescheid',
    abgelegtAm: heute,
    empfaenger: { anrede: 'Frau', vorname: 'Katrin', nachname: 'Schneider', anschrift: { plz: '04315', ort: 'Leipzig' }, email: 'katrin.schneider@example.org' },
    brief: { dokumentId: brief.documentId, dateiname: 'Bescheid-Entwurf-OZG-2025-000123.pdf', bytes: gespeichert.length },
  });
});

test('the same job twice: the same single letter; a file picker list with one letter is taken too', async () => {
  const brief = fall.bescheidEntwurf!.dokument;
  const erst = await versende({ antrag: fall.antrag, brief, briefArt: 'bescheid' });
  expect(await versende({ antrag: fall.antrag, brief: [brief], briefArt: 'bescheid' })).toEqual(erst);
  expect((await readdir(ausgang)).sort()).toEqual(['OZG-2025-000123-bescheid.json', 'OZG-2025-000123-bescheid.pdf']);
});

test('a letter that cannot be downloaded: a retryable failure naming it, nothing placed', async () => {
  const fehlt = { ...fall.bescheidEntwurf!.dokument, documentId: 'weg' };
  expect(await versende({ antrag: fall.antrag, brief: fehlt, briefArt: 'nachforderung' })).toEqual({
    action: 'fail',
    retries: 2,
    retryBackOffMs: 10_000,
    errorMessage: 'Dokument „weg“ konnte nicht aus dem Dokumentenspeicher geladen werden (HTTP 404, nicht gefunden oder abgelaufen).',
  });
  await expect(readdir(ausgang)).rejects.toMatchObject({ code: 'ENOENT' });
});

test('a document that is not a PDF is not placed', async () => {
  const andere = memoryStore({ bild: Buffer.from('\x89PNG\r\n\x1a\n', 'latin1') });
  const brief = { 'camunda.document.type': 'camunda', storeId: 'in-memory', documentId: 'bild', metadata: { fileName: 'foto.png' } };
  expect(await versende({ antrag: fall.antrag, brief, briefArt: 'nachforderung' }, andere)).toMatchObject({ action: 'fail', retries: 2, errorMessage: 'Der Brief „foto.png“ ist kein PDF; in den Postausgang kommen nur PDF-Dokumente.' });
  await expect(readdir(ausgang)).rejects.toMatchObject({ code: 'ENOENT' });
});

test('a Postausgang that cannot be written: a retryable failure naming the setting and the directory', async () => {
  const datei = path.join(dir, 'keinVerzeichnis');
  await writeFile(datei, 'x');
  process.env.WOHNGELD_POSTAUSGANG = path.join(datei, 'post');
  expect(await versende({ antrag: fall.antrag, brief: fall.bescheidEntwurf!.dokument, briefArt: 'bescheid' })).toEqual({
    action: 'fail',
    retries: 2,
    retryBackOffMs: 30_000,
    errorMessage: `WOHNGELD_POSTAUSGANG: Das Verzeichnis „${path.join(datei, 'post')}“ kann nicht gelesen werden (ein Teil des Pfads ist kein Verzeichnis, ENOTDIR).`,
  });
});

test('invalid variables: an incident naming the field', async () => {
  const brief = fall.bescheidEntwurf!.dokument;
  expect(await versende({ brief, briefArt: 'bescheid' })).toMatchObject({ action: 'fail', retries: 0, errorMessage: expect.stringMatching(/^Ungültige Eingabe für Jobtyp „wohngeld\.brief-versenden“: .*antrag/) });
  expect(await versende({ antrag: fall.antrag, brief, briefArt: 'mahnung' })).toMatchObject({ action: 'fail', retries: 0, errorMessage: expect.stringContaining('briefArt: briefArt muss eine von nachforderung, bescheid sein') });
  expect(await versende({ antrag: fall.antrag, brief: [brief, brief], briefArt: 'bescheid' })).toMatchObject({ action: 'fail', retries: 0, errorMessage: expect.stringContaining('genau ein Dokument erwartet') });
  expect(await versende({ antrag: fall.antrag, briefArt: 'bescheid' })).toMatchObject({ action: 'fail', retries: 0, errorMessage: expect.stringContaining('brief: Dokumentreferenz fehlt') });
});
