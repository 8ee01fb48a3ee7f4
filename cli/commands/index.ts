/**
 * The subcommands of `wohngeld`. A new command is one module in this folder and one entry here;
 * its help and option checks come from its `Command` definition.
 */
import type { Command } from '../command.ts';
import { analyzeCommand } from './analyze.ts';
import { berechneCommand } from './berechne.ts';
import { deployCommand } from './deploy.ts';
import { createHelpCommand } from './help.ts';
import { passwortHashCommand } from './passwort-hash.ts';
import { startCommand } from './start.ts';
import { submitCommand } from './submit.ts';

export const commands: readonly Command[] = [
  startCommand,
  deployCommand,
  analyzeCommand,
  berechneCommand,
  submitCommand,
  passwortHashCommand,
  createHelpCommand(() => commands),
];

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name);
}
