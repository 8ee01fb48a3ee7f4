/** Runs `node bin/wohngeld.js …` as a child process, as a user would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/wohngeld.js', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment without cluster settings, so the tests never reach out to a configured cluster. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith('CAMUNDA_') || name.startsWith('ZEEBE_') || name === 'PORT' || name.startsWith('WOHNGELD_')) delete env[name];
  }
  return { ...env, ...extra };
}

export function spawnCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? repoRoot, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
}

export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A stack trace has lines like "    at foo (file:1:2)". */
export const stackTraceLine = /^\s+at .+/m;

/** A long-running `wohngeld` process (e.g. `start`) whose output the test watches. */
export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function launch(args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawnCli(args, { env });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Waits until the process printed `pattern`; fails with its output if it ends or stays silent. */
export async function waitForOutput(running: Running, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const match = running.stdout().match(pattern);
    if (match) return match;
    if (running.child.exitCode !== null) throw new Error(`wohngeld start endete vorzeitig:\n${running.stdout()}\n${running.stderr()}`);
    if (Date.now() > until) throw new Error(`Ausgabe ${pattern} blieb aus:\n${running.stdout()}\n${running.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
