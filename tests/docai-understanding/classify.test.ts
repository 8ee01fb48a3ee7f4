import { DOCUMENT_TYPES } from '../../wohngeld/catalog.js';
import { classify, CUES, MODEL } from '../../docai/classify.js';
import { buildText } from './helpers.js';
import { ocrNoise } from './noise.js';
import { SAMPLES } from './samples.js';

describe('classification', () => {
  test.each(SAMPLES.map((sample) => [sample.name, sample] as const))('%s', (_name, sample) => {
    const result = classify(sample.text);
    expect(result.documentType).toBe(sample.type);
  });

  test.each(SAMPLES.map((sample) => [sample.name, sample] as const))('%s, with OCR noise', (_name, sample) => {
    expect(classify(ocrNoise(sample.text)).documentType).toBe(sample.type);
  });

  test('scores are a probability distribution over all 12 types; confidence is the winner’s', () => {
    const result = classify(SAMPLES[0].text);
    expect(Object.keys(result.scores).sort()).toEqual([...DOCUMENT_TYPES].sort());
    const sum = Object.values(result.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(result.confidence).toBe(result.scores[result.documentType]);
    expect(Math.max(...Object.values(result.scores))).toBe(result.confidence);
  });

  test('deterministic', () => {
    for (const sample of SAMPLES) expect(classify(sample.text)).toEqual(classify(sample.text));
  });

  test('weak evidence for every type means sonstiges', () => {
    for (const lines of [[], ['Seite 1'], ['Vermieter'], ['Einkaufsliste', 'Milch, Brot, Butter'], ['Rechnung Nr. 4711', 'Betrag: 23,80 €']]) {
      expect(classify(buildText(lines)).documentType).toBe('sonstiges');
    }
  });

  test('documents that resemble catalog types but are none are sonstiges', () => {
    const wgb = buildText(['# Wohnungsgeberbestätigung', 'nach § 19 Bundesmeldegesetz (BMG)', 'Name des Wohnungsgebers: Klaus Wagner', 'Einzugsdatum: 01.03.2025', 'Anschrift der Wohnung: Hauptstr. 5, 04109 Leipzig']);
    expect(classify(wgb).documentType).toBe('sonstiges');
  });

  test('a title outweighs a mention in the body', () => {
    const text = buildText(['# Mietbescheinigung', 'Angaben laut Mietvertrag vom 01.03.2020', 'Vermieter: Klaus Wagner', 'Grundmiete: 450,00 €']);
    expect(classify(text).documentType).toBe('mietbescheinigung');
  });

  test('title, issuer and content each count: a document without its title is still recognised by the rest', () => {
    const text = buildText(['Deutsche Rentenversicherung Bund', 'Versicherungsnummer 12 150352 W 012', 'Ihre monatliche Rente ab 01.07.2025: 1.234,56 €', 'Beitrag zur Krankenversicherung der Rentner', 'Zahlbetrag 1.091,35 €']);
    expect(classify(text).documentType).toBe('rentenbescheid');
  });

  test('confidence is lower when the evidence is mixed', () => {
    const clear = classify(SAMPLES.find((s) => s.type === 'kontoauszug')!.text);
    const mixed = classify(buildText(['Kontoauszug', 'Lohnsteuer 120,00', 'Buchungstag', 'Gesamtbrutto 2.000,00']));
    expect(mixed.confidence).toBeLessThan(clear.confidence);
  });

  test('every type has cues, and the model parameters are sane', () => {
    for (const type of DOCUMENT_TYPES) expect(CUES[type].length).toBeGreaterThan(5);
    expect(MODEL.temperature).toBeGreaterThan(0);
    expect(MODEL.otherBase).toBeGreaterThan(0);
  });
});
