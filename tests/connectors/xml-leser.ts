/**
 * A small, strict XML reader for the tests: enough of XML 1.0 to read a data document (declaration,
 * comments, elements, attributes, text, character and the five predefined entity references) and
 * to refuse what is not well-formed (unclosed or crossed tags, a bare '&' or '<', characters XML
 * forbids, more than one root). Independent of the writer, so a test reading the export with it
 * checks the writer instead of repeating it.
 */

export interface XmlElement {
  readonly name: string;
  readonly attribute: Record<string, string>;
  readonly kinder: XmlElement[];
  /** the text directly inside, references resolved, line ends normalised as a parser does */
  text: string;
}

export class XmlFehler extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex
const VERBOTEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function zeichendaten(roh: string, stelle: number): string {
  if (roh.includes('<')) throw new XmlFehler(`'<' im Text bei ${stelle}`);
  if (roh.includes(']]>')) throw new XmlFehler(`']]>' im Text bei ${stelle}`);
  if (VERBOTEN.test(roh)) throw new XmlFehler(`verbotenes Zeichen bei ${stelle}`);
  // XML 1.0 § 2.11: literal CR LF and CR become LF before anything else
  const normalisiert = roh.replace(/\r\n?/g, '\n');
  return normalisiert.replace(/&([^;&\s]*);?/g, (ganz, ref: string) => {
    if (!ganz.endsWith(';')) throw new XmlFehler(`'&' ohne Referenz bei ${stelle}`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const code = /^#x([0-9A-Fa-f]+)$/.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
    if (code === undefined) throw new XmlFehler(`unbekannte Referenz &${ref}; bei ${stelle}`);
    const zahl = ref.startsWith('#x') ? parseInt(code, 16) : parseInt(code, 10);
    const zeichen = String.fromCodePoint(zahl);
    if (VERBOTEN.test(zeichen)) throw new XmlFehler(`Referenz auf verbotenes Zeichen bei ${stelle}`);
    return zeichen;
  });
}

/** Reads a document; throws `XmlFehler` if it is not well-formed. */
export function liesXml(xml: string): XmlElement {
  let i = 0;
  const rest = () => xml.slice(i);
  const leer = () => {
    while (i < xml.length && /\s/.test(xml[i])) i++;
  };
  const sonstiges = () => {
    for (;;) {
      leer();
      if (xml.startsWith('<!--', i)) {
        const ende = xml.indexOf('-->', i + 4);
        if (ende < 0) throw new XmlFehler('Kommentar ohne Ende');
        i = ende + 3;
      } else if (xml.startsWith('<?', i) && !xml.startsWith('<?xml ', i)) {
        const ende = xml.indexOf('?>', i);
        if (ende < 0) throw new XmlFehler('Verarbeitungsanweisung ohne Ende');
        i = ende + 2;
      } else return;
    }
  };

  if (xml.startsWith('<?xml ')) {
    const ende = xml.indexOf('?>');
    if (ende < 0) throw new XmlFehler('XML-Deklaration ohne Ende');
    i = ende + 2;
  }
  sonstiges();

  const stapel: XmlElement[] = [];
  let wurzel: XmlElement | undefined;
  while (i < xml.length) {
    if (stapel.length === 0 && wurzel) {
      sonstiges();
      if (i < xml.length) throw new XmlFehler(`Inhalt nach dem Wurzelelement bei ${i}`);
      break;
    }
    if (xml.startsWith('<!--', i)) {
      sonstiges();
      continue;
    }
    if (xml.startsWith('</', i)) {
      i += 2;
      const name = NAME.exec(rest())?.[0];
      if (!name) throw new XmlFehler(`Endtag ohne Namen bei ${i}`);
      i += name.length;
      leer();
      if (xml[i] !== '>') throw new XmlFehler(`'>' erwartet bei ${i}`);
      i++;
      const offen = stapel.pop();
      if (!offen || offen.name !== name) throw new XmlFehler(`</${name}> schließt ${offen ? `<${offen.name}>` : 'nichts'}`);
      continue;
    }
    if (xml[i] === '<') {
      i++;
      const name = NAME.exec(rest())?.[0];
      if (!name) throw new XmlFehler(`Element ohne Namen bei ${i}`);
      i += name.length;
      const attribute: Record<string, string> = {};
      for (;;) {
        const vorher = i;
        leer();
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (i === vorher) throw new XmlFehler(`Leerzeichen vor Attribut erwartet bei ${i}`);
        const attr = NAME.exec(rest())?.[0];
        if (!attr) throw new XmlFehler(`Attributname erwartet bei ${i}`);
        i += attr.length;
        leer();
        if (xml[i] !== '=') throw new XmlFehler(`'=' erwartet bei ${i}`);
        i++;
        leer();
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") throw new XmlFehler(`Anführungszeichen erwartet bei ${i}`);
        const ende = xml.indexOf(quote, i + 1);
        if (ende < 0) throw new XmlFehler('Attributwert ohne Ende');
        if (attr in attribute) throw new XmlFehler(`Attribut ${attr} doppelt`);
        attribute[attr] = zeichendaten(xml.slice(i + 1, ende), i);
        i = ende + 1;
      }
      const element: XmlElement = { name, attribute, kinder: [], text: '' };
      if (stapel.length > 0) stapel[stapel.length - 1].kinder.push(element);
      else if (wurzel) throw new XmlFehler('zweites Wurzelelement');
      else wurzel = element;
      if (xml.startsWith('/>', i)) i += 2;
      else {
        i++;
        stapel.push(element);
      }
      continue;
    }
    if (stapel.length === 0) throw new XmlFehler(`Text außerhalb des Wurzelelements bei ${i}`);
    const ende = xml.indexOf('<', i);
    const roh = xml.slice(i, ende < 0 ? xml.length : ende);
    stapel[stapel.length - 1].text += zeichendaten(roh, i);
    i += roh.length;
  }
  if (stapel.length > 0) throw new XmlFehler(`<${stapel[stapel.length - 1].name}> nicht geschlossen`);
  if (!wurzel) throw new XmlFehler('kein Wurzelelement');
  return wurzel;
}

/**
 * Where an element and a JSON value say different things: every object field is a child element of
 * the same name in the same order, every list a container of entries, numbers are xs:decimal
 * ("640.00") of the same value, booleans "true"/"false". Empty when they carry the same values.
 */
export function unterschiede(element: XmlElement, wert: unknown, ort: string = element.name): string[] {
  if (Array.isArray(wert)) {
    if (element.text.trim() !== '') return [`${ort}: Text in einer Liste`];
    if (element.kinder.length !== wert.length) return [`${ort}: ${element.kinder.length} Einträge statt ${wert.length}`];
    if (new Set(element.kinder.map((k) => k.name)).size > 1) return [`${ort}: Einträge mit verschiedenen Namen`];
    return wert.flatMap((w, n) => unterschiede(element.kinder[n], w, `${ort}[${n}]`));
  }
  if (wert !== null && typeof wert === 'object') {
    if (element.text.trim() !== '') return [`${ort}: Text neben Elementen`];
    const felder = Object.entries(wert).filter(([, v]) => v !== undefined);
    const namen = element.kinder.map((k) => k.name);
    if (namen.join(',') !== felder.map(([k]) => k).join(',')) return [`${ort}: Elemente ${namen.join(',')} statt ${felder.map(([k]) => k).join(',')}`];
    return felder.flatMap(([k, v], n) => unterschiede(element.kinder[n], v, `${ort}.${k}`));
  }
  if (element.kinder.length > 0) return [`${ort}: Elemente statt eines Werts`];
  if (typeof wert === 'number') return /^-?\d+(\.\d+)?$/.test(element.text) && Number(element.text) === wert ? [] : [`${ort}: „${element.text}“ statt ${wert}`];
  if (typeof wert === 'boolean') return element.text === String(wert) ? [] : [`${ort}: „${element.text}“ statt ${wert}`];
  return element.text === wert ? [] : [`${ort}: ${JSON.stringify(element.text)} statt ${JSON.stringify(wert)}`];
}
