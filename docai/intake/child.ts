/**
 * The entry of an intake child process (forked by pool.ts, run through tsx). It loads the text
 * module and one OCR engine once, then reads documents one at a time. The parent watches its
 * memory and time and kills it when a document goes too far.
 */
import { createOcrEngine, extractText } from '../text/index.js';
import { serveIntake } from './protocol.js';

serveIntake(async () => {
  // One OCR engine per child, loaded before the child says it is ready (so that loading does not
  // count against a document's time limit); parallelism comes from the number of children.
  const engine = await createOcrEngine({ workers: 1 }).then(
    (ocr) => ({ ocr, problem: undefined }),
    (error: unknown) => ({ ocr: undefined, problem: String((error as Error)?.message ?? error) }),
  );
  return async (bytes, format) => {
    const { ocr, problem } = engine;
    const text = await extractText(bytes, format, { ocr });
    if (problem && (format !== 'pdf' || text.pages.some((page) => page.lines.length === 0))) {
      text.warnings.push(`Texterkennung (OCR) war nicht verfügbar; gescannte Seiten sind womöglich nicht gelesen (${problem}).`);
    }
    return text;
  };
});
