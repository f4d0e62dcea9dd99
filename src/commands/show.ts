// `papergraph show <name>`: one node with its type, aliases, papers and edges with
// evidence, parents, children and family, as text or --json. A thin shell over graph/query's
// nodeDetails.

import type { Command } from 'commander';
import { LINEAGE_KIND_PHRASES, nodeDetails, type LineageRef } from '../../graph/query/index.js';
import type { PaperGraph } from '../../graph/schema.js';
import type { CommandContext } from './context.js';
import { addGraphOption, clip, openGraph, printJson, requireNode, type GraphFlags } from './graph-access.js';

/** What `show --json` prints: graph/query's node details, attributes at the top level. */
export function showJson(graph: PaperGraph, key: string) {
  const { attributes, appearance, papers, edges, parents, children, family, evidence } = nodeDetails(graph, key);
  return { key, ...attributes, appearance, papersFor: papers, parents, children, ...(family ? { family } : {}), evidence, edges };
}

function lineageLine(ref: LineageRef, up: boolean): string {
  const phrase = LINEAGE_KIND_PHRASES[ref.relation];
  return up ? `    ${phrase} ${ref.label}` : `    ${ref.label} (${phrase} it)`;
}

async function runShow(name: string, flags: GraphFlags, ctx: CommandContext): Promise<void> {
  const graph = await openGraph(flags, ctx);
  const key = requireNode(graph, name, flags);
  const d = showJson(graph, key);
  if (flags.json) {
    printJson(ctx, d);
    return;
  }
  const lines = [`${d.label}`, `  key: ${d.key}`, `  type: ${d.type}`];
  if (d.aliases.length) lines.push(`  aliases: ${d.aliases.join(', ')}`);
  if (d.type === 'paper') {
    if (d.id) lines.push(`  id: ${d.id}`);
    if (d.published) lines.push(`  published: ${d.published}`);
    if (d.url) lines.push(`  url: ${d.url}`);
    if (d.authors?.length) lines.push(`  authors: ${clip(d.authors.join(', '), 120)}`);
    if (d.abstract) lines.push(`  abstract: ${clip(d.abstract, 300)}`);
  } else {
    lines.push(`  papers (${d.papersFor.length}):`);
    const width = Math.max(0, ...d.papersFor.map((p) => p.relations.join(', ').length));
    for (const p of d.papersFor) lines.push(`    ${p.relations.join(', ').padEnd(width)}  ${clip(p.title, 90)}${p.published ? ` (${p.published})` : ''}`);
  }
  if (d.family) {
    const { root, descendants } = d.family;
    const kinds = Object.entries(descendants.byKind).map(([kind, n]) => `${n} ${kind}`);
    lines.push(`  family: ${root.label}${descendants.total ? `; ${descendants.total} below (${kinds.join(', ')})` : ''}`);
  }
  if (d.parents.length) lines.push(`  parents (${d.parents.length}):`, ...d.parents.map((p) => lineageLine(p, true)));
  if (d.children.length) lines.push(`  children (${d.children.length}):`, ...d.children.map((c) => lineageLine(c, false)));
  for (const direction of ['out', 'in'] as const) {
    const edges = d.edges.filter((e) => e.direction === direction);
    if (!edges.length) continue;
    lines.push(`  edges ${direction} (${edges.length}):`);
    for (const e of edges) {
      const rel = e.relation ? ` (${e.relation})` : '';
      lines.push(`    ${direction === 'out' ? '->' : '<-'} ${e.type}${rel}  ${clip(e.other.label, 70)} (${e.other.type})`);
      for (const ev of e.evidence.slice(0, 2)) lines.push(`         "${clip(ev.sentence, 140)}" [${ev.rule}]`);
      if (e.evidence.length > 2) lines.push(`         (+${e.evidence.length - 2} more)`);
    }
  }
  ctx.io.stdout(`${lines.join('\n')}\n`);
}

export function registerShow(program: Command, ctx: CommandContext): void {
  addGraphOption(
    program
      .command('show')
      .description('one node: type, aliases, papers, edges with evidence')
      .argument('<name>', 'a label, alias, key or paper title')
      .option('--json', 'print JSON'),
  ).action((name: string, flags: GraphFlags) => runShow(name, flags, ctx));
}
