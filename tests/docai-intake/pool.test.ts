/**
 * The sandbox pool, with a stand-in child that misbehaves on command: a child that hogs memory,
 * hangs, crashes or floods costs only its own document, and the next document is read.
 */
import { fileURLToPath } from 'node:url';
import { DocumentIntake } from '../../docai/intake/index.js';
import { DocumentRefused } from '../../docai/types.js';
import { onePagePdf } from './inputs.js';

const standIn = fileURLToPath(new URL('./stand-in-child.ts', import.meta.url));
const brokenChild = fileURLToPath(new URL('./broken-child.ts', import.meta.url));

/** A valid one-page PDF that tells the stand-in what to do. */
const commanding = (command?: string) => onePagePdf(`BT /F1 12 Tf 56 780 Td (${command ? `STANDIN:${command}` : 'Hallo'}) Tj ET`);

async function refusal(promise: Promise<unknown>): Promise<DocumentRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DocumentRefused) return error;
    throw error;
  }
  throw new Error('the document was not refused');
}

describe('intake pool (stand-in child)', () => {
  const intake = new DocumentIntake({ childEntry: standIn, workers: 2, maxMemoryMb: 300, timeoutMs: 3000, timeoutPerPageMs: 0, maxTextChars: 100_000 });
  afterAll(() => intake.shutdown());

  const readsNormally = async () => {
    const text = await intake.read(commanding());
    expect(text.pages[0].lines[0].text).toMatch(/^stand-in pid \d+ read pdf of \d+ bytes$/);
    return Number(/pid (\d+)/.exec(text.pages[0].lines[0].text)![1]);
  };

  it('reads a document in a child process', async () => {
    const pid = await readsNormally();
    expect(pid).not.toBe(process.pid);
    expect(intake.stats()!.pids).toContain(pid);
  });

  it('keeps the children: the next documents go to the same processes', async () => {
    const before = intake.stats()!.spawned;
    for (let i = 0; i < 3; i++) await readsNormally();
    expect(intake.stats()!.spawned).toBe(before);
  });

  it('queues documents when every child is busy, and never runs more children than configured', async () => {
    const started = Date.now();
    const texts = await Promise.all(Array.from({ length: 6 }, () => intake.read(commanding('SLOW'))));
    const pids = new Set(texts.map((text) => /pid (\d+)/.exec(text.pages[0].lines[0].text)![1]));
    expect(pids.size).toBeLessThanOrEqual(2);
    // six documents of 400 ms on two children: three rounds
    expect(Date.now() - started).toBeGreaterThanOrEqual(1100);
    expect(intake.stats()!.pids.length).toBeLessThanOrEqual(2);
  });

  it('kills a child that takes more memory than allowed (Buffers, outside the V8 heap), and reads the next document', async () => {
    const started = Date.now();
    const refused = await refusal(intake.read(commanding('ALLOCATE')));
    expect(refused.code).toBe('memory-limit');
    expect(refused.reason).toMatch(/zu viel Speicher beim Lesen .*vermutlich eine manipulierte Datei/i);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(intake.stats()!.killedForMemory).toBeGreaterThanOrEqual(1);
    // the watchdog fires within a poll or two: the child never got far past the limit
    expect(intake.stats()!.lastPeakRssMb).toBeLessThan(300 + 200);
    await readsNormally();
  });

  it('a child that fills its V8 heap dies; its document is refused for memory, the next is read', async () => {
    const refused = await refusal(intake.read(commanding('HEAP')));
    expect(refused.code).toBe('memory-limit');
    await readsNormally();
  });

  it('kills a child that runs past the time limit, and reads the next document', async () => {
    const started = Date.now();
    const refused = await refusal(intake.read(commanding('SPIN')));
    const took = Date.now() - started;
    expect(refused.code).toBe('timeout');
    expect(refused.reason).toMatch(/^Zeitlimit überschritten/);
    expect(took).toBeGreaterThanOrEqual(2900);
    expect(took).toBeLessThan(6000);
    await readsNormally();
  });

  it('a crashing child costs only its document', async () => {
    const [crashed, normal] = await Promise.allSettled([intake.read(commanding('CRASH')), intake.read(commanding())]);
    expect(crashed.status).toBe('rejected');
    expect((crashed as PromiseRejectedResult).reason).toBeInstanceOf(DocumentRefused);
    expect(((crashed as PromiseRejectedResult).reason as DocumentRefused).code).toBe('crashed');
    expect(normal.status).toBe('fulfilled');
    await readsNormally();
  });

  it('a parser error is an unreadable document; a refusal from the text module keeps its code and reason', async () => {
    expect((await refusal(intake.read(commanding('THROW')))).code).toBe('unreadable');
    const refused = await refusal(intake.read(commanding('REFUSE')));
    expect(refused.code).toBe('encrypted');
    expect(refused.reason).toBe('Das PDF ist verschlüsselt.');
  });

  it('refuses a document that yields more text than any proof has', async () => {
    expect((await refusal(intake.read(commanding('FLOOD')))).code).toBe('too-much-text');
    await readsNormally();
  });

  it('does not pass on malformed results', async () => {
    await expect(intake.read(commanding('MALFORMED'))).rejects.toThrow(/malformed/);
  });

  it('an abort stops waiting: a running document kills its child, a queued one leaves the queue', async () => {
    const running = new AbortController();
    const first = intake.read(commanding('SPIN'), { signal: running.signal });
    const second = intake.read(commanding('SPIN'), { signal: running.signal });
    const queued = new AbortController();
    const third = intake.read(commanding(), { signal: queued.signal });
    await new Promise((resolve) => setTimeout(resolve, 300));
    queued.abort(new Error('not needed any more'));
    await expect(third).rejects.toThrow('not needed any more');
    running.abort();
    const outcomes = await Promise.allSettled([first, second]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect((outcomes[0] as PromiseRejectedResult).reason).not.toBeInstanceOf(DocumentRefused);
    await readsNormally();
  });

  it('checks before any child: a refused document never reaches the pool', async () => {
    const before = intake.stats()!;
    expect((await refusal(intake.read(Buffer.from('PK\x03\x04word/document.xml', 'latin1')))).code).toBe('unsupported-format');
    const after = intake.stats()!;
    expect(after.spawned).toBe(before.spawned);
  });
});

describe('intake pool: a child that cannot start', () => {
  it('fails the waiting documents with an error (not a refusal: the document is not at fault) instead of looping', async () => {
    const intake = new DocumentIntake({ childEntry: brokenChild, workers: 1 });
    try {
      const failure = await intake.read(commanding()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(DocumentRefused);
      expect(String((failure as Error).message)).toMatch(/could not start[\s\S]*cannot load the text module/);
    } finally {
      await intake.shutdown();
    }
  });
});

describe('intake pool: shutdown', () => {
  it('stops every child and fails what is still waiting', async () => {
    const intake = new DocumentIntake({ childEntry: standIn, workers: 1 });
    await intake.read(commanding());
    const pids = intake.stats()!.pids;
    const busy = intake.read(commanding('SPIN')).catch((error: unknown) => error);
    const waiting = intake.read(commanding()).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await intake.shutdown();
    expect(String(await busy)).toMatch(/shut down while the document was read/);
    expect(String(await waiting)).toMatch(/shut down before the document was read/);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });
});
