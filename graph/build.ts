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

/** Match forms of names seen so far: a corpus repeats the same few thousand names. */
const FORMS = new Map<string, string>();
const FORMS_LIMIT = 200_000;

function indexKey(type: NodeType, name: string): string {
  let form = FORMS.get(name);
  if (form === undefined) {
    form = matchForm(name);
    if (FORMS.size >= FORMS_LIMIT) FORMS.clear();
    FORMS.set(name, form);
  }
  return `${type}|${form}`;
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
  for (const name of names) {
    if (name === attrs.label || attrs.aliases.includes(name)) continue;
    attrs.aliases.push(name);
  }
  attrs.aliases.sort();
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
  const attrs = graph.getEdgeAttributes(key);
  const known = attrs.evidence.some(
    (e) => e.paper === evidence.paper && e.sentence === evidence.sentence && e.rule === evidence.rule,
  );
  if (known) return;
  attrs.evidence.push(evidence);
  attrs.weight = new Set(attrs.evidence.map((e) => e.paper)).size;
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
