/**
 * The development corpus:
 *   node --import tsx tests/corpus/generate.ts --out DIR [--seed N] [--count N] [--concurrency N]
 * writes DIR/<id>.<ext>, DIR/<id>.truth.json, DIR/<id>.text.json (born-digital) and DIR/manifest.json,
 * and prints the corpus statistics. The same seed and count give the same files.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { DOCUMENT_TYPES } from '../../wohngeld/catalog.js';
import { corpusStats, DEFAULT_COUNT, DEFAULT_SEED, generateCorpus } from './corpus.js';
import { generateParallel } from './parallel.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    count: { type: 'string', default: String(DEFAULT_COUNT) },
    concurrency: { type: 'string', default: String(Math.max(1, Math.min(4, cpus().length))) },
    quiet: { type: 'boolean', default: false },
  },
});
if (!values.out) {
  console.error('usage: node --import tsx tests/corpus/generate.ts --out DIR [--seed N] [--count N] [--concurrency N]');
  process.exit(2);
}
const started = Date.now();
const options = { out: values.out, seed: Number(values.seed), count: Number(values.count) };
const concurrency = Number(values.concurrency);
const progress = (done: number, total: number) => {
  if (!values.quiet && (done % 25 === 0 || done === total)) process.stderr.write(`  ${done}/${total} documents\n`);
};
const manifest = concurrency > 1 ? await generateParallel({ ...options, workers: concurrency, onProgress: progress }) : await generateCorpus({ ...options, onDocument: (_t, done, total) => progress(done, total) });
const stats = corpusStats(manifest.documents);
console.log(`corpus: ${stats.total} documents in ${values.out} (seed ${manifest.seed}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`  variant: ${fmt(stats.byVariant)}`);
console.log(`  split:   ${fmt(stats.bySplit)}`);
console.log(`  split/variant: ${fmt(stats.bySplitVariant)}`);
console.log(`  pages:   ${fmt(stats.byPages)}`);
console.log(`  files:   ${fmt(stats.byFormat)}`);
console.log('  per type:');
for (const type of DOCUMENT_TYPES) if (stats.byType[type]) console.log(`    ${type.padEnd(26)} ${stats.byType[type]}`);
console.log('  per layout:');
for (const [layout, n] of Object.entries(stats.byLayout).sort()) console.log(`    ${layout.padEnd(60)} ${n}`);

function fmt(m: Record<string, number>): string {
  return Object.entries(m)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}
