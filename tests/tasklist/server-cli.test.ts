/**
 * The tasklist from the command line, as an office sets it up: `wohngeld passwort-hash` for the
 * user list, and `wohngeld start`, which creates the list on the first start, prints where to
 * sign in, serves the tasklist's API beside the OZG intake, and refuses a wrong list.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pruefePasswort } from '../../tasklist/server/passwort.ts';
import { bin, cleanEnv, launch, repoRoot, runCli, stackTraceLine, waitForOutput, type Running } from '../cli/run-cli.ts';

let dir: string;
const gestartet: Running[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-tasklist-cli-'));
});

afterAll(async () => {
  for (const running of gestartet) if (running.child.exitCode === null) running.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** `wohngeld passwort-hash` with this standard input. */
function passwortHash(eingabe: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'passwort-hash'], { cwd: repoRoot, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(eingabe);
  });
}

describe('wohngeld passwort-hash', () => {
  test('prints the scrypt hash of the password on standard input (a final line end does not count)', async () => {
    const r = await passwortHash('ein langes Passwort\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const hash = r.stdout.trim();
    expect(hash).toMatch(/^scrypt\$/);
    expect(await pruefePasswort('ein langes Passwort', hash)).toBe(true);
    expect(await pruefePasswort('ein langes Passwort\n', hash)).toBe(false);
  });

  test('a short password is hashed with a warning; none is a German error with exit code 2', async () => {
    const kurz = await passwortHash('geheim');
    expect(kurz.code).toBe(0);
    expect(await pruefePasswort('geheim', kurz.stdout.trim())).toBe(true);
    expect(kurz.stderr).toContain('Warnung: Das Passwort hat nur 6 Zeichen');

    const leer = await passwortHash('');
    expect(leer.code).toBe(2);
    expect(leer.stdout).toBe('');
    expect(leer.stderr).toContain('wohngeld passwort-hash: Kein Passwort auf der Standardeingabe.');
    expect(leer.stderr).not.toMatch(stackTraceLine);
  });

  test('is listed in the help', async () => {
    const r = await runCli(['help']);
    expect(r.stdout).toMatch(/passwort-hash\s+Erzeugt den Passwort-Hash für die Benutzerliste der Tasklist/);
    expect(r.stdout).toContain('WOHNGELD_TASKLIST_BENUTZER');
  });
});

describe('wohngeld start', () => {
  test('creates the user list on the first start, prints the tasklist line, and the printed password signs in', async () => {
    const db = path.join(dir, 'erster-start', 'engine.sqlite');
    const running = launch(['start'], cleanEnv({ PORT: '0', WOHNGELD_WEB_PORT: '0', WOHNGELD_DB: db, WOHNGELD_LOG_LEVEL: 'warn' }));
    gestartet.push(running);
    const [zeile, url, passwortDatei] = await waitForOutput(running, /^Tasklist: (http:\/\/\S+)\/tasklist\/ \(Anmeldung als „sachbearbeitung“, Passwort in (\S+);/m);
    await waitForOutput(running, /Beenden mit Strg\+C\./);
    expect(zeile).toBeDefined();
    expect(path.resolve(repoRoot, passwortDatei)).toBe(path.join(dir, 'erster-start', 'tasklist-startpasswort'));
    const passwort = (await readFile(path.join(dir, 'erster-start', 'tasklist-startpasswort'), 'utf8')).trim();

    const anmeldung = await fetch(`${url}/tasklist/api/anmeldung`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ benutzer: 'sachbearbeitung', passwort }) });
    expect(anmeldung.status).toBe(200);
    const cookie = anmeldung.headers.get('set-cookie')!.split(';')[0];
    const liste = await fetch(`${url}/tasklist/api/aufgaben`, { headers: { cookie } });
    expect(liste.status).toBe(200);
    expect(await liste.json()).toMatchObject({ aufgaben: [], gruppen: ['wohngeld-sachbearbeitung'] });
    // the OZG intake is still on the same server
    expect((await fetch(`${url}/ozg/antraege`, { method: 'POST' })).status).toBe(401);

    running.child.kill('SIGINT');
    expect((await running.exited).code).toBe(0);
  });

  test('a wrong user list stops the start with a German error naming the file and the entry', async () => {
    const datenDir = path.join(dir, 'kaputt');
    await mkdir(datenDir, { recursive: true });
    await writeFile(path.join(datenDir, 'tasklist-benutzer.json'), JSON.stringify([{ benutzer: 'mmueller', name: 'Maria Müller', gruppen: [], passwort: 'klartext' }]));
    const r = await runCli(['start', '--port', '0', '--web-port', '0'], { env: cleanEnv({ WOHNGELD_DB: path.join(datenDir, 'engine.sqlite'), WOHNGELD_LOG_LEVEL: 'warn' }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`wohngeld start: Die Benutzerliste der Tasklist ${path.join(datenDir, 'tasklist-benutzer.json')} ist fehlerhaft:\n  Eintrag 1 („mmueller“): „passwort“ ist kein scrypt-Hash`);
    expect(r.stderr).not.toMatch(stackTraceLine);
  });
});
