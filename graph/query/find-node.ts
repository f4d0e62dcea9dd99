// Finding a node by the name a person types: key, label, alias or paper title, insensitive
// to case, spaces, punctuation and accents ("xlm roberta" finds XLM-R), plus "did you mean".
// Reads the graph only; never changes it.

import type { NodeType } from '../../src/types.js';
import { NODE_TYPES } from '../../src/types.js';
import { NotFoundError } from '../../src/errors.js';
import { matchForm } from '../../src/normalize.js';
import type { NodeAttributes, PaperGraph } from '../schema.js';

export interface FindOptions {
  /** Only consider nodes of these types. */
  types?: readonly NodeType[];
}

/** When two nodes share a name, the more specific kind wins (a model over a paper title). */
const TYPE_RANK: Record<NodeType, number> = { model: 0, method: 1, benchmark: 2, task: 3, language: 4, paper: 5 };

function isNodeType(value: string): value is NodeType {
  return NODE_TYPES.some((t) => t === value);
}

/** Every name a node answers to: label, aliases, key without its type, paper title and id. */
export function namesOf(key: string, attrs: NodeAttributes): string[] {
  const names = [attrs.label, ...attrs.aliases, key.slice(key.indexOf(':') + 1)];
  if (attrs.title) names.push(attrs.title);
  if (attrs.id) names.push(attrs.id);
  return names;
}

interface NodeForms {
  /** The names the forms were computed from, joined: a changed label or alias invalidates. */
  signature: string;
  /** matchForm of each name; the label's first. */
  forms: string[];
}

/**
 * Match forms per graph and node, recomputed only for nodes whose names changed (the build
 * edits alias arrays in place, without graph events, so entries are checked, not trusted).
 */
const FORMS = new WeakMap<PaperGraph, Map<string, NodeForms>>();

function formsOf(graph: PaperGraph, key: string, attrs: NodeAttributes): string[] {
  let cache = FORMS.get(graph);
  if (!cache) FORMS.set(graph, (cache = new Map()));
  const names = namesOf(key, attrs);
  const signature = names.join('\u0000');
  const hit = cache.get(key);
  if (hit?.signature === signature) return hit.forms;
  const forms = names.map(matchForm);
  cache.set(key, { signature, forms });
  return forms;
}

/** `model:bert` style queries: the type before the colon restricts the search. */
function splitTypedQuery(name: string): { name: string; types?: NodeType[] } {
  const m = /^\s*([a-z]+)\s*:\s*(.+)$/i.exec(name);
  const type = m?.[1]?.toLowerCase();
  if (m?.[2] && type && isNodeType(type)) return { name: m[2], types: [type] };
  return { name };
}

interface Candidate {
  key: string;
  attrs: NodeAttributes;
  /** 0: the label matches, 1: another name does. */
  how: number;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return a.how - b.how || TYPE_RANK[a.attrs.type] - TYPE_RANK[b.attrs.type] || b.attrs.papers - a.attrs.papers || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** All nodes whose name matches, best first (see TYPE_RANK). */
export function findNodes(graph: PaperGraph, name: string, options: FindOptions = {}): string[] {
  if (graph.hasNode(name) && (!options.types || options.types.includes(graph.getNodeAttribute(name, 'type')))) {
    return [name];
  }
  const typed = splitTypedQuery(name);
  const types = options.types ?? typed.types;
  const form = matchForm(typed.name);
  if (!form) return [];
  const found: Candidate[] = [];
  graph.forEachNode((key, attrs) => {
    if (types && !types.includes(attrs.type)) return;
    const forms = formsOf(graph, key, attrs);
    if (forms[0] === form) found.push({ key, attrs, how: 0 });
    else if (forms.includes(form)) found.push({ key, attrs, how: 1 });
  });
  return found.sort(compareCandidates).map((c) => c.key);
}

/** The key of the node best matching `name`, or undefined. */
export function findNode(graph: PaperGraph, name: string, options: FindOptions = {}): string | undefined {
  return findNodes(graph, name, options)[0];
}

/** Like findNode, but throws NotFoundError (with suggestions) when nothing matches. */
export function resolveNode(graph: PaperGraph, name: string, options: FindOptions = {}): string {
  const key = findNode(graph, name, options);
  if (key === undefined) throw new NotFoundError(`no node named "${name}"`, suggest(graph, name, { ...options, limit: 5 }));
  return key;
}

/** Edit distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

export interface SuggestOptions extends FindOptions {
  limit?: number;
}

/**
 * Labels of the nodes whose names are closest to `name`: small edit distance on the match
 * form, or one name containing the other. For "did you mean" messages.
 */
export function suggest(graph: PaperGraph, name: string, options: SuggestOptions = {}): string[] {
  return suggestAmong(namedNodes(graph), name, options);
}

/** What "did you mean" reads of a node: its label, type, papers and the match forms of its names. */
export interface NamedNode {
  label: string;
  type: NodeType;
  papers: number;
  forms: readonly string[];
}

function* namedNodes(graph: PaperGraph): Generator<NamedNode> {
  for (const { node, attributes } of graph.nodeEntries()) {
    yield { label: attributes.label, type: attributes.type, papers: attributes.papers, forms: formsOf(graph, node, attributes) };
  }
}

/** The match forms of a node's names, the label's first: what findNodes and suggest compare. */
export function nameForms(key: string, attrs: NodeAttributes): string[] {
  return namesOf(key, attrs).map(matchForm);
}

/** suggest() over any list of named nodes (a query index keeps its own). */
export function suggestAmong(nodes: Iterable<NamedNode>, name: string, options: SuggestOptions = {}): string[] {
  const limit = options.limit ?? 5;
  const typed = splitTypedQuery(name);
  const types = options.types ?? typed.types;
  const form = matchForm(typed.name);
  if (!form) return [];
  const scored: { label: string; score: number; rank: number; papers: number }[] = [];
  for (const node of nodes) {
    if (types && !types.includes(node.type)) continue;
    let score = Infinity;
    for (const f of node.forms) {
      if (!f) continue;
      const max = Math.max(1, Math.floor(Math.min(f.length, form.length) / 3));
      const d = editDistance(form, f, max);
      if (d <= max) score = Math.min(score, d);
      else if (form.length >= 3 && f.length >= 3 && (f.includes(form) || form.includes(f))) {
        score = Math.min(score, max + Math.abs(f.length - form.length) / 10);
      }
    }
    if (score < Infinity) scored.push({ label: node.label, score, rank: TYPE_RANK[node.type], papers: node.papers });
  }
  scored.sort((a, b) => a.score - b.score || a.rank - b.rank || b.papers - a.papers || a.label.localeCompare(b.label));
  return [...new Set(scored.map((s) => s.label))].slice(0, limit);
}
