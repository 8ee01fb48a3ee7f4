/**
 * `npm run render:bpmn [-- [--out DIR] [FILE.bpmn | DIR]...]`: draws each BPMN model as the Modeler shows
 * it, into DIR/<name>.svg and DIR/<name>.png (defaults: every model in bpmn/, into docs/).
 *
 * The drawing is bpmn-js's own (its viewer bundle from node_modules) in headless Chromium, driven by
 * playwright-core. Nothing is downloaded: the browser is the system's (`CHROMIUM_PATH`, default
 * /usr/bin/chromium; on Debian `apt-get install chromium`), the viewer is injected from disk, and every
 * request the page would make is refused. Not part of `npm test`: CI has no browser for it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium, type Browser } from 'playwright-core';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const viewerBundle = join(repoRoot, 'node_modules', 'bpmn-js', 'dist', 'bpmn-viewer.production.min.js');
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** PNG pixels per SVG unit: sharp enough for a README on a high-density screen. */
const PNG_SCALE = 2;

class RenderFehler extends Error {}

interface Options {
  out: string;
  files: string[];
}

function parseArgs(argv: string[]): Options {
  let out = join(repoRoot, 'docs');
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') {
      const dir = argv[++i];
      if (!dir) throw new RenderFehler('--out braucht ein Verzeichnis.');
      out = resolve(dir);
    } else if (arg.startsWith('-')) {
      throw new RenderFehler(`Unbekannte Option „${arg}“. Aufruf: npm run render:bpmn -- [--out VERZEICHNIS] [DATEI.bpmn | VERZEICHNIS]...`);
    } else {
      inputs.push(resolve(arg));
    }
  }
  if (inputs.length === 0) inputs.push(join(repoRoot, 'bpmn'));
  const files: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) throw new RenderFehler(`„${input}“ gibt es nicht.`);
    if (statSync(input).isDirectory()) {
      files.push(...readdirSync(input).filter((name) => name.endsWith('.bpmn')).sort().map((name) => join(input, name)));
    } else {
      files.push(input);
    }
  }
  if (files.length === 0) throw new RenderFehler(`Keine .bpmn-Datei in ${inputs.join(', ')}.`);
  return { out, files };
}

async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new RenderFehler(`Kein Chromium unter ${executablePath}. Installieren (Debian: apt-get install chromium) oder CHROMIUM_PATH setzen.`);
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}

/** The model as bpmn-js draws it, as a standalone SVG; rejects with the viewer's reason (no diagram, not BPMN). */
async function renderSvg(browser: Browser, xml: string): Promise<{ svg: string; warnings: string[] }> {
  const page = await browser.newPage();
  try {
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
    await page.addScriptTag({ path: viewerBundle });
    return await page.evaluate(async (diagramXml) => {
      // BpmnJS is the global of the viewer bundle
      const Viewer = (globalThis as unknown as { BpmnJS: new (options: { container: string }) => any }).BpmnJS;
      const viewer = new Viewer({ container: '#canvas' });
      const { warnings } = await viewer.importXML(diagramXml);
      const { svg } = await viewer.saveSVG();
      return { svg: svg as string, warnings: (warnings as { message: string }[]).map((w) => w.message) };
    }, xml);
  } finally {
    await page.close();
  }
}

async function renderPng(browser: Browser, svg: string): Promise<Buffer> {
  const page = await browser.newPage({ deviceScaleFactor: PNG_SCALE });
  try {
    await page.route('**/*', (route) => route.abort());
    await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
    return await page.locator('svg').first().screenshot({ omitBackground: false });
  } finally {
    await page.close();
  }
}

/** The viewer's reason in German where it is one a designer meets; otherwise its own words. */
function grund(error: unknown): string {
  const message = ((error as Error).message ?? String(error)).split('\n')[0].replace(/^page\.evaluate: (Error: )?/, '');
  if (message.startsWith('no diagram to display')) return 'das Modell hat kein Diagramm (bpmndi:BPMNDiagram); in Camunda Modeler öffnen und speichern';
  if (message.startsWith('unparsable content')) return `kein lesbares BPMN-XML (${message})`;
  return message;
}

async function main(): Promise<void> {
  const { out, files } = parseArgs(process.argv.slice(2));
  mkdirSync(out, { recursive: true });
  const browser = await launch();
  let failed = 0;
  try {
    for (const file of files) {
      const name = basename(file, '.bpmn');
      try {
        const { svg, warnings } = await renderSvg(browser, readFileSync(file, 'utf8'));
        for (const warning of warnings) console.warn(`${name}: Hinweis des Viewers: ${warning}`);
        writeFileSync(join(out, `${name}.svg`), svg);
        writeFileSync(join(out, `${name}.png`), await renderPng(browser, svg));
        console.log(`${name}: ${join(out, `${name}.svg`)}, ${join(out, `${name}.png`)}`);
      } catch (error) {
        failed++;
        console.error(`${name}: nicht gezeichnet: ${grund(error)}`);
      }
    }
  } finally {
    await browser.close();
  }
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error instanceof RenderFehler ? error.message : error);
  process.exitCode = 1;
});
