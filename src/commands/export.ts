// `papergraph export <format>`: convert graph.json to another format. The formats are the
// rows of graph/export/formats.ts; this command only loads, picks a path and writes, and
// never names a format itself.

import type { Command } from 'commander';
import { Argument, Option } from 'commander';
import { join, resolve } from 'node:path';
import { EXPORTS, EXPORT_FORMATS, type ExportFormat } from '../../graph/export/formats.js';
import { GEXF_VERSIONS, type GexfVersion } from '../../graph/export/gexf.js';
import { UsageError } from '../errors.js';
import { graphDirectory } from '../io/graph-path.js';
import { writeExport } from '../io/write-export.js';
import type { CommandContext } from './context.js';
import { addGraphOption, openGraph, type GraphFlags } from './graph-access.js';

interface ExportFlags extends GraphFlags {
  out?: string;
  gexfVersion: GexfVersion;
}

async function runExport(format: ExportFormat, flags: ExportFlags, ctx: CommandContext): Promise<void> {
  const spec = EXPORTS[format];
  const graph = await openGraph(flags, ctx);
  const output = spec.write(graph, { gexfVersion: flags.gexfVersion });
  if (flags.out === '-') {
    if (output.kind !== 'file') {
      throw new UsageError(`${format} writes several files (${Object.keys(output.files).join(', ')}): give --out DIR, not -`);
    }
    for (const chunk of typeof output.text === 'string' ? [output.text] : output.text) ctx.io.stdout(chunk);
    return;
  }
  const out = flags.out ? resolve(ctx.io.cwd, flags.out) : join(graphDirectory(resolve(ctx.io.cwd, flags.graph)), spec.file);
  const written = await writeExport(output, out);
  ctx.io.stderr(`wrote ${written.join(' and ')} (${graph.order} nodes, ${graph.size} edges)\n`);
  if ('loadHint' in spec) ctx.io.stderr(`load with: ${spec.loadHint(out)}\n`);
}

export function registerExport(program: Command, ctx: CommandContext): void {
  const formats = EXPORT_FORMATS.map((name) => `  ${name.padEnd(8)} ${EXPORTS[name].description}`).join('\n');
  addGraphOption(
    program
      .command('export')
      .description('convert graph.json to another format (written beside the graph unless --out)')
      .addArgument(new Argument('<format>', 'output format').choices(EXPORT_FORMATS))
      .option('-o, --out <path>', 'output file (directory formats: directory); "-" prints to stdout; default beside the graph')
      .addOption(new Option('--gexf-version <v>', 'GEXF version: 1.2draft for NetworkX < 3.6').choices(GEXF_VERSIONS).default('1.3'))
      .addHelpText('after', `\nFormats:\n${formats}`),
  ).action((format: ExportFormat, flags: ExportFlags) => runExport(format, flags, ctx));
}
