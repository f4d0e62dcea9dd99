// `papergraph query neighbours|papers|path`: the graph queries from the command line, as
// aligned text or --json. A thin shell over graph/query; names resolve with "did you mean".

import type { Command } from 'commander';
import { Option } from 'commander';
import { DIRECTIONS, type Direction, type Neighbour } from '../../graph/query/index.js';
import { neighboursOf, papersOf, pathBetween } from '../queries.js';
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from '../types.js';
import type { CommandContext } from './context.js';
import { addGraphOption, choiceList, clip, openSource, parseDepth, printJson, type GraphFlags } from './graph-access.js';

interface NeighbourFlags extends GraphFlags {
  type?: NodeType[];
  edge?: EdgeType[];
  direction: Direction;
  depth: number;
}

function arrow(n: Neighbour): string {
  return n.links.map((l) => `${l.direction === 'out' ? '->' : '<-'} ${l.type}${l.relation ? ` (${l.relation})` : ''}`).join(', ');
}

async function runNeighbours(name: string, flags: NeighbourFlags, ctx: CommandContext): Promise<void> {
  const source = await openSource(flags, ctx);
  const result = neighboursOf(
    source,
    name,
    { direction: flags.direction, depth: flags.depth, ...(flags.type ? { nodeTypes: flags.type } : {}), ...(flags.edge ? { edgeTypes: flags.edge } : {}) },
    flags.graph,
  );
  if (flags.json) {
    printJson(ctx, result);
    return;
  }
  const { node, neighbours: found } = result;
  const lines = [`${node.label} (${node.key}): ${found.length} neighbour${found.length === 1 ? '' : 's'}`];
  const typeWidth = Math.max(4, ...found.map((n) => n.type.length));
  const labelWidth = Math.min(60, Math.max(4, ...found.map((n) => clip(n.label, 60).length)));
  for (const n of found) {
    const depth = flags.depth > 1 ? `${n.depth}  ` : '';
    lines.push(`  ${depth}${n.type.padEnd(typeWidth)}  ${clip(n.label, 60).padEnd(labelWidth)}  ${arrow(n)}`);
  }
  ctx.io.stdout(`${lines.join('\n')}\n`);
}

async function runPapers(name: string, flags: GraphFlags, ctx: CommandContext): Promise<void> {
  const result = papersOf(await openSource(flags, ctx), name, flags.graph);
  if (flags.json) {
    printJson(ctx, result);
    return;
  }
  const { node, papers } = result;
  const lines = [`${node.label} (${node.key}): ${papers.length} paper${papers.length === 1 ? '' : 's'}`];
  const width = Math.max(0, ...papers.map((p) => p.relations.join(', ').length));
  for (const p of papers) {
    lines.push(`  ${p.relations.join(', ').padEnd(width)}  ${clip(p.title, 80)}${p.published ? ` (${p.published})` : ''}`);
  }
  ctx.io.stdout(`${lines.join('\n')}\n`);
}

interface PathFlags extends GraphFlags {
  directed?: boolean;
}

async function runPath(from: string, to: string, flags: PathFlags, ctx: CommandContext): Promise<void> {
  const source = await openSource(flags, ctx);
  const result = pathBetween(source, from, to, { directed: flags.directed === true }, flags.graph);
  if (flags.json) {
    printJson(ctx, result);
    return;
  }
  const { path } = result;
  if (!path) {
    const label = (key: string) => source.graphFor(key, { kind: 'node' }).getNodeAttribute(key, 'label');
    ctx.io.stdout(`no path from ${label(result.from)} to ${label(result.to)}\n`);
    return;
  }
  const lines = path.map((s) =>
    s.via
      ? `  ${s.via.direction === 'out' ? '->' : '<-'} ${s.via.type}${s.via.relation ? ` (${s.via.relation})` : ''}  ${clip(s.label, 70)} (${s.type})`
      : `  ${clip(s.label, 70)} (${s.type})`,
  );
  ctx.io.stdout(`${path.length - 1} step${path.length === 2 ? '' : 's'}:\n${lines.join('\n')}\n`);
}

export function registerQuery(program: Command, ctx: CommandContext): void {
  const query = program.command('query').description('query the graph: neighbours, papers, path');
  addGraphOption(
    query
      .command('neighbours')
      .alias('neighbors')
      .description('nodes linked to <name>, with the edges and evidence that link them')
      .argument('<name>', 'a label, alias, key or paper title (case, spaces and punctuation ignored)')
      .option('-t, --type <types>', `only report these node types (${NODE_TYPES.join(', ')}); repeatable or comma-separated`, choiceList(NODE_TYPES))
      .option('-e, --edge <types>', `only follow these edge types (${EDGE_TYPES.join(', ')})`, choiceList(EDGE_TYPES))
      .addOption(new Option('-d, --direction <dir>', 'edge direction to follow').choices(DIRECTIONS).default('both'))
      .option('--depth <n>', 'steps away', parseDepth, 1)
      .option('--json', 'print JSON'),
  ).action((name: string, flags: NeighbourFlags) => runNeighbours(name, flags, ctx));
  addGraphOption(
    query.command('papers').description('papers that introduce, build on, mention or evaluate on <name>').argument('<name>').option('--json', 'print JSON'),
  ).action((name: string, flags: GraphFlags) => runPapers(name, flags, ctx));
  addGraphOption(
    query
      .command('path')
      .description('shortest path between two nodes (ignoring direction unless --directed)')
      .argument('<from>')
      .argument('<to>')
      .option('--directed', 'follow edges in their direction only')
      .option('--json', 'print JSON'),
  ).action((from: string, to: string, flags: PathFlags) => runPath(from, to, flags, ctx));
}
