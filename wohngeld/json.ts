/**
 * JSON with a German error that says where: `Zeile 3, Spalte 14: „,“ erwartet, „}“ gefunden`.
 * For every JSON a person writes or an office configures: the application (`antrag.json`, the
 * OZG intake), the calculation input of `wohngeld berechne`, the office's settings files.
 * V8's own messages are English and give a position only for some errors, so the place is found
 * by a small scanner of the JSON grammar (RFC 8259) when JSON.parse refuses the text.
 */

export class JsonFehler extends Error {
  constructor(
    readonly zeile: number,
    readonly spalte: number,
    readonly grund: string,
  ) {
    super(`Zeile ${zeile}, Spalte ${spalte}: ${grund}`);
    this.name = 'JsonFehler';
  }
}

export function parseJson(raw: string): unknown {
  // editors on Windows like to put a byte order mark in front; it is not part of the JSON
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  try {
    return JSON.parse(text);
  } catch {
    throw findError(text);
  }
}

function findError(text: string): JsonFehler {
  let i = 0;
  const at = (index: number, grund: string): JsonFehler => {
    const before = text.slice(0, index);
    const zeile = before.split('\n').length;
    const spalte = index - before.lastIndexOf('\n');
    return new JsonFehler(zeile, spalte, grund);
  };
  const shown = (index: number) => (index >= text.length ? 'das Ende des Textes' : `„${text[index]}“`);
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (what: string, grund: string) => {
    if (text[i] !== what) throw at(i, `${grund} erwartet, ${shown(i)} gefunden`);
    i++;
  };
  const string = () => {
    expect('"', 'Anführungszeichen');
    for (;;) {
      if (i >= text.length) throw at(i, 'Text in Anführungszeichen wird nicht geschlossen');
      const c = text.charCodeAt(i);
      if (text[i] === '"') {
        i++;
        return;
      }
      if (c < 0x20) throw at(i, 'Zeilenumbruch oder Steuerzeichen in einem Text (als \\n schreiben)');
      if (text[i] === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw at(i, 'ungültige \\u-Folge');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw at(i, `ungültige Folge „\\${e ?? ''}“ in einem Text`);
        continue;
      }
      i++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) throw at(i, `Zahl erwartet, ${shown(i)} gefunden`);
    i += match[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw at(i, `Feldname in Anführungszeichen erwartet, ${shown(i)} gefunden`);
        string();
        ws();
        expect(':', '„:“');
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect('}', '„,“ oder „}“');
        return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(']', '„,“ oder „]“');
        return;
      }
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    throw at(i, i >= text.length ? 'unerwartetes Ende des Textes' : `Wert erwartet, ${shown(i)} gefunden`);
  };

  try {
    value();
    ws();
    if (i < text.length) return at(i, `nach dem Ende des JSON-Werts folgt noch ${shown(i)}`);
  } catch (error) {
    if (error instanceof JsonFehler) return error;
    throw error;
  }
  // JSON.parse refused what the scanner accepts: say so rather than invent a place
  return at(0, 'kein gültiges JSON');
}
