/**
 * Corpus generation on several cores: child processes each build and write a share of the
 * documents (rasterising and degrading scans is CPU work); the manifest is the same as from the
 * single-threaded path, since every document depends only on its own seed.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_COUNT, DEFAULT_SEED, planCorpus } from './corpus.js';
import type { Manifest, ManifestEntry } from './truth.js';

export interface ParallelOptions {
  out: string;
  seed?: number;
  count?: number;
  workers: number;
  onProgress?: (done: number, total: number) => void;
}

export async function generateParallel(options: ParallelOptions): Promise<Manifest> {
  const seed = options.seed ?? DEFAULT_SEED;
  const specs = planCorpus(seed, options.count ?? DEFAULT_COUNT);
  await mkdir(options.out, { recursive: true });
  let next = 0;
  let done = 0;
  const entries: ManifestEntry[] = new Array(specs.length);
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let finished = false;
      const feed = () => {
        if (next >= specs.length) {
          finished = true;
          worker.disconnect();
          return;
        }
        const index = next++;
        worker.send({ index, spec: specs[index], out: options.out });
      };
      worker.on('message', (msg: { index: number; entry?: ManifestEntry; error?: string }) => {
        if (msg.error) {
          finished = true;
          reject(new Error(msg.error));
          worker.kill();
          return;
        }
        entries[msg.index] = msg.entry!;
        options.onProgress?.(++done, specs.length);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (finished ? resolve() : reject(new Error(`corpus worker exited with ${code}`))));
      worker.once('spawn', feed);
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.workers, specs.length)) }, runWorker));
  const manifest: Manifest = { seed, count: specs.length, documents: entries };
  await writeFile(path.join(options.out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
