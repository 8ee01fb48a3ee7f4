/**
 * Files into an outbox directory that another system or the office collects (the Fachverfahren's
 * import, the Postausgang): atomic, so a reader never sees half a file, and idempotent, so a job
 * that runs twice (Zeebe hands a job out again after a crash or a timeout) never leaves two
 * different copies of the same thing.
 *
 * A delivery is a set of files with one stem: `<stamm>.xml` + `<stamm>.json`, or `<stamm>.pdf` +
 * `<stamm>.json`. Is a delivery with exactly this content already there (all present files byte
 * for byte equal), nothing is rewritten; missing files of it are added (a crash between two
 * files). Is something different there under that stem (a new decision after a clarification, a
 * new letter), the new delivery gets the next version `<stamm>.v2.*`, `<stamm>.v3.*`, …: a file the
 * other side may not have collected yet is never overwritten.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface AusgangsDatei {
  /** the file name's ending without the dot: "json", "xml", "pdf" */
  readonly endung: string;
  readonly inhalt: string | Uint8Array;
}

export interface Ablage {
  /** the stem used: `stamm` or `stamm.vN` */
  readonly stamm: string;
  /** the file names, in the order of `dateien` */
  readonly dateien: string[];
  /** false: the same delivery was there already, nothing written */
  readonly geschrieben: boolean;
}

/** One delivery found in the directory. */
export interface Fassung {
  readonly stamm: string;
  /** 1 for `stamm`, N for `stamm.vN` */
  readonly nummer: number;
  /** endings present, e.g. ["json", "xml"] */
  readonly endungen: string[];
}

/** The outbox cannot be written (or read); `code` is the system's error code (EACCES, ENOSPC, …). */
export class AusgangFehler extends Error {
  constructor(
    readonly verzeichnis: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'AusgangFehler';
  }
}

// Sozialdaten (§ 35 SGB I): no access for other users of the machine. The group may read, so
// the collecting system can run as its own user in the office's group.
const DATEI_MODUS = 0o640;
const VERZEICHNIS_MODUS = 0o750;

/** The directory of a setting, relative to the working directory; the default when unset or empty. */
export function ausgangsverzeichnis(setting: string, standard: string, env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env[setting]?.trim() || standard);
}

/** A stem that is a plain, visible file name on every file system (':' is not allowed on Windows shares; dot files are hidden). */
export function dateistamm(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\./, '_');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stammVon = (stamm: string, nummer: number) => (nummer === 1 ? stamm : `${stamm}.v${nummer}`);

/** The deliveries under `stamm` in the directory, oldest first; none if the directory does not exist. */
export async function fassungen(verzeichnis: string, stamm: string): Promise<Fassung[]> {
  let namen: string[];
  try {
    namen = await readdir(verzeichnis);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw fehler(verzeichnis, 'lesen', error);
  }
  const muster = new RegExp(`^${escapeRegExp(stamm)}(?:\\.v([1-9]\\d*))?\\.([A-Za-z0-9]+)$`);
  const gefunden = new Map<number, string[]>();
  for (const name of namen) {
    const treffer = muster.exec(name);
    if (!treffer) continue;
    const nummer = treffer[1] === undefined ? 1 : Number(treffer[1]);
    // "stamm.v1.json" is not a name we write; leave it to whoever wrote it
    if (nummer === 1 && treffer[1] !== undefined) continue;
    gefunden.set(nummer, [...(gefunden.get(nummer) ?? []), treffer[2]]);
  }
  return [...gefunden.entries()].sort(([a], [b]) => a - b).map(([nummer, endungen]) => ({ stamm: stammVon(stamm, nummer), nummer, endungen: endungen.sort() }));
}

/** The content of one file of a delivery, or undefined if it is not there. */
export async function liesAusgangsdatei(verzeichnis: string, name: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path.join(verzeichnis, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fehler(verzeichnis, 'lesen', error);
  }
}

/**
 * Places the files of one delivery under `stamm` (see the module comment for versions). The files
 * are written in the given order, so the last one can serve the collecting side as the signal
 * that the delivery is complete.
 */
export async function legeAb(verzeichnis: string, stamm: string, dateien: readonly AusgangsDatei[]): Promise<Ablage> {
  try {
    await mkdir(verzeichnis, { recursive: true, mode: VERZEICHNIS_MODUS });
  } catch (error) {
    throw fehler(verzeichnis, 'anlegen', error);
  }
  const inhalte = dateien.map((d) => ({ endung: d.endung, inhalt: typeof d.inhalt === 'string' ? Buffer.from(d.inhalt, 'utf8') : Buffer.from(d.inhalt) }));
  const vorhanden = await fassungen(verzeichnis, stamm);

  for (const fassung of vorhanden) {
    const fehlend: typeof inhalte = [];
    let gleich = true;
    for (const datei of inhalte) {
      const alt = fassung.endungen.includes(datei.endung) ? await liesAusgangsdatei(verzeichnis, `${fassung.stamm}.${datei.endung}`) : undefined;
      if (alt === undefined) fehlend.push(datei);
      else if (!alt.equals(datei.inhalt)) gleich = false;
    }
    if (gleich && fehlend.length < inhalte.length) {
      for (const datei of fehlend) await schreibeAtomar(verzeichnis, `${fassung.stamm}.${datei.endung}`, datei.inhalt);
      return { stamm: fassung.stamm, dateien: inhalte.map((d) => `${fassung.stamm}.${d.endung}`), geschrieben: fehlend.length > 0 };
    }
  }

  const naechster = stammVon(stamm, vorhanden.length === 0 ? 1 : Math.max(...vorhanden.map((f) => f.nummer)) + 1);
  for (const datei of inhalte) await schreibeAtomar(verzeichnis, `${naechster}.${datei.endung}`, datei.inhalt);
  return { stamm: naechster, dateien: inhalte.map((d) => `${naechster}.${d.endung}`), geschrieben: true };
}

/**
 * Temp file in the same directory (so the rename stays on one file system and is atomic), synced
 * before the rename, the directory synced after it: after a power cut the file is either complete
 * or not there. Temp files start with a dot and end with `.tmp`; collecting systems skip them.
 */
async function schreibeAtomar(verzeichnis: string, name: string, inhalt: Buffer): Promise<void> {
  const ziel = path.join(verzeichnis, name);
  const temp = path.join(verzeichnis, `.${name}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx', DATEI_MODUS);
    try {
      await handle.writeFile(inhalt);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, ziel);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw fehler(verzeichnis, 'schreiben', error);
  }
  await syncVerzeichnis(verzeichnis);
}

async function syncVerzeichnis(verzeichnis: string): Promise<void> {
  try {
    const handle = await open(verzeichnis, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some systems (Windows, some network shares) cannot sync a directory; the rename is done anyway.
  }
}

const TAETIGKEIT = { anlegen: 'angelegt', lesen: 'gelesen', schreiben: 'beschrieben' } as const;
const GRUND: Record<string, string> = {
  EACCES: 'keine Berechtigung',
  EPERM: 'keine Berechtigung',
  EROFS: 'Dateisystem nur lesbar',
  ENOSPC: 'Datenträger voll',
  EDQUOT: 'Speicherkontingent erschöpft',
  ENOTDIR: 'ein Teil des Pfads ist kein Verzeichnis',
  EEXIST: 'ein Teil des Pfads ist eine Datei',
  EIO: 'Ein-/Ausgabefehler des Datenträgers',
};

function fehler(verzeichnis: string, was: keyof typeof TAETIGKEIT, error: unknown): AusgangFehler {
  const code = (error as NodeJS.ErrnoException)?.code;
  const grund = code ? (GRUND[code] ? `${GRUND[code]}, ${code}` : code) : error instanceof Error ? error.message : String(error);
  return new AusgangFehler(verzeichnis, code, `Das Verzeichnis „${verzeichnis}“ kann nicht ${TAETIGKEIT[was]} werden (${grund}).`);
}
