/**
 * The hostile-input suite (issue #3): flate bomb, decompression-bomb PNG, 20,000-page PDF,
 * encrypted PDF, truncated PDF, random bytes, a PDF with hidden instructions to an LLM. Each
 * ends in a clear refusal or warning within 10 seconds with the parent's memory bounded, and
 * the same pool then reads a normal document correctly. Then the sandbox behind the preflight:
 * with the preflight's cap lifted, the flate bomb reaches pdf.js and the watchdog kills it.
 *
 * Runs the production child (docai/intake/child.ts → docai/text). The cases that need the text
 * module to parse are skipped until docai/text/index.ts exists.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DocumentIntake } from '../../docai/intake/index.js';
import { DocumentRefused, type DocumentText } from '../../docai/types.js';
import {
  defaultLines,
  encryptedPdf,
  flateBombPdf,
  hiddenInstruction,
  hiddenInstructionsPdf,
  manyPagesPdf,
  normalPdf,
  pngHeaderOnly,
  randomNoise,
  truncatedPdf,
  whitePng,
} from './inputs.js';

const MB = 1024 * 1024;
const textModuleExists = existsSync(fileURLToPath(new URL('../../docai/text/index.ts', import.meta.url)));
const withText = textModuleExists ? it : it.skip;

interface Outcome {
  text?: DocumentText;
  refused?: DocumentRefused;
  ms: number;
  /** the parent's resident memory at its highest during the read, above where it started */
  parentGrowthMb: number;
}

/** Reads one document, timing it and sampling the parent's memory every 10 ms. */
async function measured(intake: DocumentIntake, bytes: Buffer): Promise<Outcome> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = Date.now();
  try {
    const text = await intake.read(bytes);
    return finish({ text });
  } catch (error) {
    if (!(error instanceof DocumentRefused)) throw error;
    return finish({ refused: error });
  } finally {
    clearInterval(sampler);
  }
  function finish(result: Pick<Outcome, 'text' | 'refused'>): Outcome {
    peak = Math.max(peak, process.memoryUsage().rss);
    const outcome = { ...result, ms: Date.now() - started, parentGrowthMb: Math.round((peak - before) / MB) };
    const child = intake.stats()?.lastPeakRssMb;
    report.push(
      `${current.padEnd(58)} ${(outcome.refused?.code ?? (outcome.text ? `read, ${outcome.text.warnings.length} warning(s)` : '')).padEnd(22)} ` +
        `${String(outcome.ms).padStart(5)} ms  parent +${outcome.parentGrowthMb} MB${child && !preflightOnly(outcome) ? `  child peak ${child} MB` : ''}`,
    );
    return outcome;
  }
}

const report: string[] = [];
let current = '';
afterAll(() => {
  if (report.length) console.log(`hostile inputs (code or result, time, parent memory growth):\n${report.join('\n')}`);
});
const preflightOnly = (outcome: Pick<Outcome, 'refused'>) =>
  ['decompression-bomb', 'too-many-pixels', 'too-many-pages', 'encrypted', 'damaged', 'unsupported-format'].includes(outcome.refused?.code ?? '');
const allText = (text: DocumentText) => text.pages.flatMap((page) => page.lines.map((line) => line.text)).join('\n');

describe('hostile inputs: each ends in a clear refusal or warning within 10 s, with bounded memory', () => {
  // one child: "the same worker" reads the normal document after the hostile ones
  const intake = new DocumentIntake({ workers: 1 });
  const inputs: Record<string, Buffer> = {};

  beforeAll(async () => {
    inputs.flateBomb = await flateBombPdf(1024 * MB);
    inputs.pngClaims30000 = pngHeaderOnly(30000, 30000);
    inputs.pngSmallButHuge = await whitePng(10000, 10000);
    inputs.manyPages = manyPagesPdf(20000);
    inputs.encrypted = encryptedPdf();
    inputs.truncated = await truncatedPdf();
    inputs.random = randomNoise(1 * MB);
    inputs.hidden = await hiddenInstructionsPdf();
    inputs.normal = await normalPdf();
  }, 60_000);

  afterAll(() => intake.shutdown());

  const refusedWith = (name: string, input: string, code: string, reason: RegExp) =>
    it(name, async () => {
      current = name;
      const outcome = await measured(intake, inputs[input]);
      expect(outcome.refused?.code).toBe(code);
      expect(outcome.refused?.reason).toMatch(reason);
      expect(outcome.ms).toBeLessThan(10_000);
      expect(outcome.parentGrowthMb).toBeLessThan(150);
    });

  refusedWith('flate bomb: 1 MB PDF stream that inflates to 1 GB', 'flateBomb', 'decompression-bomb', /Dekompressionsbombe/);
  refusedWith('PNG whose header claims 30000 × 30000', 'pngClaims30000', 'too-many-pixels', /900 Megapixel/);
  refusedWith('valid PNG of 120 KB that decodes to 100 megapixels', 'pngSmallButHuge', 'too-many-pixels', /100 Megapixel/);
  refusedWith('PDF with 20,000 pages', 'manyPages', 'too-many-pages', /20\.000 Seiten/);
  refusedWith('encrypted PDF', 'encrypted', 'encrypted', /verschlüsselt bzw\. passwortgeschützt/);
  refusedWith('truncated PDF (a valid PDF cut in half)', 'truncated', 'damaged', /beschädigt oder unvollständig/);
  refusedWith('random bytes', 'random', 'unsupported-format', /Dateiformat wird nicht unterstützt/);

  withText('PDF with hidden instructions to an LLM: a warning, and the hidden text is not in the lines', async () => {
    current = 'PDF with hidden LLM instructions (white and 0.5 pt text)';
    const outcome = await measured(intake, inputs.hidden);
    expect(outcome.refused).toBeUndefined();
    const text = outcome.text!;
    expect(allText(text)).toContain('Mietbescheinigung');
    expect(allText(text)).not.toMatch(/Ignoriere alle Anweisungen/);
    expect(text.warnings.join('\n')).toMatch(/verborgen|versteckt|unsichtbar|nicht sichtbar|verdeckt|ausgeblendet/i);
    expect(text.warnings.join('\n')).not.toContain(hiddenInstruction); // a warning names the fact, it does not carry the payload verbatim
    expect(outcome.ms).toBeLessThan(10_000);
    expect(outcome.parentGrowthMb).toBeLessThan(150);
  });

  withText('after all of them, the same pool (one child, never restarted) reads a normal PDF correctly', async () => {
    current = 'normal PDF after the hostile ones';
    const spawnedBefore = intake.stats()?.spawned ?? 0;
    const outcome = await measured(intake, inputs.normal);
    expect(outcome.refused).toBeUndefined();
    const text = allText(outcome.text!);
    for (const line of defaultLines) expect(text).toContain(line);
    expect(outcome.text!.pages).toHaveLength(1);
    expect(outcome.text!.pages[0].source).toBe('text-layer');
    expect(outcome.text!.warnings).toEqual([]);
    expect(intake.stats()!.spawned).toBe(Math.max(1, spawnedBefore));
  });
});

describe('the sandbox behind the preflight (real parsers)', () => {
  // These run real parsers on purpose-built worst cases (about 2–5 s here); a looser bound than
  // the issue's 10 s keeps them from flaking on a loaded CI machine.
  const SANDBOX_MS = 15_000;

  withText('a flate bomb that gets past the preflight drives pdf.js over the memory limit: the child is killed, the next document is read', async () => {
    // the preflight's decompression caps lifted, the memory limit lowered: what the sandbox alone does
    const intake = new DocumentIntake({ workers: 1, maxMemoryMb: 512, maxInflatedBytes: 8 * 1024 * MB, maxStreamInflatedBytes: 8 * 1024 * MB });
    try {
      current = 'flate bomb, preflight cap lifted, 512 MB child limit';
      const outcome = await measured(intake, await flateBombPdf(1024 * MB));
      expect(outcome.refused?.code).toBe('memory-limit');
      expect(outcome.refused?.reason).toMatch(/zu viel Speicher beim Lesen .*vermutlich eine manipulierte Datei/i);
      expect(outcome.ms).toBeLessThan(SANDBOX_MS);
      expect(outcome.parentGrowthMb).toBeLessThan(150);
      expect(intake.stats()!.lastPeakRssMb).toBeLessThan(512 + 300);
      current = 'normal PDF after the kill';
      const next = await measured(intake, await normalPdf());
      expect(allText(next.text!)).toContain('Mietbescheinigung');
    } finally {
      await intake.shutdown();
    }
  });

  withText('oversized PNGs that get past the preflight end in a refusal or a warning (the pixel limit of the text module, or the sandbox)', async () => {
    const intake = new DocumentIntake({ workers: 1, maxPixels: 1e12 });
    try {
      for (const [name, png] of [
        ['PNG claiming 30000 × 30000, pixel cap lifted', pngHeaderOnly(30000, 30000)],
        ['valid 10000 × 10000 PNG, pixel cap lifted', await whitePng(10000, 10000)],
      ] as const) {
        current = name;
        const outcome = await measured(intake, png);
        expect(outcome.refused !== undefined || outcome.text!.warnings.length > 0).toBe(true);
        expect(outcome.ms).toBeLessThan(SANDBOX_MS);
        expect(outcome.parentGrowthMb).toBeLessThan(150);
      }
      const next = await intake.read(await normalPdf());
      expect(allText(next)).toContain('Mietbescheinigung');
    } finally {
      await intake.shutdown();
    }
  });

  withText('a document that takes longer than the time limit is refused, and the child is replaced', async () => {
    const intake = new DocumentIntake({ workers: 1, timeoutMs: 1500, timeoutPerPageMs: 0 });
    try {
      // warm up: the child and its OCR engine are loaded
      await intake.read(await normalPdf());
      current = 'OCR of a 4000 × 5000 noise image, 1.5 s limit';
      const noise = await noisePng(4000, 5000);
      const outcome = await measured(intake, noise);
      expect(outcome.refused?.code).toMatch(/^(timeout|memory-limit)$/);
      expect(outcome.ms).toBeLessThan(SANDBOX_MS);
      const next = await intake.read(await normalPdf());
      expect(allText(next)).toContain('Mietbescheinigung');
    } finally {
      await intake.shutdown();
    }
  });
});

/** A valid greyscale PNG of random pixels: expensive for OCR, still under the pixel cap. */
async function noisePng(width: number, height: number): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  const pixels = Buffer.alloc(width * height);
  for (let i = 0; i < pixels.length; i += 4) pixels.writeUInt32LE((Math.random() * 0xffffffff) >>> 0, i);
  return sharp(pixels, { raw: { width, height, channels: 1 } }).toColourspace('b-w').png({ compressionLevel: 1 }).toBuffer();
}
