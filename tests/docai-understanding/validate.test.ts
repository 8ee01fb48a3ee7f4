import type { ExtractedField } from '../../wohngeld/catalog.js';
import { FAILED_CHECK_FACTOR, validateFields } from '../../docai/validate.js';
import { extractFields } from '../../docai/extract.js';
import { buildText } from './helpers.js';

const field = (value: string | number, confidence = 0.9): ExtractedField => ({ value, confidence, page: 1, text: String(value) });
const TODAY = { today: '2025-06-01' };

describe('validators', () => {
  test('rent components that do not add up: warning names fields and values, confidences drop', () => {
    const input = { grundmiete: field(450), nebenkosten: field(80), heizkosten: field(70), gesamtmiete: field(612.5), wohnflaeche: field(58.4) };
    const { fields, warnings } = validateFields('mietbescheinigung', input, TODAY);
    expect(warnings).toEqual(['Grundmiete 450,00 € + Nebenkosten 80,00 € + Heizkosten 70,00 € ergeben 600,00 €, die Gesamtmiete ist mit 612,50 € angegeben.']);
    for (const id of ['grundmiete', 'nebenkosten', 'heizkosten', 'gesamtmiete']) expect(fields[id].confidence).toBeCloseTo(0.9 * FAILED_CHECK_FACTOR);
    expect(fields.wohnflaeche.confidence).toBe(0.9);
    // the input is not changed
    expect(input.grundmiete.confidence).toBe(0.9);
  });

  test('rent that adds up within a cent: no warning', () => {
    const { warnings } = validateFields('mietbescheinigung', { grundmiete: field(450.01), nebenkosten: field(80), heizkosten: field(82.5), gesamtmiete: field(612.5) }, TODAY);
    expect(warnings).toEqual([]);
  });

  test('IBAN with a wrong check digit', () => {
    const { fields, warnings } = validateFields('antrag', { iban: field('DE88370400440532013000') }, TODAY);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('DE88370400440532013000');
    expect(warnings[0]).toContain('Prüfziffer');
    expect(fields.iban.confidence).toBeLessThan(0.9);
  });

  test('a valid IBAN passes', () => {
    expect(validateFields('kontoauszug', { iban: field('DE89370400440532013000') }, TODAY).warnings).toEqual([]);
  });

  test('Brutto must not be below Netto', () => {
    const { fields, warnings } = validateFields('lohnabrechnung', { brutto: field(2000), netto: field(2100) }, TODAY);
    expect(warnings).toEqual(['Der Nettoverdienst 2.100,00 € ist höher als der Bruttoverdienst 2.000,00 €.']);
    expect(fields.brutto.confidence).toBeLessThan(0.9);
    expect(fields.netto.confidence).toBeLessThan(0.9);
  });

  test('GdB 20–100 in steps of ten', () => {
    expect(validateFields('schwerbehindertenausweis', { gdb: field(50) }, TODAY).warnings).toEqual([]);
    for (const gdb of [10, 45, 110]) {
      const { warnings, fields } = validateFields('schwerbehindertenausweis', { gdb: field(gdb) }, TODAY);
      expect(warnings[0]).toContain(`Grad der Behinderung ${gdb}`);
      expect(fields.gdb.confidence).toBeLessThan(0.9);
    }
  });

  test('bis before von', () => {
    const { warnings, fields } = validateFields('kontoauszug', { zeitraum_von: field('2025-02-28'), zeitraum_bis: field('2025-02-01') }, TODAY);
    expect(warnings).toEqual(['Zeitraum bis (01.02.2025) liegt vor Zeitraum von (28.02.2025).']);
    expect(fields.zeitraum_von.confidence).toBeLessThan(0.9);
  });

  test('a birth date must lie in the past', () => {
    const { warnings } = validateFields('meldebescheinigung', { geburtsdatum: field('2030-01-01') }, TODAY);
    expect(warnings).toEqual(['Geburtsdatum 01.01.2030 liegt nicht in der Vergangenheit.']);
    expect(validateFields('meldebescheinigung', { geburtsdatum: field('1990-01-01') }, TODAY).warnings).toEqual([]);
  });

  test('Zahlbetrag above the gross pension', () => {
    const { warnings } = validateFields('rentenbescheid', { rente_brutto: field(1000), zahlbetrag: field(1100) }, TODAY);
    expect(warnings[0]).toContain('Zahlbetrag 1.100,00 €');
  });

  test('extraction runs the validators', () => {
    const text = buildText(['# Mietbescheinigung', 'Grundmiete: 450,00 €', 'Nebenkosten: 80,00 €', 'Heizkosten: 70,00 €', 'Gesamtmiete: 612,50 €']);
    const result = extractFields('mietbescheinigung', text, TODAY);
    expect(result.warnings).toEqual(['Grundmiete 450,00 € + Nebenkosten 80,00 € + Heizkosten 70,00 € ergeben 600,00 €, die Gesamtmiete ist mit 612,50 € angegeben.']);
    expect(result.fields.gesamtmiete.confidence).toBeLessThan(0.6);
  });

  test('an IBAN whose check digit fails is reported with low confidence and a warning', () => {
    const result = extractFields('kontoauszug', buildText(['# Kontoauszug', 'IBAN: DE88 3704 0044 0532 0130 00']), TODAY);
    expect(result.fields.iban.value).toBe('DE88370400440532013000');
    expect(result.fields.iban.confidence).toBeLessThan(0.3);
    expect(result.warnings[0]).toContain('DE88370400440532013000');
  });
});
