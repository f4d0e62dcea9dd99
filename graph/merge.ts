// Merges papers and their extraction facts into the typed graph, resolving aliases
// against what is already there. Idempotent: merging the same paper twice changes nothing.
// No layout, no I/O, no text analysis.

import type { Extraction, Mention, Paper } from '../src/types.js';
import type { AliasIndex } from './alias-index.js';
import { edgeKey, paperKey } from './keys.js';
import { blankNode, resolveMention, resolveOwnSenses, resolveWithin, type OwnSenses } from './resolve.js';
import type { EdgeAttributes, Evidence, NodeAttributes, PaperGraph } from './schema.js';

export { createAliasIndex, type AliasIndex } from './alias-index.js';
export { resolveMention } from './resolve.js';

/** Above this many entries an edge's evidence is looked up by paper, not scanned (hub edges). */
const SCAN_EVIDENCE_UP_TO = 16;

/**
 * Evidence arrays of hub edges grouped by paper, with the entry count they were made from.
 * Only this module appends to evidence; an array replaced from outside is simply regrouped,
 * and one changed in place is caught by its count (an in-place change that keeps the length
 * is not: nothing does that).
 */
const evidenceByPaper = new WeakMap<Evidence[], { count: number; papers: Map<string, Evidence[]> }>();

/** The by-paper grouping of a hub edge's evidence, rebuilt if the array changed behind our back. */
function groupedEvidence(evidence: Evidence[]): Map<string, Evidence[]> {
  const cached = evidenceByPaper.get(evidence);
  if (cached && cached.count === evidence.length) return cached.papers;
  const papers = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const list = papers.get(e.paper);
    if (list) list.push(e);
    else papers.set(e.paper, [e]);
  }
  evidenceByPaper.set(evidence, { count: evidence.length, papers });
  return papers;
}

const sameEvidence = (a: Evidence, b: Evidence) => a.paper === b.paper && a.sentence === b.sentence && a.rule === b.rule;

/** Append evidence unless the edge has it already; weight stays the number of distinct papers. */
function appendEvidence(attrs: EdgeAttributes, evidence: Evidence): void {
  const list = attrs.evidence;
  if (list.length < SCAN_EVIDENCE_UP_TO) {
    if (list.some((e) => sameEvidence(e, evidence))) return;
    list.push(evidence);
    attrs.weight = new Set(list.map((e) => e.paper)).size;
    return;
  }
  // Hub edges gather thousands of entries on a big corpus: a scan per addition is quadratic.
  const papers = groupedEvidence(list);
  const ofPaper = papers.get(evidence.paper);
  if (ofPaper?.some((e) => sameEvidence(e, evidence))) return;
  list.push(evidence);
  if (ofPaper) ofPaper.push(evidence);
  else papers.set(evidence.paper, [evidence]);
  evidenceByPaper.set(list, { count: list.length, papers });
  attrs.weight = papers.size;
}

function addEvidence(
  graph: PaperGraph,
  type: EdgeAttributes['type'],
  source: string,
  target: string,
  evidence: Evidence,
  relation?: EdgeAttributes['relation'],
): void {
  if (source === target) return;
  const key = edgeKey(type, source, target);
  if (!graph.hasEdge(key)) {
    const attrs: EdgeAttributes = { type, weight: 0, evidence: [] };
    if (relation) attrs.relation = relation;
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  appendEvidence(graph.getEdgeAttributes(key), evidence);
}

/** Add or update a paper's node from its metadata; returns its key. */
export function mergePaper(graph: PaperGraph, paper: Paper, firstAdded?: string): string {
  const key = paperKey(paper);
  const attrs: NodeAttributes = {
    ...blankNode('paper', paper.title),
    papers: 1,
    title: paper.title,
    abstract: paper.abstract,
  };
  // The text as read is kept only where it differs (LaTeX): most papers would store it twice.
  if (paper.rawTitle !== paper.title) attrs.rawTitle = paper.rawTitle;
  if (paper.rawAbstract !== paper.abstract) attrs.rawAbstract = paper.rawAbstract;
  if (paper.id) attrs.id = paper.id;
  if (paper.url) attrs.url = paper.url;
  if (paper.published) attrs.published = paper.published;
  if (paper.authors?.length) attrs.authors = paper.authors;
  if (firstAdded) attrs.firstAdded = firstAdded;
  if (graph.hasNode(key)) {
    const old = graph.getNodeAttributes(key);
    graph.replaceNodeAttributes(key, { ...attrs, firstAdded: old.firstAdded ?? firstAdded, x: old.x, y: old.y });
  } else {
    graph.addNode(key, attrs);
  }
  return key;
}

/**
 * Merge one paper and what was extracted from it. New entity nodes get
 * `firstAdded` when given; every entity the paper resolves to goes into `touched` when
 * given (labelFromCorpus reads those). Repeating the call with the same input is a no-op.
 */
export function mergeExtraction(
  graph: PaperGraph,
  index: AliasIndex,
  paper: Paper,
  extraction: Extraction,
  firstAdded?: string,
  touched?: Set<string>,
): string {
  const pKey = mergePaper(graph, paper, firstAdded);
  // The paper's own senses first: its names then mean what it says they mean.
  const own: OwnSenses = resolveOwnSenses(graph, index, pKey, extraction.facts);
  const stamp = (key: string) => {
    touched?.add(key);
    const attrs = graph.getNodeAttributes(key);
    if (firstAdded && !attrs.firstAdded) attrs.firstAdded = firstAdded;
    return key;
  };
  const resolve = (mention: Mention) => stamp(resolveWithin(graph, own, mention) ?? resolveMention(graph, index, mention));
  for (const fact of extraction.facts) {
    const evidence: Evidence = { paper: pKey, sentence: fact.sentence, rule: fact.rule };
    if (fact.kind === 'paper') {
      const target = resolve(fact.target);
      addEvidence(graph, fact.edge, pKey, target, evidence);
    } else {
      const source = resolve(fact.source);
      const target = resolve(fact.target);
      addEvidence(graph, fact.edge, source, target, evidence, fact.relation);
    }
  }
  return pKey;
}

/** Recount how many distinct papers support each entity node. */
export function countPapers(graph: PaperGraph): void {
  graph.forEachNode((key, attrs) => {
    if (attrs.type === 'paper') return;
    const papers = new Set<string>();
    graph.forEachEdge(key, (_e, edge) => {
      for (const ev of edge.evidence) papers.add(ev.paper);
    });
    graph.setNodeAttribute(key, 'papers', papers.size);
  });
}
