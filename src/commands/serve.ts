// `papergraph serve [DIR]`: serves the built map with DIR/graph.json on 127.0.0.1.
// Argument checks and messages only; the HTTP side lives in src/io/server.ts.

import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from './context.js';
import { InputError, UsageError } from '../errors.js';
import { DEFAULT_HOST, DEFAULT_PORT, serveUntilInterrupted, startServer } from '../io/server.js';

/** Where `vite build` puts the app (see vite.config.ts): dist/web at the package root. */
export const DEFAULT_APP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

/** Fail early, before listening, when the graph file is missing or not a graph export. */
async function checkGraphFile(file: string): Promise<void> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      throw new InputError(`${file} not found: run \`papergraph build <corpus> --out ${dirname(file)}\` first`);
    }
    throw new InputError(`${file}: cannot read (${error.code ?? error.message})`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
  const looksLikeGraph =
    typeof data === 'object' && data !== null && 'nodes' in data && Array.isArray(data.nodes) && 'edges' in data && Array.isArray(data.edges);
  if (!looksLikeGraph) throw new InputError(`${file}: not a papergraph graph.json (expected "nodes" and "edges" arrays)`);
}

interface ServeFlags {
  port: string;
  host: string;
  app?: string;
}

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description('serve the interactive map of DIR/graph.json (default DIR: out)')
    .argument('[dir]', 'directory holding graph.json', 'out')
    .option('-p, --port <port>', 'port to listen on (0: any free port)', String(DEFAULT_PORT))
    .option('--host <host>', 'address to bind; use 0.0.0.0 only on a trusted network', DEFAULT_HOST)
    .option('--app <dir>', 'directory of the built web app', undefined)
    .action(async (dir: string, flags: ServeFlags) => {
      const port = parsePort(flags.port);
      const graphFile = join(resolve(ctx.io.cwd, dir), 'graph.json');
      await checkGraphFile(graphFile);
      const appDir = flags.app ? resolve(ctx.io.cwd, flags.app) : DEFAULT_APP_DIR;
      const server = await startServer({ appDir, graphFile, host: flags.host, port });
      ctx.io.stdout(`papergraph: serving ${graphFile}\n  ${server.url}\n(press Ctrl-C to stop)\n`);
      await serveUntilInterrupted(server);
    });
}
