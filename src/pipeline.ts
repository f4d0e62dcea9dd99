// The pipeline: papers -> extractors -> graph -> appearance and layout. Pure: no node:*,
// so the browser's worker runs the same code. Reading files and writing outputs live in src/io.

import { extract as defaultExtract } from '../extractors/index.js';
import { applyAppearance } from '../graph/appearance.js';
import { countPapers, createAliasIndex, mergeExtraction } from '../graph/merge.js';
import { labelFromCorpus } from '../graph/labels.js';
import { paperKey } from '../graph/keys.js';
import { titleIdentity } from '../graph/paper-keys.js';
import { layoutGraph, type LayoutOptions } from '../graph/layout.js';
import { createGraph, SCHEMA_VERSION, type PaperGraph } from '../graph/schema.js';
import type { Problem } from './readers/types.js';
import type { Extraction, ExtractionList, Paper, PaperText } from './types.js';

export type Extractor = (paper: PaperText) => Extraction;

export interface BuildOptions {
  /** false skips the layout (`--no-layout`); otherwise ForceAtlas2 options. */
  layout?: LayoutOptions | false;
  /** Label stamped as `firstAdded` on new nodes (a build name or date). */
  firstAdded?: string;
  onProgress?: (done: number, total: number) => void;
  extract?: Extractor;
  /** Extractions computed elsewhere (worker threads), in the order of the papers. */
  extractions?: ExtractionList;
}

export interface DedupeResult {
  papers: Paper[];
  duplicates: Problem[];
}

/**
 * Merge papers given twice: the same arXiv id, or the same title (titleIdentity) when one of
 * the two has no id; two different ids are two papers even under one title. Copies with an id
 * are taken first, so the paper kept, and its key, do not depend on the input order; every
 * other copy is reported. Output is sorted by paper key.
 */
export function dedupePapers(papers: readonly Paper[]): DedupeResult {
  const byId = new Map<string, Paper>();
  const byTitle = new Map<string, Paper>();
  const kept: Paper[] = [];
  const duplicates: { at: number; problem: Problem }[] = [];
  const indices = papers.map((_, i) => i);
  const ordered = [...indices.filter((i) => papers[i]!.id), ...indices.filter((i) => !papers[i]!.id)];
  for (const at of ordered) {
    const paper = papers[at]!;
    const title = titleIdentity(paper.title);
    const first = paper.id ? byId.get(paper.id) : byTitle.get(title);
    if (first) {
      duplicates.push({
        at,
        problem: { ...paper.source, message: `duplicate of ${first.source.file}:${first.source.line} ("${first.title.slice(0, 60)}"), merged` },
      });
      continue;
    }
    if (paper.id) byId.set(paper.id, paper);
    if (!byTitle.has(title)) byTitle.set(title, paper);
    kept.push(paper);
  }
  // Reported in input order, whatever order the copies were taken in.
  duplicates.sort((a, b) => a.at - b.at);
  const keyed = kept.map((paper) => ({ key: paperKey(paper), paper }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { papers: keyed.map((k) => k.paper), duplicates: duplicates.map((d) => d.problem) };
}

/** Run the extractors over every paper, reporting progress. */
export function extractPapers(papers: readonly Paper[], extract: Extractor = defaultExtract, onProgress?: (done: number, total: number) => void): Extraction[] {
  return papers.map((paper, i) => {
    const extraction = extract({ title: paper.title, abstract: paper.abstract });
    onProgress?.(i + 1, papers.length);
    return extraction;
  });
}

/** Merge papers into an existing graph (used by build and by `add`); returns the new node keys. */
export function addPapers(graph: PaperGraph, papers: readonly Paper[], options: BuildOptions = {}): Set<string> {
  const before = new Set(graph.nodes());
  const extractions: ExtractionList = options.extractions ?? extractPapers(papers, options.extract, options.onProgress);
  const index = createAliasIndex(graph);
  const touched = new Set<string>();
  papers.forEach((paper, i) => {
    const extraction = extractions.at(i);
    if (extraction) mergeExtraction(graph, index, paper, extraction, options.firstAdded, touched);
  });
  labelFromCorpus(graph, touched);
  countPapers(graph);
  applyAppearance(graph);
  return new Set(graph.filterNodes((key) => !before.has(key)));
}

/** Build a new graph from papers (deduplicate them first with dedupePapers). */
export function buildGraph(papers: readonly Paper[], options: BuildOptions = {}): PaperGraph {
  const graph = createGraph();
  graph.replaceAttributes({
    name: 'papergraph',
    schemaVersion: SCHEMA_VERSION,
    ...(options.firstAdded ? { builds: [options.firstAdded] } : {}),
  });
  addPapers(graph, papers, options);
  if (options.layout !== false) layoutGraph(graph, options.layout ?? {});
  return graph;
}
