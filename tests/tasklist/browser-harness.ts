/**
 * The whole product as a caseworker meets it, for the browser test and `npm run bench:tasklist`:
 * `wohngeld start` as a child process (engine, workers, web server with the tasklist; data in a
 * temporary folder, a user list of one caseworker), `wohngeld submit` of a sample application,
 * and Debian's Chromium driven by playwright-core. Nothing is downloaded: without
 * /usr/bin/chromium the harness fails and says how to install it.
 */
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { hashPasswort } from '../../tasklist/server/passwort.ts';
import { cleanEnv, launch, runCli, waitForOutput, type Running } from '../cli/run-cli.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const BENUTZER = { benutzer: 'mmueller', name: 'Maria Müller', gruppen: ['wohngeld-sachbearbeitung'], passwort: 'Wohngeld-Test-2025!' };

export interface Produkt {
  /** e.g. http://127.0.0.1:40123 — the product's web server (OZG intake, tasklist) */
  readonly webUrl: string;
  /** e.g. http://localhost:40124/v2 */
  readonly restApi: string;
  readonly running: Running;
  readonly dir: string;
  stop(): Promise<void>;
}

export async function startProdukt(): Promise<Produkt> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-tasklist-browser-'));
  const daten = path.join(dir, 'daten');
  await mkdir(daten, { recursive: true });
  const benutzerDatei = path.join(daten, 'benutzer.json');
  const { passwort, ...eintrag } = BENUTZER;
  await writeFile(benutzerDatei, JSON.stringify([{ ...eintrag, passwort: await hashPasswort(passwort) }], null, 2), { mode: 0o600 });
  const env = cleanEnv({ PORT: '0', WOHNGELD_WEB_PORT: '0', WOHNGELD_DB: path.join(daten, 'engine.sqlite'), WOHNGELD_LOG_LEVEL: 'error', WOHNGELD_TASKLIST_BENUTZER: benutzerDatei });
  const running = launch(['start'], env);
  try {
    const [, engineUrl] = await waitForOutput(running, /^Eingebettete Engine läuft: (\S+) /m, 60_000);
    const [, webUrl] = await waitForOutput(running, /^OZG-Eingang: (\S+)\/ozg\/antraege /m, 60_000);
    await waitForOutput(running, /^Tasklist: /m);
    return {
      webUrl,
      restApi: `${engineUrl.replace(/\/+$/, '')}/v2`,
      running,
      dir,
      async stop() {
        if (running.child.exitCode === null) {
          running.child.kill('SIGINT');
          const timer = setTimeout(() => running.child.kill('SIGKILL'), 15_000);
          await running.exited;
          clearTimeout(timer);
        }
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    running.child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** `wohngeld submit <sample>` against the product; returns the antragId it printed. */
export async function einreichen(produkt: Produkt, sample: string): Promise<string> {
  const result = await runCli(['submit', sample], { env: cleanEnv({ WOHNGELD_WEB_URL: produkt.webUrl, WOHNGELD_DB: path.join(produkt.dir, 'daten', 'engine.sqlite') }) });
  const match = /^Antrag (\S+) angenommen/m.exec(result.stdout);
  if (result.code !== 0 || !match) throw new Error(`wohngeld submit ${sample} schlug fehl (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return match[1];
}

interface UserTaskItem {
  userTaskKey: string;
  elementId: string;
  processInstanceKey: string;
  state: string;
}

async function rest<T>(produkt: Produkt, pfad: string, body: unknown = {}): Promise<T> {
  const response = await fetch(`${produkt.restApi}${pfad}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${pfad}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The key of the open user task `elementId` of the case `antragId`, once the workers got there. */
export async function warteAufAufgabe(produkt: Produkt, antragId: string, elementId: string, timeoutMs = 120_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { items } = await rest<{ items: UserTaskItem[] }>(produkt, '/user-tasks/search', { filter: { elementId, state: 'CREATED' }, page: { limit: 100 } });
    for (const task of items) {
      const { items: vars } = await rest<{ items: { value: string }[] }>(produkt, '/variables/search?truncateValues=false', {
        filter: { processInstanceKey: task.processInstanceKey, name: 'antrag' },
      });
      if (vars.some((v) => (JSON.parse(v.value) as { antragId?: string }).antragId === antragId)) return task.userTaskKey;
    }
    if (produkt.running.child.exitCode !== null) throw new Error(`wohngeld start endete:\n${produkt.running.stderr()}`);
    if (Date.now() > until) throw new Error(`Keine offene Aufgabe ${elementId} für ${antragId} nach ${timeoutMs} ms.`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The element ids the case has reached so far (completed or active), from the REST API. */
export async function erreichteElemente(produkt: Produkt, antragId: string): Promise<{ aktiv: string[]; variablen: Record<string, unknown> }> {
  const { items } = await rest<{ items: { processInstanceKey: string; value: string }[] }>(produkt, '/variables/search?truncateValues=false', { filter: { name: 'antrag' }, page: { limit: 1000 } });
  const instanz = items.find((v) => (JSON.parse(v.value) as { antragId?: string }).antragId === antragId)?.processInstanceKey;
  if (!instanz) throw new Error(`Kein Fall ${antragId}.`);
  const { items: vars } = await rest<{ items: { name: string; value: string; scopeKey: string }[] }>(produkt, '/variables/search?truncateValues=false', {
    filter: { processInstanceKey: instanz, scopeKey: instanz },
    page: { limit: 1000 },
  });
  const { items: tasks } = await rest<{ items: UserTaskItem[] }>(produkt, '/user-tasks/search', { filter: { processInstanceKey: instanz, state: 'CREATED' } });
  return { aktiv: tasks.map((t) => t.elementId), variablen: Object.fromEntries(vars.map((v) => [v.name, JSON.parse(v.value) as unknown])) };
}

export async function startBrowser(): Promise<Browser> {
  try {
    await access(CHROMIUM);
  } catch {
    throw new Error(`${CHROMIUM} fehlt: Debians Chromium installieren (apt-get install chromium; .ci/run tut das).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page of 1400×900 with German locale and time zone. */
export async function neueSeite(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1400, height: 900 } });
  return context.newPage();
}

let axeQuelle: string | undefined;

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page; returns its violations. */
export async function axePruefen(page: Page): Promise<Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>> {
  // evaluated through the DevTools protocol: a <script> tag would be (rightly) refused by the app's CSP
  axeQuelle ??= await readFile(path.join(path.dirname(new URL(import.meta.url).pathname), '../../node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(`${axeQuelle};0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations as never;
  });
}
