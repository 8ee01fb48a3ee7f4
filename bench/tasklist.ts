/**
 * `npm run bench:tasklist`: how long a caseworker waits for the first document when opening a
 * task. Starts the product (`wohngeld start`), submits the family sample (ten documents), signs
 * in with Debian's Chromium and opens „Antrag prüfen und entscheiden“ from the list with the
 * keyboard, RUNS times (default 10), going back to the list with Esc in between. Prints the time
 * from opening to the first page painted, as the app measures it (`tasklist:erstes-dokument`).
 *
 *   npm run bench:tasklist [-- --runs 20]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../tests/cli/run-cli.ts';
import { BENUTZER, einreichen, neueSeite, startBrowser, startProdukt, warteAufAufgabe } from '../tests/tasklist/browser-harness.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs muss eine positive ganze Zahl sein, nicht „${values.runs}“.`);

const produkt = await startProdukt();
const browser = await startBrowser();
try {
  const antragId = await einreichen(produkt, path.join(repoRoot, 'samples', 'antrag-familie'));
  await warteAufAufgabe(produkt, antragId, 'UserTask_AntragPruefen');
  const page = await neueSeite(browser);
  await page.goto(`${produkt.webUrl}/tasklist/`);
  await page.waitForSelector('#anmeldung-benutzer');
  await page.keyboard.type(BENUTZER.benutzer);
  await page.keyboard.press('Tab');
  await page.keyboard.type(BENUTZER.passwort);
  await page.keyboard.press('Enter');

  const zeiten: number[] = [];
  let dokumente = 0;
  for (let i = 0; i < runs; i++) {
    const link = page.locator('tbody tr', { hasText: antragId }).locator('a.aufgabe-link');
    await link.waitFor({ timeout: 30_000 });
    await link.focus();
    await page.keyboard.press('Enter');
    const ms = await page.waitForSelector('[data-erstes-dokument-ms]', { timeout: 15_000 }).then((el) => el.getAttribute('data-erstes-dokument-ms'));
    zeiten.push(Number(ms));
    dokumente = await page.locator('[role=tab]').count();
    await page.waitForSelector('.fjs-form', { timeout: 15_000 });
    await page.locator('body').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => location.pathname.replace(/\/$/, '') === '/tasklist');
  }
  const sortiert = [...zeiten].sort((a, b) => a - b);
  const median = sortiert[Math.floor((sortiert.length - 1) / 2)];
  process.stdout.write(
    [
      `Tasklist – erstes Dokument nach dem Öffnen der Aufgabe (Fall mit ${dokumente} Dokumenten in der Ansicht, ${runs}× geöffnet, Chromium headless):`,
      `  erstes Öffnen ${zeiten[0]} ms · Median ${median} ms · Maximum ${sortiert[sortiert.length - 1]} ms · Minimum ${sortiert[0]} ms`,
      `  alle: ${zeiten.join(', ')} ms`,
      '',
    ].join('\n'),
  );
} finally {
  await browser.close();
  await produkt.stop();
}
