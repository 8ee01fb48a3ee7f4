/**
 * `wohngeld analyze DATEI... [--json]`: reads documents the way the workers do (sandboxed intake,
 * OCR where needed, classification, extraction, the LLM only where configured) and prints one
 * result per file, in the order given.
 *
 * Files are submitted concurrently (bounded); the intake pool spreads them over the cores. A file
 * that cannot be read gets its German reason in its own line and the others go on. Exit code 0 when
 * every file was read, 1 when at least one was not.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Refiner } from '../../docai/analyze.ts';
import { DocumentRefused } from '../../docai/types.ts';
import { CATALOG, type AnalyzedDocument, type FieldDefinition } from '../../wohngeld/catalog.ts';
import { CliError, type Command, UsageError } from '../command.ts';

type Result = { readonly file: string; readonly document: AnalyzedDocument } | { readonly file: string; readonly error: string };

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Liest Dokumente und zeigt Dokumenttyp, erkannte Angaben und Warnungen',
  usage: 'wohngeld analyze DATEI... [--json]',
  details: [
    'Liest PDF-, PNG-, JPEG- und TIFF-Dateien wie die Worker: Textebene oder Texterkennung (OCR),',
    'Dokumenttyp und Angaben laut Dokumentkatalog, jeweils mit Konfidenz und Belegstelle.',
    'Mit --json eine JSON-Zeile je Datei, wie im Dokumentkatalog beschrieben; eine nicht lesbare Datei',
    'ergibt {"file": …, "error": "<Grund>"}. Ohne --json eine Tabelle und die Angaben je Datei.',
    'Fortschritt und Hinweise gehen auf die Fehlerausgabe (stderr), Ergebnisse auf die Standardausgabe.',
    'Ist LLM_MODEL gesetzt, prüft und ergänzt das Sprachmodell unter LLM_BASE_URL die Ergebnisse.',
    'Exit-Code: 0, wenn alle Dateien gelesen wurden; 1, wenn mindestens eine nicht lesbar war.',
  ],
  options: {
    json: { type: 'boolean', description: 'Eine JSON-Zeile je Datei statt der Tabelle' },
  },
  positionals: 'DATEI',
  async run({ options, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('Keine Datei angegeben. Aufruf: wohngeld analyze DATEI... [--json]', 'analyze');
    const json = options.json === true;

    const [{ createRefinerFromEnv }, { analyzeDocument }, intake] = await Promise.all([
      import('../../docai/llm.ts'),
      import('../../docai/analyze.ts'),
      import('../../docai/intake/index.ts'),
    ]);
    let refiner: Refiner | undefined;
    try {
      refiner = createRefinerFromEnv(io.env, { log: io.err });
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    const { maxBytes, workers } = intake.defaultIntake().config;

    const analyzeOne = async (file: string): Promise<Result> => {
      const absolute = path.resolve(io.cwd, file);
      let bytes: Buffer;
      try {
        const info = await stat(absolute);
        if (info.isDirectory()) return { file, error: 'Das ist ein Verzeichnis, keine Datei.' };
        if (!info.isFile()) return { file, error: 'Das ist keine gewöhnliche Datei.' };
        if (info.size > maxBytes) return { file, error: `Die Datei ist mit ${megabytes(info.size)} zu groß (höchstens ${megabytes(maxBytes)}).` };
        bytes = await readFile(absolute);
      } catch (e) {
        return { file, error: describeFileError(e) };
      }
      try {
        return { file, document: await analyzeDocument({ file, bytes }, { refiner }) };
      } catch (e) {
        if (e instanceof DocumentRefused) return { file, error: e.reason };
        return { file, error: `Lesen fehlgeschlagen: ${e instanceof Error ? e.message : String(e)}` };
      }
    };

    const results: Result[] = new Array(positionals.length);
    let printed = 0;
    let done = 0;
    const progress = positionals.length > 1;
    const started = Date.now();
    // The intake pool does not always hold the process open (a child starting up, children
    // leaving at shutdown); this timer does, until the pool is shut down.
    const keepAlive = setInterval(() => {}, 60_000);
    try {
      await mapBounded(positionals, concurrency(workers), async (file, index) => {
        const result = await analyzeOne(file);
        results[index] = result;
        done++;
        if (progress) io.err(`[${done}/${positionals.length}] ${file}: ${'error' in result ? 'nicht lesbar' : `${result.document.documentType} (${percent(result.document.confidence)})`}`);
        // JSON lines go out as soon as all earlier files are done, so the order is the command line's.
        while (json && printed < results.length && results[printed] !== undefined) io.out(formatJsonLine(results[printed++]));
      });
    } finally {
      await intake.shutdownIntake().finally(() => clearInterval(keepAlive));
    }

    const failed = results.filter((r) => 'error' in r).length;
    if (!json) io.out(formatTable(results));
    if (progress) {
      const seconds = (Date.now() - started) / 1000;
      io.err(`${results.length - failed} von ${results.length} Dateien gelesen${failed > 0 ? `, ${failed} nicht lesbar` : ''} (${seconds.toLocaleString('de-DE', { maximumFractionDigits: 1 })} s).`);
    }
    return failed > 0 ? 1 : 0;
  },
};

/** Files in flight at once: enough to keep every intake child busy while the next files are read. */
function concurrency(intakeWorkers: number): number {
  return Math.max(2, 2 * intakeWorkers);
}

async function mapBounded<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  });
  await Promise.all(runners);
}

function describeFileError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'Datei nicht gefunden.';
    case 'EACCES':
    case 'EPERM':
      return 'Keine Berechtigung, die Datei zu lesen.';
    case 'EISDIR':
      return 'Das ist ein Verzeichnis, keine Datei.';
    default:
      return `Datei nicht lesbar: ${e instanceof Error ? e.message : String(e)}`;
  }
}

// ------------------------------------------------------------------ output

export function formatJsonLine(result: Result): string {
  return JSON.stringify('error' in result ? { file: result.file, error: result.error } : result.document);
}

const SOURCE_LABEL = { 'text-layer': 'Textebene', ocr: 'OCR' } as const;

export function formatTable(results: readonly Result[]): string {
  const header = ['Datei', 'Dokumenttyp', 'Konfidenz', 'Quelle', 'Felder', 'Warnungen'];
  const rows = results.map((r) => {
    if ('error' in r) return [r.file, '–', '–', '–', '–', `nicht lesbar: ${r.error}`];
    const d = r.document;
    const total = CATALOG[d.documentType].fields.length;
    return [r.file, d.documentType, percent(d.confidence), SOURCE_LABEL[d.source], total === 0 ? '–' : `${Object.keys(d.fields).length} von ${total}`, String(d.warnings.length)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w, i) => '─'.repeat(i === widths.length - 1 ? header[i].length : w))), ...rows.map(line)];

  for (const r of results) {
    if ('error' in r) continue;
    const d = r.document;
    const defined = CATALOG[d.documentType].fields;
    if (Object.keys(d.fields).length === 0 && d.warnings.length === 0) continue;
    out.push('', `${r.file} – ${CATALOG[d.documentType].label}, ${d.pages} ${d.pages === 1 ? 'Seite' : 'Seiten'}:`);
    const labelWidth = Math.max(0, ...defined.filter((f) => d.fields[f.id]).map((f) => f.label.length));
    for (const field of defined) {
      const value = d.fields[field.id];
      if (!value) continue;
      out.push(`  ${`${field.label}:`.padEnd(labelWidth + 1)} ${formatValue(field, value.value)}  (${percent(value.confidence)}, S. ${value.page}: „${value.text}“)`);
    }
    for (const warning of d.warnings) out.push(`  Warnung: ${warning}`);
  }
  return out.join('\n');
}

function formatValue(field: FieldDefinition, value: string | number): string {
  if (typeof value !== 'number') return value;
  switch (field.kind) {
    case 'amount':
      return `${value.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
    case 'area':
      return `${value.toLocaleString('de-DE', { maximumFractionDigits: 2 })} m²`;
    default:
      return value.toLocaleString('de-DE');
  }
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)} %`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}
