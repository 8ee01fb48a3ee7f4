/** Every way intake refuses a document: a machine-readable code and a German reason for the caseworker. */
import { DocumentRefused } from '../types.js';

export type IntakeRefusalCode =
  | 'empty'
  | 'unsupported-format'
  | 'too-large'
  | 'too-many-pages'
  | 'too-many-pixels'
  | 'encrypted'
  | 'decompression-bomb'
  | 'too-complex'
  | 'damaged'
  | 'unreadable'
  | 'too-much-text'
  | 'memory-limit'
  | 'timeout'
  | 'crashed';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
const count = (value: number) => value.toLocaleString('de-DE');
const megapixels = (pixels: number) => `${(pixels / 1e6).toLocaleString('de-DE', { maximumFractionDigits: 1 })} Megapixel`;

const refuse = (code: IntakeRefusalCode, reason: string) => new DocumentRefused(reason, code);

export const refusals = {
  empty: () => refuse('empty', 'Die Datei ist leer.'),
  unsupportedFormat: (lookslike?: string) =>
    refuse(
      'unsupported-format',
      `Dateiformat wird nicht unterstützt${lookslike ? ` (erkannt: ${lookslike})` : ''}. Bitte das Dokument als PDF, PNG, JPEG oder TIFF einreichen.`,
    ),
  tooLarge: (bytes: number, max: number) =>
    refuse('too-large', `Die Datei ist mit ${megabytes(bytes)} zu groß (höchstens ${megabytes(max)}).`),
  tooManyPages: (pages: number, max: number, atLeast = false) =>
    refuse('too-many-pages', `Das Dokument hat ${atLeast ? 'mindestens ' : ''}${count(pages)} Seiten, gelesen werden höchstens ${count(max)}. Bitte die Seiten einzeln oder in Teilen einreichen.`),
  tooManyPixels: (width: number, height: number, max: number, where = 'Das Bild') =>
    refuse(
      'too-many-pixels',
      `${where} ist mit ${count(width)} × ${count(height)} Pixeln (${megapixels(width * height)}) zu groß, gelesen werden höchstens ${megapixels(max)} — vermutlich eine manipulierte Datei.`,
    ),
  encrypted: () =>
    refuse(
      'encrypted',
      'Das PDF ist verschlüsselt bzw. passwortgeschützt und kann nicht gelesen werden. Bitte eine Fassung ohne Kennwort einreichen.',
    ),
  decompressionBomb: (max: number) =>
    refuse(
      'decompression-bomb',
      `Das PDF enthält komprimierte Daten, die entpackt größer als ${megabytes(max)} wären — vermutlich eine manipulierte Datei (Dekompressionsbombe).`,
    ),
  tooComplex: (maxStreams: number) =>
    refuse(
      'too-complex',
      `Das PDF besteht aus ungewöhnlich vielen Teilen (über ${count(maxStreams)} komprimierte Datenströme) — vermutlich eine manipulierte Datei.`,
    ),
  damaged: (what: string) => refuse('damaged', `Die Datei ist beschädigt oder unvollständig (${what}) — vielleicht ein abgebrochener Upload. Bitte erneut einreichen.`),
  unreadable: () => refuse('unreadable', 'Die Datei konnte nicht gelesen werden — sie ist vermutlich beschädigt.'),
  tooMuchText: (max: number) =>
    refuse('too-much-text', `Das Dokument enthält mehr als ${count(max)} Zeichen Text — so viel hat kein Nachweis; vermutlich eine manipulierte Datei.`),
  memoryLimit: (maxMb: number) =>
    refuse('memory-limit', `Zu viel Speicher beim Lesen (über ${count(maxMb)} MB) — vermutlich eine manipulierte Datei.`),
  timeout: (ms: number) =>
    refuse('timeout', `Zeitlimit überschritten: das Lesen dauerte länger als ${(ms / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 })} s — vermutlich eine manipulierte oder ungewöhnlich aufwendige Datei.`),
  crashed: () =>
    refuse('crashed', 'Das Lesen des Dokuments ist abgebrochen (der Leseprozess ist abgestürzt) — vermutlich eine beschädigte oder manipulierte Datei.'),
};
