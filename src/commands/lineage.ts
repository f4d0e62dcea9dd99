// `papergraph lineage <name>`: a model's ancestors and descendants through derived_from and
// variant_of edges, as a tree in text (like `npm ls`) with the relation and sentence behind
// each step, and its family (root and descendant counts), or --json. A shell over graph/query.

import type { Command } from 'commander';
import { Option } from 'commander';
import { LINEAGE_DIRECTIONS, type LineageDirection, type LineageStep } from '../../graph/query/index.js';
import type { CommandContext } from './context.js';
import { lineageOf } from '../queries.js';
import { addGraphOption, clip, openSource, parseDepth, printJson, type GraphFlags } from './graph-access.js';

interface LineageFlags extends GraphFlags {
  depth?: number;
  direction: LineageDirection;
  evidence: number;
}

/**
 * Text tree of steps in the style of `npm ls` (two columns per generation); under each step
 * its relation's evidence: up to `maxEvidence` sentences with their paper and rule.
 */
function renderTree(steps: readonly LineageStep[], maxEvidence: number, prefix = ''): string[] {
  const lines: string[] = [];
  steps.forEach((step, i) => {
    const last = i === steps.length - 1;
    const expand = step.children.length > 0 && !step.repeated;
    const branch = `${last ? '└─' : '├─'}${expand ? '┬' : '─'} `;
    const relation = `  [${step.relation}]`;
    const repeated = step.repeated ? '  (shown above)' : '';
    lines.push(`${prefix}${branch}${step.label}${relation}${repeated}`);
    const inner = prefix + (last ? '  ' : '│ ');
    const note = `${inner}${expand ? '│' : ' '}   `;
    for (const e of step.evidence.slice(0, maxEvidence)) {
      lines.push(`${note}"${clip(e.sentence, 160)}"`);
      lines.push(`${note}  ${clip(e.paperTitle, 90)} [${e.rule}]`);
    }
    if (step.evidence.length > maxEvidence) lines.push(`${note}(+${step.evidence.length - maxEvidence} more)`);
    if (expand) lines.push(...renderTree(step.children, maxEvidence, inner));
  });
  return lines;
}

async function runLineage(name: string, flags: LineageFlags, ctx: CommandContext): Promise<void> {
  // Through the query source: on a big graph only the model's family is read (graph.index).
  const result = lineageOf(await openSource(flags, ctx), name, { direction: flags.direction, ...(flags.depth ? { depth: flags.depth } : {}) }, flags.graph);
  if (flags.json) {
    printJson(ctx, result);
    return;
  }
  const { descendants } = result.family;
  const kinds = Object.entries(descendants.byKind).map(([kind, n]) => `${n} ${kind}`);
  const lines = [`${result.label} (${result.key})`];
  if (flags.direction !== 'descendants') {
    lines.push('ancestors (derived from, variant of)');
    lines.push(...(result.ancestors.length ? renderTree(result.ancestors, flags.evidence) : ['└── (none found)']));
  }
  if (flags.direction !== 'ancestors') {
    lines.push('descendants (derived from it, its variants)');
    lines.push(...(result.descendants.length ? renderTree(result.descendants, flags.evidence) : ['└── (none found)']));
  }
  if (result.family.root !== result.key || descendants.total) {
    const below = descendants.total ? `; ${descendants.total} below ${result.label} (${kinds.join(', ')})` : '';
    lines.push(`family: ${result.family.rootLabel}${below}`);
  }
  ctx.io.stdout(`${lines.join('\n')}\n`);
}

export function registerLineage(program: Command, ctx: CommandContext): void {
  addGraphOption(
    program
      .command('lineage')
      .description("a model's ancestors and descendants (derived_from, variant_of), with the evidence for each step")
      .argument('<name>', 'a model name or alias')
      .option('--depth <n>', 'generations to show (default: all)', parseDepth)
      .addOption(new Option('--direction <dir>', 'which side of the family').choices(LINEAGE_DIRECTIONS).default('both'))
      .option('--evidence <n>', 'sentences shown per step in text output', parseDepth, 2)
      .option('--json', 'print JSON: nested steps with depth, edge type, relation and evidence, and the family'),
  ).action((name: string, flags: LineageFlags) => runLineage(name, flags, ctx));
}
