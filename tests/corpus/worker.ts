/** A child process of parallel.ts: builds and writes the documents it is sent. */
import { buildDocument, writeDocument, type DocumentSpec } from './corpus.js';

const reply = (msg: unknown) => process.send!(msg);
process.on('message', async (msg: { index: number; spec: DocumentSpec; out: string }) => {
  try {
    const built = await buildDocument(msg.spec);
    await writeDocument(msg.out, built);
    const { id, file, type, variant, split, layout, pages } = built.truth;
    reply({ index: msg.index, entry: { id, file, type, variant, split, layout, pages } });
  } catch (error) {
    reply({ index: msg.index, error: `${msg.spec.id} (${msg.spec.layout}): ${(error as Error).stack ?? error}` });
  }
});
