/**
 * One document from bytes to the catalog's analysed-document shape: read its text safely
 * (sandboxed parsers and OCR), classify it, extract its fields, and — only where the office
 * configured an LLM — let the LLM check and complete the result.
 */
import { analyzedDocumentSchema, type AnalyzedDocument } from '../wohngeld/catalog.js';
import { classify } from './classify.js';
import { extractFields } from './extract.js';
import { readDocumentText } from './intake/index.js';
import type { DocumentText, Extraction } from './types.js';

/** An optional second opinion (see docai/llm.ts); it only ever sees text that intake read. */
export interface Refiner {
  refine(document: AnalyzedDocument, text: DocumentText): Promise<AnalyzedDocument>;
}

export interface AnalyzeOptions {
  refiner?: Refiner;
  signal?: AbortSignal;
}

export async function analyzeDocument(input: { file: string; bytes: Buffer }, options: AnalyzeOptions = {}): Promise<AnalyzedDocument> {
  const text = await readDocumentText(input.bytes, { fileName: input.file, signal: options.signal });
  return analyzeText(input.file, text, options);
}

/** The part after intake, for text that is already read (tests, the evaluation, re-analysis). */
export async function analyzeText(file: string, text: DocumentText, options: AnalyzeOptions = {}): Promise<AnalyzedDocument> {
  const classification = classify(text);
  const extraction: Extraction =
    classification.documentType === 'sonstiges' ? { fields: {}, warnings: [] } : extractFields(classification.documentType, text);
  let document: AnalyzedDocument = {
    file,
    documentType: classification.documentType,
    confidence: round(classification.confidence),
    pages: text.pages.length,
    source: text.pages.some((page) => page.source === 'ocr') ? 'ocr' : 'text-layer',
    fields: extraction.fields,
    warnings: [...text.warnings, ...extraction.warnings],
  };
  if (options.refiner) document = await options.refiner.refine(document, text);
  return analyzedDocumentSchema.parse(document);
}

const round = (value: number) => Math.round(value * 1000) / 1000;
