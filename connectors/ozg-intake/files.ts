/**
 * The attached files of a submission, checked before anything is stored: only PDF, PNG, JPEG and
 * TIFF, told by their first bytes (never by name or declared type, docai/intake/sniff.ts), none
 * empty; names cleaned of control characters, and a second file of the same name renamed
 * ("beleg (2).pdf") rather than refused — two scans called "scan.pdf" are two documents.
 */
import { createHash } from 'node:crypto';
import { sniffFormat, type DocumentFormat } from '../../docai/intake/sniff.ts';
import { HttpProblem } from '../web-server.ts';
import type { ReceivedFile } from './multipart.ts';
import { PROBLEM } from './problems.ts';

export interface AcceptedFile {
  readonly name: string;
  /** the name as sent, when it had to be changed */
  readonly originalName?: string;
  readonly contentType: string;
  readonly content: Buffer;
  readonly sha256: string;
}

export const CONTENT_TYPES: Readonly<Record<DocumentFormat, string>> = { pdf: 'application/pdf', png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' };
const EXTENSION: Readonly<Record<DocumentFormat, string>> = { pdf: 'pdf', png: 'png', jpeg: 'jpg', tiff: 'tif' };
const MAX_NAME_LENGTH = 150;

export interface FileFinding {
  readonly datei: string;
  readonly grund: string;
}

export function acceptFiles(files: readonly ReceivedFile[]): AcceptedFile[] {
  const findings: FileFinding[] = [];
  let unsupported = false;
  const accepted: AcceptedFile[] = [];
  const taken = new Set<string>();

  files.forEach((file, index) => {
    const shown = cleanName(file.name) || `Datei ${index + 1}`;
    if (file.content.length === 0) {
      findings.push({ datei: shown, grund: 'Die Datei ist leer.' });
      return;
    }
    const sniffed = sniffFormat(file.content);
    if (sniffed.format === null) {
      unsupported = true;
      findings.push({ datei: shown, grund: `Die Datei ist kein PDF, PNG, JPEG oder TIFF${sniffed.looksLike ? ` (erkannt: ${sniffed.looksLike})` : ''}.` });
      return;
    }
    const base = cleanName(file.name) || `datei-${index + 1}.${EXTENSION[sniffed.format]}`;
    const name = uniqueName(base, taken);
    accepted.push({
      name,
      ...(name !== file.name ? { originalName: file.name } : {}),
      contentType: CONTENT_TYPES[sniffed.format],
      content: file.content,
      sha256: createHash('sha256').update(file.content).digest('hex'),
    });
  });

  if (findings.length > 0) {
    const detail = findings.map((f) => `„${f.datei}“: ${f.grund}`).join(' ');
    throw new HttpProblem(
      unsupported ? 415 : 400,
      unsupported ? 'Dateiformat nicht unterstützt' : 'Datei ungültig',
      `${detail} Nachweise werden als PDF, PNG, JPEG oder TIFF angenommen; es wurde nichts übernommen.`,
      { dateien: findings },
      PROBLEM.dateiUngueltig,
    );
  }
  return accepted;
}

/** Without control characters, path separators and surrounding blanks; long names shortened, the extension kept. */
function cleanName(name: string): string {
  let clean = name.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').replace(/[\\/]/g, '_').trim();
  if (clean === '.' || clean === '..') clean = '';
  if (clean.length > MAX_NAME_LENGTH) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clean.slice(0, MAX_NAME_LENGTH - ext.length) + ext;
  }
  return clean;
}

/** "scan.pdf", then "scan (2).pdf", "scan (3).pdf"; names compared regardless of case. */
function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
