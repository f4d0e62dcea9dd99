// What the details panel shows for one node, derived from the graph: papers by relation,
// base models and descendants, evidence sentences with paper titles, neighbours.
// Pure reads of the graph; never writes attributes, never builds HTML.

import type { EdgeType, LineageRelation, NodeType } from '../../src/types.js';
import type { PaperGraph } from '../../graph/schema.js';

export interface NodeRef {
  key: string;
  label: string;
  type: NodeType;
}

export interface LinkedRef extends NodeRef {
  edge: EdgeType;
  relation?: LineageRelation;
}

export interface EvidenceRow {
  edge: EdgeType;
  /** The node at the other end of the edge. */
  other: NodeRef;
  /** 'out' when the edge starts at the selected node. */
  direction: 'in' | 'out';
  sentence: string;
  rule: string;
  paper: string;
  paperTitle: string;
}

export interface NodeDetails {
  node: NodeRef;
  aliases: string[];
  papersCount: number;
  title?: string;
  abstract?: string;
  url?: string;
  published?: string;
  authors?: string[];
  /** Papers pointing at this node, grouped by edge type (introduces, mentions, builds_on, ...). */
  papers: Partial<Record<EdgeType, NodeRef[]>>;
  /** For a paper: the entities it points at, grouped by edge type. */
  entities: Partial<Record<EdgeType, NodeRef[]>>;
  /** derived_from targets: what this model was made from. */
  baseModels: LinkedRef[];
  /** derived_from sources: models made from this one. */
  descendants: LinkedRef[];
  /** variant_of, both directions. */
  variants: LinkedRef[];
  evidence: EvidenceRow[];
  neighbours: NodeRef[];
}

export function nodeRef(graph: PaperGraph, key: string): NodeRef {
  const attrs = graph.getNodeAttributes(key);
  return { key, label: attrs.label, type: attrs.type };
}

function byLabel(a: NodeRef, b: NodeRef): number {
  return a.label.localeCompare(b.label) || a.key.localeCompare(b.key);
}

function pushGroup(groups: Partial<Record<EdgeType, NodeRef[]>>, edge: EdgeType, ref: NodeRef): void {
  const list = groups[edge] ?? (groups[edge] = []);
  if (!list.some((r) => r.key === ref.key)) list.push(ref);
}

/** Everything the panel needs; undefined when the node is not in the graph. */
export function nodeDetails(graph: PaperGraph, key: string): NodeDetails | undefined {
  if (!graph.hasNode(key)) return undefined;
  const attrs = graph.getNodeAttributes(key);
  const details: NodeDetails = {
    node: nodeRef(graph, key),
    aliases: [...attrs.aliases],
    papersCount: attrs.papers,
    papers: {},
    entities: {},
    baseModels: [],
    descendants: [],
    variants: [],
    evidence: [],
    neighbours: [],
  };
  if (attrs.type === 'paper') {
    details.title = attrs.title ?? attrs.label;
    details.abstract = attrs.abstract;
    details.url = attrs.url;
    details.published = attrs.published;
    details.authors = attrs.authors;
  }
  const neighbours = new Map<string, NodeRef>();
  graph.forEachEdge(key, (_edge, edgeAttrs, source, target) => {
    const direction = source === key ? 'out' : 'in';
    const otherKey = direction === 'out' ? target : source;
    const other = nodeRef(graph, otherKey);
    neighbours.set(otherKey, other);
    const linked: LinkedRef = { ...other, edge: edgeAttrs.type };
    if (edgeAttrs.relation) linked.relation = edgeAttrs.relation;
    if (edgeAttrs.type === 'derived_from') {
      (direction === 'out' ? details.baseModels : details.descendants).push(linked);
    } else if (edgeAttrs.type === 'variant_of') {
      details.variants.push(linked);
    } else if (direction === 'in' && other.type === 'paper') {
      pushGroup(details.papers, edgeAttrs.type, other);
    } else if (direction === 'out' && attrs.type === 'paper') {
      pushGroup(details.entities, edgeAttrs.type, other);
    }
    for (const ev of edgeAttrs.evidence) {
      const paperTitle = graph.hasNode(ev.paper)
        ? (graph.getNodeAttribute(ev.paper, 'title') ?? graph.getNodeAttribute(ev.paper, 'label'))
        : ev.paper;
      details.evidence.push({
        edge: edgeAttrs.type,
        other,
        direction,
        sentence: ev.sentence,
        rule: ev.rule,
        paper: ev.paper,
        paperTitle,
      });
    }
  });
  for (const group of [details.papers, details.entities]) {
    for (const list of Object.values(group)) list.sort(byLabel);
  }
  details.baseModels.sort(byLabel);
  details.descendants.sort(byLabel);
  details.variants.sort(byLabel);
  // Lineage evidence first: it is what the panel is most often opened for.
  const rank = (e: EvidenceRow) => (e.edge === 'derived_from' ? 0 : e.edge === 'variant_of' ? 1 : 2);
  details.evidence.sort((a, b) => rank(a) - rank(b) || byLabel(a.other, b.other));
  details.neighbours = [...neighbours.values()].sort(byLabel);
  return details;
}
