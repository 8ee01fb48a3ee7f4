/** JSON with a German error that says where (used for the antrag part and by `wohngeld submit`). */
import { JsonFehler, parseJson } from '../../wohngeld/json.ts';

const fehler = (text: string) => {
  try {
    parseJson(text);
  } catch (error) {
    if (error instanceof JsonFehler) return error.message;
    throw error;
  }
  throw new Error(`kein Fehler für ${JSON.stringify(text)}`);
};

test('valid JSON, also with a byte order mark in front', () => {
  expect(parseJson('{"a":[1,2.5e3,"x\\u00e4"],"b":null}')).toEqual({ a: [1, 2500, 'xä'], b: null });
  expect(parseJson('\ufeff{"a":true}')).toEqual({ a: true });
});

test.each([
  ['{"a":}', 'Zeile 1, Spalte 6: Wert erwartet, „}“ gefunden'],
  ['{"a":1,}', 'Zeile 1, Spalte 8: Feldname in Anführungszeichen erwartet, „}“ gefunden'],
  ['{"a" 1}', 'Zeile 1, Spalte 6: „:“ erwartet, „1“ gefunden'],
  ['{"a":1', 'Zeile 1, Spalte 7: „,“ oder „}“ erwartet, das Ende des Textes gefunden'],
  ['', 'Zeile 1, Spalte 1: unerwartetes Ende des Textes'],
  ["{'a':1}", 'Zeile 1, Spalte 2: Feldname in Anführungszeichen erwartet, „\'“ gefunden'],
  ['[1,2,,3]', 'Zeile 1, Spalte 6: Wert erwartet, „,“ gefunden'],
  ['{"a":"x\ny"}', 'Zeile 1, Spalte 8: Zeilenumbruch oder Steuerzeichen in einem Text (als \\n schreiben)'],
  ['{"a":1} x', 'Zeile 1, Spalte 9: nach dem Ende des JSON-Werts folgt noch „x“'],
  ['{\n  "a": 1,\n  "b": tru\n}', 'Zeile 3, Spalte 8: Wert erwartet, „t“ gefunden'],
  ['{"a":"\\q"}', 'Zeile 1, Spalte 7: ungültige Folge „\\q“ in einem Text'],
  ['{"a":"offen', 'Zeile 1, Spalte 12: Text in Anführungszeichen wird nicht geschlossen'],
])('%j: %s', (text, message) => {
  expect(fehler(text)).toBe(message);
});
