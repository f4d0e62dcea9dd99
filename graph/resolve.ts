// How a mention finds its node: through the alias index, or, for the names a paper
// introduces or defines, through the sense the paper gives them ("Spectral Attention
// Module (SAM)" is that paper's SAM, never Segment Anything). No text analysis here.

import type { EntityType, Fact, Mention } from '../src/types.js';
import { entityForm } from '../src/normalize.js';
import { claimNames, indexKey, isLongForm, type AliasIndex } from './alias-index.js';
import { nodeKey, senseKey } from './keys.js';
import type { NodeAttributes, PaperGraph } from './schema.js';

/** Types a name may be resolved across: a method named like a known model is that model. */
const RESOLVE_ORDER: Record<EntityType, EntityType[]> = {
  model: ['model', 'method'],
  method: ['method', 'model'],
  benchmark: ['benchmark'],
  task: ['task'],
  language: ['language'],
};

export function blankNode(type: NodeAttributes['type'], label: string): NodeAttributes {
  return { type, label, aliases: [], papers: 0, x: 0, y: 0, size: 1, color: '#999999' };
}

export function addAliases(attrs: NodeAttributes, names: readonly string[]): void {
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
  let key = lookupNames(index, mention.type, names);
  if (!key) {
    key = nodeKey(mention.type, mention.name);
    if (!graph.hasNode(key)) graph.addNode(key, blankNode(mention.type, mention.name));
  }
  const attrs = graph.getNodeAttributes(key);
  addAliases(attrs, names);
  const type = attrs.type === 'paper' ? mention.type : attrs.type;
  claimNames(graph, index, key, type, [attrs.label, ...names]);
  return key;
}

/** Find the first node any of the names points at, trying the types a mention may resolve across. */
export function lookupNames(index: AliasIndex, type: EntityType, names: readonly string[]): string | undefined {
  for (const t of RESOLVE_ORDER[type]) {
    for (const name of names) {
      const key = index.get(indexKey(t, name));
      if (key) return key;
    }
  }
  return undefined;
}

/** The nodes a paper's own names resolve to in that paper: entity form -> node key. */
export type OwnSenses = Map<string, string>;

/** The long form a mention carries of itself: "Spectral Attention Module" for SAM; the name itself when it has spaces. */
export function expansionOf(mention: Mention): string | undefined {
  if (isLongForm(mention.name)) return mention.name;
  const own = entityForm(mention.name);
  let best: string | undefined;
  for (const alias of mention.aliases ?? []) {
    if (isLongForm(alias) && entityForm(alias) !== own && (!best || alias.length > best.length)) best = alias;
  }
  return best;
}

const namesOf = (attrs: NodeAttributes) => [attrs.label, ...attrs.aliases];

/** Some paper other than `paper` introduces the node. */
function introducedElsewhere(graph: PaperGraph, key: string, paper: string): boolean {
  return graph.findInEdge(key, (_e, edge, source) => edge.type === 'introduces' && source !== paper) !== undefined;
}

/** Some paper other than `paper` links to the node at all. */
function linkedElsewhere(graph: PaperGraph, key: string, paper: string): boolean {
  return graph.findInEdge(key, (_e, _edge, source, _t, sourceAttrs) => sourceAttrs.type === 'paper' && source !== paper) !== undefined;
}

/**
 * Whether a node found by the name is the thing the paper introduces under it: the same
 * expansion; or, with nothing to tell them apart, a node no other paper introduced.
 */
function sameSense(graph: PaperGraph, key: string, paper: string, expansion: string | undefined): boolean {
  if (expansion) {
    const form = entityForm(expansion);
    if (namesOf(graph.getNodeAttributes(key)).some((n) => entityForm(n) === form)) return true;
    // A name other papers already use, without this expansion, is another thing ("SAM" is
    // Segment Anything there): only a node no other paper links to can take the expansion.
    return !linkedElsewhere(graph, key, paper);
  }
  return !introducedElsewhere(graph, key, paper);
}

/**
 * The node of a name the paper introduces. A name already taken by another sense gets a
 * node of its own, keyed by name and expansion, else by name and paper; the established
 * node keeps the bare name. Depends only on the graph and the paper, so merging the same
 * papers in the same order always gives the same nodes.
 */
export function resolveIntroduced(graph: PaperGraph, index: AliasIndex, paper: string, mention: Mention): string {
  const expansion = expansionOf(mention);
  const byExpansion = expansion && expansion !== mention.name ? lookupNames(index, mention.type, [expansion]) : undefined;
  const byName = lookupNames(index, mention.type, [mention.name]);
  let key: string;
  if (byExpansion && sameSense(graph, byExpansion, paper, expansion)) key = byExpansion;
  else if (byName && sameSense(graph, byName, paper, expansion)) key = byName;
  else if (!byName) return resolveMention(graph, index, mention);
  else {
    key = senseKey(mention.type, mention.name, expansion ? { expansion, paper } : { paper });
    if (!graph.hasNode(key)) graph.addNode(key, blankNode(mention.type, mention.name));
  }
  const attrs = graph.getNodeAttributes(key);
  const names = [mention.name, ...(mention.aliases ?? [])];
  addAliases(attrs, names);
  claimNames(graph, index, key, attrs.type === 'paper' ? mention.type : attrs.type, [attrs.label, ...names]);
  return key;
}

/** Resolve what the paper introduces, before anything else it says. */
export function resolveOwnSenses(graph: PaperGraph, index: AliasIndex, paper: string, facts: readonly Fact[]): OwnSenses {
  const own: OwnSenses = new Map();
  for (const fact of facts) {
    if (fact.kind !== 'paper' || fact.edge !== 'introduces') continue;
    const key = resolveIntroduced(graph, index, paper, fact.target);
    for (const name of [fact.target.name, ...(fact.target.aliases ?? [])]) {
      const form = entityForm(name);
      if (!own.has(form)) own.set(form, key);
    }
  }
  return own;
}

/**
 * A mention of one of the paper's own names: its own node, with only the name that matched
 * added (a lexicon mention of "SAM" must not bring "Segment Anything" to the paper's SAM).
 */
export function resolveWithin(graph: PaperGraph, own: OwnSenses, mention: Mention): string | undefined {
  if (own.size === 0 || mention.type === 'task' || mention.type === 'language') return undefined;
  for (const name of [mention.name, ...(mention.aliases ?? [])]) {
    const key = own.get(entityForm(name));
    if (key === undefined) continue;
    addAliases(graph.getNodeAttributes(key), [name]);
    return key;
  }
  return undefined;
}
