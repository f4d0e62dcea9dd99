// Adds new papers to an existing graph (the library side of `papergraph add`): skips papers
// already there, extracts and merges only the new ones under a build label, lays out only the
// new nodes and computes the digest. Pure: no node:*, so the browser could run it too.

import { computeDigest, graphKeys, keysBeforeBuild, type Digest } from '../graph/digest.js';
import { paperKey } from '../graph/keys.js';
import { layoutGraph } from '../graph/layout.js';
import type { PaperGraph } from '../graph/schema.js';
import { UsageError } from './errors.js';
import { titleIdentity } from '../graph/paper-keys.js';
import { addPapers, type Extractor } from './pipeline.js';
import type { ExtractionList, Paper } from './types.js';

export interface UpdateOptions {
  /** Build label stamped as `firstAdded` on new nodes and appended to the graph's `builds`. */
  label: string;
  /** Digest only: keep papers published on or after this ISO date (undated papers are kept). */
  since?: string;
  /** Layout iterations for the new nodes (0: only place them next to their neighbours). */
  iterations?: number;
  extract?: Extractor;
  /** Extractions computed elsewhere (worker threads), one per paper given, all of them new. */
  extractions?: ExtractionList;
  onProgress?: (done: number, total: number) => void;
}

/** A paper of the input that the graph already holds. */
export interface KnownPaper {
  paper: Paper;
  /** Key of the paper node already in the graph. */
  key: string;
}

export interface UpdateResult {
  fresh: Paper[];
  known: KnownPaper[];
  newNodes: Set<string>;
  newEdges: number;
  digest: Digest;
}

/**
 * Split deduplicated papers into those the graph lacks and those it holds already:
 * same key, same source id, or same title in match form (one paper from two sources).
 */
export function papersToAdd(graph: PaperGraph, papers: readonly Paper[]): { fresh: Paper[]; known: KnownPaper[] } {
  const byId = new Map<string, string>();
  const byTitle = new Map<string, { key: string; id?: string | undefined }>();
  graph.forEachNode((key, attrs) => {
    if (attrs.type !== 'paper') return;
    if (attrs.id) byId.set(attrs.id, key);
    byTitle.set(titleIdentity(attrs.title ?? attrs.label), { key, id: attrs.id });
  });
  const fresh: Paper[] = [];
  const known: KnownPaper[] = [];
  for (const paper of papers) {
    const key = paperKey(paper);
    const existing = graph.hasNode(key) ? key : (paper.id && byId.get(paper.id)) || sameTitle(byTitle.get(titleIdentity(paper.title)), paper);
    if (existing) known.push({ paper, key: existing });
    else fresh.push(paper);
  }
  return { fresh, known };
}

/** A paper of the same title is this one unless both carry different ids (issue 17: full identity). */
function sameTitle(found: { key: string; id?: string | undefined } | undefined, paper: Paper): string | undefined {
  return found && (!found.id || !paper.id || found.id === paper.id) ? found.key : undefined;
}

/** Labels name builds in order: reusing the latest one merges into it, an older one is refused. */
export function checkLabel(graph: PaperGraph, label: string): void {
  if (!label.trim() || /[\r\n]/.test(label)) throw new UsageError(`build label ${JSON.stringify(label)} must be one non-empty line`);
  const builds = graph.getAttribute('builds') ?? [];
  const at = builds.indexOf(label);
  if (at >= 0 && at < builds.length - 1) {
    throw new UsageError(`build label "${label}" names an earlier build (builds: ${builds.join(', ')}); choose a new one with --label`);
  }
}

/**
 * Merge the papers the graph lacks (input deduplicated with dedupePapers) and describe what
 * they added. With nothing new, the graph is left exactly as it was.
 */
export function updateGraph(graph: PaperGraph, papers: readonly Paper[], options: UpdateOptions): UpdateResult {
  checkLabel(graph, options.label);
  const { fresh, known } = papersToAdd(graph, papers);
  if (options.extractions && (known.length > 0 || options.extractions.length !== fresh.length)) {
    throw new Error('updateGraph: extractions must come one per paper, for new papers only (filter with papersToAdd first)');
  }
  const before = graphKeys(graph);
  const sameBuild = (graph.getAttribute('builds') ?? []).at(-1) === options.label;
  let newNodes = new Set<string>();
  if (fresh.length > 0) {
    const builds = graph.getAttribute('builds') ?? [];
    if (builds[builds.length - 1] !== options.label) graph.setAttribute('builds', [...builds, options.label]);
    newNodes = addPapers(graph, fresh, {
      firstAdded: options.label,
      ...(options.extract ? { extract: options.extract } : {}),
      ...(options.extractions ? { extractions: options.extractions } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    layoutGraph(graph, { onlyNew: newNodes, ...(options.iterations !== undefined ? { iterations: options.iterations } : {}) });
  }
  // More papers under the latest label: the digest covers the whole build, not just this batch.
  const digest = computeDigest(graph, sameBuild && fresh.length > 0 ? keysBeforeBuild(graph, options.label) : before, {
    label: options.label,
    ...(options.since ? { since: options.since } : {}),
  });
  return { fresh, known, newNodes, newEdges: graph.size - before.edges.size, digest };
}
