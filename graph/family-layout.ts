// Layered drawing of one model family (graph/query/family.ts) with dagre: parents above
// children, each box as wide as its label, edge labels given room so nothing overlaps.
// Pure: returns coordinates; the map draws them and never lays a family out itself.

import dagre from '@dagrejs/dagre';
import type { Family, FamilyLink, FamilyMember } from './query/family.js';

/** Sizes and gaps of the family drawing, in its own units (CSS pixels at zoom 1). */
export const FAMILY_LAYOUT = {
  /** Label font of the boxes; CHAR_WIDTH is measured for it with room to spare. */
  fontSize: 13,
  charWidth: 8,
  boxHeight: 30,
  /** Left and right padding inside a box, and the room for its descendant count. */
  padding: 12,
  countWidth: 34,
  edgeLabelHeight: 16,
  edgeLabelCharWidth: 6.6,
  nodesep: 22,
  ranksep: 60,
  edgesep: 14,
  margin: 20,
} as const;

export interface Point {
  x: number;
  y: number;
}

export interface DrawnMember extends FamilyMember {
  /** Centre of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawnLink extends FamilyLink {
  /** From the parent's box to the child's. */
  points: Point[];
  label: string;
  /** Centre of the edge label. */
  labelX: number;
  labelY: number;
  labelWidth: number;
}

export interface FamilyDrawing {
  width: number;
  height: number;
  members: DrawnMember[];
  links: DrawnLink[];
}

/** Box width for a member: its label, and its descendant count when it has any. */
export function boxWidth(member: Pick<FamilyMember, 'label' | 'counts'>): number {
  const { charWidth, padding, countWidth } = FAMILY_LAYOUT;
  return Math.ceil(member.label.length * charWidth + 2 * padding + (member.counts.total ? countWidth : 0));
}

export function layoutFamily(family: Family): FamilyDrawing {
  const L = FAMILY_LAYOUT;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: L.nodesep, ranksep: L.ranksep, edgesep: L.edgesep, marginx: L.margin, marginy: L.margin });
  g.setDefaultEdgeLabel(() => ({}));
  // Members in a fixed order, so the same family always gets the same drawing.
  for (const m of family.members) g.setNode(m.key, { width: boxWidth(m), height: L.boxHeight });
  for (const link of family.links) {
    g.setEdge(link.parent, link.child, { width: Math.ceil(link.kind.length * L.edgeLabelCharWidth) + 8, height: L.edgeLabelHeight, labelpos: 'c' }, link.edge);
  }
  dagre.layout(g);
  const members = family.members.map((m): DrawnMember => {
    const n = g.node(m.key);
    return { ...m, x: n.x, y: n.y, width: n.width, height: n.height };
  });
  const links = family.links.map((link): DrawnLink => {
    const e = g.edge(link.parent, link.child, link.edge);
    return {
      ...link,
      points: (e.points ?? []).map((p: Point) => ({ x: p.x, y: p.y })),
      label: link.kind,
      labelX: e.x ?? 0,
      labelY: e.y ?? 0,
      labelWidth: e.width ?? 0,
    };
  });
  const graph = g.graph();
  return { width: graph.width ?? 0, height: graph.height ?? 0, members, links };
}
