import { allowedDistance, escapeRegExp, findLabel, fold, foldLabel, otherWordThanLabel, shortTokensOf, spelledOut, withoutGenderPair } from '../../docai/extract/fuzzy.js';
import { parseAddressRegion, parseName, parseParty, parseText, parseVersicherungsnummer, trimJunk } from '../../docai/extract/values.js';

const find = (line: string, label: string, options = {}) => findLabel(line, fold(line), foldLabel(label), options);

describe('tolerant label matching', () => {
  test('folding: case, umlauts and their spellings, ß/ss, punctuation and spacing', () => {
    for (const variant of ['Wohnfläche', 'Wohnflaeche', 'WOHNFLÄCHE', 'Wohn-fläche', 'Wohnflache', 'Wohn fläche']) expect(foldLabel(variant)).toBe(foldLabel('Wohnfläche'));
    expect(foldLabel('Straße')).toBe(foldLabel('Strasse'));
  });

  test('spelled out, an umlaut differs from its base vowel but not from its two-letter spelling (for text layers, whose umlauts are meant)', () => {
    expect(spelledOut('Größe')).toBe(spelledOut('Groesse'));
    expect(spelledOut('Wohnfläche')).toBe(spelledOut('WOHNFLAECHE'));
    expect(spelledOut('Straße')).toBe(spelledOut('Strasse'));
    expect(otherWordThanLabel('Große', 'Größe')).toBe(true);
    expect(otherWordThanLabel('Groesse', 'Größe')).toBe(false);
    expect(otherWordThanLabel('GRÖSSE', 'Größe')).toBe(false);
    // text that does not even fold like the label is not judged here
    expect(otherWordThanLabel('Grüße', 'Größe')).toBe(false);
  });

  test('OCR errors inside a label are tolerated, within a budget that grows with its length', () => {
    expect(find('Grundmlete: 450,00 €', 'Grundmiete')).toHaveLength(1);
    expect(find('Grundmiete; 450,00 €', 'Grundmiete')).toHaveLength(1);
    expect(allowedDistance(4)).toBe(0);
    expect(allowedDistance(8)).toBe(1);
    expect(allowedDistance(15)).toBe(2);
    expect(find('Nettu 2.000,00', 'Netto')).toHaveLength(1);
    expect(find('KV 200,00', 'RV')).toHaveLength(0);
  });

  test('word boundaries: a label never matches inside another word', () => {
    expect(find('Mieter: Anna Schmidt', 'Miete')).toHaveLength(0);
    expect(find('Bruttokaltmiete 500,00', 'Kaltmiete')).toHaveLength(0);
    expect(find('Heizkostenvorauszahlung 70,00', 'Heizkosten')).toHaveLength(0);
    expect(find('Heizkostenvorauszahlung 70,00', 'Heizkosten', { prefix: true })).toHaveLength(1);
    expect(find('Festsetzung des Elterngeldes', 'Elterngeld', { suffix: 2 })).toHaveLength(1);
  });

  test('a letter missing at the end of a label makes another word, except a plural e', () => {
    expect(find('Sollstellung Miete Juni 2024', 'Mieter')).toHaveLength(0);
    expect(find('Nettobezug 1.732,39', 'Nettobezüge')).toHaveLength(1);
    expect(find('Grundmiet 450,00', 'Grundmiete')).toHaveLength(1);
  });

  test('in a text layer a short label with another letter at an end is another word; OCR may garble an end letter', () => {
    expect(find('Frau Schulz', 'Schule', { exactEnds: true })).toHaveLength(0);
    expect(find('Nettu 2.000,00', 'Netto', { exactEnds: true })).toHaveLength(0);
    expect(find('Nettu 2.000,00', 'Netto')).toHaveLength(1);
    expect(find('Grundmlete 450,00', 'Grundmiete', { exactEnds: true })).toHaveLength(1);
  });

  test('in a text layer a short label with a letter less or another letter inside is another word; OCR may drop or garble one', () => {
    expect(find('Fischer, René Thomas', 'Rente', { exactEnds: true })).toHaveLength(0);
    expect(find('Hartmann, Renée', 'Rente', { exactEnds: true })).toHaveLength(0);
    expect(find('Rene 812,40 EUR', 'Rente')).toHaveLength(1);
    expect(find('Renee 812,40 EUR', 'Rente')).toHaveLength(1);
    // on a scan too, a short word with another first letter is another word
    expect(find('Krause, Dieter', 'Mieter')).toHaveLength(0);
    expect(find('Mleter: Krause', 'Mieter')).toHaveLength(1);
  });

  test('a hyphenated compound is another word: its second part after a word, its first part before a number', () => {
    expect(find('Einzel-GdB von 10', 'GdB')).toHaveLength(0);
    expect(find('BA-Kundennummer 025B303570', 'Kundennummer')).toHaveLength(1);
    expect(find('Personal-Nr. 07870', 'Personal')).toHaveLength(0);
  });

  test('a fuzzy match may not drop a word or change a short word', () => {
    expect(find('Beginn des Schulbesuchs', 'Schulbesuch bis')).toHaveLength(0);
    expect(find('KV AN-Anteil 155,34', 'KV AG-Anteil', { shortTokens: shortTokensOf('KV AG-Anteil') })).toHaveLength(0);
  });

  test('a match across two words keeps both ends of the label: OCR splits a word, it does not also change its first letter', () => {
    expect(find('Bescheinigung über die Teilnahme am Unterricht', 'Miete', { prefix: true, suffix: 2 })).toHaveLength(0);
    expect(find('Bescheinigung über die Mie te', 'Miete', { prefix: true, suffix: 2 })).toHaveLength(1);
  });

  test('a role in both genders reads as its masculine form, every character where it was', () => {
    expect(withoutGenderPair('Name bzw. Firma der Vermieterin / des Vermieters').replace(/\s+/g, ' ')).toBe('Name bzw. Firma des Vermieters');
    expect(withoutGenderPair('Name des Vermieters/der Vermieterin').trim()).toBe('Name des Vermieters');
    expect(withoutGenderPair('Ihre Mieterin bzw. Ihr Mieter hat').trim()).toBe('Ihr Mieter hat');
    expect(withoutGenderPair('Schülerinnen/Schüler').trim()).toBe('Schüler');
    expect(withoutGenderPair('Name der Vermieterin / des Vermieters')).toHaveLength('Name der Vermieterin / des Vermieters'.length);
    // a feminine ending inside a caption: "Mieter/in seit" reads "Mieter seit"
    expect(withoutGenderPair('Mieter/in seit').replace(/\s+/g, ' ')).toBe('Mieter seit');
    expect(withoutGenderPair('Bewohner:innen lt. Mieterliste').replace(/\s+/g, ' ')).toBe('Bewohner lt. Mieterliste');
    // no pair: unchanged
    for (const text of ['Mieter/in', 'Frau Müllerin / Herr Müller', 'Vermieterin', 'Ein-/Auszug am']) expect(withoutGenderPair(text)).toBe(text);
  });

  test('a name as a literal in a regular expression: its dots and brackets match only themselves', () => {
    const pattern = new RegExp(`^${escapeRegExp('St. (Haus) [1]*')}$`);
    expect(pattern.test('St. (Haus) [1]*')).toBe(true);
    expect(pattern.test('Stx (Haus) [1]*')).toBe(false);
  });

  test('matches map back to the original text (for evidence)', () => {
    const line = 'Die Wohnflaeche beträgt 58,4 m²';
    const [match] = find(line, 'Wohnfläche');
    expect(line.slice(match.start, match.end)).toBe('Wohnflaeche');
  });
});

describe('reading values out of noisy text', () => {
  test('OCR debris around a value is left out', () => {
    expect(parseName('Leon Becker Ü')[0].value).toBe('Leon Becker');
    expect(parseName('DE Yvonne Jana Weber A')[0].value).toBe('Yvonne Jana Weber');
    // a form's fill-in line read as underscores glued to the last word
    expect(parseName('Strauß, Olena Greta__')[0].value).toBe('Olena Greta Strauß');
    expect(parseText('| Käthe-Kollwitz-Gymnasium Stuttgart Z')[0].value).toBe('Käthe-Kollwitz-Gymnasium Stuttgart');
    const piece = '» ‚Hauptstraße 5 ®';
    const kept = trimJunk(piece);
    expect(piece.slice(kept.start, kept.end)).toBe('Hauptstraße 5');
  });

  test('a closing quote or bracket that belongs to the name stays; a stray one goes', () => {
    expect(parseText('Staatliches Gymnasium „Goethe“')[0].value).toBe('Staatliches Gymnasium „Goethe“');
    expect(parseText('157. Oberschule Frankfurt (Oder)')[0].value).toBe('157. Oberschule Frankfurt (Oder)');
    expect(parseText('Grundschule "Am Park"')[0].value).toBe('Grundschule "Am Park"');
    expect(parseText('Käthe-Kollwitz-Gymnasium Stuttgart“')[0].value).toBe('Käthe-Kollwitz-Gymnasium Stuttgart');
    expect(parseText('Käthe-Kollwitz-Gymnasium Stuttgart)')[0].value).toBe('Käthe-Kollwitz-Gymnasium Stuttgart');
  });

  test('a joined row is cut at the next cell’s label, a company at its legal form, a party at its phone number', () => {
    expect(parseName('Maik Kühn Datum 24.04.24')[0].value).toBe('Maik Kühn');
    expect(parseText('Hoffmann Metallbau GmbH 3 Verdienstabrechnung')[0].value).toBe('Hoffmann Metallbau GmbH');
    expect(parseParty('Elias Peters - (0341) 6617966')[0].value).toBe('Elias Peters');
    expect(parseParty('Herrmann Grundbesitz KG, Am Stadtpark 39, 83022 Rosenheim')[0].value).toBe('Herrmann Grundbesitz KG');
  });

  test('captions and sentences are not names or organisations', () => {
    expect(parseName('Name, Vorname')).toEqual([]);
    expect(parseText('Name und Anschrift der Schule')).toEqual([]);
    expect(parseParty('oder ein von ihm Beauftragter darf die')).toEqual([]);
    expect(parseParty('Tel. (0211) 0143297')).toEqual([]);
  });

  test('an address inside running text keeps the street as printed', () => {
    const [address] = parseAddressRegion(' Nr. 1 in An der Wuhle 20, 47051 Duisburg, 1. OG Mitte', { own: true });
    expect(address.value).toBe('An der Wuhle 20, 47051 Duisburg');
  });

  test('Versicherungsnummer: digits repaired only where digits belong, the letter kept', () => {
    expect(parseVersicherungsnummer('43120660O402')[0].value).toBe('43120660O402');
    expect(parseVersicherungsnummer('12 15O352 W 0l2')[0].value).toBe('12150352W012');
    // OCR doubles the letter now and then ("S" read as "Ss"); another second letter is something else
    expect(parseVersicherungsnummer('53 180685 Ss 490')[0].value).toBe('53180685S490');
    expect(parseVersicherungsnummer('53 180685 St 490')).toHaveLength(0);
  });
});
