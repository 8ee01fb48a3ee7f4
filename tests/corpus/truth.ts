/** The files the generator writes next to each document, and the manifest. */
import type { DocumentTypeId } from '../../wohngeld/catalog.js';

export type Variant = 'born-digital' | 'scanned';
export type SplitId = 'dev' | 'holdout';

export interface TruthField {
  /** normalised as the catalog says */
  value: string | number;
  /** 1-based page the value is printed on */
  page: number;
  /** the value as printed there (for a split address: its first part) */
  text: string;
}

export interface ScanInfo {
  dpi: number;
  rotation: number;
  blur: number;
  noise: number;
  jpegQuality?: number;
  grayscale: boolean;
  format: 'pdf' | 'png' | 'jpeg' | 'tiff';
}

export interface Truth {
  id: string;
  file: string;
  type: DocumentTypeId;
  variant: Variant;
  split: SplitId;
  /** `<type>/<layout>` */
  layout: string;
  pages: number;
  fields: Record<string, TruthField>;
  scan?: ScanInfo;
}

export interface ManifestEntry {
  id: string;
  file: string;
  type: DocumentTypeId;
  variant: Variant;
  split: SplitId;
  /** `<type>/<layout>` */
  layout: string;
  pages?: number;
}

export interface Manifest {
  seed: number;
  count: number;
  documents: ManifestEntry[];
}
