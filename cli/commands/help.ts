/** `wohngeld help [BEFEHL]`: the command list, or one command's options. */
import { type Command, UsageError, formatCommandHelp } from '../command.ts';

export function createHelpCommand(commands: () => readonly Command[]): Command {
  return {
    name: 'help',
    summary: 'Zeigt diese Hilfe oder die Hilfe zu einem Befehl',
    usage: 'wohngeld help [BEFEHL]',
    options: {},
    positionals: 'BEFEHL',
    async run({ positionals }, io) {
      if (positionals.length > 1) throw new UsageError('„wohngeld help“ nimmt höchstens einen Befehl.', 'help');
      const name = positionals[0];
      if (name === undefined) {
        io.out(formatMainHelp(commands()));
        return 0;
      }
      const command = commands().find((c) => c.name === name);
      if (!command) throw unknownCommand(name, commands());
      io.out(formatCommandHelp(command));
      return 0;
    },
  };
}

export function formatMainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'wohngeld – Wohngeld-Anträge mit Camunda 8.8',
    '',
    'Aufruf: wohngeld <BEFEHL> [OPTIONEN]',
    '',
    'Befehle:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Umgebungsvariablen:',
    '  ZEEBE_REST_ADDRESS, CAMUNDA_REST_ADDRESS  Adresse eines Camunda-8.8-Clusters (dann keine eingebettete Engine)',
    '  CAMUNDA_AUTH_STRATEGY                     NONE, BASIC oder OAUTH; Zugangsdaten siehe workers/README.md',
    '  PORT, WOHNGELD_DB                         Port und SQLite-Datei der eingebetteten Engine',
    '  WOHNGELD_WEB_PORT, WOHNGELD_WEB_HOST      Port und Adresse von OZG-Eingang und Tasklist (Vorgabe 127.0.0.1:8081)',
    '  WOHNGELD_OZG_API_KEY                      API-Schlüssel des OZG-Eingangs (sonst data/ozg-api-key)',
    '  WOHNGELD_TASKLIST_BENUTZER                Benutzerliste der Tasklist (sonst data/tasklist-benutzer.json)',
    '  WOHNGELD_MIETSTUFE, WOHNGELD_BRIEFKOPF,   Mietstufe der Gemeinde, Briefkopf, eigene Nachweisregeln',
    '  WOHNGELD_NACHWEISREGELN',
    '  WOHNGELD_POSTAUSGANG,                     Ausgangsverzeichnisse für Briefe und das Fachverfahren',
    '  WOHNGELD_FACHVERFAHREN_AUSGANG',
    '  LLM_MODEL, LLM_BASE_URL                   optionales Sprachmodell (siehe docai/llm.ts)',
    '',
    '„wohngeld help <BEFEHL>“ zeigt die Optionen eines Befehls.',
  ].join('\n');
}

/** "Unbekannter Befehl „stat“. Meinten Sie „start“?" */
export function unknownCommand(name: string, commands: readonly Command[]): UsageError {
  const names = commands.map((c) => c.name);
  const closest = names
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const suggestion = closest && closest.distance <= 2 ? ` Meinten Sie „${closest.candidate}“?` : '';
  return new UsageError(`Unbekannter Befehl „${name}“.${suggestion} Verfügbare Befehle: ${names.join(', ')}.`);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
