/**
 * The case's documents as the tasklist shows them: every Camunda document reference in the
 * task's variables (the `dokumente` variable first, then the others such as the Bescheid-Entwurf),
 * their catalog type from `dokumentAnalysen`, and the bytes in a form a browser shows safely:
 * PDF, PNG and JPEG as they are, TIFF converted to PNG, anything else only as a download.
 */
import sharp from 'sharp';
import { sniffFormat } from '../../docai/intake/sniff.ts';
import { MAX_INPUT_PIXELS } from '../../docai/text/raster.ts';
import { documentName } from '../../workers/dokumente.ts';
import type { DokumentInfo } from '../api.ts';
import { API_BASE } from '../api.ts';
import type { DocumentReference } from './engine.ts';

export function istDokumentReferenz(value: unknown): value is DocumentReference {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return v['camunda.document.type'] === 'camunda' && typeof v.documentId === 'string' && v.documentId !== '';
}

/** Every document reference in the variables, each once, `dokumente` first. */
export function sammleDokumente(variablen: Readonly<Record<string, unknown>>): DocumentReference[] {
  const namen = Object.keys(variablen).sort((a, b) => (a === 'dokumente' ? -1 : b === 'dokumente' ? 1 : a.localeCompare(b)));
  const gefunden = new Map<string, DocumentReference>();
  for (const name of namen) {
    // depth first in document order, without recursion (a value may be nested deeply)
    const stapel: unknown[] = [variablen[name]];
    while (stapel.length > 0) {
      const value = stapel.pop();
      if (istDokumentReferenz(value)) {
        if (!gefunden.has(value.documentId)) gefunden.set(value.documentId, value);
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stapel.push(value[i]);
      } else if (value !== null && typeof value === 'object') {
        const werte = Object.values(value);
        for (let i = werte.length - 1; i >= 0; i--) stapel.push(werte[i]);
      }
    }
  }
  return [...gefunden.values()];
}

/** The rows of `AufgabeDetail.dokumente`; the type comes from `dokumentAnalysen`, matched by file name. */
export function dokumentInfos(referenzen: readonly DocumentReference[], variablen: Readonly<Record<string, unknown>>, aufgabeKey: string): DokumentInfo[] {
  const typNachDatei = new Map<string, string>();
  const analysen = variablen.dokumentAnalysen;
  if (Array.isArray(analysen)) {
    for (const analyse of analysen) {
      const a = analyse as { file?: unknown; documentType?: unknown } | null;
      if (a && typeof a.file === 'string' && typeof a.documentType === 'string' && !typNachDatei.has(a.file)) typNachDatei.set(a.file, a.documentType);
    }
  }
  return referenzen.map((ref) => {
    // the name the analyses (and so the review rows) know the document by
    const name = documentName(ref);
    const info: DokumentInfo = {
      id: ref.documentId,
      name,
      contentType: typeof ref.metadata?.contentType === 'string' && ref.metadata.contentType !== '' ? ref.metadata.contentType : 'application/octet-stream',
      url: `${API_BASE}/aufgaben/${encodeURIComponent(aufgabeKey)}/dokumente/${encodeURIComponent(ref.documentId)}`,
    };
    const typ = typNachDatei.get(name);
    if (typ !== undefined) info.dokumentTyp = typ;
    return info;
  });
}

export interface Auslieferung {
  body: Buffer;
  contentType: string;
  /** `inline` only for formats a browser shows without running anything */
  disposition: 'inline' | 'attachment';
  dateiname: string;
}

/** The image cannot be converted (damaged, too large): the route answers 422 with this message. */
export class UmwandlungsFehler extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UmwandlungsFehler';
  }
}

export async function auslieferung(bytes: Buffer, dateiname: string): Promise<Auslieferung> {
  // what the bytes are, by the same test the OZG intake accepted them with; the stored content type is only a claim
  const { format } = sniffFormat(bytes);
  if (format === 'pdf') return { body: bytes, contentType: 'application/pdf', disposition: 'inline', dateiname };
  if (format === 'png') return { body: bytes, contentType: 'image/png', disposition: 'inline', dateiname };
  if (format === 'jpeg') return { body: bytes, contentType: 'image/jpeg', disposition: 'inline', dateiname };
  if (format === 'tiff') return { body: await tiffAlsPng(bytes, dateiname), contentType: 'image/png', disposition: 'inline', dateiname: dateiname.replace(/\.tiff?$/i, '') + '.png' };
  // HTML, SVG or an unknown format must never run in the tasklist's origin: download only
  return { body: bytes, contentType: 'application/octet-stream', disposition: 'attachment', dateiname };
}

/** Every page of the TIFF one below the other (a browser shows only the first page of a multi-page image). */
async function tiffAlsPng(bytes: Buffer, dateiname: string): Promise<Buffer> {
  const options = { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS } as const;
  try {
    return await sharp(bytes, { ...options, pages: -1 }).png().toBuffer();
  } catch {
    // all pages together too large, or pages of different widths: the first page alone
    try {
      return await sharp(bytes, { ...options, page: 0 }).png().toBuffer();
    } catch {
      throw new UmwandlungsFehler(`Das TIFF-Bild „${dateiname}“ ist beschädigt oder zu groß und kann nicht angezeigt werden.`);
    }
  }
}
