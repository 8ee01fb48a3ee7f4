/**
 * The corpus: which documents to make (type, layout, variant, split), making one, writing all.
 * Ids are neutral (`doc-0001`) and shuffled, so that neither file name nor order tells the type.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CATALOG, DOCUMENT_TYPES, VALUE_SCHEMAS, type DocumentTypeId } from '../../wohngeld/catalog.js';
import type { DocumentText } from '../../docai/types.js';
import { Ctx } from './context.js';
import type { Layout } from './layout.js';
import { Rng } from './random.js';
import { idealText, renderPdf } from './render.js';
import { scanDocument } from './scan.js';
import type { Manifest, ManifestEntry, SplitId, Truth, TruthField, Variant } from './truth.js';
import { KINDS } from './types/index.js';

export const DEFAULT_COUNT = 750;
export const DEFAULT_SEED = 1;
/** share of each type's documents that go to the holdout split */
export const HOLDOUT_SHARE = 1 / 3;

export interface DocumentSpec extends ManifestEntry {
  seed: string;
}

export function kindOf(type: DocumentTypeId) {
  const kind = KINDS[type];
  if (!kind) throw new Error(`no generator for document type ${type}`);
  return kind;
}

export function layoutsOf(type: DocumentTypeId, split: SplitId): Layout[] {
  return kindOf(type).layouts.filter((l) => (split === 'holdout' ? l.holdout : !l.holdout));
}

/** the types that have a generator (all of the catalog once complete) */
export const generatedTypes = (): DocumentTypeId[] => DOCUMENT_TYPES.filter((t) => KINDS[t]);

/**
 * Which documents a corpus of `count` has: per type about a third holdout, in each split half
 * scanned. A type with more holdout layouts than half its holdout share gets the few holdout
 * documents more it needs for each of them to be drawn born-digital and scanned (when the corpus
 * has room for that at all), so the corpus may hold slightly more than `count` documents.
 */
export function planCorpus(seed = DEFAULT_SEED, count = DEFAULT_COUNT, types: readonly DocumentTypeId[] = generatedTypes()): DocumentSpec[] {
  const rng = new Rng(`plan/${seed}`);
  const specs: Omit<DocumentSpec, 'id' | 'file'>[] = [];
  types.forEach((type, t) => {
    const n = Math.floor(count / types.length) + (t < count % types.length ? 1 : 0);
    const counters: Record<SplitId, number> = { dev: 0, holdout: 0 };
    const offsets: Record<SplitId, number> = { dev: rng.int(0, 100), holdout: rng.int(0, 100) };
    const variantOffset: Record<SplitId, number> = { dev: rng.int(0, 1), holdout: rng.int(0, 1) };
    const holdoutLayouts = HOLDOUT_SHARE > 0 ? layoutsOf(type, 'holdout').length : 0;
    const holdoutShare = Math.floor(n / 3);
    const extra = n >= 3 * holdoutLayouts ? Math.max(0, 2 * holdoutLayouts - holdoutShare) : 0;
    for (let k = 0; k < n + extra; k++) {
      const split: SplitId = (k % 3 === 2 || k >= n) && HOLDOUT_SHARE > 0 ? 'holdout' : 'dev';
      const i = counters[split]++;
      const layouts = layoutsOf(type, split);
      if (!layouts.length) throw new Error(`${type} has no ${split} layout`);
      const layout = layouts[(i + offsets[split]) % layouts.length];
      // with an even number of holdout layouts, layout and variant would alternate in step and each
      // layout would only ever be born-digital or only scanned: shift the variant once per round
      const round = split === 'holdout' && layouts.length % 2 === 0 ? Math.floor(i / layouts.length) : 0;
      const variant: Variant = (i + variantOffset[split] + round) % 2 === 0 ? 'born-digital' : 'scanned';
      specs.push({ type, split, variant, layout: `${type}/${layout.id}`, seed: `${seed}/${type}/${split}/${i}` });
    }
  });
  return rng.shuffle(specs).map((s, i) => {
    const id = `doc-${String(i + 1).padStart(4, '0')}`;
    return { ...s, id, file: id };
  });
}

export interface BuiltDocument {
  truth: Truth;
  bytes: Buffer;
  ext: string;
  /** the ideal text as drawn (born-digital only) */
  text?: DocumentText;
  /** the born-digital PDF the scan was made from */
  pdf: Uint8Array;
}

/** draw one document, check its ground truth, render it (and scan it) */
export async function buildDocument(spec: DocumentSpec): Promise<BuiltDocument> {
  const rng = new Rng(spec.seed);
  const [typeId, layoutId] = spec.layout.split('/');
  const layout = kindOf(spec.type).layouts.find((l) => l.id === layoutId);
  if (!layout || typeId !== spec.type) throw new Error(`unknown layout ${spec.layout}`);
  const ctx = new Ctx(rng.fork('content'), spec.split, spec.type);
  layout.build(ctx);
  ctx.doc.finish();
  const fields = truthFields(spec, ctx);
  const pdf = await renderPdf(ctx.doc, ctx.meta);
  const pages = ctx.doc.pageCount;
  const base: Omit<Truth, 'file'> = { id: spec.id, type: spec.type, variant: spec.variant, split: spec.split, layout: spec.layout, pages, fields };
  if (spec.variant === 'born-digital') {
    const file = `${spec.id}.pdf`;
    return { truth: { ...base, id: spec.id, file }, bytes: Buffer.from(pdf), ext: 'pdf', text: idealText(ctx.doc), pdf };
  }
  const scan = await scanDocument(ctx.doc, pages, rng.fork('scan'));
  const file = `${spec.id}.${scan.ext}`;
  return { truth: { ...base, file, scan: scan.info }, bytes: scan.bytes, ext: scan.ext, pdf };
}

/** the layout's recorded values, checked against the catalog: every value valid, printed, and of this type */
function truthFields(spec: DocumentSpec, ctx: Ctx): Record<string, TruthField> {
  const defs = CATALOG[spec.type].fields;
  const out: Record<string, TruthField> = {};
  for (const def of defs) {
    const value = ctx.values[def.id];
    if (value === undefined) continue;
    const parsed = VALUE_SCHEMAS[def.kind].safeParse(value);
    if (!parsed.success) throw new Error(`${spec.layout} (${spec.seed}): ${def.id} = ${JSON.stringify(value)} is not a valid ${def.kind}`);
    if (def.values && !def.values.includes(String(value))) throw new Error(`${spec.layout}: ${def.id} = ${value} not one of ${def.values.join(', ')}`);
    const placed = ctx.doc.placements.get(def.id);
    if (!placed) throw new Error(`${spec.layout} (${spec.seed}): ${def.id} has a value but was never printed`);
    out[def.id] = { value, page: placed.page, text: placed.text };
  }
  for (const id of Object.keys(ctx.values)) if (!defs.some((d) => d.id === id)) throw new Error(`${spec.layout}: ${id} is not a field of ${spec.type}`);
  return out;
}

export interface GenerateOptions {
  out: string;
  seed?: number;
  count?: number;
  concurrency?: number;
  onDocument?: (truth: Truth, done: number, total: number) => void;
}

/** write the corpus: DIR/<id>.<ext>, DIR/<id>.truth.json, DIR/<id>.text.json (born-digital), DIR/manifest.json */
export async function generateCorpus(options: GenerateOptions): Promise<Manifest> {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = options.count ?? DEFAULT_COUNT;
  const specs = planCorpus(seed, count);
  await mkdir(options.out, { recursive: true });
  const entries: ManifestEntry[] = new Array(specs.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < specs.length) {
      const index = next++;
      const built = await buildDocument(specs[index]);
      await writeDocument(options.out, built);
      const { id, file, type, variant, split, layout, pages } = built.truth;
      entries[index] = { id, file, type, variant, split, layout, pages };
      options.onDocument?.(built.truth, ++done, specs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  const manifest: Manifest = { seed, count: specs.length, documents: entries };
  await writeFile(path.join(options.out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

export async function writeDocument(dir: string, built: BuiltDocument): Promise<void> {
  const { truth } = built;
  await writeFile(path.join(dir, truth.file), built.bytes);
  await writeFile(path.join(dir, `${truth.id}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  if (built.text) await writeFile(path.join(dir, `${truth.id}.text.json`), JSON.stringify(built.text) + '\n');
}

/** counts for the report: per type, variant, split, layout, format, pages */
export function corpusStats(documents: readonly (ManifestEntry & { pages?: number; format?: string })[]) {
  const by = (key: (d: ManifestEntry & { pages?: number; format?: string }) => string) => {
    const m: Record<string, number> = {};
    for (const d of documents) m[key(d)] = (m[key(d)] ?? 0) + 1;
    return m;
  };
  return {
    total: documents.length,
    byType: by((d) => d.type),
    byVariant: by((d) => d.variant),
    bySplit: by((d) => d.split),
    bySplitVariant: by((d) => `${d.split}/${d.variant}`),
    byLayout: by((d) => d.layout),
    byFormat: by((d) => `${d.variant}:${d.file.split('.').pop()}`),
    byPages: by((d) => (d.pages === undefined ? '?' : d.pages >= 3 ? '3+' : String(d.pages))),
  };
}
