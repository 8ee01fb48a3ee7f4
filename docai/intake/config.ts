/**
 * Limits of the document intake. Every limit has a default and an environment variable;
 * `intakeConfigFromEnv` reads them, `DocumentIntake` takes overrides (tests lower them).
 */
import { availableParallelism } from 'node:os';

export interface IntakeConfig {
  /** largest file accepted, bytes (`DOCAI_MAX_BYTES`, default 25 MB) */
  maxBytes: number;
  /** most pages (PDF page objects or page tree count, TIFF directories) (`DOCAI_MAX_PAGES`, default 50) */
  maxPages: number;
  /** most pixels of one image or one image inside a PDF (`DOCAI_MAX_PIXELS`, default 60 megapixels) */
  maxPixels: number;
  /**
   * most bytes the compressed PDF streams of one document may decode to, image data aside (its
   * size is bounded by the pixel cap) (`DOCAI_MAX_INFLATED_MB`, default 256 MB)
   */
  maxInflatedBytes: number;
  /** most bytes one compressed PDF stream may decode to (`DOCAI_MAX_STREAM_MB`, default 128 MB) */
  maxStreamInflatedBytes: number;
  /** time limit for a one-page document, ms (`DOCAI_TIMEOUT_MS`, default 60 s) */
  timeoutMs: number;
  /** added to the time limit for every further page, ms (`DOCAI_TIMEOUT_PER_PAGE_MS`, default 15 s) */
  timeoutPerPageMs: number;
  /** resident memory a child may use before it is killed, MB (`DOCAI_MAX_MEMORY_MB`, default 1024) */
  maxMemoryMb: number;
  /** number of child processes (`DOCAI_WORKERS`, default: the CPU cores) */
  workers: number;
  /** most characters of text one document may yield (`DOCAI_MAX_TEXT_CHARS`, default 2 million) */
  maxTextChars: number;
  /** how often a busy child's memory is looked at, ms (default 50) */
  memoryPollMs: number;
  /**
   * The module a child runs (absolute path or file URL). Default: docai/intake/child.ts, which
   * calls docai/text. Tests point it at a stand-in.
   */
  childEntry?: string;
}

const MB = 1024 * 1024;

export const intakeDefaults: Readonly<IntakeConfig> = Object.freeze({
  maxBytes: 25 * MB,
  maxPages: 50,
  maxPixels: 60_000_000,
  maxInflatedBytes: 256 * MB,
  maxStreamInflatedBytes: 128 * MB,
  timeoutMs: 60_000,
  timeoutPerPageMs: 15_000,
  maxMemoryMb: 1024,
  workers: Math.max(1, availableParallelism()),
  maxTextChars: 2_000_000,
  memoryPollMs: 50,
});

/** The configuration from the environment, defaults where a variable is unset or not a positive number. */
export function intakeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): IntakeConfig {
  const number = (name: string, fallback: number, scale = 1) => {
    const raw = env[name]?.trim();
    if (!raw) return Math.round(fallback * scale);
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
    return Math.round(value * scale);
  };
  return {
    maxBytes: number('DOCAI_MAX_BYTES', intakeDefaults.maxBytes),
    maxPages: number('DOCAI_MAX_PAGES', intakeDefaults.maxPages),
    maxPixels: number('DOCAI_MAX_PIXELS', intakeDefaults.maxPixels),
    maxInflatedBytes: number('DOCAI_MAX_INFLATED_MB', intakeDefaults.maxInflatedBytes / MB, MB),
    maxStreamInflatedBytes: number('DOCAI_MAX_STREAM_MB', intakeDefaults.maxStreamInflatedBytes / MB, MB),
    timeoutMs: number('DOCAI_TIMEOUT_MS', intakeDefaults.timeoutMs),
    timeoutPerPageMs: number('DOCAI_TIMEOUT_PER_PAGE_MS', intakeDefaults.timeoutPerPageMs),
    maxMemoryMb: number('DOCAI_MAX_MEMORY_MB', intakeDefaults.maxMemoryMb),
    workers: number('DOCAI_WORKERS', intakeDefaults.workers),
    maxTextChars: number('DOCAI_MAX_TEXT_CHARS', intakeDefaults.maxTextChars),
    memoryPollMs: intakeDefaults.memoryPollMs,
  };
}

/** The time limit for a document of this many pages. */
export function timeLimitFor(config: IntakeConfig, pages: number): number {
  return config.timeoutMs + config.timeoutPerPageMs * Math.max(0, Math.min(pages, config.maxPages) - 1);
}
