// `papergraph doctor`: the health report of a graph (graph/health.ts) as text or --json:
// entities introduced by many papers, LaTeX left in names and titles, case-duplicate
// aliases, the biggest hubs per type. Reads any graph.json; changes nothing.

import { InvalidArgumentError, type Command } from 'commander';
import { graphHealth, type Counted, type HealthReport } from '../../graph/health.js';
import { ENTITY_TYPES } from '../types.js';
import type { CommandContext } from './context.js';
import { addGraphOption, clip, openGraph, printJson, type GraphFlags } from './graph-access.js';

interface DoctorFlags extends GraphFlags {
  top: number;
  introducers: number;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

const row = (c: Counted, width: number) => `    ${String(c.count).padStart(width)}  ${clip(c.label, 70)}  (${c.key})`;

function rows(items: readonly Counted[]): string[] {
  const width = Math.max(1, ...items.map((c) => String(c.count).length));
  return items.map((c) => row(c, width));
}

/** The report as aligned text, one section per figure. */
function renderHealth(report: HealthReport): string {
  const many = report.introducedByMany;
  const lines = [
    `${report.papers} papers, ${report.entities} entities`,
    '',
    `Entities introduced by ${many.threshold}+ papers: ${many.count}`,
    ...rows(many.top),
    '',
    `LaTeX markup left: ${report.latex.names} entity names or aliases, ${report.latex.titles} titles`,
    ...report.latex.examples.map((e) => `    ${e.field.padEnd(5)}  ${clip(e.text, 90)}  (${e.key})`),
    '',
    `Nodes with case-duplicate names: ${report.caseDuplicates.count}`,
    ...report.caseDuplicates.examples.map((d) => `    ${d.forms.join(' / ')}  (${d.key})`),
    '',
    'Biggest hubs by degree',
  ];
  for (const type of ENTITY_TYPES) {
    const hubs = report.hubs[type];
    if (!hubs.length) continue;
    lines.push(`  ${type}`, ...rows(hubs));
  }
  return `${lines.join('\n')}\n`;
}

async function runDoctor(flags: DoctorFlags, ctx: CommandContext): Promise<void> {
  const graph = await openGraph(flags, ctx);
  const report = graphHealth(graph, { top: flags.top, minIntroducers: flags.introducers });
  if (flags.json) printJson(ctx, report);
  else ctx.io.stdout(renderHealth(report));
}

export function registerDoctor(program: Command, ctx: CommandContext): void {
  addGraphOption(
    program
      .command('doctor')
      .argument('[graph]', 'graph.json to read (or its directory); same as --graph')
      .description('health report of a graph: entities introduced by many papers, LaTeX in names, case-duplicate aliases, hubs')
      .option('--top <n>', 'examples per list', parseCount, 10)
      .option('--introducers <n>', 'count entities introduced by at least this many papers', parseCount, 3)
      .option('--json', 'print the report as JSON'),
  ).action((graph: string | undefined, flags: DoctorFlags) => runDoctor(graph ? { ...flags, graph } : flags, ctx));
}
