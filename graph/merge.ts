// Merges papers and their extraction facts into the typed graph, resolving aliases
// against what is already there. Idempotent: merging the same paper twice changes nothing.
// No layout, no I/O, no text analysis.

import type { EntityType, Extraction, Mention, NodeType, Paper } from '../src/types.js';
import { matchForm } from '../src/normalize.js';
import { edgeKey, nodeKey, paperKey } from './keys.js';
import type { EdgeAttributes, Evidence, NodeAttributes, PaperGraph } from './schema.js';

/** Lookup from a name's match form to node keys, per type. */
export type AliasIndex = Map<string, string>;

/** Types a name may be resolved across: a method named like a known model is that model. */
const RESOLVE_ORDER: Record<EntityType, EntityType[]> = {
  model: ['model', 'method'],
  method: ['method', 'model'],
  benchmark: ['benchmark'],
  task: ['task'],
  language: ['language'],
};

/**
 * Index keys (`type|form`) of names seen so far, per type: a corpus repeats the same few
 * thousand names, and a key string made once keeps its hash for every later lookup.
 */
const INDEX_KEYS = new Map<NodeType, Map<string, string>>();
const INDEX_KEYS_LIMIT = 200_000;

function indexKey(type: NodeType, name: string): string {
  let keys = INDEX_KEYS.get(type);
  if (keys === undefined) INDEX_KEYS.set(type, (keys = new Map()));
  let key = keys.get(name);
  if (key === undefined) {
    key = `${type}|${matchForm(name)}`;
    if (keys.size >= INDEX_KEYS_LIMIT) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/**
 * Point a name form at a node. The rule depends only on the graph, never on merge order, so
 * createAliasIndex rebuilds exactly the index an uninterrupted build had: a node whose label
 * has the form owns it; otherwise the smallest key among the nodes with it as an alias.
 */
function claimForm(graph: PaperGraph, index: AliasIndex, form: string, key: string): void {
  const owner = index.get(form);
  if (owner === undefined || owner === key) {
    index.set(form, key);
    return;
  }
  const attrs = graph.getNodeAttributes(owner);
  if (indexKey(attrs.type, attrs.label) === form) return;
  const claimant = graph.getNodeAttributes(key);
  if (indexKey(claimant.type, claimant.label) === form || key < owner) index.set(form, key);
}

/** Build the alias index of an existing graph (used before `add`): the same index the build had. */
export function createAliasIndex(graph: PaperGraph): AliasIndex {
  const index: AliasIndex = new Map();
  const entities = graph.filterNodes((_key, attrs) => attrs.type !== 'paper');
  for (const key of entities) {
    const attrs = graph.getNodeAttributes(key);
    claimForm(graph, index, indexKey(attrs.type, attrs.label), key);
  }
  for (const key of entities) {
    const attrs = graph.getNodeAttributes(key);
    for (const alias of attrs.aliases) claimForm(graph, index, indexKey(attrs.type, alias), key);
  }
  for (const key of entities) {
    const k = indexKey(graph.getNodeAttribute(key, 'type'), key.slice(key.indexOf(':') + 1));
    if (!index.has(k)) index.set(k, key);
  }
  return index;
}

function blankNode(type: NodeAttributes['type'], label: string): NodeAttributes {
  return { type, label, aliases: [], papers: 0, x: 0, y: 0, size: 1, color: '#999999' };
}

function addAliases(attrs: NodeAttributes, names: readonly string[]): void {
  let added = false;
  for (const name of names) {
    if (name === attrs.label || attrs.aliases.includes(name)) continue;
    attrs.aliases.push(name);
    added = true;
  }
  if (added) attrs.aliases.sort();
}

/** Find or create the node of a mention; returns its key. */
export function resolveMention(graph: PaperGraph, index: AliasIndex, mention: Mention): string {
  const names = [mention.name, ...(mention.aliases ?? [])];
  let key: string | undefined;
  for (const type of RESOLVE_ORDER[mention.type]) {
    for (const name of names) {
      key = index.get(indexKey(type, name));
      if (key) break;
    }
    if (key) break;
  }
  if (!key) {
    key = nodeKey(mention.type, mention.name);
    if (!graph.hasNode(key)) graph.addNode(key, blankNode(mention.type, mention.name));
  }
  const attrs = graph.getNodeAttributes(key);
  addAliases(attrs, names);
  const type = attrs.type === 'paper' ? mention.type : attrs.type;
  for (const name of [attrs.label, ...names]) claimForm(graph, index, indexKey(type, name), key);
  return key;
}

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
 * `firstAdded` when given. Repeating the call with the same input is a no-op.
 */
export function mergeExtraction(
  graph: PaperGraph,
  index: AliasIndex,
  paper: Paper,
  extraction: Extraction,
  firstAdded?: string,
): string {
  const pKey = mergePaper(graph, paper, firstAdded);
  const stamp = (key: string) => {
    const attrs = graph.getNodeAttributes(key);
    if (firstAdded && !attrs.firstAdded) attrs.firstAdded = firstAdded;
    return key;
  };
  for (const fact of extraction.facts) {
    const evidence: Evidence = { paper: pKey, sentence: fact.sentence, rule: fact.rule };
    if (fact.kind === 'paper') {
      const target = stamp(resolveMention(graph, index, fact.target));
      addEvidence(graph, fact.edge, pKey, target, evidence);
    } else {
      const source = stamp(resolveMention(graph, index, fact.source));
      const target = stamp(resolveMention(graph, index, fact.target));
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
