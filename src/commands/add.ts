// `papergraph add <input...> --graph out/graph.json`: merge new papers into an existing graph
// (src/update-graph.ts), rewrite graph.json and graph.gexf when something changed, write the
// digest as DIR/digest.md, digest.json, digest.html and digest.atom (all one set, under DIR's
// lock: write-outputs.ts; the digest files kept as they are when nothing is new), print the
// Markdown on stdout and a summary on stderr.

import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_MAP_URL } from '../../graph/digest-view.js';
import { digestToMarkdown } from '../../graph/digest-markdown.js';
import { InputError } from '../errors.js';
import type { GraphOutput } from '../io/write-outputs.js';
import { DIGEST_FILES } from '../io/digest-names.js';
import { graphFilePath } from '../io/graph-path.js';
import { writeQueryIndex } from '../io/query-index.js';
import { createProgress } from '../io/progress.js';
import { formatProblem, isFileProblem, type CorpusFormat } from '../readers/types.js';
import type { CommandContext } from './context.js';
import { corpusCommand, countLines, formatOption, problemLines, reportSummary, waitOption, workersOption } from './corpus-options.js';

/** Known papers listed on stderr; the rest are counted. */
const MAX_LISTED = 10;

interface AddFlags {
  graph: string;
  since?: string;
  label?: string;
  format?: CorpusFormat;
  layout: boolean;
  gexf: boolean;
  workers: number;
  mapUrl: string;
  wait?: number;
}

/** Today's date in UTC (YYYY-MM-DD): the default build label of `add`. */
function todayLabel(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** `--since` parser: a real calendar date written YYYY-MM-DD. */
function parseIsoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = m ? new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`) : undefined;
  if (!m || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== m[0]) {
    throw new InvalidArgumentError('expected a date written YYYY-MM-DD');
  }
  return m[0];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Files `add` may replace in the graph's directory (for the free-space check). */
const ADD_OUTPUTS = ['graph.gexf', ...DIGEST_FILES];

/** The heavy modules of `add` (the extractors, the graph validator), loaded only when it runs. */
async function loadAddModules() {
  const [loading, reading, pipeline, update, parallel, writing, unplaced, digest] = await Promise.all([
    import('../io/load-graph.js'),
    import('../io/read-corpus.js'),
    import('../pipeline.js'),
    import('../update-graph.js'),
    import('../io/extract-parallel.js'),
    import('../io/write-outputs.js'),
    import('../../graph/unplaced.js'),
    import('../io/write-digest.js'),
  ]);
  return { ...loading, ...reading, ...pipeline, ...update, ...parallel, ...writing, ...unplaced, digestFiles: digest.digestFiles };
}

async function runAdd(inputs: string[], flags: AddFlags, ctx: CommandContext): Promise<void> {
  const { checkInputs, loadGraph, prepareOutputDir } = await loadAddModules();
  const graphPath = graphFilePath(resolve(ctx.io.cwd, flags.graph));
  const outDir = dirname(graphPath);
  await checkInputs(
    inputs.map((f) => resolve(ctx.io.cwd, f)),
    (file) => relative(ctx.io.cwd, file) || file,
  );
  // A missing directory is a missing graph: say so rather than create it for the lock.
  if (!isDirectory(outDir)) loadGraph(flags.graph, { cwd: ctx.io.cwd });
  const lock = await prepareOutputDir(outDir, [basename(graphPath), ...ADD_OUTPUTS], {
    command: 'add',
    ...(flags.wait ? { waitSeconds: flags.wait } : {}),
  });
  try {
    await addLocked(inputs, flags, ctx, graphPath, lock.repaired);
  } finally {
    await lock.release();
  }
}

/** `add` itself, holding the lock of the graph's directory (so no other run's papers are lost). */
async function addLocked(inputs: string[], flags: AddFlags, ctx: CommandContext, graphPath: string, repaired: string[]): Promise<void> {
  const { io } = ctx;
  const { loadGraph, readCorpusFiles, dedupePapers, checkLabel, papersToAdd, updateGraph, extractInParallel, writeOutputs, seedUnplacedGraph, digestFiles } =
    await loadAddModules();
  const started = performance.now();
  const outDir = dirname(graphPath);
  // Paths as the user typed them; files found on the way shown relative to the current directory.
  const typed = new Map(inputs.map((f): [string, string] => [resolve(io.cwd, f), f]));
  const shown = (file: string) => {
    const rel = relative(io.cwd, file);
    return typed.get(file) ?? (rel && !rel.startsWith('..') ? rel : file);
  };
  const graph = loadGraph(flags.graph, { cwd: io.cwd });
  // A graph built with --no-layout has every node at one spot: ForceAtlas2 would crawl there.
  const seeded = seedUnplacedGraph(graph);

  const files = inputs.map((f) => resolve(io.cwd, f));
  const read = await readCorpusFiles(files, flags.format);
  const problems = read.problems.map((p) => ({ ...p, file: shown(p.file) }));
  const unread = problems.filter(isFileProblem);
  const skipped = problems.filter((p) => !isFileProblem(p));
  const { papers, duplicates } = dedupePapers(read.papers);
  if (papers.length === 0) {
    const detail = problems.slice(0, 10).map(formatProblem).join('\n  ');
    throw new InputError(`no papers could be read from ${inputs.join(', ')}${detail ? `:\n  ${detail}` : ''}`);
  }

  const label = flags.label ?? todayLabel();
  checkLabel(graph, label);
  // Only the new papers are extracted, on several threads when there are many.
  const { fresh, known } = papersToAdd(graph, papers);
  const { extractions } = await extractInParallel(fresh, flags.workers, createProgress(io, 'extracting'));
  const result = updateGraph(graph, fresh, {
    label,
    extractions,
    ...(flags.since ? { since: flags.since } : {}),
    ...(flags.layout ? {} : { iterations: 0 }),
  });

  const markdown = digestToMarkdown(result.digest);
  // Nothing new: graph.json and graph.gexf are left untouched, byte for byte (unless seeding placed them),
  // and the digest files too: a run that adds nothing keeps the digest of the day that did.
  const changed = result.fresh.length > 0 || seeded;
  const formats: GraphOutput[] = changed ? (flags.gexf ? ['graph', 'gexf'] : ['graph']) : [];
  const digest = result.fresh.length > 0 ? digestFiles(graph, outDir, result.digest, { markdown, mapUrl: flags.mapUrl }) : { files: [] };
  if (digest.problem)
    io.stderr(`papergraph: warning: ${shown(join(outDir, 'digest.atom'))} could not be read (${digest.problem}); it now holds this build's entry only\n`);
  const written = await writeOutputs(graph, outDir, formats, {
    names: { graph: basename(graphPath) },
    extra: digest.files,
  });
  // After graph.json is in place: the index records its size and modification time.
  if (changed) written.push(await writeQueryIndex(graph, graphPath));
  io.stdout(markdown);

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const lines = [
    ...(repaired.length ? [`repaired: renamed ${repaired.join(', ')} of an interrupted run before reading the graph`] : []),
    ...(seeded ? ['layout: the graph had no positions (built with --no-layout): every node was given a seeded position first'] : []),
    `papers read: ${papers.length} from ${read.files.length} file(s)`,
    ...problemLines(unread, skipped),
    ...(duplicates.length ? [`duplicates merged: ${duplicates.length}`, ...duplicates.map((p) => `  ${formatProblem({ ...p, file: shown(p.file) })}`)] : []),
    `already in the graph, skipped: ${known.length}`,
    ...known.slice(0, MAX_LISTED).map(({ paper, key }) => `  ${shown(paper.source.file)}:${paper.source.line}: "${paper.title.slice(0, 60)}" is ${key}`),
    ...(known.length > MAX_LISTED ? [`  ... and ${known.length - MAX_LISTED} more`] : []),
    result.fresh.length
      ? `added: ${result.fresh.length} paper(s), ${result.newNodes.size} new node(s), ${result.newEdges} new edge(s) as build "${label}"`
      : `added: nothing; ${shown(graphPath)} left unchanged`,
    ...countLines(graph),
    `wrote ${written.map(shown).join(', ')} in ${seconds} s`,
  ];
  reportSummary(ctx, lines, problems);
}

export function registerAdd(program: Command, ctx: CommandContext): void {
  corpusCommand(program, 'add', 'add new papers to an existing graph.json and print a digest of what they bring')
    .option('-g, --graph <file>', 'graph.json to update (or its directory); the digest files go beside it', 'out/graph.json')
    .option('--since <date>', 'digest only papers published on or after YYYY-MM-DD (papers without a date are kept)', parseIsoDate)
    .option('--label <label>', 'build label stamped as firstAdded on new nodes (default: today, UTC)')
    .addOption(formatOption())
    .option('--no-layout', 'place new nodes next to their neighbours without running ForceAtlas2')
    .option('--no-gexf', 'do not rewrite graph.gexf')
    .option('--map-url <url>', 'the map the names of digest.html and digest.atom link to (#node=...)', DEFAULT_MAP_URL)
    .addOption(workersOption())
    .addOption(waitOption('graph'))
    .action((inputs: string[], flags: AddFlags) => runAdd(inputs, flags, ctx));
}
