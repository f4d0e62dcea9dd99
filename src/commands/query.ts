// `papergraph query neighbours|papers|path`: the graph queries from the command line, as
// aligned text or --json. A thin shell over graph/query; names resolve with "did you mean".

import type { Command } from 'commander';
import { Option } from 'commander';
import { DIRECTIONS, neighbours, papersFor, shortestPath, type Direction, type Neighbour } from '../../graph/query/index.js';
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from '../types.js';
import type { CommandContext } from './context.js';
import { addGraphOption, choiceList, clip, openGraph, parseDepth, printJson, requireNode, type GraphFlags } from './graph-access.js';

interface NeighbourFlags extends GraphFlags {
  type?: NodeType[];
  edge?: EdgeType[];
  direction: Direction;
  depth: number;
}

function arrow(n: Neighbour): string {
  return n.links
    .map((l) => `${l.direction === 'out' ? '->' : '<-'} ${l.type}${l.relation ? ` (${l.relation})` : ''}`)
    .join(', ');
}

export function runNeighbours(name: string, flags: NeighbourFlags, ctx: CommandContext): void {
  const graph = openGraph(flags, ctx);
  const key = requireNode(graph, name, flags);
  const node = graph.getNodeAttributes(key);
  const found = neighbours(graph, key, {
    direction: flags.direction,
    depth: flags.depth,
    ...(flags.type ? { nodeTypes: flags.type } : {}),
    ...(flags.edge ? { edgeTypes: flags.edge } : {}),
  });
  if (flags.json) {
    printJson(ctx, {
      node: { key, label: node.label, type: node.type },
      options: { direction: flags.direction, depth: flags.depth, nodeTypes: flags.type ?? null, edgeTypes: flags.edge ?? null },
      neighbours: found,
    });
    return;
  }
  const lines = [`${node.label} (${key}): ${found.length} neighbour${found.length === 1 ? '' : 's'}`];
  const typeWidth = Math.max(4, ...found.map((n) => n.type.length));
  const labelWidth = Math.min(60, Math.max(4, ...found.map((n) => clip(n.label, 60).length)));
  for (const n of found) {
    const depth = flags.depth > 1 ? `${n.depth}  ` : '';
    lines.push(`  ${depth}${n.type.padEnd(typeWidth)}  ${clip(n.label, 60).padEnd(labelWidth)}  ${arrow(n)}`);
  }
  ctx.io.stdout(`${lines.join('\n')}\n`);
}

export function runPapers(name: string, flags: GraphFlags, ctx: CommandContext): void {
  const graph = openGraph(flags, ctx);
  const key = requireNode(graph, name, flags);
  const papers = papersFor(graph, key);
  if (flags.json) {
    printJson(ctx, { node: { key, label: graph.getNodeAttribute(key, 'label') }, papers });
    return;
  }
  const lines = [`${graph.getNodeAttribute(key, 'label')} (${key}): ${papers.length} paper${papers.length === 1 ? '' : 's'}`];
  const width = Math.max(0, ...papers.map((p) => p.relations.join(', ').length));
  for (const p of papers) {
    lines.push(`  ${p.relations.join(', ').padEnd(width)}  ${clip(p.title, 80)}${p.published ? ` (${p.published})` : ''}`);
  }
  ctx.io.stdout(`${lines.join('\n')}\n`);
}

interface PathFlags extends GraphFlags {
  directed?: boolean;
}

export function runPath(from: string, to: string, flags: PathFlags, ctx: CommandContext): void {
  const graph = openGraph(flags, ctx);
  const a = requireNode(graph, from, flags);
  const b = requireNode(graph, to, flags);
  const path = shortestPath(graph, a, b, { direction: flags.directed ? 'out' : 'any' });
  if (flags.json) {
    printJson(ctx, { from: a, to: b, path });
    return;
  }
  if (!path) {
    ctx.io.stdout(`no path from ${graph.getNodeAttribute(a, 'label')} to ${graph.getNodeAttribute(b, 'label')}\n`);
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
    query
      .command('papers')
      .description('papers that introduce, build on, mention or evaluate on <name>')
      .argument('<name>')
      .option('--json', 'print JSON'),
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
