// Model families: each model with lineage belongs to the family of one root ancestor, chosen
// by a fixed rule; a family is that root with everything derived from it or a variant of it.
// Reads the graph only, through the lineage adjacency (built once); the index of roots is
// cached per graph and dropped when edges change.

import type { NodeType } from '../../src/types.js';
import { UsageError } from '../../src/errors.js';
import type { PaperGraph } from '../schema.js';
import { citeEvidence, type CitedEvidence } from './evidence.js';
import { findNode, resolveNode } from './find-node.js';
import { cachedPerGraph } from './graph-cache.js';
import { lineageAdjacency, type LineageAdjacency } from './lineage-adjacency.js';
import { LINEAGE_KINDS, type LineageEdgeType, type LineageKind } from './lineage-links.js';

export interface DescendantCounts {
  /** Every model below, each counted once. */
  total: number;
  /** Direct children (derived models and variants). */
  children: number;
  /** Descendants by the kind of the step that first reaches them (nearest generation, then edge order). */
  byKind: Partial<Record<LineageKind, number>>;
}

export interface FamilyMember {
  key: string;
  label: string;
  type: NodeType;
  papers: number;
  /** Generations below the root (0 for the root); for an outside parent, that of its child. */
  generation: number;
  /** True when a paper of the graph introduces it. */
  introduced: boolean;
  /** A parent from another family, shown because a member was made from it too. */
  outside: boolean;
  counts: DescendantCounts;
}

export interface FamilyLink {
  edge: string;
  /** The child (derived model or variant). */
  child: string;
  parent: string;
  edgeType: LineageEdgeType;
  kind: LineageKind;
  evidence: CitedEvidence[];
}

export interface Family {
  root: string;
  rootLabel: string;
  /** The model the family was asked for. */
  key: string;
  /** The root first, then by generation and label; outside parents last. */
  members: FamilyMember[];
  links: FamilyLink[];
  /** Members left out by `maxMembers` (farthest generations first). */
  omitted: number;
}

export interface FamilyOptions {
  /** Largest family drawn; default DEFAULT_FAMILY_OPTIONS.maxMembers. */
  maxMembers?: number;
}

export const DEFAULT_FAMILY_OPTIONS = { maxMembers: 400 } as const;

export interface FamilySummary {
  root: string;
  label: string;
  /** Models whose family this is (the root included). */
  size: number;
}

interface FamilyIndex {
  rootOf: Map<string, string>;
  /** Largest family first; ties by root key. */
  families: FamilySummary[];
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything below `key`, breadth-first: each model once with the kind of the step that reached it. */
function below(lineage: LineageAdjacency, key: string): Map<string, LineageKind> {
  const seen = new Map<string, LineageKind>();
  let frontier = [key];
  while (frontier.length) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const link of lineage.children(node)) {
        if (link.other === key || seen.has(link.other)) continue;
        seen.set(link.other, link.kind);
        next.push(link.other);
      }
    }
    frontier = next;
  }
  return seen;
}

export function descendantCounts(graph: PaperGraph, key: string): DescendantCounts {
  const lineage = lineageAdjacency(graph);
  const reached = below(lineage, key);
  const byKind: Partial<Record<LineageKind, number>> = {};
  for (const kind of reached.values()) byKind[kind] = (byKind[kind] ?? 0) + 1;
  const ordered: Partial<Record<LineageKind, number>> = {};
  for (const kind of LINEAGE_KINDS) if (byKind[kind]) ordered[kind] = byKind[kind];
  return { total: reached.size, children: new Set(lineage.children(key).map((l) => l.other)).size, byKind: ordered };
}

/**
 * The rule that picks a family's root where a model has several: the root with the most
 * descendants, then the one in more papers, then the smaller key. Negative when `a` wins.
 */
function rootOrder(graph: PaperGraph, lineage: LineageAdjacency) {
  const totals = new Map<string, number>();
  const total = (key: string) => {
    let t = totals.get(key);
    if (t === undefined) totals.set(key, (t = below(lineage, key).size));
    return t;
  };
  return (a: string, b: string) => total(b) - total(a) || graph.getNodeAttribute(b, 'papers') - graph.getNodeAttribute(a, 'papers') || byKey(a, b);
}

function buildIndex(graph: PaperGraph): FamilyIndex {
  const lineage = lineageAdjacency(graph);
  const inLineage = lineage.nodes;
  const roots = inLineage.filter((key) => lineage.parents(key).length === 0);
  const order = rootOrder(graph, lineage);
  const rootOf = new Map<string, string>();
  const claim = (root: string) => {
    if (!rootOf.has(root)) rootOf.set(root, root);
    for (const node of below(lineage, root).keys()) if (!rootOf.has(node)) rootOf.set(node, root);
  };
  // Best roots first, so each model is claimed by the root the rule prefers for it.
  roots.sort(order).forEach(claim);
  // Models whose ancestors all lie on a cycle: the cycle's best member roots them.
  inLineage
    .filter((key) => !rootOf.has(key))
    .sort(order)
    .forEach((key) => rootOf.has(key) || claim(key));
  const sizes = new Map<string, number>();
  for (const root of rootOf.values()) sizes.set(root, (sizes.get(root) ?? 0) + 1);
  const families = [...sizes].map(([root, size]) => ({ root, label: graph.getNodeAttribute(root, 'label'), size }));
  families.sort((a, b) => b.size - a.size || byKey(a.root, b.root));
  return { rootOf, families };
}

// Node attribute changes (papers) are not watched: the root rule reads them only as a tie-break.
const familyIndex = cachedPerGraph(buildIndex, ['edgeAdded', 'edgeDropped', 'nodeDropped', 'cleared', 'edgesCleared', 'edgeAttributesUpdated']);

/** The root of a model's family; the model itself when it has no lineage. */
export function familyRoot(graph: PaperGraph, key: string): string {
  return familyIndex(graph).rootOf.get(key) ?? key;
}

/** Every family with more than one model, largest first. */
export function families(graph: PaperGraph): FamilySummary[] {
  return familyIndex(graph).families;
}

/** Root of every model that has lineage (models without any are their own family). */
export function familyRoots(graph: PaperGraph): ReadonlyMap<string, string> {
  return familyIndex(graph).rootOf;
}

function member(graph: PaperGraph, key: string, generation: number, outside: boolean): FamilyMember {
  const attrs = graph.getNodeAttributes(key);
  return {
    key,
    label: attrs.label,
    type: attrs.type,
    papers: attrs.papers,
    generation,
    introduced: graph.someInEdge(key, (_e, edge) => edge.type === 'introduces'),
    outside,
    counts: descendantCounts(graph, key),
  };
}

/**
 * The whole family of a model: its root, every model below the root with the lineage edges
 * between them, and the outside parents of members (a model made from two families).
 */
export function family(graph: PaperGraph, model: string, options: FamilyOptions = {}): Family {
  const maxMembers = options.maxMembers ?? DEFAULT_FAMILY_OPTIONS.maxMembers;
  if (!Number.isInteger(maxMembers) || maxMembers < 1) throw new UsageError(`maxMembers must be a positive integer, got ${maxMembers}`);
  const key = findNode(graph, model, { types: ['model', 'method'] }) ?? resolveNode(graph, model);
  const root = familyRoot(graph, key);
  const lineage = lineageAdjacency(graph);
  // Breadth-first from the root: generations in order, so a cap drops the farthest.
  const generation = new Map<string, number>([[root, 0]]);
  let frontier = [root];
  for (let depth = 1; frontier.length; depth++) {
    const next = new Set<string>();
    for (const node of frontier) {
      for (const link of lineage.children(node)) {
        if (generation.has(link.other) || next.has(link.other)) continue;
        if (generation.size + next.size >= maxMembers) continue;
        next.add(link.other);
      }
    }
    for (const node of next) generation.set(node, depth);
    frontier = [...next];
  }
  const omitted = generation.size >= maxMembers ? below(lineage, root).size + 1 - generation.size : 0;
  // Keep the asked-for model even when the cap would drop it.
  if (!generation.has(key)) generation.set(key, Math.max(...generation.values()) + 1);
  const members = [...generation].map(([k, g]) => member(graph, k, g, false));
  members.sort((a, b) => a.generation - b.generation || a.label.localeCompare(b.label) || byKey(a.key, b.key));
  const links: FamilyLink[] = [];
  const outside = new Map<string, number>();
  for (const { key: child } of members) {
    for (const link of lineage.parents(child)) {
      if (!generation.has(link.other)) {
        outside.set(link.other, Math.min(outside.get(link.other) ?? Infinity, (generation.get(child) ?? 1) - 1));
      }
      links.push({
        edge: link.edge,
        child,
        parent: link.other,
        edgeType: link.edgeType,
        kind: link.kind,
        evidence: citeEvidence(graph, graph.getEdgeAttribute(link.edge, 'evidence')),
      });
    }
  }
  const outsiders = [...outside].map(([k, g]) => member(graph, k, g, true)).sort((a, b) => a.label.localeCompare(b.label));
  links.sort((a, b) => byKey(a.edge, b.edge));
  return { root, rootLabel: graph.getNodeAttribute(root, 'label'), key, members: [...members, ...outsiders], links, omitted };
}
