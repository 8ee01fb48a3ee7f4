/**
 * `wohngeld submit` as a user runs it (a child process) against the OZG intake on the embedded
 * engine: the printed lines, the exit codes, and no stack trace whatever goes wrong.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureApiKey } from '../../connectors/ozg-intake/api-key.ts';
import { API_KEY, instancesOf, type IntakeHarness, reachesUserTask, startIntakeHarness, variablesOf } from '../ozg-intake/harness.ts';
import type { DocumentReference } from '../../workers/types.ts';
import { cleanEnv, repoRoot, runCli, stackTraceLine } from './run-cli.ts';

const SAMPLES = path.join(repoRoot, 'samples');
let h: IntakeHarness;
let dir: string;

beforeAll(async () => {
  h = await startIntakeHarness();
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-submit-'));
});
afterAll(async () => {
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string> = {}) => cleanEnv({ WOHNGELD_WEB_URL: h.web.url, WOHNGELD_OZG_API_KEY: API_KEY, ...extra });
async function submit(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const result = await runCli(['submit', ...args], { env: options.env ?? env(), cwd: options.cwd ?? repoRoot });
  // whatever happens, the user never sees a stack trace
  expect(result.stderr).not.toMatch(stackTraceLine);
  return result;
}

/** A copy of a sample folder to change. */
async function copyOf(sample: string, name: string): Promise<string> {
  const target = path.join(dir, name);
  await cp(path.join(SAMPLES, sample), target, { recursive: true });
  return target;
}

test('a sample application: accepted, its documents in the case; the second time: no second case', async () => {
  const first = await submit(['samples/antrag-vollstaendig']);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.stdout).toBe('Antrag OZG-2025-000417 angenommen: 3 Dokumente übermittelt.\n');
  const [instance] = await instancesOf(h, 'OZG-2025-000417');
  expect((instance.variables.dokumente as DocumentReference[]).map((d) => d.metadata?.fileName)).toEqual(['meldebescheinigung.pdf', 'mietbescheinigung.pdf', 'rentenanpassung-2025.pdf']);

  const second = await submit(['samples/antrag-vollstaendig']);
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/^Antrag OZG-2025-000417 ist bereits eingegangen \(am \d{2}\.\d{2}\.\d{4} um \d{2}:\d{2} Uhr\) – es wurde kein zweiter Fall gestartet\.\n$/);
  expect(await instancesOf(h, 'OZG-2025-000417')).toHaveLength(1);
});

test('--nachreichen: the folder\'s files reach the waiting case', async () => {
  expect((await submit(['samples/antrag-unvollstaendig'])).code).toBe(0);
  const folder = path.join(dir, 'nachweise');
  await mkdir(folder);
  await cp(path.join(SAMPLES, 'antrag-vollstaendig', 'meldebescheinigung.pdf'), path.join(folder, 'Meldebescheinigung.PDF'));
  await writeFile(path.join(folder, 'notiz.txt'), 'bitte beachten');

  const result = await submit([folder, '--nachreichen', '--antrag', 'OZG-2025-000532']);
  expect(result.code).toBe(0);
  expect(result.stdout).toBe('Unterlagen zu Antrag OZG-2025-000532 nachgereicht: 1 Dokument übermittelt.\n');
  expect(result.stderr).toBe('Hinweis: „notiz.txt“ wird nicht gesendet (nur PDF, PNG, JPEG und TIFF).\n');
  const [instance] = await instancesOf(h, 'OZG-2025-000532');
  await reachesUserTask(h, instance.key);
  expect(((await variablesOf(h, instance.key)).nachgereichteDokumente as DocumentReference[]).map((d) => d.metadata?.fileName)).toEqual(['Meldebescheinigung.PDF']);
});

test('--nachreichen for an application never received: the server\'s problem, exit code 1', async () => {
  const result = await submit(['samples/antrag-vollstaendig', '--nachreichen', '--antrag', 'OZG-GIBT-ES-NICHT']);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('wohngeld submit: Antrag unbekannt (HTTP 404): Ein Antrag „OZG-GIBT-ES-NICHT“ ist hier nicht eingegangen.');
  expect(result.stderr).toContain('Hinweis: antrag.json wird beim Nachreichen nicht gesendet.');
});

test('the key from the data directory when the variable is not set', async () => {
  const cwd = path.join(dir, 'installation');
  await ensureApiKey({}, path.join(cwd, 'data'));
  // the intake of this test has its own key: the one from the file is refused, which proves it was sent
  const result = await submit([path.join(SAMPLES, 'antrag-vollstaendig')], { cwd, env: cleanEnv({ WOHNGELD_WEB_URL: h.web.url }) });
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`wohngeld submit: Der OZG-Eingang unter ${h.web.url} lehnt den API-Schlüssel ab (HTTP 401). WOHNGELD_OZG_API_KEY oder die Datei ozg-api-key prüfen.\n`);
});

test('no key at all: exit code 1 with what to do', async () => {
  const cwd = path.join(dir, 'leer');
  await mkdir(cwd);
  const result = await submit([path.join(SAMPLES, 'antrag-vollstaendig')], { cwd, env: cleanEnv({ WOHNGELD_WEB_URL: h.web.url }) });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('Kein API-Schlüssel für den OZG-Eingang: WOHNGELD_OZG_API_KEY ist nicht gesetzt und data/ozg-api-key gibt es nicht.');
  expect(result.stderr).toContain('„wohngeld start“ in diesem Verzeichnis legt den Schlüssel an');
});

test('a folder without antrag.json', async () => {
  const folder = path.join(dir, 'ohne-antrag');
  await mkdir(folder);
  const result = await submit([folder]);
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`wohngeld submit: ${folder}: antrag.json fehlt. Ein Antrag braucht antrag.json mit den Angaben und die Nachweise als Dateien daneben.\n`);
});

test('antrag.json that is no JSON: line and column', async () => {
  const folder = await copyOf('antrag-vollstaendig', 'kaputt');
  await writeFile(path.join(folder, 'antrag.json'), '{\n  "antragId": "OZG-X",\n  "eingangsdatum": "2025-09-15",\n}\n');
  const result = await submit([folder]);
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`wohngeld submit: ${path.join(folder, 'antrag.json')}: kein gültiges JSON (Zeile 4, Spalte 1: Feldname in Anführungszeichen erwartet, „}“ gefunden).\n`);
});

test('an application the server refuses: its detail, one line per field', async () => {
  const folder = await copyOf('antrag-vollstaendig', 'ungueltig');
  await writeFile(path.join(folder, 'antrag.json'), JSON.stringify({ antragId: 'OZG-X-1', eingangsdatum: '15.09.2025', antragsart: 'erstantrag', antragsteller: { anschrift: { strasse: 'A', hausnummer: '1', plz: '0427', ort: 'Leipzig' } }, haushalt: [], wohnung: { verhaeltnis: 'miete' } }));
  const result = await submit([folder]);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^wohngeld submit: Antrag ungültig \(HTTP 400\): Der Antrag enthält \d+ Fehler: /);
  expect(result.stderr).toContain('  eingangsdatum: eingangsdatum ist kein Datum der Form JJJJ-MM-TT\n');
  expect(result.stderr).toContain('  antragsteller.anschrift.plz: PLZ muss fünf Ziffern haben\n');
  expect(result.stderr).toContain('  haushalt: Der Haushalt braucht mindestens ein Mitglied (die antragstellende Person)\n');
  expect(await instancesOf(h, 'OZG-X-1')).toHaveLength(0);
});

test('a file that is no document: the server names it', async () => {
  const folder = await copyOf('antrag-vollstaendig', 'mit-programm');
  await writeFile(path.join(folder, 'antrag.json'), JSON.stringify({ ...JSON.parse(await readFile(path.join(folder, 'antrag.json'), 'utf8')), antragId: 'OZG-X-2' }));
  await writeFile(path.join(folder, 'scan.pdf'), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]));
  const result = await submit([folder]);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('Dateiformat nicht unterstützt (HTTP 415): „scan.pdf“: Die Datei ist kein PDF, PNG, JPEG oder TIFF (erkannt: Windows-Programm (EXE)).');
});

test('nobody listening: exit code 1 and the question whether wohngeld start runs', async () => {
  const port = await freePort();
  const result = await submit(['samples/antrag-vollstaendig', '--url', `http://127.0.0.1:${port}`]);
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`wohngeld submit: Keine Verbindung zum OZG-Eingang unter http://127.0.0.1:${port} (ECONNREFUSED). Läuft \`wohngeld start\`?\n`);
});

test('wrong calls: exit code 2 with the help named', async () => {
  expect(await submit([])).toMatchObject({ code: 2, stderr: expect.stringContaining('Genau ein Verzeichnis angeben') });
  expect(await submit(['samples/antrag-vollstaendig', '--nachreichen'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--antrag ID') });
  expect(await submit(['samples/antrag-vollstaendig', '--url', 'ftp://x'])).toMatchObject({ code: 2, stderr: expect.stringContaining('http:// oder https:// erwartet') });
  expect(await submit(['gibt-es-nicht'])).toMatchObject({ code: 1, stderr: 'wohngeld submit: gibt-es-nicht: Verzeichnis nicht gefunden.\n' });
});

/** A port nobody listens on (taken, then released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
