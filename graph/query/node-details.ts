// Everything known about one node, as the CLI's `show`, the library and the map's details
// panel present it: attributes, papers (each once, strongest relation first), parents and
// children in lineage, its family, evidence grouped by sentence, edges, neighbours. Reads only.

import type { EdgeType, NodeType } from '../../src/types.js';
import type { NodeAttributes, PaperGraph } from '../schema.js';
import { citeEvidence, type CitedEvidence } from './evidence.js';
import { descendantCounts, familyRoot, type DescendantCounts } from './family.js';
import { resolveNode } from './find-node.js';
import { childLinks, isLineageEdgeType, parentLinks, type LineageEdgeType, type LineageKind, type LineageLink } from './lineage-links.js';
import { papersFor, type PaperLink } from './papers-for.js';

export interface NodeRef {
  key: string;
  label: string;
  type: NodeType;
}

/** A parent or child in lineage, with the step between them. */
export interface LineageRef extends NodeRef {
  edge: string;
  edgeType: LineageEdgeType;
  relation: LineageKind;
}

export interface ShownEdge {
  key: string;
  type: EdgeType;
  relation?: LineageKind;
  direction: 'out' | 'in';
  other: NodeRef;
  weight: number;
  evidence: CitedEvidence[];
}

/** One sentence and every relation it supports for this node (a sentence is listed once). */
export interface EvidenceGroup {
  sentence: string;
  paper: string;
  paperTitle: string;
  relations: { edgeType: EdgeType; direction: 'out' | 'in'; other: NodeRef; rule: string; relation?: LineageKind }[];
}

/** Attributes that are data, not drawing. */
export type DataAttributes = Omit<NodeAttributes, 'x' | 'y' | 'size' | 'color' | 'rawTitle' | 'rawAbstract'>;

export interface NodeDetails {
  key: string;
  node: NodeRef;
  attributes: DataAttributes;
  appearance: { x: number; y: number; size: number; color: string };
  /** Papers linked to an entity, each once, strongest relation first (empty for papers). */
  papers: PaperLink[];
  /** For a paper: the entities it points at, by edge type. */
  entities: Partial<Record<EdgeType, NodeRef[]>>;
  /** What it was made from or is a variant of. */
  parents: LineageRef[];
  /** What was made from it, and its variants. */
  children: LineageRef[];
  /** Its family, when it has lineage: the root and what descends from this node. */
  family?: { root: NodeRef; descendants: DescendantCounts };
  /** Lineage sentences first, then by paper. */
  evidence: EvidenceGroup[];
  /** Every edge with its evidence: incoming first, by type and label (the CLI lists them). */
  edges: ShownEdge[];
  neighbours: NodeRef[];
}

export function nodeRef(graph: PaperGraph, key: string): NodeRef {
  const attrs = graph.getNodeAttributes(key);
  return { key, label: attrs.label, type: attrs.type };
}

function byLabel(a: NodeRef, b: NodeRef): number {
  return a.label.localeCompare(b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function lineageRefs(graph: PaperGraph, links: readonly LineageLink[]): LineageRef[] {
  return links
    .map((l) => ({ ...nodeRef(graph, l.other), edge: l.edge, edgeType: l.edgeType, relation: l.kind }))
    .sort((a, b) => (a.edgeType === b.edgeType ? byLabel(a, b) : a.edgeType === 'derived_from' ? -1 : 1));
}

function listEdges(graph: PaperGraph, key: string): ShownEdge[] {
  const edges: ShownEdge[] = [];
  graph.forEachEdge(key, (edge, attrs, source, target) => {
    const direction = source === key ? 'out' : 'in';
    const shown: ShownEdge = {
      key: edge,
      type: attrs.type,
      direction,
      other: nodeRef(graph, direction === 'out' ? target : source),
      weight: attrs.weight,
      evidence: citeEvidence(graph, attrs.evidence),
    };
    if (attrs.relation) shown.relation = attrs.relation;
    edges.push(shown);
  });
  return edges.sort((a, b) => a.direction.localeCompare(b.direction) || a.type.localeCompare(b.type) || a.other.label.localeCompare(b.other.label));
}

function groupEvidence(edges: readonly ShownEdge[]): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup & { lineage: boolean }>();
  for (const edge of edges) {
    for (const e of edge.evidence) {
      const id = `${e.paper}\u0000${e.sentence}`;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { sentence: e.sentence, paper: e.paper, paperTitle: e.paperTitle, relations: [], lineage: false }));
      const relation: EvidenceGroup['relations'][number] = { edgeType: edge.type, direction: edge.direction, other: edge.other, rule: e.rule };
      if (isLineageEdgeType(edge.type)) {
        relation.relation = edge.relation ?? (edge.type === 'variant_of' ? 'variant' : 'derived');
        group.lineage = true;
      }
      if (!group.relations.some((r) => r.edgeType === relation.edgeType && r.other.key === relation.other.key && r.direction === relation.direction)) {
        group.relations.push(relation);
      }
    }
  }
  // Lineage evidence first: it is what the panel is most often opened for.
  return [...groups.values()]
    .sort((a, b) => Number(b.lineage) - Number(a.lineage) || a.paperTitle.localeCompare(b.paperTitle) || a.sentence.localeCompare(b.sentence))
    .map(({ lineage: _lineage, ...group }) => group);
}

/** The details of the node `name` (a key, label, alias or title); throws NotFoundError. */
export function nodeDetails(graph: PaperGraph, name: string): NodeDetails {
  const key = resolveNode(graph, name);
  const { x, y, size, color, rawTitle: _rawTitle, rawAbstract: _rawAbstract, ...attributes } = graph.getNodeAttributes(key);
  const edges = listEdges(graph, key);
  const entities: Partial<Record<EdgeType, NodeRef[]>> = {};
  const neighbours = new Map<string, NodeRef>();
  for (const edge of edges) {
    neighbours.set(edge.other.key, edge.other);
    if (attributes.type === 'paper' && edge.direction === 'out') {
      const list = entities[edge.type] ?? (entities[edge.type] = []);
      if (!list.some((r) => r.key === edge.other.key)) list.push(edge.other);
    }
  }
  for (const list of Object.values(entities)) list.sort(byLabel);
  const parents = lineageRefs(graph, parentLinks(graph, key));
  const children = lineageRefs(graph, childLinks(graph, key));
  const details: NodeDetails = {
    key,
    node: nodeRef(graph, key),
    attributes,
    appearance: { x, y, size, color },
    papers: attributes.type === 'paper' ? [] : papersFor(graph, key),
    entities,
    parents,
    children,
    evidence: groupEvidence(edges),
    edges,
    neighbours: [...neighbours.values()].sort(byLabel),
  };
  if (parents.length || children.length) {
    details.family = { root: nodeRef(graph, familyRoot(graph, key)), descendants: descendantCounts(graph, key) };
  }
  return details;
}
