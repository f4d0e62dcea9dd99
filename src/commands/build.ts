// `papergraph build <input...>`: the CLI face of src/io/build-files.ts. Prints a summary
// on stderr (progress bar only on a terminal); skipped records and unread files set exit code 1.

import type { Command } from 'commander';
import { join, relative, resolve } from 'node:path';
import { createProgress } from '../io/progress.js';
import { formatProblem, isFileProblem, isRepaired, type CorpusFormat } from '../readers/types.js';
import type { CommandContext } from './context.js';
import { corpusCommand, countLines, formatOption, problemLines, reportSummary, waitOption, workersOption } from './corpus-options.js';

interface BuildFlags {
  out: string;
  format?: CorpusFormat;
  layout: boolean;
  gexf: boolean;
  workers: number;
  label?: string;
  wait?: number;
}

async function runBuild(inputs: string[], flags: BuildFlags, ctx: CommandContext): Promise<void> {
  const { io } = ctx;
  const files = inputs.map((f) => resolve(io.cwd, f));
  const outDir = resolve(io.cwd, flags.out);
  // Messages show paths as the user typed them.
  const shownName = new Map([...inputs.map((f, i): [string, string] => [files[i] ?? f, f]), [outDir, flags.out]]);
  const shown = (file: string) => shownName.get(file) ?? join(flags.out, relative(outDir, file));
  const rename = <T extends { file: string }>(p: T): T => ({ ...p, file: shown(p.file) });
  // Loaded here, not at the top: the extractors take most of a second to load, and --help
  // or a query must not pay for them.
  const { buildFiles } = await import('../io/build-files.js');
  let report;
  try {
    report = await buildFiles(files, {
      outDir,
      layout: flags.layout,
      gexf: flags.gexf,
      workers: flags.workers,
      ...(flags.format ? { format: flags.format } : {}),
      ...(flags.label ? { label: flags.label } : {}),
      ...(flags.wait ? { waitSeconds: flags.wait } : {}),
      onProgress: createProgress(io, 'extracting'),
    });
  } catch (error) {
    if (error instanceof Error) for (const [abs, given] of shownName) error.message = error.message.split(abs).join(given);
    throw error;
  }
  const problems = report.problems.map(rename);
  const unread = problems.filter(isFileProblem);
  const skipped = problems.filter((p) => !isRepaired(p) && !isFileProblem(p));
  const repaired = problems.filter(isRepaired);
  const layout = report.layout
    ? `ForceAtlas2, ${report.layout.iterations} iterations${report.layout.barnesHut ? ', Barnes-Hut' : ''} (fewer on bigger graphs; --no-layout skips it)`
    : 'skipped (--no-layout)';
  const lines = [
    ...(report.repaired.length ? [`repaired: renamed ${report.repaired.join(', ')} of an interrupted run first`] : []),
    `papers read: ${report.papers} from ${report.files.length} file(s) (${report.files.map((f) => `${shown(f.file)}: ${f.format ?? 'unread'}`).join(', ')})`,
    ...problemLines(unread, skipped),
    ...(repaired.length ? [`records repaired: ${repaired.length}`, ...repaired.map((p) => `  ${formatProblem(p)}`)] : []),
    ...(report.duplicates.length ? [`duplicates merged: ${report.duplicates.length}`, ...report.duplicates.map((p) => `  ${formatProblem(rename(p))}`)] : []),
    ...countLines(report.graph),
    `layout: ${layout}`,
    `wrote ${report.written.map(shown).join(', ')}`,
    `time: ${report.timer.format()} with ${report.workers} extraction thread(s)`,
  ];
  reportSummary(ctx, lines, problems);
}

export function registerBuild(program: Command, ctx: CommandContext): void {
  corpusCommand(program, 'build', 'build DIR/graph.json and DIR/graph.gexf from one or more corpus files')
    .option('-o, --out <dir>', 'output directory', 'out')
    .addOption(formatOption())
    .option('--no-layout', 'skip the ForceAtlas2 layout (faster on huge corpora)')
    .option('--no-gexf', 'do not write graph.gexf')
    .addOption(workersOption())
    .option('--label <label>', 'stamp every node with firstAdded=<label> (default: none, so builds stay byte-identical)')
    .addOption(waitOption('--out'))
    .action((inputs: string[], flags: BuildFlags) => runBuild(inputs, flags, ctx));
}
