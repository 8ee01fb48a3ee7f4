/**
 * The JSON input of a calculation: every wrong field is named in German, the deployment's
 * Mietstufe fills a missing one.
 */
import { EingabeFehler, konfigurierteMietstufe, leseBerechnungsfall } from '../../wohngeld/law/input.ts';

const gut = {
  stichtag: '2025-03-01',
  mietstufe: 5,
  bruttokaltmiete: 600,
  haushalt: [{ name: 'A', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 16800 }], abzuege: { steuern: true, krankenversicherung: true, rentenversicherung: true }, freibetraege: { schwerbehindert: false } }],
};

const probleme = (input: unknown, mietstufe?: 1 | 2 | 3 | 4 | 5 | 6 | 7): string[] => {
  try {
    leseBerechnungsfall(input, mietstufe);
  } catch (error) {
    if (error instanceof EingabeFehler) return error.probleme;
    throw error;
  }
  return [];
};

describe('leseBerechnungsfall', () => {
  test('accepts the example of the README', () => {
    expect(probleme(gut)).toEqual([]);
    expect(leseBerechnungsfall(gut).haushalt[0].einkommen[0].jahresbetrag).toBe(16800);
  });

  test.each([
    ['Mietstufe 8', { ...gut, mietstufe: 8 }, /^mietstufe: muss zwischen 1 und 7 liegen/],
    ['Mietstufe 2.5', { ...gut, mietstufe: 2.5 }, /^mietstufe: muss eine ganze Zahl/],
    ['negative Miete', { ...gut, bruttokaltmiete: -1 }, /^bruttokaltmiete: darf nicht negativ sein/],
    ['Miete als Text', { ...gut, bruttokaltmiete: '600' }, /^bruttokaltmiete: fehlt oder ist keine Zahl/],
    ['Miete mit Zehntelcent', { ...gut, bruttokaltmiete: 600.001 }, /^bruttokaltmiete: hat mehr als zwei Nachkommastellen/],
    ['leerer Haushalt', { ...gut, haushalt: [] }, /^haushalt: ist leer/],
    ['unbekannte Einkommensart', { ...gut, haushalt: [{ ...gut.haushalt[0], einkommen: [{ art: 'lotto', jahresbetrag: 1 }] }] }, /^haushalt\[0\]\.einkommen\[0\]\.art: unbekannte Einkommensart "lotto"/],
    ['negatives Einkommen', { ...gut, haushalt: [{ ...gut.haushalt[0], einkommen: [{ art: 'rente', jahresbetrag: -5 }] }] }, /^haushalt\[0\]\.einkommen\[0\]\.jahresbetrag: darf nicht negativ sein/],
    ['Stichtag vor 2023', { ...gut, stichtag: '2022-12-31' }, /^stichtag: liegt vor dem 01\.01\.2023/],
    ['kein Kalenderdatum', { ...gut, stichtag: '2025-02-30' }, /^stichtag: ist kein gültiges Kalenderdatum/],
    ['Abzug als Text', { ...gut, haushalt: [{ ...gut.haushalt[0], abzuege: { steuern: 'ja', krankenversicherung: true, rentenversicherung: true } }] }, /^haushalt\[0\]\.abzuege\.steuern: muss true oder false sein/],
    ['unbekanntes Feld', { ...gut, miete: 5 }, /^\(Eingabe\): unbekanntes Feld "miete"/],
    ['kein Objekt', [1, 2], /^\(Eingabe\): Die Eingabe muss ein JSON-Objekt sein/],
    ['null', null, /^\(Eingabe\): Die Eingabe muss ein JSON-Objekt sein/],
  ])('%s', (_name, input, message) => {
    const list = probleme(input);
    expect(list.length).toBeGreaterThan(0);
    expect(list.some((p) => message.test(p))).toBe(true);
  });

  test('several problems are all reported', () => {
    expect(probleme({ ...gut, mietstufe: 0, bruttokaltmiete: -3, haushalt: [] })).toHaveLength(3);
  });

  test('a missing Mietstufe comes from the configuration, or is reported with the setting to use', () => {
    const { mietstufe: _, ...ohne } = gut;
    expect(leseBerechnungsfall(ohne, 2).mietstufe).toBe(2);
    expect(probleme(ohne)).toEqual(['mietstufe: fehlt (und keine Mietstufe konfiguriert: WOHNGELD_MIETSTUFE=1…7)']);
  });

  test('WOHNGELD_MIETSTUFE as number or Roman numeral; nonsense is an error', () => {
    expect(konfigurierteMietstufe({ WOHNGELD_MIETSTUFE: '2' })).toBe(2);
    expect(konfigurierteMietstufe({ WOHNGELD_MIETSTUFE: 'ii' })).toBe(2);
    expect(konfigurierteMietstufe({})).toBeUndefined();
    expect(() => konfigurierteMietstufe({ WOHNGELD_MIETSTUFE: '9' })).toThrow(/WOHNGELD_MIETSTUFE: "9" ist keine Mietstufe/);
  });
});
