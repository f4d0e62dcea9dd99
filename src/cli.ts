// The papergraph command line: a thin shell over the library. Parses argv with
// commander, dispatches to src/commands/*, and is the one place errors become exit codes.

import { Command, CommanderError } from 'commander';
import { pathToFileURL } from 'node:url';
import { BusyError, InputError, NotFoundError, OutputError, PapergraphError, UsageError } from './errors.js';
import { cleanUpForExit, handOverSignal } from './io/interrupt.js';
import { packageInfo } from './io/package-info.js';
import type { CliIO, CommandContext } from './commands/context.js';
import { COMMANDS } from './commands/index.js';

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
};

/**
 * Exit code of each error category, most specific first: the one place a class becomes a
 * code (64, 73, 75: sysexits' EX_USAGE, EX_CANTCREAT, EX_TEMPFAIL). Other errors exit 1.
 */
const EXIT_CODES: ReadonlyArray<readonly [abstract new (...args: never[]) => PapergraphError, number]> = [
  [UsageError, 64],
  [NotFoundError, 3],
  [InputError, 2],
  [OutputError, 73],
  [BusyError, 75],
];

export function exitCodeOf(error: PapergraphError): number {
  return EXIT_CODES.find(([category]) => error instanceof category)?.[1] ?? 1;
}

/** Every message papergraph prints about a failure starts with this, commander's too. */
export const ERROR_PREFIX = 'papergraph: ';

/** commander writes "error: unknown option ..."; ours say "papergraph: ..." like every other error. */
export function withErrorPrefix(text: string): string {
  return text.replace(/^error: /, ERROR_PREFIX);
}

function createProgram(ctx: CommandContext): Command {
  const program = new Command('papergraph')
    .description('Build a knowledge graph of ML papers, models and their lineage')
    .version(packageInfo().version, '-V, --version', 'print the version and exit')
    .option('--verbose', 'print stack traces on errors')
    .exitOverride()
    .configureOutput({
      writeOut: ctx.io.stdout,
      writeErr: ctx.io.stderr,
      outputError: (text, write) => write(withErrorPrefix(text)),
    })
    .showHelpAfterError('(run papergraph --help for usage)');
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/** Run the CLI on `argv` (without node and script) and resolve to the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode = 0;
  const ctx: CommandContext = { io, setExitCode: (code) => (exitCode = Math.max(exitCode, code)) };
  const program = createProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 64;
    }
    const verbose = argv.includes('--verbose');
    if (error instanceof PapergraphError) {
      io.stderr(`${ERROR_PREFIX}${error.message}\n`);
      if (verbose && error.stack) io.stderr(`${error.stack}\n`);
      return exitCodeOf(error);
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${ERROR_PREFIX}unexpected error: ${message}\n`);
    if (verbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 1;
  }
}

/** Entry for bin/papergraph.mjs and `tsx src/cli.ts`: also cleans up on Ctrl-C and kill. */
export async function run(argv: readonly string[]): Promise<number> {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      if (handOverSignal(signal)) return; // serve stops itself
      const output = cleanUpForExit();
      process.stderr.write(`\n${ERROR_PREFIX}interrupted (${signal}); ${output}\n`);
      process.exit(code);
    });
  }
  return main(argv);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2));
}
