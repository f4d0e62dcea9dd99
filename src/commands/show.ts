// `papergraph show <name>`: one node with its type, aliases, papers and edges with
// evidence, as text or --json. A thin shell over graph/query.

import type { Command } from 'commander';
import { citeEvidence, papersFor, type CitedEvidence } from '../../graph/query/index.js';
import type { PaperGraph } from '../../graph/schema.js';
import type { EdgeType, LineageRelation } from '../types.js';
import type { CommandContext } from './context.js';
import { addGraphOption, clip, openGraph, printJson, requireNode, type GraphFlags } from './graph-access.js';

export interface ShownEdge {
  key: string;
  type: EdgeType;
  relation?: LineageRelation;
  direction: 'out' | 'in';
  other: { key: string; label: string; type: string };
  weight: number;
  evidence: CitedEvidence[];
}

export function describeNode(graph: PaperGraph, key: string) {
  const { x, y, size, color, rawTitle, rawAbstract, ...attributes } = graph.getNodeAttributes(key);
  const edges: ShownEdge[] = [];
  graph.forEachEdge(key, (edge, attrs, source, target) => {
    const direction = source === key ? 'out' : 'in';
    const other = direction === 'out' ? target : source;
    const o = graph.getNodeAttributes(other);
    const shown: ShownEdge = {
      key: edge,
      type: attrs.type,
      direction,
      other: { key: other, label: o.label, type: o.type },
      weight: attrs.weight,
      evidence: citeEvidence(graph, attrs.evidence),
    };
    if (attrs.relation) shown.relation = attrs.relation;
    edges.push(shown);
  });
  edges.sort((a, b) => a.direction.localeCompare(b.direction) || a.type.localeCompare(b.type) || a.other.label.localeCompare(b.other.label));
  return {
    key,
    ...attributes,
    appearance: { x, y, size, color },
    papersFor: attributes.type === 'paper' ? [] : papersFor(graph, key),
    edges,
  };
}

export async function runShow(name: string, flags: GraphFlags, ctx: CommandContext): Promise<void> {
  const graph = await openGraph(flags, ctx);
  const key = requireNode(graph, name, flags);
  const d = describeNode(graph, key);
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
