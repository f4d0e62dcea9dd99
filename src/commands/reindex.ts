// `papergraph index [DIR]`: (re)write DIR/graph.index, the query index, from DIR/graph.json.
// build and add write it themselves; this is for a graph.json made or edited elsewhere.

import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import { addGraphOption, openGraph, resolveGraphFile, type GraphFlags } from './graph-access.js';

async function runIndex(flags: GraphFlags, ctx: CommandContext): Promise<void> {
  const [graph, { writeQueryIndex }] = await Promise.all([openGraph(flags, ctx), import('../io/query-index.js')]);
  const file = await writeQueryIndex(graph, resolveGraphFile(flags, ctx));
  ctx.io.stderr(`wrote ${file} (${graph.order} nodes, ${graph.size} edges): queries of this graph now read only what they need\n`);
}

export function registerIndex(program: Command, ctx: CommandContext): void {
  addGraphOption(
    program
      .command('index')
      .description('write graph.index beside graph.json, so queries on a big graph start fast (build and add do it too)')
      .argument('[graph]', 'graph.json (or its directory); same as --graph'),
  ).action((graph: string | undefined, flags: GraphFlags) => runIndex(graph ? { ...flags, graph } : flags, ctx));
}
