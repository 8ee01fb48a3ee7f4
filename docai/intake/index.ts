/**
 * Safe intake of a citizen's file: PDF (born-digital or scanned), PNG, JPEG, TIFF → DocumentText.
 *
 *   1. Preflight, in this process, before any parser: format by magic bytes, byte cap, image size
 *      from the header, and for PDFs encryption, page count and bounded decompression of every
 *      stream (see preflight.ts, pdf-preflight.ts).
 *   2. Parsing and OCR in a pool of child processes with a memory and a time limit (pool.ts):
 *      a hostile file costs one job, never this process.
 *
 * Refused or unreadable documents end in DocumentRefused(German reason, code).
 */
import type { DocumentText } from '../types.js';
import { intakeConfigFromEnv, type IntakeConfig } from './config.js';
import { ChildPool, type PoolStats } from './pool.js';
import { preflight } from './preflight.js';

export { intakeConfigFromEnv, intakeDefaults, timeLimitFor, type IntakeConfig } from './config.js';
export { preflight, type Preflighted } from './preflight.js';
export type { IntakeRefusalCode } from './refusals.js';
export { sniffFormat, type DocumentFormat } from './sniff.js';
export type { PoolStats } from './pool.js';

export interface ReadOptions {
  /** the name the file came with; only for diagnostics — the format is told by the bytes */
  fileName?: string;
  signal?: AbortSignal;
}

/** One intake with its own limits and its own pool of children. */
export class DocumentIntake {
  readonly config: IntakeConfig;
  private pool?: ChildPool;

  constructor(overrides: Partial<IntakeConfig> = {}) {
    this.config = { ...intakeConfigFromEnv(), ...overrides };
  }

  async read(bytes: Uint8Array | Buffer, options: ReadOptions = {}): Promise<DocumentText> {
    options.signal?.throwIfAborted();
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { format, pages } = await preflight(buffer, this.config);
    options.signal?.throwIfAborted();
    this.pool ??= new ChildPool(this.config);
    return this.pool.run(buffer, format, pages, options.signal);
  }

  stats(): PoolStats | undefined {
    return this.pool?.stats();
  }

  /** Stops the children; a later `read` starts new ones. */
  async shutdown(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.shutdown();
  }
}

let shared: DocumentIntake | undefined;
let sharedOverrides: Partial<IntakeConfig> = {};

/** The process-wide intake, configured from the environment (and `configureIntake`). */
export function defaultIntake(): DocumentIntake {
  shared ??= new DocumentIntake(sharedOverrides);
  return shared;
}

/** Reads a document's text safely; throws DocumentRefused for a document that is refused or unreadable. */
export async function readDocumentText(bytes: Uint8Array | Buffer, options: ReadOptions = {}): Promise<DocumentText> {
  return defaultIntake().read(bytes, options);
}

/** Stops the process-wide pool, so the process can exit; a later read starts it again. */
export async function shutdownIntake(): Promise<void> {
  const intake = shared;
  shared = undefined;
  await intake?.shutdown();
}

/** Replaces the process-wide intake's limits (over the environment's); stops the running pool first. */
export async function configureIntake(overrides: Partial<IntakeConfig>): Promise<void> {
  await shutdownIntake();
  sharedOverrides = { ...overrides };
}
