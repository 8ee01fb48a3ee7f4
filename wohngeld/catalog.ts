/**
 * The document catalog — the contract of `../shared/spec/dokumente.md` in code, in one place.
 * Type and field ids are used unchanged by worker outputs, process variables, forms, the
 * `analyze` command and the evaluation. Extend only by adding here, never by renaming.
 */
import { z } from 'zod';

export const DOCUMENT_TYPES = [
  'antrag',
  'mietbescheinigung',
  'mietvertrag',
  'lohnabrechnung',
  'rentenbescheid',
  'arbeitslosengeldbescheid',
  'elterngeldbescheid',
  'meldebescheinigung',
  'kontoauszug',
  'schwerbehindertenausweis',
  'schulbescheinigung',
  'sonstiges',
] as const;

export type DocumentTypeId = (typeof DOCUMENT_TYPES)[number];

/** How a field's value is normalised (the catalog's "Normalised values"). */
export type FieldKind = 'date' | 'month' | 'amount' | 'area' | 'count' | 'iban' | 'name' | 'address' | 'text' | 'enum';

export interface FieldDefinition {
  id: string;
  kind: FieldKind;
  /** German label for caseworkers */
  label: string;
  /** enum fields: the allowed ids */
  values?: readonly string[];
}

export interface DocumentTypeDefinition {
  id: DocumentTypeId;
  /** German name for caseworkers */
  label: string;
  fields: readonly FieldDefinition[];
}

const f = (id: string, kind: FieldKind, label: string, values?: readonly string[]): FieldDefinition => (values ? { id, kind, label, values } : { id, kind, label });

export const ANTRAGSARTEN = ['erstantrag', 'weiterleistungsantrag', 'erhoehungsantrag'] as const;

export const CATALOG: Record<DocumentTypeId, DocumentTypeDefinition> = {
  antrag: {
    id: 'antrag',
    label: 'Wohngeldantrag (Mietzuschuss)',
    fields: [
      f('antragsteller_name', 'name', 'Name der antragstellenden Person'),
      f('geburtsdatum', 'date', 'Geburtsdatum'),
      f('anschrift', 'address', 'Anschrift'),
      f('haushaltsmitglieder', 'count', 'Zahl der Haushaltsmitglieder'),
      f('iban', 'iban', 'IBAN'),
      f('antragsart', 'enum', 'Antragsart', ANTRAGSARTEN),
    ],
  },
  mietbescheinigung: {
    id: 'mietbescheinigung',
    label: 'Mietbescheinigung',
    fields: [
      f('mieter_name', 'name', 'Name der Mieterin / des Mieters'),
      f('vermieter_name', 'text', 'Vermieter/in'),
      f('anschrift', 'address', 'Anschrift der Wohnung'),
      f('wohnflaeche', 'area', 'Wohnfläche (m²)'),
      f('einzugsdatum', 'date', 'Einzugsdatum'),
      f('grundmiete', 'amount', 'Grundmiete (nettokalt)'),
      f('nebenkosten', 'amount', 'kalte Nebenkosten'),
      f('heizkosten', 'amount', 'Heiz- und Warmwasserkosten'),
      f('gesamtmiete', 'amount', 'Gesamtmiete'),
      f('bewohner_anzahl', 'count', 'Zahl der Bewohner'),
    ],
  },
  mietvertrag: {
    id: 'mietvertrag',
    label: 'Mietvertrag',
    fields: [
      f('mieter_name', 'name', 'Name der Mieterin / des Mieters'),
      f('vermieter_name', 'text', 'Vermieter/in'),
      f('anschrift', 'address', 'Anschrift der Wohnung'),
      f('mietbeginn', 'date', 'Mietbeginn'),
      f('grundmiete', 'amount', 'Grundmiete (nettokalt)'),
      f('nebenkosten', 'amount', 'Vorauszahlung kalte Nebenkosten'),
      f('wohnflaeche', 'area', 'Wohnfläche (m²)'),
    ],
  },
  lohnabrechnung: {
    id: 'lohnabrechnung',
    label: 'Lohn- / Gehaltsabrechnung',
    fields: [
      f('arbeitnehmer_name', 'name', 'Name der / des Beschäftigten'),
      f('arbeitgeber', 'text', 'Arbeitgeber'),
      f('abrechnungsmonat', 'month', 'Abrechnungsmonat'),
      f('brutto', 'amount', 'Bruttoverdienst'),
      f('netto', 'amount', 'Nettoverdienst (gesetzliches Netto)'),
      f('lohnsteuer', 'amount', 'Lohnsteuer'),
      f('krankenversicherung', 'amount', 'Krankenversicherung (Arbeitnehmeranteil)'),
      f('rentenversicherung', 'amount', 'Rentenversicherung (Arbeitnehmeranteil)'),
    ],
  },
  rentenbescheid: {
    id: 'rentenbescheid',
    label: 'Rentenbescheid / Rentenanpassungsmitteilung',
    fields: [
      f('name', 'name', 'Name'),
      f('versicherungsnummer', 'text', 'Versicherungsnummer'),
      f('rente_brutto', 'amount', 'Rente (brutto)'),
      f('zahlbetrag', 'amount', 'Zahlbetrag'),
      f('gueltig_ab', 'date', 'gültig ab'),
    ],
  },
  arbeitslosengeldbescheid: {
    id: 'arbeitslosengeldbescheid',
    label: 'Bescheid über Arbeitslosengeld',
    fields: [
      f('name', 'name', 'Name'),
      f('kundennummer', 'text', 'Kundennummer'),
      f('leistungsbetrag_taeglich', 'amount', 'täglicher Leistungsbetrag'),
      f('bewilligung_von', 'date', 'bewilligt von'),
      f('bewilligung_bis', 'date', 'bewilligt bis'),
    ],
  },
  elterngeldbescheid: {
    id: 'elterngeldbescheid',
    label: 'Elterngeldbescheid',
    fields: [
      f('name', 'name', 'Name'),
      f('elterngeld_monatlich', 'amount', 'Elterngeld monatlich'),
      f('bezug_von', 'date', 'Bezug von'),
      f('bezug_bis', 'date', 'Bezug bis'),
    ],
  },
  meldebescheinigung: {
    id: 'meldebescheinigung',
    label: 'Meldebescheinigung',
    fields: [
      f('name', 'name', 'Name'),
      f('geburtsdatum', 'date', 'Geburtsdatum'),
      f('anschrift', 'address', 'Anschrift'),
      f('einzugsdatum', 'date', 'Einzugsdatum'),
    ],
  },
  kontoauszug: {
    id: 'kontoauszug',
    label: 'Kontoauszug',
    fields: [
      f('kontoinhaber', 'name', 'Kontoinhaber/in'),
      f('iban', 'iban', 'IBAN'),
      f('zeitraum_von', 'date', 'Zeitraum von'),
      f('zeitraum_bis', 'date', 'Zeitraum bis'),
    ],
  },
  schwerbehindertenausweis: {
    id: 'schwerbehindertenausweis',
    label: 'Schwerbehindertenausweis / Feststellungsbescheid',
    fields: [f('name', 'name', 'Name'), f('gdb', 'count', 'Grad der Behinderung (GdB)'), f('gueltig_bis', 'date', 'gültig bis')],
  },
  schulbescheinigung: {
    id: 'schulbescheinigung',
    label: 'Schul- / Studienbescheinigung',
    fields: [f('name', 'name', 'Name'), f('einrichtung', 'text', 'Schule / Hochschule'), f('gueltig_bis', 'date', 'gültig bis')],
  },
  sonstiges: { id: 'sonstiges', label: 'Sonstiges Dokument', fields: [] },
};

// ------------------------------------------------------------------ schemas of normalised values

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const twoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

/** A catalog value, checked as the catalog's table of normalised values says. */
export const VALUE_SCHEMAS: Record<FieldKind, z.ZodType> = {
  date: z.string().regex(DATE, 'Datum im Format JJJJ-MM-TT'),
  month: z.string().regex(MONTH, 'Monat im Format JJJJ-MM'),
  amount: z.number().finite().refine(twoDecimals, 'Betrag mit höchstens zwei Nachkommastellen'),
  area: z.number().finite().positive(),
  count: z.number().int().nonnegative(),
  iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, 'IBAN in Großbuchstaben ohne Leerzeichen'),
  name: z.string().min(1).refine((v) => v === v.trim() && !/\s{2}/.test(v), 'einfache Leerzeichen, ohne Rand'),
  address: z.string().regex(/^.+ \S+, \d{5} .+$/, 'Anschrift als „Straße Hausnummer, PLZ Ort“'),
  text: z.string().min(1).refine((v) => v === v.trim() && !/\s{2}/.test(v), 'einfache Leerzeichen, ohne Rand'),
  enum: z.string().min(1),
};

/** One extracted value with its evidence, as in the catalog's example. */
export const extractedFieldSchema = z.object({
  value: z.union([z.string(), z.number()]),
  confidence: z.number().min(0).max(1),
  page: z.number().int().positive(),
  text: z.string(),
});

/** One analysed document exactly as the catalog's example shows it. */
export const analyzedDocumentSchema = z.object({
  file: z.string(),
  documentType: z.enum(DOCUMENT_TYPES),
  confidence: z.number().min(0).max(1),
  pages: z.number().int().nonnegative(),
  source: z.enum(['text-layer', 'ocr']),
  fields: z.record(z.string(), extractedFieldSchema),
  warnings: z.array(z.string()),
});

export type ExtractedField = z.infer<typeof extractedFieldSchema>;
export type AnalyzedDocument = z.infer<typeof analyzedDocumentSchema>;

export function fieldsOf(type: DocumentTypeId): readonly FieldDefinition[] {
  return CATALOG[type].fields;
}

export function isDocumentType(value: unknown): value is DocumentTypeId {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value);
}
