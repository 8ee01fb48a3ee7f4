/**
 * The contracts between the parts of document understanding:
 * intake (bytes → DocumentText) → classify (DocumentText → type) → extract (type + DocumentText → fields).
 * Only intake touches files and runs parsers (in a sandbox); classification and extraction are
 * pure functions of the text, so they are fast, deterministic and testable without files.
 */
import type { AnalyzedDocument, DocumentTypeId, ExtractedField } from '../wohngeld/catalog.js';

export type { AnalyzedDocument, DocumentTypeId, ExtractedField };

/** One line of text on a page, in reading order. Coordinates in PDF points (1/72 in), origin top left. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** OCR confidence 0..1 of this line; 1 for a text layer */
  confidence: number;
}

export interface PageText {
  /** 1-based page number */
  page: number;
  source: 'text-layer' | 'ocr';
  width: number;
  height: number;
  lines: TextLine[];
}

export interface DocumentText {
  pages: PageText[];
  /** German, for the caseworker: e.g. hidden text in the text layer, an unreadable page */
  warnings: string[];
}

export interface Classification {
  documentType: DocumentTypeId;
  /** calibrated: the probability that the type is right */
  confidence: number;
  /** every type's probability, for diagnosis and the evaluation */
  scores: Record<DocumentTypeId, number>;
}

export interface Extraction {
  fields: Record<string, ExtractedField>;
  /** German, e.g. a sum that does not add up, a checksum that fails */
  warnings: string[];
}

/** A document that cannot or must not be read; `reason` is German and names what is wrong. */
export class DocumentRefused extends Error {
  constructor(
    readonly reason: string,
    /** machine-readable cause, e.g. 'encrypted', 'too-many-pages', 'unsupported-format' */
    readonly code: string,
  ) {
    super(reason);
  }
}
