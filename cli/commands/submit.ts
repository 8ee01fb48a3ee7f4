/**
 * `wohngeld submit VERZEICHNIS [--url URL]`: sends a folder as an application to the OZG intake of
 * a running `wohngeld start`, the way the online service (OZG) does: `antrag.json` and every PDF,
 * PNG, JPEG and TIFF of the folder. With `--nachreichen --antrag ID` the folder's files go to an
 * application already received, as documents sent after a Nachforderung.
 *
 * The API key comes from WOHNGELD_OZG_API_KEY or the file `wohngeld start` generated beside the
 * database. Every failure is one German line (the server's problem detail where it answered) and
 * exit code 1.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError, type Command, UsageError } from '../command.ts';

export const DEFAULT_WEB_URL = 'http://127.0.0.1:8081';
const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']);
const CONTENT_TYPE_BY_EXTENSION: Readonly<Record<string, string>> = { '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.tif': 'image/tiff', '.tiff': 'image/tiff' };
/** Uploads of many large scans take a while; a server that does not answer at all is not waited for forever. */
const TIMEOUT_MS = 10 * 60_000;

export const submitCommand: Command = {
  name: 'submit',
  summary: 'Sendet einen Ordner als Antrag (antrag.json und Nachweise) an den OZG-Eingang',
  usage: 'wohngeld submit VERZEICHNIS [--url URL] [--nachreichen --antrag ID]',
  details: [
    'Sendet antrag.json und alle PDF-, PNG-, JPEG- und TIFF-Dateien des Verzeichnisses an den',
    `OZG-Eingang eines laufenden „wohngeld start“ (Vorgabe: WOHNGELD_WEB_URL oder ${DEFAULT_WEB_URL}),`,
    'so wie es der Online-Dienst tut. Derselbe Antrag ein zweites Mal startet keinen zweiten Fall.',
    'Mit --nachreichen gehen nur die Dateien an den Antrag --antrag ID (Unterlagen nach einer Nachforderung).',
    'Der API-Schlüssel kommt aus WOHNGELD_OZG_API_KEY oder aus der Datei ozg-api-key neben der',
    'Datenbank (WOHNGELD_DB, Vorgabe data/), die „wohngeld start“ anlegt.',
    'Beispiel: wohngeld submit samples/antrag-vollstaendig',
    'Exit-Code: 0, wenn der Antrag angenommen ist oder schon eingegangen war; 1 bei einem Fehler.',
  ],
  options: {
    url: { type: 'string', valueName: 'URL', description: `Adresse des Web-Servers (Vorgabe: WOHNGELD_WEB_URL oder ${DEFAULT_WEB_URL})` },
    nachreichen: { type: 'boolean', description: 'Die Dateien als nachgereichte Unterlagen senden (ohne antrag.json)' },
    antrag: { type: 'string', valueName: 'ID', description: 'antragId des Antrags, zu dem nachgereicht wird (mit --nachreichen)' },
  },
  positionals: 'VERZEICHNIS',
  async run({ options, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('Genau ein Verzeichnis angeben. Aufruf: wohngeld submit VERZEICHNIS [--url URL]', 'submit');
    const nachreichen = options.nachreichen === true;
    const antragOption = typeof options.antrag === 'string' ? options.antrag.trim() : undefined;
    if (nachreichen && !antragOption) throw new UsageError('Mit --nachreichen die antragId angeben: --antrag ID.', 'submit');
    if (!nachreichen && antragOption !== undefined) throw new UsageError('--antrag gilt nur mit --nachreichen; beim Antrag steht die antragId in antrag.json.', 'submit');

    const dir = positionals[0];
    const absolute = path.resolve(io.cwd, dir);
    const { documents, skipped, hasAntrag } = await listFolder(absolute, dir);
    for (const name of skipped) io.err(`Hinweis: „${name}“ wird nicht gesendet (nur PDF, PNG, JPEG und TIFF).`);

    const base = typeof options.url === 'string' ? baseUrl(options.url, '--url') : baseUrl(io.env.WOHNGELD_WEB_URL, 'WOHNGELD_WEB_URL');
    const ozg = await import('../../connectors/ozg-intake/index.ts');
    const dataDir = ozg.datenverzeichnis(io.env.WOHNGELD_DB, io.cwd);
    let apiKey;
    try {
      apiKey = await ozg.readApiKey(io.env, dataDir);
    } catch (e) {
      if (e instanceof ozg.OzgKonfigurationsFehler) throw new CliError(e.message);
      throw e;
    }
    if (!apiKey) {
      throw new CliError(
        `Kein API-Schlüssel für den OZG-Eingang: WOHNGELD_OZG_API_KEY ist nicht gesetzt und ${path.join(path.relative(io.cwd, dataDir) || '.', ozg.API_KEY_FILE)} gibt es nicht.`,
        1,
        '„wohngeld start“ in diesem Verzeichnis legt den Schlüssel an; sonst WOHNGELD_OZG_API_KEY setzen.',
      );
    }

    const form = new FormData();
    let antragId: string;
    if (nachreichen) {
      antragId = antragOption!;
      if (hasAntrag) io.err('Hinweis: antrag.json wird beim Nachreichen nicht gesendet.');
      if (documents.length === 0) throw new CliError(`${dir}: keine PDF-, PNG-, JPEG- oder TIFF-Datei zum Nachreichen.`);
    } else {
      if (!hasAntrag) throw new CliError(`${dir}: antrag.json fehlt. Ein Antrag braucht antrag.json mit den Angaben und die Nachweise als Dateien daneben.`);
      const text = await readText(path.join(absolute, 'antrag.json'), path.join(dir, 'antrag.json'));
      let antrag: unknown;
      try {
        antrag = ozg.parseJson(text);
      } catch (e) {
        if (e instanceof ozg.JsonFehler) throw new CliError(`${path.join(dir, 'antrag.json')}: kein gültiges JSON (${e.message}).`);
        throw e;
      }
      const id = (antrag as { antragId?: unknown } | null)?.antragId;
      antragId = typeof id === 'string' ? id : '(ohne antragId)';
      form.append('antrag', new Blob([text], { type: 'application/json' }), 'antrag.json');
    }
    for (const name of documents) {
      const content = await readFile(path.join(absolute, name)).catch((e: NodeJS.ErrnoException) => {
        throw new CliError(`${path.join(dir, name)}: kann nicht gelesen werden (${e.code ?? e.message}).`);
      });
      form.append('datei', new Blob([content], { type: CONTENT_TYPE_BY_EXTENSION[path.extname(name).toLowerCase()] }), name);
    }

    const endpoint = nachreichen ? `${base}/ozg/antraege/${encodeURIComponent(antragId)}/unterlagen` : `${base}/ozg/antraege`;
    let response: Response;
    try {
      response = await fetch(endpoint, { method: 'POST', body: form, headers: { authorization: `Bearer ${apiKey.key}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (e) {
      throw new CliError(`Keine Verbindung zum OZG-Eingang unter ${base} (${connectionError(e)}). Läuft \`wohngeld start\`?`);
    }
    const body = await readAnswer(response);

    if (response.status === 200 && body.status === 'bereits-eingegangen') {
      const am = germanDateTime(body.eingegangenAm);
      io.out(`Antrag ${antragId} ist bereits eingegangen${am ? ` (am ${am})` : ''} – es wurde kein zweiter Fall gestartet.`);
      return 0;
    }
    if (response.status === 201) {
      const count = typeof body.dokumente === 'number' ? body.dokumente : documents.length;
      io.out(nachreichen ? `Unterlagen zu Antrag ${antragId} nachgereicht: ${dokumente(count)} übermittelt.` : `Antrag ${antragId} angenommen: ${dokumente(count)} übermittelt.`);
      for (const file of Array.isArray(body.dateien) ? (body.dateien as { name?: unknown; umbenanntVon?: unknown }[]) : []) {
        if (typeof file.umbenanntVon === 'string') io.out(`  „${file.umbenanntVon}“ heißt jetzt „${String(file.name)}“ (Name doppelt).`);
      }
      return 0;
    }
    throw new CliError(describeProblem(response.status, body, base));
  },
};

async function listFolder(absolute: string, shown: string): Promise<{ documents: string[]; skipped: string[]; hasAntrag: boolean }> {
  let entries;
  try {
    entries = await readdir(absolute, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${shown}: ${code === 'ENOENT' ? 'Verzeichnis nicht gefunden' : code === 'ENOTDIR' ? 'ist kein Verzeichnis' : `kann nicht gelesen werden (${code ?? String(e)})`}.`);
  }
  const documents: string[] = [];
  const skipped: string[] = [];
  let hasAntrag = false;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    if (entry.name === 'antrag.json') hasAntrag = true;
    else if (DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) documents.push(entry.name);
    else if (!entry.name.startsWith('.')) skipped.push(entry.name);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'de');
  return { documents: documents.sort(byName), skipped: skipped.sort(byName), hasAntrag };
}

async function readText(file: string, shown: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(`${shown}: kann nicht gelesen werden (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
}

/** The web server's base address; a URL that already names the intake (…/ozg/antraege) is taken too. */
function baseUrl(value: string | undefined, source: string): string {
  const raw = value?.trim() || DEFAULT_WEB_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`Ungültige Adresse in ${source}: „${raw}“ (z. B. ${DEFAULT_WEB_URL}).`, 'submit');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`Ungültige Adresse in ${source}: „${raw}“ (http:// oder https:// erwartet).`, 'submit');
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/ozg\/antraege$/, '')}`;
}

async function readAnswer(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text().catch(() => '');
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function describeProblem(status: number, problem: Record<string, unknown>, base: string): string {
  const detail = typeof problem.detail === 'string' && problem.detail !== '' ? problem.detail : undefined;
  if (status === 401) return `Der OZG-Eingang unter ${base} lehnt den API-Schlüssel ab (HTTP 401). WOHNGELD_OZG_API_KEY oder die Datei ozg-api-key prüfen.`;
  if (detail === undefined) return `Der Server unter ${base} antwortete mit HTTP ${status}${status === 404 ? ' – ist das der OZG-Eingang von „wohngeld start“?' : '.'}`;
  // the detail already lists every finding; one finding per line reads better in a terminal
  const fehler = Array.isArray(problem.fehler) ? (problem.fehler as { feld?: unknown; meldung?: unknown }[]) : [];
  const lines = fehler.length > 1 ? fehler.map((f) => `  ${String(f.feld)}: ${String(f.meldung)}`) : [];
  const title = typeof problem.title === 'string' ? problem.title : `HTTP ${status}`;
  return [`${title} (HTTP ${status}): ${detail}`, ...lines].join('\n');
}

function connectionError(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if ((e as { name?: unknown } | null)?.name === 'TimeoutError') return 'keine Antwort';
  if (typeof cause?.message === 'string') return cause.message;
  return e instanceof Error ? e.message : String(e);
}

function dokumente(count: number): string {
  return count === 1 ? '1 Dokument' : `${count} Dokumente`;
}

/** "15.09.2025 um 10:12 Uhr" (German time), or undefined for what is no date. */
function germanDateTime(value: unknown): string | undefined {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const text = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
  return `${text.replace(', ', ' um ')} Uhr`;
}
