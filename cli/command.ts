/**
 * What a subcommand of `wohngeld` is, and the option parser they share. Each command lives in
 * `cli/commands/<name>.ts` and is listed once in `cli/commands/index.ts`.
 *
 * The parser is our own (not node:util parseArgs) so that every message is German and `--port
 * --db x` is an error instead of a port named "--db".
 */

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Placeholder in the help, e.g. 'PORT'. */
  readonly valueName?: string;
  /** German, one line. */
  readonly description: string;
}

export interface ParsedArgs {
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** What a command may use of the outside world; tests and callers can replace it. */
export interface CommandIO {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  readonly name: string;
  /** German, one line, for the command list. */
  readonly summary: string;
  /** e.g. 'wohngeld deploy [VERZEICHNIS ...]' */
  readonly usage: string;
  /** Further German lines for `wohngeld help <name>`. */
  readonly details?: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Name of the positional arguments in the usage; without it the command takes none. */
  readonly positionals?: string;
  /** Returns the exit code. */
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}

/** An error whose message is meant for the user as it is: no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2 for a wrong call (usage), 1 for everything else. */
    readonly exitCode: number = 1,
    /** A line that helps, e.g. which help to read. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string, command?: string) {
    super(message, 2, command ? `Hilfe: wohngeld help ${command}` : 'Hilfe: wohngeld help');
    this.name = 'UsageError';
  }
}

/** Every command understands --help. */
export const helpOption: OptionSpec = { type: 'boolean', short: 'h', description: 'Diese Hilfe anzeigen' };

export function parseCommandArgs(command: Pick<Command, 'name' | 'options' | 'positionals'>, argv: readonly string[]): ParsedArgs {
  const specs: Record<string, OptionSpec> = { ...command.options, help: helpOption };
  const byShort = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  const options: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const raw = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const name = raw.startsWith('--') ? raw.slice(2) : byShort.get(raw.slice(1));
    const spec = name === undefined ? undefined : specs[name];
    if (name === undefined || spec === undefined || (!raw.startsWith('--') && raw.length !== 2)) {
      throw new UsageError(`Unbekannte Option „${raw}“ für „wohngeld ${command.name}“.`, command.name);
    }
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`Die Option „${raw}“ nimmt keinen Wert.`, command.name);
      options[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && !(next.startsWith('-') && next !== '-')) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') {
      throw new UsageError(`Die Option „${raw}“ braucht einen Wert${spec.valueName ? ` (${spec.valueName})` : ''}.`, command.name);
    }
    options[name] = value;
  }

  if (!options.help && command.positionals === undefined && positionals.length > 0) {
    throw new UsageError(`Unerwartetes Argument „${positionals[0]}“: „wohngeld ${command.name}“ nimmt keine Argumente.`, command.name);
  }
  return { options, positionals };
}

/** A TCP port from an option or variable; `what` names the source in the message. */
export function parsePort(value: string, what: string, command?: string): number {
  const trimmed = value.trim();
  const port = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`Ungültiger Port in ${what}: „${value}“. Erwartet wird eine ganze Zahl von 0 bis 65535 (0 = freier Port).`, command);
  }
  return port;
}

/** The help text of one command. */
export function formatCommandHelp(command: Command): string {
  const specs: Record<string, OptionSpec> = { ...command.options, help: helpOption };
  const rows = Object.entries(specs).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'WERT'}` : ''}`;
    return [flag, spec.description] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `${command.summary}`,
    '',
    `Aufruf: ${command.usage}`,
    ...(command.details && command.details.length > 0 ? ['', ...command.details] : []),
    '',
    'Optionen:',
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
  ].join('\n');
}
