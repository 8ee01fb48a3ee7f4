/**
 * Dispatches `wohngeld <command>` to the modules in cli/commands/ and turns every error into one
 * German message and an exit code: 0 success, 1 failure, 2 wrong call. A stack trace only with
 * WOHNGELD_DEBUG=1.
 */
import { type CommandIO, CliError, parseCommandArgs, formatCommandHelp } from './command.ts';
import { commands, findCommand } from './commands/index.ts';
import { formatMainHelp, unknownCommand } from './commands/help.ts';
import { describeSdkError } from './errors.ts';

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h') {
      io.out(formatMainHelp(commands));
      return 0;
    }
    if (name.startsWith('-')) throw unknownCommand(name, commands);
    const command = findCommand(name);
    if (!command) throw unknownCommand(name, commands);
    const args = parseCommandArgs(command, rest);
    if (args.options.help === true) {
      io.out(formatCommandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`wohngeld${name && findCommand(name) ? ` ${name}` : ''}: ${e.message}`);
      if (e.hint) io.err(e.hint);
      return e.exitCode;
    }
    io.err(`wohngeld${name ? ` ${name}` : ''}: ${describeSdkError(e)}`);
    if (io.env.WOHNGELD_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  }
}
