/** Entry point of the `wohngeld` command; bin/wohngeld.js runs this file through tsx. */
import type { CommandIO } from './command.ts';
import { main } from './main.ts';

const processIO: CommandIO = {
  env: process.env,
  cwd: process.cwd(),
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

process.exitCode = await main(process.argv.slice(2), processIO);
// Workers and HTTP keep-alive sockets may hold timers; the command is done, so leave now.
process.exit();
