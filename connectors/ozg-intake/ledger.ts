/**
 * The intake's own record of what arrived (a small SQLite file in the data directory), keyed by
 * the online service's antragId. It is what makes a second submission of the same application a
 * duplicate, and what lets a submission that broke off half-way (engine unreachable, process
 * killed between upload and publication) be completed by the next attempt instead of being
 * refused as a duplicate.
 *
 * An application is `in-arbeit` from the moment one request claims it until its message is
 * published, then `angenommen`. The claim names its owner (this process); a claim whose owner is
 * gone — a process that died, or one that has not renewed it within the lease — may be taken
 * over. Documents already uploaded are recorded with their content hash, so a retry reuses them.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { DocumentReference } from '../../workers/types.ts';

export interface LedgerOwner {
  readonly token: string;
  readonly pid: number;
  readonly host: string;
}

export type Claim =
  /** this request owns the application now; `eingegangenAm` is the first attempt's time */
  | { readonly kind: 'neu' | 'wiederaufnahme'; readonly eingegangenAm: string }
  | { readonly kind: 'angenommen'; readonly eingegangenAm: string }
  /** another live process is working on it right now */
  | { readonly kind: 'in-arbeit'; readonly eingegangenAm: string };

export interface LedgerEntry {
  readonly antragId: string;
  readonly status: 'in-arbeit' | 'angenommen';
  readonly eingegangenAm: string;
  readonly angenommenAm?: string;
}

export interface LedgerOptions {
  /** default: this process */
  readonly owner?: LedgerOwner;
  /** how long a claim of another live process is respected, ms (default 5 minutes) */
  readonly leaseMs?: number;
  readonly now?: () => Date;
}

interface AntragRow {
  antrag_id: string;
  status: 'in-arbeit' | 'angenommen';
  eingegangen_am: string;
  angenommen_am: string | null;
  owner_token: string | null;
  owner_pid: number | null;
  owner_host: string | null;
  claimed_at: number | null;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;

export function currentProcessOwner(): LedgerOwner {
  return { token: randomUUID(), pid: process.pid, host: hostname() };
}

export class IntakeLedger {
  private readonly owner: LedgerOwner;
  private readonly leaseMs: number;
  private readonly now: () => Date;

  private constructor(
    private readonly db: Database.Database,
    options: LedgerOptions,
  ) {
    this.owner = options.owner ?? currentProcessOwner();
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.now = options.now ?? (() => new Date());
  }

  /** Opens (and creates) the ledger; `:memory:` keeps it only as long as the process runs. */
  static open(file: string, options: LedgerOptions = {}): IntakeLedger {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    // a handful of writes per application: every one of them must survive a power failure too
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.exec(`
      CREATE TABLE IF NOT EXISTS antraege (
        antrag_id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('in-arbeit', 'angenommen')),
        eingegangen_am TEXT NOT NULL,
        angenommen_am TEXT,
        owner_token TEXT,
        owner_pid INTEGER,
        owner_host TEXT,
        claimed_at INTEGER
      );
      CREATE TABLE IF NOT EXISTS dokumente (
        antrag_id TEXT NOT NULL,
        vorgang TEXT NOT NULL,
        datei TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        referenz TEXT NOT NULL,
        PRIMARY KEY (antrag_id, vorgang, datei, sha256)
      );
      CREATE TABLE IF NOT EXISTS nachreichungen (
        nachreichung_id TEXT PRIMARY KEY,
        antrag_id TEXT NOT NULL,
        eingegangen_am TEXT NOT NULL,
        anzahl INTEGER NOT NULL
      );
    `);
    return new IntakeLedger(db, options);
  }

  /**
   * Takes the application for this request, or says why not. Atomic (one SQLite transaction), so
   * of two processes claiming at once exactly one gets it. Within one process the caller makes
   * sure that one request at a time works on an application (see intake.ts).
   */
  claim(antragId: string): Claim {
    return this.db.transaction((): Claim => {
      const now = this.now();
      const row = this.db.prepare('SELECT * FROM antraege WHERE antrag_id = ?').get(antragId) as AntragRow | undefined;
      if (!row) {
        const eingegangenAm = now.toISOString();
        this.db
          .prepare(`INSERT INTO antraege (antrag_id, status, eingegangen_am, owner_token, owner_pid, owner_host, claimed_at) VALUES (?, 'in-arbeit', ?, ?, ?, ?, ?)`)
          .run(antragId, eingegangenAm, this.owner.token, this.owner.pid, this.owner.host, now.getTime());
        return { kind: 'neu', eingegangenAm };
      }
      if (row.status === 'angenommen') return { kind: 'angenommen', eingegangenAm: row.eingegangen_am };
      if (this.heldByOther(row, now.getTime())) return { kind: 'in-arbeit', eingegangenAm: row.eingegangen_am };
      this.db
        .prepare('UPDATE antraege SET owner_token = ?, owner_pid = ?, owner_host = ?, claimed_at = ? WHERE antrag_id = ?')
        .run(this.owner.token, this.owner.pid, this.owner.host, now.getTime(), antragId);
      return { kind: 'wiederaufnahme', eingegangenAm: row.eingegangen_am };
    }).immediate();
  }

  private heldByOther(row: AntragRow, now: number): boolean {
    if (row.owner_token === null || row.owner_token === this.owner.token) return false;
    if (row.claimed_at === null || now - row.claimed_at >= this.leaseMs) return false;
    // On this machine we can tell a dead owner at once; elsewhere only the lease tells.
    if (row.owner_host === this.owner.host && row.owner_pid !== null) return processAlive(row.owner_pid);
    return true;
  }

  /** The attempt failed: the application stays `in-arbeit` and the next attempt may take it at once. */
  release(antragId: string): void {
    this.db.prepare(`UPDATE antraege SET owner_token = NULL, owner_pid = NULL, owner_host = NULL, claimed_at = NULL WHERE antrag_id = ? AND owner_token = ? AND status = 'in-arbeit'`).run(antragId, this.owner.token);
  }

  /** The message is published: from now on the same antragId is a duplicate. */
  complete(antragId: string): LedgerEntry {
    const angenommenAm = this.now().toISOString();
    this.db.prepare(`UPDATE antraege SET status = 'angenommen', angenommen_am = ?, owner_token = NULL, owner_pid = NULL, owner_host = NULL, claimed_at = NULL WHERE antrag_id = ?`).run(angenommenAm, antragId);
    return this.entry(antragId)!;
  }

  entry(antragId: string): LedgerEntry | undefined {
    const row = this.db.prepare('SELECT * FROM antraege WHERE antrag_id = ?').get(antragId) as AntragRow | undefined;
    if (!row) return undefined;
    return { antragId: row.antrag_id, status: row.status, eingegangenAm: row.eingegangen_am, ...(row.angenommen_am ? { angenommenAm: row.angenommen_am } : {}) };
  }

  /** A document of this application (`vorgang`: 'antrag' or a Nachreichung's id) already in the store. */
  uploadedDocument(antragId: string, vorgang: string, datei: string, sha256: string): DocumentReference | undefined {
    const row = this.db.prepare('SELECT referenz FROM dokumente WHERE antrag_id = ? AND vorgang = ? AND datei = ? AND sha256 = ?').get(antragId, vorgang, datei, sha256) as { referenz: string } | undefined;
    return row ? (JSON.parse(row.referenz) as DocumentReference) : undefined;
  }

  recordDocument(antragId: string, vorgang: string, datei: string, sha256: string, reference: DocumentReference): void {
    this.db.prepare('INSERT OR REPLACE INTO dokumente (antrag_id, vorgang, datei, sha256, referenz) VALUES (?, ?, ?, ?, ?)').run(antragId, vorgang, datei, sha256, JSON.stringify(reference));
  }

  recordNachreichung(nachreichungId: string, antragId: string, eingegangenAm: string, anzahl: number): void {
    this.db.prepare('INSERT INTO nachreichungen (nachreichung_id, antrag_id, eingegangen_am, anzahl) VALUES (?, ?, ?, ?)').run(nachreichungId, antragId, eingegangenAm, anzahl);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it just is not ours to signal
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
