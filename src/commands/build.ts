// `papergraph build <input...>`: read corpora, extract, merge, lay out, write DIR/graph.json
// (and the GEXF). Prints a summary on stderr; skipped records set exit code 1.

import type { Command } from 'commander';
import { Option } from 'commander';
import { join, resolve } from 'node:path';
import { formatCounts, graphStats } from '../../graph/stats.js';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { createProgress } from '../io/progress.js';
import { readCorpusFiles } from '../io/read-corpus.js';
import { buildGraph, dedupePapers } from '../pipeline.js';
import { CORPUS_FORMATS, formatProblem, type CorpusFormat } from '../readers/types.js';
import type { CommandContext } from './context.js';
import { EXIT_PARTIAL } from '../errors.js';

interface BuildFlags {
  out: string;
  format?: CorpusFormat;
  layout: boolean;
}

export async function runBuild(inputs: string[], flags: BuildFlags, ctx: CommandContext): Promise<void> {
  const { io } = ctx;
  const started = performance.now();
  const files = inputs.map((f) => resolve(io.cwd, f));
  const shown = new Map(files.map((f, i) => [f, inputs[i] ?? f]));
  const read = await readCorpusFiles(files, flags.format);
  const problems = read.problems.map((p) => ({ ...p, file: shown.get(p.file) ?? p.file }));
  const { papers, duplicates } = dedupePapers(read.papers);
  if (papers.length === 0) {
    const detail = problems.slice(0, 10).map(formatProblem).join('\n  ');
    throw new InputError(`no papers could be read from ${inputs.join(', ')}${detail ? `:\n  ${detail}` : ''}`);
  }
  const graph = buildGraph(papers, {
    layout: flags.layout ? {} : false,
    onProgress: createProgress(io, 'extracting'),
  });
  const outDir = resolve(io.cwd, flags.out);
  await writeFileAtomic(join(outDir, 'graph.json'), JSON.stringify(graph.export()));

  const stats = graphStats(graph);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const lines = [
    `papers read: ${papers.length} from ${read.files.length} file(s) (${read.files.map((f) => `${shown.get(f.file)}: ${f.format ?? 'unread'}`).join(', ')})`,
    `records skipped: ${problems.length}`,
    ...problems.map((p) => `  ${formatProblem(p)}`),
    ...(duplicates.length ? [`duplicates merged: ${duplicates.length}`, ...duplicates.map((p) => `  ${formatProblem({ ...p, file: shown.get(p.file) ?? p.file })}`)] : []),
    `nodes: ${formatCounts(stats.nodes, stats.nodesByType)}`,
    `edges: ${formatCounts(stats.edges, stats.edgesByType)}`,
    `layout: ${flags.layout ? 'ForceAtlas2' : 'skipped (--no-layout)'}`,
    `wrote ${join(flags.out, 'graph.json')} in ${seconds} s`,
  ];
  io.stderr(`${lines.join('\n')}\n`);
  if (problems.length) ctx.setExitCode(EXIT_PARTIAL);
}

export function registerBuild(program: Command, ctx: CommandContext): void {
  program
    .command('build')
    .description('build DIR/graph.json from one or more corpus files')
    .argument('<input...>', 'corpus files: trending-papers text, JSON Lines, arXiv Atom XML, HF daily-papers JSON')
    .option('-o, --out <dir>', 'output directory', 'out')
    .addOption(new Option('-f, --format <format>', 'force the input format').choices(CORPUS_FORMATS))
    .option('--no-layout', 'skip the ForceAtlas2 layout (faster on huge corpora)')
    .action((inputs: string[], flags: BuildFlags) => runBuild(inputs, flags, ctx));
}
