/**
 * Plausibility checks on extracted fields. A failed check lowers the confidence of the fields
 * involved and adds a German warning naming the fields and their values, so the caseworker knows
 * what to look at. Checks never remove or change a value.
 */
import { CATALOG, type ExtractedField } from '../wohngeld/catalog.js';
import { ibanChecksumValid } from './normalize.js';
import type { DocumentTypeId } from './types.js';

export interface ValidationResult {
  fields: Record<string, ExtractedField>;
  warnings: string[];
}

/** How much a failed check lowers the confidence of the fields it names. */
export const FAILED_CHECK_FACTOR = 0.5;

const euro = (value: number) =>
  `${value.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
const germanDate = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
};

function label(type: DocumentTypeId, field: string): string {
  return CATALOG[type].fields.find((definition) => definition.id === field)?.label ?? field;
}

export interface ValidateOptions {
  /** today as `YYYY-MM-DD` (for "a birth date lies in the past"); defaults to the clock */
  today?: string;
}

export function validateFields(type: DocumentTypeId, input: Record<string, ExtractedField>, options: ValidateOptions = {}): ValidationResult {
  const fields: Record<string, ExtractedField> = {};
  for (const [id, field] of Object.entries(input)) fields[id] = { ...field };
  const warnings: string[] = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const lower = (...ids: string[]) => {
    for (const id of ids) {
      const field = fields[id];
      if (field) field.confidence = Math.round(field.confidence * FAILED_CHECK_FACTOR * 1000) / 1000;
    }
  };
  const num = (id: string): number | undefined => (typeof fields[id]?.value === 'number' ? (fields[id].value as number) : undefined);
  const str = (id: string): string | undefined => (typeof fields[id]?.value === 'string' ? (fields[id].value as string) : undefined);

  // IBAN: ISO 13616 mod-97
  const iban = str('iban');
  if (iban !== undefined && !ibanChecksumValid(iban)) {
    lower('iban');
    warnings.push(`Die IBAN ${iban} ist ungültig: die Prüfziffer stimmt nicht (Prüfverfahren Modulo 97). Bitte mit dem Dokument vergleichen.`);
  }

  // dates: plausible years, birth dates in the past
  for (const definition of CATALOG[type].fields) {
    const value = str(definition.id);
    if (value === undefined) continue;
    if (definition.kind === 'date') {
      const year = Number(value.slice(0, 4));
      if (!(year >= 1900 && year <= 2100)) {
        lower(definition.id);
        warnings.push(`${definition.label}: das Datum ${germanDate(value)} ist unplausibel.`);
      }
    }
  }
  const birth = str('geburtsdatum');
  if (birth !== undefined) {
    if (birth >= today) {
      lower('geburtsdatum');
      warnings.push(`Geburtsdatum ${germanDate(birth)} liegt nicht in der Vergangenheit.`);
    } else if (Number(today.slice(0, 4)) - Number(birth.slice(0, 4)) > 120) {
      lower('geburtsdatum');
      warnings.push(`Geburtsdatum ${germanDate(birth)} liegt mehr als 120 Jahre zurück.`);
    }
  }

  // periods: bis ≥ von
  for (const [von, bis] of [
    ['bewilligung_von', 'bewilligung_bis'],
    ['bezug_von', 'bezug_bis'],
    ['zeitraum_von', 'zeitraum_bis'],
  ] as const) {
    const a = str(von);
    const b = str(bis);
    if (a !== undefined && b !== undefined && b < a) {
      lower(von, bis);
      warnings.push(`${label(type, bis)} (${germanDate(b)}) liegt vor ${label(type, von)} (${germanDate(a)}).`);
    }
  }

  // rent: Grundmiete + Nebenkosten + Heizkosten = Gesamtmiete (within a cent)
  if (type === 'mietbescheinigung') {
    const g = num('grundmiete');
    const n = num('nebenkosten');
    const h = num('heizkosten');
    const total = num('gesamtmiete');
    if (g !== undefined && n !== undefined && h !== undefined && total !== undefined) {
      const sum = Math.round((g + n + h) * 100) / 100;
      if (Math.abs(sum - total) > 0.01 + 1e-9) {
        lower('grundmiete', 'nebenkosten', 'heizkosten', 'gesamtmiete');
        warnings.push(`Grundmiete ${euro(g)} + Nebenkosten ${euro(n)} + Heizkosten ${euro(h)} ergeben ${euro(sum)}, die Gesamtmiete ist mit ${euro(total)} angegeben.`);
      }
    } else if (g !== undefined && total !== undefined && g > total + 0.01) {
      lower('grundmiete', 'gesamtmiete');
      warnings.push(`Die Grundmiete ${euro(g)} ist höher als die Gesamtmiete ${euro(total)}.`);
    }
  }

  // pay: Brutto ≥ Netto, deductions below Brutto
  if (type === 'lohnabrechnung') {
    const brutto = num('brutto');
    const netto = num('netto');
    if (brutto !== undefined && netto !== undefined && netto > brutto + 0.001) {
      lower('brutto', 'netto');
      warnings.push(`Der Nettoverdienst ${euro(netto)} ist höher als der Bruttoverdienst ${euro(brutto)}.`);
    }
    if (brutto !== undefined) {
      for (const id of ['lohnsteuer', 'krankenversicherung', 'rentenversicherung']) {
        const value = num(id);
        if (value !== undefined && value >= brutto && brutto > 0) {
          lower(id);
          warnings.push(`${label(type, id)} ${euro(value)} ist nicht kleiner als der Bruttoverdienst ${euro(brutto)}.`);
        }
      }
    }
  }

  // pension: Zahlbetrag ≤ Rente brutto
  if (type === 'rentenbescheid') {
    const brutto = num('rente_brutto');
    const zahl = num('zahlbetrag');
    if (brutto !== undefined && zahl !== undefined && zahl > brutto + 0.001) {
      lower('rente_brutto', 'zahlbetrag');
      warnings.push(`Der Zahlbetrag ${euro(zahl)} ist höher als die Bruttorente ${euro(brutto)}.`);
    }
    const vsnr = str('versicherungsnummer');
    if (vsnr !== undefined && !/^\d{8}[A-Z]\d{3}$/.test(vsnr)) {
      lower('versicherungsnummer');
      warnings.push(`Die Versicherungsnummer ${vsnr} hat nicht die Form 12 Stellen (8 Ziffern, Buchstabe, 3 Ziffern).`);
    }
  }

  // GdB: 20 to 100 in steps of ten
  if (type === 'schwerbehindertenausweis') {
    const gdb = num('gdb');
    if (gdb !== undefined && !(gdb >= 20 && gdb <= 100 && gdb % 10 === 0)) {
      lower('gdb');
      warnings.push(`Der Grad der Behinderung ${gdb} ist kein zulässiger Wert (20 bis 100 in Zehnerschritten).`);
    }
  }

  // counts: at least one person
  for (const id of ['haushaltsmitglieder', 'bewohner_anzahl']) {
    const value = num(id);
    if (value !== undefined && !(value >= 1 && value <= 20)) {
      lower(id);
      warnings.push(`${label(type, id)}: ${value} ist unplausibel.`);
    }
  }

  return { fields, warnings };
}
