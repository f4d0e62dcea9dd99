// Model lineage through derived_from and variant_of edges (both child -> parent): ancestors,
// descendants or both, as trees whose steps carry depth, edge type, relation and evidence.
// Reads the graph only.

import type { NodeType } from '../../src/types.js';
import type { PaperGraph } from '../schema.js';
import { citeEvidence, type CitedEvidence } from './evidence.js';
import { descendantCounts, familyRoot, type DescendantCounts } from './family.js';
import { findNode, resolveNode } from './find-node.js';
import { childLinks, parentLinks, type LineageEdgeType, type LineageKind } from './lineage-links.js';
import { checkDepth } from './neighbours.js';

export const LINEAGE_DIRECTIONS = ['ancestors', 'descendants', 'both'] as const;
export type LineageDirection = (typeof LINEAGE_DIRECTIONS)[number];

export interface LineageOptions {
  direction?: LineageDirection;
  /** Maximum number of generations; default unlimited. */
  depth?: number;
}

export const DEFAULT_LINEAGE_OPTIONS = { direction: 'both', depth: Infinity } as const;

export interface LineageStep {
  key: string;
  label: string;
  type: NodeType;
  /** Generations from the start: 1 for parents (or children). */
  depth: number;
  /** What the step is: the extracted relation (fine-tuned, distilled ...), else `variant` or `derived`. */
  relation: LineageKind;
  /** derived_from (made from its parent) or variant_of (a variant of its family). */
  edgeType: LineageEdgeType;
  edge: string;
  evidence: CitedEvidence[];
  /** True when this model already appears higher in the tree; its branch is not repeated. */
  repeated?: boolean;
  children: LineageStep[];
}

export interface Lineage {
  key: string;
  label: string;
  type: NodeType;
  /** The family it belongs to (see family.ts) and what descends from it. */
  family: { root: string; rootLabel: string; descendants: DescendantCounts };
  /** Parents, their parents ...; empty unless asked for. */
  ancestors: LineageStep[];
  descendants: LineageStep[];
}

function byLabel(a: LineageStep, b: LineageStep): number {
  return a.label.localeCompare(b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Breadth-first, so each model is expanded once, at its smallest depth. */
function walk(graph: PaperGraph, start: string, up: boolean, maxDepth: number): LineageStep[] {
  const expanded = new Set([start]);
  const roots: LineageStep[] = [];
  let frontier: { key: string; children: LineageStep[] }[] = [{ key: start, children: roots }];
  for (let depth = 1; depth <= maxDepth && frontier.length; depth++) {
    const next: { key: string; children: LineageStep[] }[] = [];
    for (const parent of frontier) {
      const steps: LineageStep[] = [];
      for (const link of up ? parentLinks(graph, parent.key) : childLinks(graph, parent.key)) {
        const node = graph.getNodeAttributes(link.other);
        steps.push({
          key: link.other,
          label: node.label,
          type: node.type,
          depth,
          relation: link.kind,
          edgeType: link.edgeType,
          edge: link.edge,
          evidence: citeEvidence(graph, graph.getEdgeAttribute(link.edge, 'evidence')),
          children: [],
        });
      }
      steps.sort(byLabel);
      for (const step of steps) {
        if (expanded.has(step.key)) step.repeated = true;
        else {
          expanded.add(step.key);
          next.push(step);
        }
        parent.children.push(step);
      }
    }
    frontier = next;
  }
  return roots;
}

/** The lineage of a model: `ancestors` follow derived_from and variant_of edges up, `descendants` down. */
export function lineage(graph: PaperGraph, model: string, options: LineageOptions = {}): Lineage {
  const direction = options.direction ?? DEFAULT_LINEAGE_OPTIONS.direction;
  if (!LINEAGE_DIRECTIONS.includes(direction)) {
    throw new RangeError(`direction must be ancestors, descendants or both, got ${direction}`);
  }
  const depth = options.depth === undefined || options.depth === Infinity ? Infinity : checkDepth(options.depth);
  // A name shared by a model and its paper means the model here.
  const key = findNode(graph, model, { types: ['model', 'method'] }) ?? resolveNode(graph, model);
  const attrs = graph.getNodeAttributes(key);
  const root = familyRoot(graph, key);
  return {
    key,
    label: attrs.label,
    type: attrs.type,
    family: { root, rootLabel: graph.getNodeAttribute(root, 'label'), descendants: descendantCounts(graph, key) },
    ancestors: direction === 'descendants' ? [] : walk(graph, key, true, depth),
    descendants: direction === 'ancestors' ? [] : walk(graph, key, false, depth),
  };
}

/** Every step of a lineage tree, depth-first (handy for tests and flat listings). */
export function flattenLineage(steps: readonly LineageStep[]): LineageStep[] {
  return steps.flatMap((s) => [s, ...flattenLineage(s.children)]);
}
