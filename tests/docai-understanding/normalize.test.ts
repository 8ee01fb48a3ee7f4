import {
  findAmounts,
  findDates,
  findIbans,
  ibanChecksumValid,
  lastDayOfMonth,
  normalizeAddress,
  normalizeAmount,
  normalizeArea,
  normalizeCount,
  normalizeDate,
  normalizeIban,
  normalizeMonth,
  normalizeName,
  normalizeText,
  repairDigits,
} from '../../docai/normalize.js';

const BAD_INPUTS: unknown[] = ['', '   ', 'abc', 'n/a', '—', null, undefined, 42, {}, [], '€', '..', '::', '\u0000\u0001', 'x'.repeat(5000)];

describe('dates', () => {
  test.each([
    ['01.03.2025', '2025-03-01'],
    ['1.3.2025', '2025-03-01'],
    ['01.03.25', '2025-03-01'],
    ['12.05.62', '1962-05-12'],
    ['1. März 2025', '2025-03-01'],
    ['1 März 2025', '2025-03-01'],
    ['01. Maerz 2025', '2025-03-01'],
    ['15. Dezember 1980', '1980-12-15'],
    ['3. Okt. 2024', '2024-10-03'],
    ['2025-03-01', '2025-03-01'],
    ['am 29.02.2024 eingezogen', '2024-02-29'],
    ['Datum: 01/03/2025', '2025-03-01'],
    ['01. 03. 2025', '2025-03-01'],
    ['O1.03.2O25', '2025-03-01'],
    ['31.12.1999', '1999-12-31'],
    ['02.04\'2024', '2024-04-02'],
    ['1. Novembex 2019', '2019-11-01'],
    ['bis zum 15: Feb. 2026.', '2026-02-15'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  test.each(['32.01.2025', '29.02.2025', '00.01.2025', '01.13.2025', '01.03.1850', '01.03.2150', '31.04.2025', 'März 2025', '12,50 €', '0341 1234567', '1.234,56', 'Seite 1 von 2', 'Zimmer 3, Mai 2025'])('%s → null', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });

  test.each(BAD_INPUTS)('bad input %p → null, no throw', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });

  test('finds every date in a line with its span', () => {
    const line = 'vom 01.03.2025 bis 28.02.2026 (bisher 01.01.2025)';
    const found = findDates(line);
    expect(found.map((d) => d.value)).toEqual(['2025-03-01', '2026-02-28', '2025-01-01']);
    expect(line.slice(found[1].start, found[1].end)).toBe('28.02.2026');
  });

  test('last day of month, leap years included', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2025-02')).toBe('2025-02-28');
    expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
    expect(lastDayOfMonth('nope')).toBeNull();
  });
});

describe('months', () => {
  test.each([
    ['Februar 2025', '2025-02'],
    ['Feb. 2025', '2025-02'],
    ['02/2025', '2025-02'],
    ['02.2025', '2025-02'],
    ['2/2025', '2025-02'],
    ['2025-02', '2025-02'],
    ['Abrechnungsmonat: März 2025', '2025-03'],
    ['Entgeltabrechnung für Dezember 2024', '2024-12'],
    ['Maerz 2025', '2025-03'],
    ['Jänner 2025', '2025-01'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeMonth(input)).toBe(expected);
  });

  test.each(['13/2025', '00.2025', 'Mai', '2025', '12.05.2025x', '1.234,56'])('%s → null', (input) => {
    expect(normalizeMonth(input)).toBeNull();
  });

  test.each(BAD_INPUTS)('bad input %p → null', (input) => {
    expect(normalizeMonth(input)).toBeNull();
  });
});

describe('amounts', () => {
  test.each([
    ['1.234,56 €', 1234.56],
    ['1234,56 EUR', 1234.56],
    ['EUR 1.234,56', 1234.56],
    ['612,50', 612.5],
    ['612,5', 612.5],
    ['€ 80,00', 80],
    ['80,00€', 80],
    ['450,- €', 450],
    ['450 €', 450],
    ['1\u202f234,56 €', 1234.56],
    ['1. 234,56 €', 1234.56],
    ['7 453,91', 453.91],
    ['1.234.567,89 €', 1234567.89],
    ['612.50 €', 612.5],
    ['412,33-', -412.33],
    ['-12,00', -12],
    ['45, 67 Euro', 45.67],
    ['Betrag: 2.345,00 Euro', 2345],
    ['l.234,56 €', 1234.56],
    ['450', 450],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAmount(input)).toBe(expected);
  });

  test.each(['8,15 %', '58,4 m²', '30,4 m?', "30,4 m'", '01.03.2025', 'abc', '12.30 Uhr', '3 Personen', '0341 123456 Tel', '01.03.'])('%s → null', (input) => {
    expect(normalizeAmount(input)).toBeNull();
  });

  test.each(BAD_INPUTS)('bad input %p → null', (input) => {
    expect(normalizeAmount(input)).toBeNull();
  });

  test('a plain space groups thousands in a text layer before decimals; in OCR text only in running text before a currency', () => {
    expect(findAmounts('Die Rente beträgt monatlich 1 950,44 €.', { textLayer: true }).map((a) => a.value)).toEqual([1950.44]);
    expect(findAmounts('1 234 567,89 €', { textLayer: true }).map((a) => a.value)).toEqual([1234567.89]);
    expect(findAmounts('Zimmer 3 200 €', { textLayer: true }).map((a) => a.value)).toEqual([200]);
    // OCR: after a word in a sentence the space is the printed grouping (DIN 5008) …
    expect(findAmounts('Die Rente beträgt monatlich 1 950,44 €.').map((a) => a.value)).toEqual([1950.44]);
    expect(findAmounts('ergibt sich eine Nachzahlung von 6 268,72 EUR. Sie wird').map((a) => a.value)).toEqual([6268.72]);
    // … at a cell's start a column rule read as a digit, after a number label a number of its own
    expect(findAmounts('7 195,38').map((a) => a.value)).toEqual([195.38]);
    expect(findAmounts('Auszug Nr. 9 254,47 €').map((a) => a.value)).toEqual([254.47]);
    expect(findAmounts('monatlich 1 950,44').map((a) => a.value)).toEqual([950.44]);
    // … and in a cell of nothing but the amount and its currency
    expect(findAmounts('1 429,80 €').map((a) => a.value)).toEqual([1429.8]);
    expect(findAmounts('7 195,38').map((a) => a.value)).toEqual([195.38]);
  });

  test('skips percentages and dates in a payslip row', () => {
    const found = findAmounts('KV-Beitrag AN 8,15 % vom 01.02.2025 260,80 €');
    expect(found.map((a) => a.value)).toEqual([260.8]);
    expect(found[0].currency).toBe(true);
  });

  test('results have at most two decimals', () => {
    for (const input of ['0,1', '0,07', '99.999,99 €', '1.000.000,01 €']) {
      const value = normalizeAmount(input)!;
      expect(Math.round(value * 100) / 100).toBe(value);
    }
  });
});

describe('areas', () => {
  test.each([
    ['58,4 m²', 58.4],
    ['58,40 qm', 58.4],
    ['58 m2', 58],
    ['ca. 72,5 Quadratmeter', 72.5],
    ['58,4', 58.4],
    ['Wohnfläche: 104,25 m²', 104.25],
    ['84,40 m?', 84.4],
  ])('%s → %s', (input, expected) => {
    expect(normalizeArea(input)).toBe(expected);
  });

  test.each(['58,4 €', 'drei Zimmer', '0 m²', '12.03.2025'])('%s → null', (input) => {
    expect(normalizeArea(input)).toBeNull();
  });

  test.each(BAD_INPUTS)('bad input %p → null', (input) => {
    expect(normalizeArea(input)).toBeNull();
  });
});

describe('counts', () => {
  test.each([
    ['3', 3],
    ['3 Personen', 3],
    ['drei', 3],
    ['zwei Personen', 2],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCount(input)).toBe(expected);
  });
  test.each(BAD_INPUTS.filter((input) => typeof input !== 'string' || !/x{10}/.test(input)))('bad input %p → null', (input) => {
    expect(normalizeCount(input)).toBeNull();
  });
});

describe('IBAN', () => {
  test.each([
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['de89370400440532013000', 'DE89370400440532013000'],
    ['IBAN: DE89 3704 0044 0532 0130 00 BIC: COBADEFFXXX', 'DE89370400440532013000'],
    ['DE89 37O4 0044 0532 0130 00', 'DE89370400440532013000'],
    ['AT61 1904 3002 3457 3201', 'AT611904300234573201'],
    ['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeIban(input)).toBe(expected);
  });

  test('a wrong check digit is refused by normalizeIban but reported by findIbans', () => {
    expect(normalizeIban('DE88 3704 0044 0532 0130 00')).toBeNull();
    const found = findIbans('DE88 3704 0044 0532 0130 00');
    expect(found).toHaveLength(1);
    expect(found[0].valid).toBe(false);
  });

  test.each([
    // a scan's specks between the groups
    ["DE13 8609 5604 8916’'4288 10", 'DE13860956048916428810'],
    ['DE83.:5005 0201 3262 9684 55', 'DE83500502013262968455'],
    // an O put in before the check digits' 0
    ['DEO081 00900003920275068', 'DE08100900003920275068'],
    ['DEO05 3705 0198 0082 0085 87', 'DE05370501980082008587'],
    // S, Z read for 5, 2 in an all-digit account
    ['DE89 37O4 OO44 O532 Ol3O OO', 'DE89370400440532013000'],
    ['DE13 86O9 S6O4 89l6 4Z88 lO', 'DE13860956048916428810'],
  ])('scanned %s → %s', (input, expected) => {
    expect(normalizeIban(input)).toBe(expected);
  });

  test('specks or rarer look-alikes without a valid checksum make no IBAN: a date range after „es“ is no Spanish account', () => {
    expect(findIbans('Es 12.03.2024 bis 31.12.2024 gilt der Bescheid weiter')).toEqual([]);
    expect(findIbans('DE88 3704 0044 0532 0130 0S')).toEqual([]);
    expect(findIbans("DE88 3704 0044 0532 0130’00")).toEqual([]);
  });

  test.each(['DE89 3704 0044 0532 0130', 'XX89370400440532013000', 'Deutschland 12', 'DE'])('%s → null', (input) => {
    expect(normalizeIban(input)).toBeNull();
  });

  test.each(BAD_INPUTS)('bad input %p → null', (input) => {
    expect(normalizeIban(input)).toBeNull();
  });

  test('mod-97', () => {
    expect(ibanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(ibanChecksumValid('DE89370400440532013001')).toBe(false);
    expect(ibanChecksumValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanChecksumValid('de89370400440532013000')).toBe(false);
  });
});

describe('names', () => {
  test.each([
    ['Jürgen Müller-Lüdenscheidt', 'Jürgen Müller-Lüdenscheidt'],
    ['Müller-Lüdenscheidt, Jürgen', 'Jürgen Müller-Lüdenscheidt'],
    ['Dr. Jürgen Müller', 'Jürgen Müller'],
    ['Herrn Dr. Jürgen Müller', 'Jürgen Müller'],
    ['Frau Prof. Dr. Anna Schmidt', 'Anna Schmidt'],
    ['Schmidt, Dr. Anna', 'Anna Schmidt'],
    ['  Anna   Maria   Schmidt ', 'Anna Maria Schmidt'],
    ['von Goethe, Johann Wolfgang', 'Johann Wolfgang von Goethe'],
    ['Anna Schmidt geb. Meier', 'Anna Schmidt'],
    ['Herr Max Mustermann', 'Max Mustermann'],
    ['Dipl.-Ing. Klaus Meyer', 'Klaus Meyer'],
    ['Max Mustermann, Leipzig', 'Max Mustermann'],
    // a surname with a particle, capitalised at its start, is still only the surname
    ['De Luca, Marco', 'Marco De Luca'],
    ['Van der Berg, Jan', 'Jan Van der Berg'],
    // the owner under a business's name
    ['Inh. Mehmet Günther', 'Mehmet Günther'],
    ['Inhaberin: Anna Schmidt', 'Anna Schmidt'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  test.each(['Wohnungsbau GmbH', 'Hauptstr. 5', '04107 Leipzig', 'Müller', 'Deutsche Rentenversicherung Bund', 'Agentur für Arbeit Leipzig', 'Regionaldirektion Saarbrücken', 'Direktion Nord', 'Referat 21', 'Fachbereich Soziales', '12345', 'Frau'])('%s → null', (input) => {
    expect(normalizeName(input)).toBeNull();
  });

  test.each(BAD_INPUTS)('bad input %p → null', (input) => {
    expect(normalizeName(input)).toBeNull();
  });
});

describe('text', () => {
  test('trims and single-spaces', () => {
    expect(normalizeText('  Stadtwerke   Leipzig GmbH ')).toBe('Stadtwerke Leipzig GmbH');
    expect(normalizeText(':  ')).toBeNull();
    expect(normalizeText(undefined)).toBeNull();
  });
});

describe('addresses', () => {
  test.each([
    ['Karl-Liebknecht-Str. 12, 04107 Leipzig', 'Karl-Liebknecht-Str. 12, 04107 Leipzig'],
    ['Karl-Liebknecht-Str. 12\n04107 Leipzig', 'Karl-Liebknecht-Str. 12, 04107 Leipzig'],
    ['Karl-Liebknecht-Str. 12 04107 Leipzig', 'Karl-Liebknecht-Str. 12, 04107 Leipzig'],
    ['Hauptstraße 5a, 2. OG links, 10115 Berlin', 'Hauptstraße 5a, 10115 Berlin'],
    ['Hauptstr.12, 01067 Dresden', 'Hauptstr. 12, 01067 Dresden'],
    ['Straße des 17. Juni 114, 10623 Berlin', 'Straße des 17. Juni 114, 10623 Berlin'],
    ['Am Markt 3 a, 06108 Halle (Saale)', 'Am Markt 3 a, 06108 Halle (Saale)'],
    // a scan's speck read as an opening quote before the street
    ['„Kottbusser Damm 6a, 23552 Lübeck', 'Kottbusser Damm 6a, 23552 Lübeck'],
    // a sentence ending right after the city's bracket
    ['Rosa-Luxemburg-Straße 26d, 06108 Halle (Saale). Die Gesamtmiete beträgt', 'Rosa-Luxemburg-Straße 26d, 06108 Halle (Saale)'],
    ['Zeil 12-14, 60313 Frankfurt am Main', 'Zeil 12-14, 60313 Frankfurt am Main'],
    ['Lindenweg 4, D-79098 Freiburg im Breisgau', 'Lindenweg 4, 79098 Freiburg im Breisgau'],
    ['Bahnhofstr. 1, 04109 Leipzig    Tel. 0341 12345', 'Bahnhofstr. 1, 04109 Leipzig'],
    ['Max Mustermann, Hauptstr. 5, 04109 Leipzig', 'Hauptstr. 5, 04109 Leipzig'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });

  test.each(['04107 Leipzig', 'Karl-Liebknecht-Str. 12', 'Postfach 12 34, 04109 Leipzig', 'Leipzig', '12, 04107'])('%s → null', (input) => {
    expect(normalizeAddress(input)).toBeNull();
  });

  test.each(BAD_INPUTS)('bad input %p → null', (input) => {
    expect(normalizeAddress(input)).toBeNull();
  });
});

describe('OCR look-alikes in numbers', () => {
  test('only inside numbers', () => {
    expect(repairDigits('2O25')).toBe('2025');
    expect(repairDigits('l2.03.2025')).toBe('12.03.2025');
    expect(repairDigits('Olga 12')).toBe('Olga 12');
    expect(repairDigits('Konto 12')).toBe('Konto 12');
  });
});

describe('never throws', () => {
  const fns = [normalizeDate, normalizeMonth, normalizeAmount, normalizeArea, normalizeCount, normalizeIban, normalizeName, normalizeText, normalizeAddress];
  const nasty = ['\uD800', '((((', '[[x]]', '$1', '\\', '%%%', '9'.repeat(400), '1,'.repeat(300), 'DE'.repeat(200), ' \n\t '];
  test.each(nasty)('%p', (input) => {
    for (const fn of fns) expect(() => fn(input)).not.toThrow();
  });
});
