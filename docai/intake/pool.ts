/**
 * The sandbox: a pool of long-lived child processes that run the parsers and OCR, one document
 * per child at a time. The parent watches every busy child — resident memory from
 * /proc/<pid>/status every few tens of milliseconds, and the time — and kills it (SIGKILL) when
 * a document goes too far. That document is refused; the child is replaced when next needed;
 * the other documents never notice. (worker_threads resource limits would not do: they do not
 * cap ArrayBuffers, which is where pdf.js and image decoders keep their data.)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DocumentRefused, type DocumentText } from '../types.js';
import { timeLimitFor, type IntakeConfig } from './config.js';
import { textLength, type FromChild, type ToChild } from './protocol.js';
import { refusals } from './refusals.js';
import type { DocumentFormat } from './sniff.js';

interface Job {
  id: number;
  bytes: Buffer;
  format: DocumentFormat;
  timeLimit: number;
  signal?: AbortSignal;
  onAbort?: () => void;
  settled: boolean;
  peakRssBytes: number;
  resolve(text: DocumentText): void;
  reject(error: unknown): void;
}

type KillCause = 'memory' | 'timeout' | 'abort' | 'startup' | 'broken' | 'retire' | 'shutdown';

interface Slot {
  child: ChildProcess;
  ready: boolean;
  gone: boolean;
  job?: Job;
  cause?: KillCause;
  jobs: number;
  stderrTail: string;
  timer?: NodeJS.Timeout;
  poll?: NodeJS.Timeout;
  exited: Promise<void>;
}

export interface PoolStats {
  /** children started since the pool was made */
  spawned: number;
  /** process ids of the children alive now */
  pids: number[];
  busy: number;
  queued: number;
  killedForMemory: number;
  killedForTime: number;
  crashed: number;
  /** the highest resident memory seen of a child while it read the last finished document */
  lastPeakRssMb: number;
}

/** A child whose resident memory stays above this share of the limit after a document is replaced. */
const RETIRE_SHARE = 0.6;
/** A child is replaced after this many documents, so slow leaks in parsers cannot add up. */
const RETIRE_AFTER_JOBS = 200;

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const dependencyHooks = new URL('./child-register.mjs', import.meta.url).href;
const defaultEntry = fileURLToPath(new URL('./child.ts', import.meta.url));

export class ChildPool {
  private readonly slots = new Set<Slot>();
  private queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly counts = { spawned: 0, killedForMemory: 0, killedForTime: 0, crashed: 0, lastPeakRssMb: 0 };

  constructor(private readonly config: IntakeConfig) {}

  run(bytes: Buffer, format: DocumentFormat, pages: number, signal?: AbortSignal): Promise<DocumentText> {
    if (this.closed) return Promise.reject(new Error('docai intake: the pool is shut down'));
    return new Promise<DocumentText>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        bytes,
        format,
        timeLimit: timeLimitFor(this.config, pages),
        signal,
        settled: false,
        peakRssBytes: 0,
        resolve,
        reject,
      };
      if (signal) {
        job.onAbort = () => this.abort(job);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.pump();
    });
  }

  stats(): PoolStats {
    const alive = [...this.slots].filter((slot) => !slot.gone);
    return {
      ...this.counts,
      pids: alive.map((slot) => slot.child.pid).filter((pid): pid is number => pid !== undefined),
      busy: alive.filter((slot) => slot.job).length,
      queued: this.queue.length,
    };
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    const queued = this.queue;
    this.queue = [];
    for (const job of queued) this.settle(job, new Error('docai intake: shut down before the document was read'));
    const slots = [...this.slots];
    for (const slot of slots) this.kill(slot, 'shutdown');
    await Promise.all(slots.map((slot) => slot.exited));
  }

  private pump() {
    if (this.closed) return;
    while (this.queue.length > 0) {
      const idle = [...this.slots].find((slot) => slot.ready && !slot.job && !slot.cause);
      if (!idle) break;
      this.assign(idle, this.queue.shift()!);
    }
    const live = [...this.slots].filter((slot) => !slot.cause);
    const starting = live.filter((slot) => !slot.ready).length;
    for (let missing = this.queue.length - starting, room = this.config.workers - live.length; missing > 0 && room > 0; missing--, room--) {
      this.spawn();
    }
  }

  private spawn() {
    // The V8 heap may grow as far as the memory limit: the watchdog then sees the resident memory
    // pass the limit and kills at once, where a smaller heap cap would first make V8 thrash in GC
    // until the time limit. The heap cap is the backstop where there is no /proc.
    const heapMb = Math.max(64, this.config.maxMemoryMb);
    const child = fork(this.config.childEntry ?? defaultEntry, [], {
      execArgv: ['--import', tsxLoader, '--import', dependencyHooks, `--max-old-space-size=${heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let exited!: () => void;
    const slot: Slot = {
      child,
      ready: false,
      gone: false,
      jobs: 0,
      stderrTail: '',
      exited: new Promise<void>((resolve) => (exited = resolve)),
    };
    this.slots.add(slot);
    this.counts.spawned++;
    child.stdout?.on('data', () => {});
    child.stderr?.on('data', (chunk: Buffer) => (slot.stderrTail = (slot.stderrTail + chunk.toString('utf8')).slice(-4000)));
    child.on('message', (message: FromChild) => this.onMessage(slot, message));
    child.on('exit', (code, signal) => {
      this.onExit(slot, code, signal);
      exited();
    });
    child.on('error', () => {
      // failed to spawn, or a message could not be sent: the process is of no use any more
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) this.kill(slot, slot.ready ? 'broken' : 'startup');
      else if (child.pid === undefined) {
        this.onExit(slot, null, null);
        exited();
      }
    });
    // loading pdf.js and the OCR engine takes a second or two; the text module gives the engine a minute
    slot.timer = setTimeout(() => this.kill(slot, 'startup'), Math.max(90_000, this.config.timeoutMs));
    // held (ref'd) while it starts: a document is waiting for it
    this.busy(slot);
  }

  private assign(slot: Slot, job: Job) {
    slot.job = job;
    this.busy(slot);
    const message: ToChild = { type: 'read', id: job.id, bytes: job.bytes, format: job.format, maxTextChars: this.config.maxTextChars };
    slot.child.send(message);
    slot.timer = setTimeout(() => this.kill(slot, 'timeout'), job.timeLimit);
    if (process.platform === 'linux') {
      slot.poll = setInterval(() => this.watchMemory(slot), this.config.memoryPollMs);
    }
  }

  private watchMemory(slot: Slot) {
    const rss = residentBytes(slot.child.pid);
    if (rss === undefined || !slot.job) return;
    slot.job.peakRssBytes = Math.max(slot.job.peakRssBytes, rss);
    if (rss > this.config.maxMemoryMb * 1024 * 1024) this.kill(slot, 'memory');
  }

  private onMessage(slot: Slot, message: FromChild) {
    if (message?.type === 'ready') {
      if (slot.ready) return;
      slot.ready = true;
      clearTimeout(slot.timer);
      slot.timer = undefined;
      this.pump();
      if (!slot.job) this.idle(slot);
      return;
    }
    const job = slot.job;
    if (!job || message?.id !== job.id || slot.cause) return;
    this.stopWatching(slot);
    slot.job = undefined;
    slot.jobs++;
    this.counts.lastPeakRssMb = Math.round(Math.max(job.peakRssBytes, residentBytes(slot.child.pid) ?? 0) / 1024 / 1024);
    if (message.type === 'done') {
      const problem = malformed(message.text);
      if (problem) this.settle(job, new Error(`docai intake: the text module returned malformed text (${problem})`));
      else if (textLength(message.text) > this.config.maxTextChars) this.settle(job, refusals.tooMuchText(this.config.maxTextChars));
      else this.settle(job, undefined, message.text);
    } else if (message.type === 'failed') {
      this.settle(job, this.failure(message.error));
    }
    const rss = residentBytes(slot.child.pid) ?? 0;
    if (rss > RETIRE_SHARE * this.config.maxMemoryMb * 1024 * 1024 || slot.jobs >= RETIRE_AFTER_JOBS) this.kill(slot, 'retire');
    this.pump();
    if (!slot.job && !slot.cause) this.idle(slot);
  }

  private failure(error: { code?: string; reason?: string; message: string }): Error {
    if (error.reason && error.code) return new DocumentRefused(error.reason, error.code);
    if (error.code === 'too-much-text') return refusals.tooMuchText(this.config.maxTextChars);
    const refused = refusals.unreadable();
    refused.cause = error.message;
    return refused;
  }

  private onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null) {
    if (slot.gone) return;
    slot.gone = true;
    this.slots.delete(slot);
    this.stopWatching(slot);
    const job = slot.job;
    slot.job = undefined;
    if (job && !job.settled) {
      this.counts.lastPeakRssMb = Math.round(job.peakRssBytes / 1024 / 1024);
      if (slot.cause === 'memory') {
        this.counts.killedForMemory++;
        this.settle(job, refusals.memoryLimit(this.config.maxMemoryMb));
      } else if (slot.cause === 'timeout') {
        this.counts.killedForTime++;
        this.settle(job, refusals.timeout(job.timeLimit));
      } else if (slot.cause === 'shutdown') {
        this.settle(job, new Error('docai intake: shut down while the document was read'));
      } else if (/heap out of memory|Allocation failed|out of memory/i.test(slot.stderrTail) || /\bOOM\b/.test(slot.stderrTail)) {
        this.counts.killedForMemory++;
        this.settle(job, refusals.memoryLimit(this.config.maxMemoryMb));
      } else {
        this.counts.crashed++;
        const refused = refusals.crashed();
        refused.cause = `child exited with ${signal ?? `code ${code}`}: ${slot.stderrTail.slice(-1000)}`;
        this.settle(job, refused);
      }
    }
    const othersUp = [...this.slots].some((other) => other.ready && !other.cause);
    if (!slot.ready && slot.cause !== 'shutdown' && slot.cause !== 'retire' && !othersUp) {
      // No child could come up: not the documents' fault, and retrying at once would only loop.
      const queued = this.queue;
      this.queue = [];
      const error = new Error(
        `docai intake: the child process could not start (${slot.cause === 'startup' ? 'no answer' : `exit ${signal ?? code}`}): ${slot.stderrTail.slice(-2000)}`,
      );
      for (const waiting of queued) this.settle(waiting, error);
    }
    this.pump();
  }

  private abort(job: Job) {
    if (job.settled) return;
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    else {
      const slot = [...this.slots].find((candidate) => candidate.job === job);
      if (slot) this.kill(slot, 'abort');
    }
    this.settle(job, job.signal?.reason ?? new Error('aborted'));
  }

  private kill(slot: Slot, cause: KillCause) {
    if (slot.gone || slot.cause) return;
    slot.cause = cause;
    this.stopWatching(slot);
    // held until its exit is seen, so that whoever awaits it (shutdown, a waiting document) gets it
    this.busy(slot);
    slot.child.kill('SIGKILL');
  }

  private settle(job: Job, error: unknown, text?: DocumentText) {
    if (job.settled) return;
    job.settled = true;
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    if (error) job.reject(error);
    else job.resolve(text!);
  }

  private stopWatching(slot: Slot) {
    clearTimeout(slot.timer);
    clearInterval(slot.poll);
    slot.timer = undefined;
    slot.poll = undefined;
  }

  /**
   * An idle child does not keep the parent process alive (it leaves when the parent does); one
   * that is starting, reading or being killed does.
   */
  private idle(slot: Slot) {
    slot.child.unref();
    slot.child.channel?.unref();
    (slot.child.stdout as { unref?: () => void } | null)?.unref?.();
    (slot.child.stderr as { unref?: () => void } | null)?.unref?.();
  }

  private busy(slot: Slot) {
    slot.child.ref();
    slot.child.channel?.ref();
  }
}

/** Resident memory of a process from /proc (Linux), or undefined. */
function residentBytes(pid: number | undefined): number | undefined {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** What is wrong with a child's answer, if it is not a DocumentText. */
function malformed(text: unknown): string | undefined {
  const value = text as DocumentText;
  if (!value || !Array.isArray(value.pages) || !Array.isArray(value.warnings)) return 'no pages or warnings';
  if (!value.warnings.every((warning) => typeof warning === 'string')) return 'a warning is not a string';
  for (const page of value.pages) {
    if (!page || typeof page.page !== 'number' || (page.source !== 'text-layer' && page.source !== 'ocr') || !Array.isArray(page.lines)) {
      return 'a page is malformed';
    }
    for (const line of page.lines) {
      if (!line || typeof line.text !== 'string' || typeof line.x !== 'number' || typeof line.y !== 'number') return `a line on page ${page.page} is malformed`;
    }
  }
  return undefined;
}
