/**
 * For developers: draw a few documents of one layout and write PNG previews of their pages,
 * `node --import tsx tests/corpus/preview.ts --layout mietbescheinigung/stadt-formular [--out DIR] [--n 2] [--scan]`
 * (PNG pages rendered from the PDF with pdfjs, the truth, and the ideal text with positions).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import type { DocumentTypeId } from '../../wohngeld/catalog.js';
import { buildDocument, kindOf } from './corpus.js';
import { rasterize } from './scan.js';

const { values } = parseArgs({ options: { layout: { type: 'string' }, out: { type: 'string', default: path.join(tmpdir(), 'corpus-preview') }, n: { type: 'string', default: '1' }, scan: { type: 'boolean', default: false }, seed: { type: 'string', default: 'preview' } } });
const [type, id] = (values.layout ?? '').split('/') as [DocumentTypeId, string];
const layout = kindOf(type).layouts.find((l) => l.id === id);
if (!layout) throw new Error(`unknown layout ${values.layout}`);
await mkdir(values.out!, { recursive: true });
for (let i = 0; i < Number(values.n); i++) {
  const split = layout.holdout ? 'holdout' : 'dev';
  const built = await buildDocument({ id: `${type}-${id}-${i}`, file: '', type, layout: values.layout!, split, variant: values.scan ? 'scanned' : 'born-digital', seed: `${values.seed}/${i}` });
  const base = path.join(values.out!, built.truth.id);
  await writeFile(`${base}.${built.ext}`, built.bytes);
  await writeFile(`${base}.truth.json`, JSON.stringify(built.truth, null, 2));
  if (built.text) await writeFile(`${base}.text.txt`, built.text.pages.map((p) => p.lines.map((l) => `${l.y.toFixed(0).padStart(4)} ${l.x.toFixed(0).padStart(4)}  ${l.text}`).join('\n')).join('\n\f\n'));
  const pages = await rasterize(built.pdf, 110);
  for (const [j, p] of pages.entries()) await sharp(p.data, { raw: { width: p.width, height: p.height, channels: 4 } }).png().toFile(`${base}-p${j + 1}.png`);
  console.log(base, built.truth.pages, 'pages', JSON.stringify(built.truth.fields));
}
