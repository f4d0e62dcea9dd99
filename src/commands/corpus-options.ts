// What `build` and `add` share on the command line: the corpus inputs, a forced format, the
// extraction threads, the wait for another run's lock, and the node and edge counts of the
// summary. Each command keeps its own option order (its --help reads as before).

import { InvalidArgumentError, Option, type Command } from 'commander';
import { formatCounts, graphStats } from '../../graph/stats.js';
import type { PaperGraph } from '../../graph/schema.js';
import { DEFAULT_WORKERS } from '../io/default-workers.js';
import { EXIT_PARTIAL } from '../errors.js';
import { CORPUS_FORMATS, formatProblem, type Problem } from '../readers/types.js';
import type { CommandContext } from './context.js';

/** The description of the `<input...>` argument. */
export const INPUTS_DESCRIPTION = 'corpus files: trending-papers text, JSON Lines, arXiv Atom XML, HF daily-papers JSON';

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

export const formatOption = () => new Option('-f, --format <format>', 'force the input format').choices(CORPUS_FORMATS);

export const workersOption = () =>
  new Option('-w, --workers <n>', 'extraction threads (default: number of cores)').argParser(parsePositiveInt).default(DEFAULT_WORKERS);

/** `--wait`, for a run whose output `what` names. */
export const waitOption = (what: string) =>
  new Option('--wait <seconds>', `wait up to this long when another run is writing the same ${what} (default: fail at once)`).argParser(parsePositiveInt);

/** The summary's "nodes: ..." and "edges: ..." lines. */
export function countLines(graph: PaperGraph): string[] {
  const stats = graphStats(graph);
  return [`nodes: ${formatCounts(stats.nodes, stats.nodesByType)}`, `edges: ${formatCounts(stats.edges, stats.edgesByType)}`];
}

/** The summary's "files not read" (when any) and "records skipped" lines, each problem under its heading. */
export function problemLines(unread: readonly Problem[], skipped: readonly Problem[]): string[] {
  return [
    ...(unread.length ? [`files not read: ${unread.length}`, ...unread.map((p) => `  ${formatProblem(p)}`)] : []),
    `records skipped: ${skipped.length}`,
    ...skipped.map((p) => `  ${formatProblem(p)}`),
  ];
}

/** A `build`-like command: a name, what it does, the corpus inputs. */
export const corpusCommand = (program: Command, name: string, description: string) =>
  program.command(name).description(description).argument('<input...>', INPUTS_DESCRIPTION);

/** Print the summary on stderr; records skipped or files not read make the exit code 1. */
export function reportSummary(ctx: CommandContext, lines: readonly string[], problems: readonly Problem[]): void {
  ctx.io.stderr(`${lines.join('\n')}\n`);
  if (problems.length) ctx.setExitCode(EXIT_PARTIAL);
}
