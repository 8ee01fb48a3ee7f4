/**
 * The tasklist's users in embedded mode: a JSON file the office keeps,
 * `[{"benutzer":"mmueller","name":"Maria Müller","gruppen":["wohngeld-sachbearbeitung"],"passwort":"scrypt$…"}]`.
 * From `WOHNGELD_TASKLIST_BENUTZER` (a path, relative to the working directory), else `tasklist-benutzer.json` in the data directory.
 * Without either, the first start creates the file with one user `sachbearbeitung` and a random
 * password, written to `tasklist-startpasswort` (0600) beside it; with an engine in memory nothing
 * is written and the password is only printed. Every error names the file and the entry.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { JsonFehler, parseJson } from '../../wohngeld/json.ts';
import { erzeugePasswort, hashPasswort, pruefeHash } from './passwort.ts';

export const BENUTZER_VARIABLE = 'WOHNGELD_TASKLIST_BENUTZER';
export const BENUTZER_DATEI = 'tasklist-benutzer.json';
export const STARTPASSWORT_DATEI = 'tasklist-startpasswort';
export const START_BENUTZER = { benutzer: 'sachbearbeitung', name: 'Sachbearbeitung', gruppen: ['wohngeld-sachbearbeitung'] } as const;

/** A setting of the tasklist is wrong or its file cannot be read or written (German, names the file). */
export class TasklistKonfigurationsFehler extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TasklistKonfigurationsFehler';
  }
}

export interface BenutzerEintrag {
  readonly benutzer: string;
  readonly name: string;
  readonly gruppen: readonly string[];
  /** scrypt hash */
  readonly passwort: string;
}

/** Sign-in names are also the assignee in the engine: no spaces, nothing a URL or header would mangle. */
const BENUTZER_MUSTER = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

const eintragSchema = z
  .object({
    benutzer: z.string({ error: 'fehlt oder ist kein Text' }).regex(BENUTZER_MUSTER, 'darf nur Buchstaben, Ziffern und . _ @ - enthalten (höchstens 64 Zeichen, ohne Leerzeichen)'),
    name: z.string({ error: 'fehlt oder ist kein Text' }).trim().min(1, 'ist leer').max(200, 'ist länger als 200 Zeichen'),
    gruppen: z.array(z.string({ error: 'muss eine Liste von Texten sein' }).trim().min(1, 'enthält einen leeren Gruppennamen').max(200), { error: 'fehlt oder ist keine Liste' }).max(100),
    passwort: z.string({ error: 'fehlt oder ist kein Text' }).superRefine((value, ctx) => {
      const grund = pruefeHash(value);
      if (grund) ctx.addIssue({ code: 'custom', message: grund });
    }),
  })
  .strict();

/** The entry's position and name for a message: „Eintrag 2 („mmueller“)“. */
function eintragName(index: number, raw: unknown): string {
  const name = raw !== null && typeof raw === 'object' && typeof (raw as { benutzer?: unknown }).benutzer === 'string' ? ` („${(raw as { benutzer: string }).benutzer}“)` : '';
  return `Eintrag ${index + 1}${name}`;
}

/** Reads and checks a user list; throws `TasklistKonfigurationsFehler` naming the file and every wrong entry. */
export function leseBenutzerliste(text: string, datei: string): BenutzerEintrag[] {
  let raw: unknown;
  try {
    raw = parseJson(text);
  } catch (error) {
    if (error instanceof JsonFehler) throw new TasklistKonfigurationsFehler(`Die Benutzerliste der Tasklist ${datei} ist kein gültiges JSON (${error.message}).`);
    throw error;
  }
  if (!Array.isArray(raw)) throw new TasklistKonfigurationsFehler(`Die Benutzerliste der Tasklist ${datei} muss eine JSON-Liste sein: [{"benutzer": …, "name": …, "gruppen": […], "passwort": "scrypt$…"}].`);
  if (raw.length === 0) throw new TasklistKonfigurationsFehler(`Die Benutzerliste der Tasklist ${datei} ist leer: niemand könnte sich anmelden.`);
  const probleme: string[] = [];
  const eintraege: BenutzerEintrag[] = [];
  const gesehen = new Map<string, number>();
  raw.forEach((item, index) => {
    const result = eintragSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const feld = issue.path.length > 0 ? `„${issue.path.join('.')}“ ` : '';
        const message = issue.code === 'unrecognized_keys' ? `unbekanntes Feld ${issue.keys.map((k) => `„${k}“`).join(', ')}${issue.keys.includes('password') || issue.keys.includes('passwortKlartext') ? ' (Passwörter nur als Hash im Feld „passwort“)' : ''}` : issue.code === 'invalid_type' && item !== null && typeof item !== 'object' ? 'ist kein Objekt' : `${feld}${issue.message}`;
        probleme.push(`${eintragName(index, item)}: ${message}`);
      }
      return;
    }
    const vorher = gesehen.get(result.data.benutzer);
    if (vorher !== undefined) {
      probleme.push(`${eintragName(index, item)}: der Benutzer steht schon in Eintrag ${vorher + 1}`);
      return;
    }
    gesehen.set(result.data.benutzer, index);
    eintraege.push({ ...result.data, gruppen: [...new Set(result.data.gruppen)] });
  });
  if (probleme.length > 0) {
    throw new TasklistKonfigurationsFehler(`Die Benutzerliste der Tasklist ${datei} ist fehlerhaft:\n${probleme.map((p) => `  ${p}`).join('\n')}`);
  }
  return eintraege;
}

export type Benutzerliste =
  | { readonly eintraege: BenutzerEintrag[]; readonly quelle: 'umgebung' | 'datei'; readonly datei: string; readonly startpasswortDatei?: string }
  | { readonly eintraege: BenutzerEintrag[]; readonly quelle: 'neu'; readonly datei: string; readonly startpasswortDatei: string; readonly startpasswort: string }
  | { readonly eintraege: BenutzerEintrag[]; readonly quelle: 'fluechtig'; readonly startpasswort: string };

type Env = Readonly<Record<string, string | undefined>>;

/**
 * For `wohngeld start` in embedded mode: the configured list, else the data directory's list,
 * created on the first start (`volatile`: created in memory only, nothing written).
 */
export async function ladeBenutzerliste(options: { env: Env; dataDir: string; volatile?: boolean; cwd?: string }): Promise<Benutzerliste> {
  const konfiguriert = options.env[BENUTZER_VARIABLE]?.trim();
  if (konfiguriert) {
    const datei = path.resolve(options.cwd ?? process.cwd(), konfiguriert);
    const text = await leseDatei(datei, `${BENUTZER_VARIABLE} nennt ${datei}, doch die Datei gibt es nicht.`);
    return { eintraege: leseBenutzerliste(text!, datei), quelle: 'umgebung', datei };
  }
  const datei = path.join(options.dataDir, BENUTZER_DATEI);
  const startpasswortDatei = path.join(options.dataDir, STARTPASSWORT_DATEI);
  const text = await leseDatei(datei);
  if (text !== undefined) {
    const hatStartpasswort = (await leseDatei(startpasswortDatei)) !== undefined;
    return { eintraege: leseBenutzerliste(text, datei), quelle: 'datei', datei, ...(hatStartpasswort ? { startpasswortDatei } : {}) };
  }
  const startpasswort = erzeugePasswort();
  const eintraege: BenutzerEintrag[] = [{ ...START_BENUTZER, gruppen: [...START_BENUTZER.gruppen], passwort: await hashPasswort(startpasswort) }];
  if (options.volatile) return { eintraege, quelle: 'fluechtig', startpasswort };

  try {
    await mkdir(options.dataDir, { recursive: true });
    // 'wx': two starts at the same moment cannot both write; the second reads the first one's list
    await writeFile(datei, JSON.stringify(eintraege, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return ladeBenutzerliste(options);
    throw new TasklistKonfigurationsFehler(`Die Benutzerliste der Tasklist kann nicht in ${datei} angelegt werden (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  try {
    await writeFile(startpasswortDatei, startpasswort + '\n', { mode: 0o600 });
    // the mode of a new file is masked by the umask; make sure only the owner can read it
    await chmod(startpasswortDatei, 0o600);
    await chmod(datei, 0o600);
  } catch (error) {
    throw new TasklistKonfigurationsFehler(`Das Startpasswort der Tasklist kann nicht in ${startpasswortDatei} gespeichert werden (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  return { eintraege, quelle: 'neu', datei, startpasswortDatei, startpasswort };
}

async function leseDatei(datei: string, fehltMeldung?: string): Promise<string | undefined> {
  try {
    return await readFile(datei, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      if (fehltMeldung) throw new TasklistKonfigurationsFehler(fehltMeldung);
      return undefined;
    }
    throw new TasklistKonfigurationsFehler(`${datei} kann nicht gelesen werden (${code === 'EISDIR' ? 'ist ein Verzeichnis' : code === 'EACCES' ? 'keine Berechtigung' : (code ?? String(error))}).`);
  }
}
