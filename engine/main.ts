/**
 * Standalone entry that starts only the embedded engine, for tools, tests and benchmarks:
 *
 *   node --import tsx engine/main.ts [--port N] [--db PATH]
 *
 * `--port` defaults to 8080 (0 picks a free port), `--db` to `./data/engine.sqlite`. When the
 * engine is ready it prints exactly one line `engine listening on <url>` to stdout; callers wait
 * for that line. SIGINT or SIGTERM close it cleanly (exit code 0). This output is for tools, so it
 * stays English and stable; the German user-facing entry is `wohngeld start`.
 */
import { startEmbeddedEngine } from './server.ts';

interface Args {
  port: number;
  dbPath: string;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: node --import tsx engine/main.ts [--port N] [--db PATH]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { port: 8080, dbPath: './data/engine.sqlite' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') usage(`missing value for ${name}`);
      return v;
    };
    switch (name) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) usage(`invalid port: ${text}`);
        args.port = port;
        break;
      }
      case '--db':
        args.dbPath = value();
        break;
      case '--help':
      case '-h':
        process.stdout.write('usage: node --import tsx engine/main.ts [--port N] [--db PATH]\n');
        process.exit(0);
        break;
      default:
        usage(`unknown argument: ${arg}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const engine = await startEmbeddedEngine({ port: args.port, dbPath: args.dbPath });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // a second signal while closing: do not hang
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    stopping = true;
    engine.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`engine close failed: ${(error as Error)?.stack ?? String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  process.stdout.write(`engine listening on ${engine.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`engine failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
