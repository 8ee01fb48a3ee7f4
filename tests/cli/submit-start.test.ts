/**
 * `wohngeld start` runs the OZG intake beside the engine and `wohngeld submit` reaches it, as a
 * user does it: a generated API key in the data directory (mode 0600) that submit reads, the
 * intake's record surviving a restart, the web server closed on Ctrl-C.
 */
import { readFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli, spawnCli, stackTraceLine, launch, waitForOutput, type Running } from './run-cli.ts';

let dir: string;
const started: Running[] = [];
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-start-ozg-'));
});
afterAll(async () => {
  for (const running of started) if (running.child.exitCode === null) running.child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

const intakeLine = /^OZG-Eingang: (http:\/\/127\.0\.0\.1:\d+)\/ozg\/antraege \(API-Schlüssel (neu erzeugt in|in) (\S+)\)\. Beenden mit Strg\+C\.$/m;

test('start generates the key, submit reads it and is accepted; after a restart the same application is a duplicate', async () => {
  const db = path.join(dir, 'daten', 'engine.sqlite');
  const env = cleanEnv({ PORT: '0', WOHNGELD_WEB_PORT: '0', WOHNGELD_DB: db, WOHNGELD_LOG_LEVEL: 'error' });

  const first = launch(['start'], env);
  started.push(first);
  const [, url, how, keyFile] = await waitForOutput(first, intakeLine);
  expect(how).toBe('neu erzeugt in');
  expect(keyFile).toBe(path.join(dir, 'daten', 'ozg-api-key'));
  expect((await stat(keyFile)).mode & 0o777).toBe(0o600);

  const accepted = await runCli(['submit', 'samples/antrag-vollstaendig'], { env: cleanEnv({ WOHNGELD_DB: db, WOHNGELD_WEB_URL: url }) });
  expect(accepted.stderr).toBe('');
  expect(accepted).toMatchObject({ code: 0, stdout: 'Antrag OZG-2025-000417 angenommen: 3 Dokumente übermittelt.\n' });

  first.child.kill('SIGINT');
  expect((await first.exited).code).toBe(0);
  expect(first.stdout()).toContain('SIGINT empfangen: Web-Server, Worker und Engine werden beendet …');
  expect(first.stdout()).toContain('Beendet.');
  expect(first.stderr()).not.toMatch(stackTraceLine);
  await expect(fetch(`${url}/ozg/antraege`, { method: 'POST' })).rejects.toThrow();

  const second = launch(['start'], env);
  started.push(second);
  const [, url2, how2] = await waitForOutput(second, intakeLine);
  expect(how2).toBe('in');
  const key = (await readFile(keyFile, 'utf8')).trim();
  const duplicate = await runCli(['submit', 'samples/antrag-vollstaendig'], { env: cleanEnv({ WOHNGELD_OZG_API_KEY: key, WOHNGELD_WEB_URL: url2 }) });
  expect(duplicate.code).toBe(0);
  expect(duplicate.stdout).toMatch(/^Antrag OZG-2025-000417 ist bereits eingegangen \(am .+\) – es wurde kein zweiter Fall gestartet\.\n$/);
  second.child.kill('SIGTERM');
  expect((await second.exited).code).toBe(0);
}, 120_000);

test('an occupied web port: a German error naming --web-port, exit code 1', async () => {
  const blocker: Server = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as { port: number };
  try {
    const result = await runCli(['start', '--web-port', String(port)], { env: cleanEnv({ PORT: '0', WOHNGELD_DB: path.join(dir, 'belegt', 'engine.sqlite'), WOHNGELD_LOG_LEVEL: 'error' }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`wohngeld start: Port ${port} des Web-Servers (OZG-Eingang) ist belegt.`);
    expect(result.stderr).toContain(`--web-port ${port + 1}`);
    expect(result.stderr).not.toMatch(stackTraceLine);
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
}, 60_000);

test('a wrong setting of the intake is named, exit code 1', async () => {
  const result = await runCli(['start', '--web-port', '0'], { env: cleanEnv({ PORT: '0', WOHNGELD_DB: path.join(dir, 'falsch', 'engine.sqlite'), WOHNGELD_OZG_MAX_DATEIEN: 'viele', WOHNGELD_LOG_LEVEL: 'error' }) });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('wohngeld start: Ungültiger Wert für WOHNGELD_OZG_MAX_DATEIEN: „viele“.');
  expect(result.stderr).not.toMatch(stackTraceLine);
  const bad = await runCli(['start', '--web-port', 'achtzig'], { env: cleanEnv({ PORT: '0', WOHNGELD_DB: ':memory:' }) });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('Ungültiger Port in --web-port: „achtzig“.');
}, 60_000);
