/**
 * `wohngeld berechne DATEI.json [--json]`: the Wohngeld pre-calculation of one household under
 * § 19 WoGG, with every step and its paragraph. The input format is in the README
 * ("Wohngeld berechnen"); a wrong input ends with exit code 1 and one German line per problem,
 * naming the field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError, type Command, UsageError } from '../command.ts';
import { JsonFehler, parseJson } from '../../wohngeld/json.ts';

export const berechneCommand: Command = {
  name: 'berechne',
  summary: 'Berechnet das Wohngeld eines Haushalts mit allen Rechenschritten (§ 19 WoGG)',
  usage: 'wohngeld berechne DATEI.json [--json]',
  details: [
    'Die Datei beschreibt Stichtag, Mietstufe, Bruttokaltmiete (monatlich, ohne Heizkosten) und die',
    'Haushaltsmitglieder mit ihren Einkommen (brutto, jährlich), Abzügen und Freibeträgen (siehe README).',
    'Fehlt die Mietstufe, gilt WOHNGELD_MIETSTUFE (1 bis 7 oder I bis VII) der Wohngeldstelle.',
    'Das Recht wird nach dem Stichtag gewählt: ab 01.01.2023 oder ab 01.01.2025.',
    'Mit --json ein JSON-Objekt {"wohngeld", "anspruch", "M", "Y", "hoechstbetrag", "schritte"};',
    'ohne --json die Rechenschritte als Text. Eine Vorausberechnung: entscheiden muss die Sachbearbeitung.',
    'Exit-Code: 0 bei einem Ergebnis (auch ohne Anspruch), 1 bei fehlerhafter Eingabe.',
  ],
  options: {
    json: { type: 'boolean', description: 'Ergebnis als JSON-Objekt statt als Text' },
  },
  positionals: 'DATEI.json',
  async run({ options, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('Genau eine Eingabedatei angeben. Aufruf: wohngeld berechne DATEI.json [--json]', 'berechne');
    const file = positionals[0];
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(`${file}: ${code === 'ENOENT' ? 'Datei nicht gefunden' : code === 'EISDIR' ? 'ist ein Verzeichnis, keine Datei' : 'kann nicht gelesen werden'}.`);
    }
    let input: unknown;
    try {
      input = parseJson(text);
    } catch (error) {
      if (!(error instanceof JsonFehler)) throw error;
      throw new CliError(`${file}: kein gültiges JSON (${error.message}).`);
    }
    const [{ leseBerechnungsfall, konfigurierteMietstufe, EingabeFehler }, { berechneWohngeld }] = await Promise.all([
      import('../../wohngeld/law/input.ts'),
      import('../../wohngeld/law/calculate.ts'),
    ]);
    let ergebnis;
    try {
      ergebnis = berechneWohngeld(leseBerechnungsfall(input, konfigurierteMietstufe(io.env)));
    } catch (error) {
      if (error instanceof EingabeFehler) throw new CliError(`${file}: fehlerhafte Eingabe\n${error.probleme.map((p) => `  ${p}`).join('\n')}`);
      throw error;
    }
    if (options.json === true) {
      const { wohngeld, anspruch, M, Y, hoechstbetrag, schritte } = ergebnis;
      io.out(JSON.stringify({ wohngeld, anspruch, M, Y, hoechstbetrag, schritte }));
      return 0;
    }
    io.out(`Wohngeld-Vorausberechnung (${ergebnis.rechtsstand})`);
    io.out('');
    ergebnis.schritte.forEach((schritt, i) => io.out(`${String(i + 1).padStart(2)}. ${schritt.text}  [${schritt.rechtsgrundlage}]`));
    io.out('');
    io.out(ergebnis.anspruch ? `Ergebnis: ${ergebnis.wohngeld} € Wohngeld monatlich.` : 'Ergebnis: kein Wohngeldanspruch.');
    io.out('Hinweis: Vorausberechnung zur Plausibilitätsprüfung; die Entscheidung trifft die Sachbearbeitung.');
    return 0;
  },
};
