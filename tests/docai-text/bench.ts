/**
 * Speed of docai/text (not part of the test suite):
 *   node --import tsx tests/docai-text/bench.ts [text|ocr|all] [processes]
 * text: born-digital 2-page PDFs (40 lines a page, a logo, a table) through the text layer, in
 *       `processes` parallel processes (default 2), documents per second overall and CPU ms per
 *       document (1000 / that = documents per second per core, whatever else the machine runs).
 * ocr:  a dense A4 page at 300 dpi (42 lines, about 1,500 characters) and a sparse A4 page (12 lines),
 *       as PNG and as an image-only PDF, CPU seconds per page on one OCR worker.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { createOcrEngine, extractText } from '../../docai/text/index.ts';
import { imageOnlyPdf, mietbescheinigung, textPng } from './inputs.ts';

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function twoPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const canvas = createCanvas(300, 100);
  const context = canvas.getContext('2d');
  context.fillStyle = '#1d5fa8';
  context.fillRect(0, 0, 300, 100);
  const logo = await doc.embedPng(canvas.toBuffer('image/png'));
  for (let p = 0; p < 2; p++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(logo, { x: 440, y: 770, width: 120, height: 40 });
    page.drawText('Stadtwerke Leipzig GmbH · Abrechnung', { x: 56, y: 790, size: 14, font: bold });
    for (let i = 0; i < 40; i++) {
      const y = 750 - i * 17;
      if (i % 2 === 0) page.drawRectangle({ x: 50, y: y - 4, width: 495, height: 16, color: rgb(0.94, 0.95, 0.97) });
      page.drawText(`${mietbescheinigung[i % mietbescheinigung.length]} (Zeile ${i + 1})`, { x: 56, y, size: 10, font });
      page.drawText(`${(i * 13.37).toFixed(2).replace('.', ',')} €`, { x: 480, y, size: 10, font });
    }
  }
  return doc.save();
}

async function benchText(documents: number): Promise<{ ms: number; cpu: number }> {
  const bytes = await twoPagePdf();
  for (let i = 0; i < 20; i++) await extractText(bytes, 'pdf'); // warm up
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < documents; i++) {
    const text = await extractText(bytes, 'pdf');
    if (text.pages.length !== 2 || text.pages.some((page) => page.source !== 'text-layer' || page.lines.length < 40)) throw new Error('unexpected result');
  }
  return { ms: performance.now() - start, cpu: cpuMs(cpu) };
}

function densePage(lines: number): Buffer {
  const text = Array.from({ length: lines }, (_, i) => mietbescheinigung[i % mietbescheinigung.length]);
  return textPng(text, { widthIn: 8.27, heightIn: 11.69, fontPt: 10 });
}

async function benchOcr(): Promise<void> {
  const engine = await createOcrEngine({ workers: 1 });
  try {
    for (const [name, lines] of [
      ['dense page (42 lines)', 42],
      ['sparse page (12 lines)', 12],
    ] as const) {
      const png = densePage(lines);
      const pdf = await imageOnlyPdf(png);
      await extractText(png, 'png', { ocr: engine });
      for (const [kind, bytes, format] of [
        ['PNG', png, 'png'],
        ['image-only PDF', pdf, 'pdf'],
      ] as const) {
        const runs = 3;
        const cpu = process.cpuUsage();
        const start = performance.now();
        let chars = 0;
        for (let i = 0; i < runs; i++) {
          const text = await extractText(bytes, format, { ocr: engine });
          chars = text.pages[0].lines.reduce((sum, line) => sum + line.text.length, 0);
        }
        console.log(
          `OCR ${name}, ${kind}: ${(cpuMs(cpu) / runs / 1000).toFixed(2)} s CPU per page, ${((performance.now() - start) / runs / 1000).toFixed(2)} s wall, ${chars} characters`,
        );
      }
    }
  } finally {
    await engine.terminate();
  }
}

const [mode = 'all', processesArg = '2'] = process.argv.slice(2);

if (mode === 'child') {
  const documents = Number(processesArg);
  const result = await benchText(documents);
  process.send!(result);
  process.exit(0);
}

if (mode === 'text' || mode === 'all') {
  const processes = Number(processesArg);
  const documents = 300;
  const self = fileURLToPath(import.meta.url);
  const start = performance.now();
  const results = await Promise.all(
    Array.from(
      { length: processes },
      () =>
        new Promise<{ ms: number; cpu: number }>((resolve, reject) => {
          const child = fork(self, ['child', String(documents)], { execArgv: ['--import', 'tsx'] });
          child.once('message', (message) => resolve(message as { ms: number; cpu: number }));
          child.once('error', reject);
        }),
    ),
  );
  const slowest = Math.max(...results.map((r) => r.ms));
  const cpuPerDoc = results.reduce((sum, r) => sum + r.cpu, 0) / (documents * processes);
  console.log(
    `text layer, 2-page PDF: ${((documents * processes) / (slowest / 1000)).toFixed(1)} documents/s in ${processes} processes ` +
      `(${cpuPerDoc.toFixed(1)} ms CPU per document = ${(1000 / cpuPerDoc).toFixed(0)} documents/s per core; ` +
      `${((performance.now() - start) / 1000).toFixed(1)} s with start-up)`,
  );
}

if (mode === 'ocr' || mode === 'all') await benchOcr();
