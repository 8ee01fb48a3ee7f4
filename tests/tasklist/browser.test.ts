/**
 * The tasklist in a real browser, as a caseworker uses it, with the keyboard only: `wohngeld
 * start`, the family sample (ten documents) submitted through the OZG intake, Debian's Chromium
 * driven by playwright-core. Sign in, find the case in the list, open „Antrag prüfen und
 * entscheiden“, walk to the rent with Alt+N (its evidence marked in the Mietbescheinigung),
 * correct it, decide, review the recalculated case again (the correction shown as one), approve,
 * and the case goes on to the Bescheid-Entwurf and the export. axe-core checks every view against
 * WCAG 2.1 A/AA. The screenshot in the README (docs/tasklist-aufgabe.png) is taken here.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '../cli/run-cli.ts';
import { axePruefen, BENUTZER, einreichen, erreichteElemente, neueSeite, type Produkt, startBrowser, startProdukt, warteAufAufgabe } from './browser-harness.ts';

const FAMILIE = path.join(repoRoot, 'samples', 'antrag-familie');
const SCREENSHOT = path.join(repoRoot, 'docs', 'tasklist-aufgabe.png');

let produkt: Produkt;
let browser: Browser;
let page: Page;
let antragId: string;
const konsolenFehler: string[] = [];

beforeAll(async () => {
  produkt = await startProdukt();
  browser = await startBrowser();
  page = await neueSeite(browser);
  page.on('pageerror', (error) => konsolenFehler.push(error.message));
  page.on('console', (message) => {
    // a 401 before signing in is how the app learns it must show the sign-in form
    if (message.type() === 'error' && !/401|Failed to load resource/.test(message.text())) konsolenFehler.push(message.text());
  });
  antragId = await einreichen(produkt, FAMILIE);
  await warteAufAufgabe(produkt, antragId, 'UserTask_AntragPruefen');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await produkt?.stop();
}, 60_000);

/** What has the focus, for messages and checks: tag, classes, label or text. */
const fokus = () =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a) return '';
    const label = a.id ? document.querySelector(`label[for="${a.id}"]`)?.textContent : '';
    return `${a.tagName.toLowerCase()}.${String(a.className)} «${(a.getAttribute('aria-label') ?? label ?? a.textContent ?? '').trim().slice(0, 80)}»`;
  });

/** Presses Tab until `ziel` holds for the focused element (the way a keyboard user gets there). */
async function tabBis(ziel: (fall: string) => boolean, fall = '', max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(ziel, fall)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Mit Tab nicht erreicht; Fokus: ${await fokus()}`);
}

async function keineVerstoesse(wo: string): Promise<void> {
  const verstoesse = await axePruefen(page);
  const lesbar = verstoesse.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
  expect({ wo, verstoesse: lesbar }).toEqual({ wo, verstoesse: [] });
}

/** Opens the case's task from the list with Tab and Enter; returns the first document's time. */
async function aufgabeOeffnen(): Promise<number> {
  await page.waitForFunction((fall) => [...document.querySelectorAll('tbody tr')].some((tr) => tr.textContent!.includes(fall) && tr.querySelector('a.aufgabe-link')), antragId, { timeout: 60_000 });
  await tabBis((fall) => (document.activeElement?.matches('a.aufgabe-link') ?? false) && document.activeElement!.closest('tr')!.textContent!.includes(fall), antragId);
  await page.keyboard.press('Enter');
  const ms = await page.waitForSelector('[data-erstes-dokument-ms]', { timeout: 15_000 }).then((el) => el.getAttribute('data-erstes-dokument-ms'));
  await page.waitForSelector('.fjs-form', { timeout: 15_000 });
  return Number(ms);
}

/** Alt+N until the evidence line names `bezeichnung`. */
async function zumWert(bezeichnung: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await page.textContent('.beleg-zeile'))?.includes(bezeichnung)) return;
    await page.keyboard.press('Alt+n');
    await page.waitForTimeout(100);
  }
  throw new Error(`Alt+N erreichte „${bezeichnung}“ nicht; Fokus: ${await fokus()}`);
}

async function entscheiden(begruendung: string): Promise<void> {
  await tabBis(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
  await page.keyboard.press('Space'); // the first choice: bewilligen
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent?.trim())).toBe('bewilligen');
  // an approval asks for its period (shown only for „bewilligen“, 12 months preset)
  await page.waitForFunction(() => [...document.querySelectorAll('label')].some((l) => l.textContent?.includes('Bewilligungszeitraum')));
  await tabBis(() => document.activeElement?.tagName === 'TEXTAREA');
  await page.keyboard.type(begruendung);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => location.pathname.replace(/\/$/, '') === '/tasklist', null, { timeout: 20_000 });
}

test('sign-in with the keyboard: a wrong password is announced, the right one opens the list; axe finds nothing', async () => {
  await page.goto(`${produkt.webUrl}/tasklist/`);
  await page.waitForSelector('#anmeldung-benutzer');
  await keineVerstoesse('Anmeldung');
  expect(await fokus()).toContain('Benutzername');
  await page.keyboard.type(BENUTZER.benutzer);
  await page.keyboard.press('Tab');
  await page.keyboard.type('falsch');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.getElementById('fehler')?.textContent ?? '').length > 0);
  expect(await page.textContent('#fehler')).toMatch(/Benutzername oder Passwort/);
  await tabBis(() => document.activeElement?.id === 'anmeldung-passwort');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(BENUTZER.passwort);
  await page.keyboard.press('Enter');
  await page.waitForSelector('a.aufgabe-link', { timeout: 30_000 });
}, 60_000);

test('the list shows the case with its number, applicant and due date; the shortcuts are listed; axe finds nothing', async () => {
  const zeile = page.locator('tbody tr', { hasText: antragId });
  await expect(zeile.textContent()).resolves.toMatch(/Antrag prüfen und entscheiden/);
  await expect(zeile.textContent()).resolves.toContain('Julia Wagner');
  await keineVerstoesse('Liste');
  await page.keyboard.press('?');
  await page.waitForSelector('dialog[open]');
  const hilfe = await page.textContent('dialog[open]');
  for (const taste of ['Alt+N', 'Strg+Eingabe', 'Esc']) expect(hilfe).toContain(taste);
  await keineVerstoesse('Tastenkürzel');
  await page.keyboard.press('Escape');
  expect(await page.locator('dialog[open]').count()).toBe(0);
}, 60_000);

test('the review opens with the first of ten documents painted at once; Alt+N shows each value with its evidence marked; axe finds nothing', async () => {
  const ms = await aufgabeOeffnen();
  process.stdout.write(`Tasklist: erstes Dokument (Fall mit 10 Dokumenten) nach ${ms} ms gezeigt.\n`);
  expect(ms).toBeGreaterThan(0);
  expect(ms).toBeLessThan(1000);
  expect(await page.locator('[role=tab]').count()).toBe(10);

  await zumWert('Bruttokaltmiete');
  await page.waitForSelector('.beleg-marke', { timeout: 10_000 });
  expect(await page.textContent('.beleg-zeile')).toContain('mietbescheinigung.pdf');
  // the marks sit on the Mietbescheinigung's amounts: the text under each mark's centre
  const markiert = await page.evaluate(() =>
    [...document.querySelectorAll('.beleg-marke')].map((marke) => {
      const r = marke.getBoundingClientRect();
      const unter = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2).find((e) => e.closest('.textLayer') && e.tagName === 'SPAN');
      return unter?.textContent ?? '';
    }),
  );
  expect(markiert.join(' ')).toMatch(/592,00/);
  expect(markiert.join(' ')).toMatch(/171,02/);
  expect(await fokus()).toMatch(/Korrektur/);
  await keineVerstoesse('Aufgabe');
  await page.screenshot({ path: SCREENSHOT });
  expect((await readFile(SCREENSHOT)).subarray(1, 4).toString()).toBe('PNG');
}, 90_000);

test('correct the rent with a reason and decide: the case is recalculated and comes back with the correction shown; approved, it goes on to the Bescheid-Entwurf', async () => {
  // still in the rent's correction field (Alt+N put the focus there)
  await page.keyboard.type('740');
  // form-js shows the reason field once the correction has a value
  await page.waitForFunction(() => [...document.querySelectorAll('label')].some((l) => l.textContent?.includes('Begründung der Korrektur')));
  await page.keyboard.press('Tab');
  expect(await fokus()).toContain('Begründung der Korrektur');
  await page.keyboard.type('Stellplatz 23,02 € herausgerechnet (§ 9 Abs. 2 WoGG).');
  await entscheiden('Nachweise vollständig; Miete um den Stellplatz korrigiert.');
  await page.waitForFunction((fall) => (document.getElementById('status')?.textContent ?? '').includes(`(${fall}) ist abgeschlossen`), antragId, { timeout: 10_000 });

  // the correction makes the process recalculate and ask again
  await aufgabeOeffnen();
  await zumWert('Bruttokaltmiete');
  const korrigiert = await page.locator('.tl-korrigiert').first().textContent();
  expect(korrigiert).toMatch(/740,00 €/);
  expect(korrigiert).toMatch(/korrigiert \(vorher: 763,02 €\)/);
  await keineVerstoesse('Aufgabe nach Korrektur');
  await entscheiden('Nachweise vollständig; die Miete ist korrigiert, das Ergebnis geprüft.');

  // the case has left the caseworker: Bescheid-Entwurf written, handed over to the Fachverfahren
  const until = Date.now() + 60_000;
  let stand = await erreichteElemente(produkt, antragId);
  while (!stand.variablen.fachverfahrenExport && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    stand = await erreichteElemente(produkt, antragId);
  }
  expect(stand.aktiv).toEqual([]);
  expect(stand.variablen.korrekturen).toEqual([expect.objectContaining({ pfad: 'bruttokaltmiete', wert: 740 })]);
  expect(stand.variablen.entscheidung).toMatchObject({ ergebnis: 'bewilligen' });
  expect(stand.variablen.bescheidEntwurf).toMatchObject({ dokument: expect.objectContaining({ 'camunda.document.type': 'camunda' }) });
  expect(stand.variablen.fachverfahrenExport).toBeTruthy();
  expect(konsolenFehler).toEqual([]);
}, 180_000);
