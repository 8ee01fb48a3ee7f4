import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli, stackTraceLine } from './run-cli.ts';

describe('wohngeld CLI', () => {
  test('without arguments prints the German help and exits 0', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Aufruf: wohngeld <BEFEHL>');
    for (const name of ['start', 'deploy', 'help']) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  test('help <command> prints the options of that command', async () => {
    const r = await runCli(['help', 'start']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--port PORT');
    expect(r.stdout).toContain('--db DATEI');
    const viaFlag = await runCli(['start', '--help']);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.stdout).toBe(r.stdout);
  });

  test('an unknown subcommand is a German error with exit code 2, without stack trace', async () => {
    const r = await runCli(['stat']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unbekannter Befehl „stat“');
    expect(r.stderr).toContain('Meinten Sie „start“?');
    expect(r.stderr).not.toMatch(stackTraceLine);
    expect(r.stdout).toBe('');
  });

  test('an unknown global option is rejected', async () => {
    const r = await runCli(['--verbose']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unbekannter Befehl „--verbose“');
  });

  test.each([
    [['start', '--foo'], 'Unbekannte Option „--foo“ für „wohngeld start“'],
    [['start', '--port'], 'Die Option „--port“ braucht einen Wert'],
    [['start', '--port', '--db', 'x.sqlite'], 'Die Option „--port“ braucht einen Wert'],
    [['start', '--port', 'achtzig'], 'Ungültiger Port in --port: „achtzig“'],
    [['start', '--port', '70000'], 'Ungültiger Port in --port: „70000“'],
    [['start', '--help=ja'], 'Die Option „--help“ nimmt keinen Wert'],
    [['start', 'jetzt'], 'Unerwartetes Argument „jetzt“'],
    [['help', 'gibtsnicht'], 'Unbekannter Befehl „gibtsnicht“'],
  ])('wohngeld %j is a usage error', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Hilfe: wohngeld help');
    expect(r.stderr).not.toMatch(stackTraceLine);
  });

  test('a bad PORT variable is reported before anything starts', async () => {
    const r = await runCli(['start'], { env: cleanEnv({ PORT: 'x' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ungültiger Port in PORT: „x“');
  });

  test('deploy of a missing directory fails with a German message', async () => {
    const r = await runCli(['deploy', 'gibt-es-nicht']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('„gibt-es-nicht“ gibt es nicht.');
    expect(r.stderr).not.toMatch(stackTraceLine);
  });

  test('deploy of an empty directory deploys nothing and says so', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-leer-'));
    try {
      const r = await runCli(['deploy', dir]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Nichts bereitzustellen');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('deploy to an unreachable cluster names the address, without stack trace', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-deploy-'));
    try {
      await writeFile(path.join(dir, 'p.bpmn'), '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p" isExecutable="true"/></definitions>');
      // Port 1 on loopback: nothing listens there.
      const r = await runCli(['deploy', dir], { env: cleanEnv({ ZEEBE_REST_ADDRESS: 'http://127.0.0.1:1', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '1' }) });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Bereitstellung fehlgeschlagen: Keine Verbindung zur Engine unter http://127.0.0.1:1/v2');
      expect(r.stderr).not.toMatch(stackTraceLine);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('incomplete OAuth configuration is a German error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-deploy-'));
    try {
      await writeFile(path.join(dir, 'f.form'), '{"id":"f","components":[],"type":"default"}');
      const r = await runCli(['deploy', dir], { env: cleanEnv({ ZEEBE_REST_ADDRESS: 'http://127.0.0.1:1', CAMUNDA_AUTH_STRATEGY: 'OAUTH' }) });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Camunda-Konfiguration unvollständig oder ungültig');
      expect(r.stderr).toContain('CAMUNDA_CLIENT_ID');
      expect(r.stderr).not.toMatch(stackTraceLine);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
