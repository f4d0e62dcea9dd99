// `papergraph serve [DIR]`: serves the built map with DIR/graph.json on 127.0.0.1.
// Argument checks and messages only; the HTTP side lives in src/io/server.ts.

import type { Command } from 'commander';
import { relative, resolve } from 'node:path';
import type { CommandContext } from './context.js';
import { UsageError } from '../errors.js';
import { graphFilePath } from '../io/graph-path.js';
import { defaultAppDir } from '../io/package-info.js';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, serveUntilInterrupted, startServer } from '../io/server.js';
import { openSource } from './graph-access.js';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
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
    .argument('[dir]', 'directory holding graph.json (or the file itself)', 'out')
    .option('-p, --port <port>', 'port to listen on (0: any free port)', String(DEFAULT_PORT))
    .option('--host <host>', 'address to bind; use 0.0.0.0 only on a trusted network', DEFAULT_HOST)
    .option('--app <dir>', 'directory of the built web app', undefined)
    .action(async (dir: string, flags: ServeFlags) => {
      const port = parsePort(flags.port);
      const graphFile = graphFilePath(resolve(ctx.io.cwd, dir));
      // Loaded once, and early: a missing or foreign file fails with the validator's message.
      const source = await openSource({ graph: graphFile }, ctx);
      const { createApi } = await import('../io/api.js');
      // Fold every name for /api/search now, not on the first request (seconds on a big graph).
      source.searchIndex();
      const appDir = flags.app ? resolve(ctx.io.cwd, flags.app) : defaultAppDir();
      const server = await startServer({ appDir, graphFile, host: flags.host, port, api: createApi(source, relative(ctx.io.cwd, graphFile) || graphFile) });
      ctx.io.stdout(`papergraph: serving ${graphFile}\n  ${server.url}\n  ${server.url}api/neighbours?name=... (JSON API)\n(press Ctrl-C to stop)\n`);
      if (!isLoopback(server.host)) {
        ctx.io.stderr(`papergraph: warning: listening on ${server.host}: other machines on the network can open the map\n`);
      }
      const signal = await serveUntilInterrupted(server);
      // Stopping a server is its normal end: its own message, exit 0.
      if (signal) ctx.io.stderr(`papergraph: stopped serving (${signal === 'SIGINT' ? 'Ctrl-C' : signal})\n`);
    });
}
