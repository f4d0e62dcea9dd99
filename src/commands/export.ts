// `papergraph export <gexf|graphml|json|csv>`: convert graph.json to another format. The
// exporters in graph/export return strings; this command only loads, picks a path and writes.

import type { Command } from 'commander';
import { Argument, Option } from 'commander';
import { dirname, join, resolve } from 'node:path';
import { GEXF_VERSIONS, gexfChunks, toCsv, toGraphml, toNodeLinkJson, type GexfVersion } from '../../graph/export/index.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { CommandContext } from './context.js';
import { addGraphOption, openGraph, type GraphFlags } from './graph-access.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Default output beside the graph file; csv is a directory of nodes.csv and edges.csv. */
export const DEFAULT_OUTPUT: Record<ExportFormat, string> = {
  gexf: 'graph.gexf',
  graphml: 'graph.graphml',
  json: 'graph.node-link.json',
  csv: 'neo4j',
};

interface ExportFlags extends GraphFlags {
  out?: string;
  gexfVersion: GexfVersion;
}

function graphDir(graphPath: string, cwd: string): string {
  const full = resolve(cwd, graphPath);
  return /\.json$/i.test(full) ? dirname(full) : full;
}

export async function runExport(format: ExportFormat, flags: ExportFlags, ctx: CommandContext): Promise<void> {
  const graph = await openGraph(flags, ctx);
  const toStdout = flags.out === '-';
  if (toStdout && format === 'csv') throw new UsageError('csv writes two files (nodes.csv, edges.csv): give --out DIR, not -');
  const out = flags.out && !toStdout ? resolve(ctx.io.cwd, flags.out) : join(graphDir(flags.graph, ctx.io.cwd), DEFAULT_OUTPUT[format]);
  if (format === 'csv') {
    const { nodes, edges } = toCsv(graph);
    await writeFileAtomic(join(out, 'nodes.csv'), nodes);
    await writeFileAtomic(join(out, 'edges.csv'), edges);
    ctx.io.stderr(
      `wrote ${join(out, 'nodes.csv')} and ${join(out, 'edges.csv')} (${graph.order} nodes, ${graph.size} edges)\n` +
        `load with: neo4j-admin database import full --nodes=${join(out, 'nodes.csv')} --relationships=${join(out, 'edges.csv')} neo4j\n`,
    );
    return;
  }
  // GEXF streams in chunks: big graphs pass V8's string limit as one string.
  const text =
    format === 'gexf' ? gexfChunks(graph, { version: flags.gexfVersion }) : format === 'graphml' ? toGraphml(graph) : toNodeLinkJson(graph);
  if (toStdout) {
    for (const chunk of typeof text === 'string' ? [text] : text) ctx.io.stdout(chunk);
    return;
  }
  await writeFileAtomic(out, text);
  ctx.io.stderr(`wrote ${out} (${graph.order} nodes, ${graph.size} edges)\n`);
}

export function registerExport(program: Command, ctx: CommandContext): void {
  addGraphOption(
    program
      .command('export')
      .description('convert graph.json to GEXF (Gephi), GraphML, node-link JSON or Neo4j import CSV')
      .addArgument(new Argument('<format>', 'output format').choices(EXPORT_FORMATS))
      .option('-o, --out <path>', 'output file (csv: directory); "-" prints to stdout; default beside the graph')
      .addOption(new Option('--gexf-version <v>', 'GEXF version: 1.2draft for NetworkX < 3.6').choices(GEXF_VERSIONS).default('1.3')),
  ).action((format: ExportFormat, flags: ExportFlags) => runExport(format, flags, ctx));
}
