/**
 * The export record as XML, for Fachverfahren that import XML rather than JSON. The structure is
 * the JSON's, element for element (README.md, "XML"): every field is an element of the same name
 * in the namespace `urn:wohngeld-camunda:fachverfahren:1`, a list is an element holding one
 * element per entry, absent optional fields are absent elements. No attributes, no mixed content.
 */
import type { FachverfahrenExport } from './schema.ts';
import { XML_NAMESPACE } from './schema.ts';

export const XML_WURZEL = 'fachverfahrenExport';

/** Element name of one entry, per list. */
export const LISTENEINTRAEGE: Readonly<Record<string, string>> = { haushalt: 'mitglied', schritte: 'schritt', korrekturen: 'korrektur', dokumente: 'dokument' };

/** Fields holding euros: written with exactly two decimals ("640.00"), as xs:decimal expects them. */
export const BETRAGSFELDER: ReadonlySet<string> = new Set(['bruttokaltmiete', 'wohngeldMonatlich', 'wohngeld', 'M', 'Y', 'hoechstbetrag', 'betrag']);

// '\r' as a reference: a parser turns a literal CR LF into LF, the reference survives.
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

function zahl(name: string, n: number): string {
  if (BETRAGSFELDER.has(name)) return n.toFixed(2);
  const text = String(n);
  // xs:decimal has no exponent; the record's other numbers (confidence, Mietstufe, m²) never need one, but stay exact if they did
  return /e/i.test(text) ? n.toFixed(20).replace(/\.?0+$/, '') : text;
}

function element(name: string, wert: unknown, einzug: string, zeilen: string[]): void {
  if (wert === undefined || wert === null) return;
  if (Array.isArray(wert)) {
    const eintrag = LISTENEINTRAEGE[name];
    if (!eintrag) throw new Error(`Liste „${name}“ hat keinen Elementnamen für ihre Einträge.`);
    if (wert.length === 0) {
      zeilen.push(`${einzug}<${name}/>`);
      return;
    }
    zeilen.push(`${einzug}<${name}>`);
    for (const w of wert) element(eintrag, w, `${einzug}  `, zeilen);
    zeilen.push(`${einzug}</${name}>`);
  } else if (typeof wert === 'object') {
    zeilen.push(`${einzug}<${name}>`);
    for (const [k, v] of Object.entries(wert)) element(k, v, `${einzug}  `, zeilen);
    zeilen.push(`${einzug}</${name}>`);
  } else {
    const text = typeof wert === 'number' ? zahl(name, wert) : typeof wert === 'boolean' ? String(wert) : escape(String(wert));
    zeilen.push(`${einzug}<${name}>${text}</${name}>`);
  }
}

/** The record as an XML document (UTF-8), as written to `<antragId>.xml`. */
export function alsXml(datensatz: FachverfahrenExport): string {
  const zeilen = ['<?xml version="1.0" encoding="UTF-8"?>', `<${XML_WURZEL} xmlns="${XML_NAMESPACE}">`];
  for (const [k, v] of Object.entries(datensatz)) element(k, v, '  ', zeilen);
  zeilen.push(`</${XML_WURZEL}>`);
  return `${zeilen.join('\n')}\n`;
}
