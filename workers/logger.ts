/** A console logger for the workers: one line per event, with the job's identifiers attached. */
import type { Logger } from './types.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function isLogLevel(value: string): value is LogLevel {
  return Object.hasOwn(rank, value);
}

/** Writes to stderr, so that stdout stays for what a command is asked to print. */
export function createConsoleLogger(level: LogLevel = 'info', write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>) => (message: string, data?: Record<string, unknown>) => {
    if (rank[at] < rank[level]) return;
    write(`[${at}] ${message}${data && Object.keys(data).length > 0 ? ' ' + safeJson(data) : ''}`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that adds `fields` to every event, e.g. the job key. */
export function withFields(logger: Logger, fields: Record<string, unknown>): Logger {
  const merge = (data?: Record<string, unknown>) => ({ ...fields, ...data });
  return {
    debug: (m, d) => logger.debug(m, merge(d)),
    info: (m, d) => logger.info(m, merge(d)),
    warn: (m, d) => logger.warn(m, merge(d)),
    error: (m, d) => logger.error(m, merge(d)),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function safeJson(data: Record<string, unknown>): string {
  try {
    return JSON.stringify(data);
  } catch {
    return '[nicht serialisierbar]';
  }
}
