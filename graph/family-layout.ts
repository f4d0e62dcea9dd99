// Layered drawing of one model family (graph/query/family.ts) with dagre: parents above
// children, each box as wide as its label, edge labels given room so nothing overlaps.
// A parent with many leaf children (fine-tunes of Qwen, SAM or U-Net on the real stream)
// gets them as a grid under it instead of one row thousands of pixels wide: dagre lays out
// one block for the grid, and the leaves are placed inside it, each with its relation tag.
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
  /**
   * A family of this many members is big (the real stream's Qwen, Llama or SAM): its leaves
   * go into grids from two on, and dagre ranks with the faster tight-tree ranker.
   */
  bigFamily: 60,
  /** From this many leaf children on, a parent's leaves are drawn as a grid (big families: 2). */
  groupMin: 4,
  /** Columns of a grid: about `groupAspect` times as many as rows. */
  groupAspect: 1,
  /** Room inside a grid's frame, between its columns, and between a tag and its box. */
  groupPadding: 10,
  groupColumnGap: 14,
  groupRowGap: 12,
  tagGap: 4,
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

/** The leaf children of one parent drawn as a grid: a frame and the trunk into it. */
export interface DrawnGroup {
  parent: string;
  /** Centre and size of the frame. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** From the parent's box to the frame. */
  points: Point[];
  /** The relations of the leaves in it, in the order drawn. */
  kinds: FamilyLink['kind'][];
  count: number;
}

export interface FamilyDrawing {
  width: number;
  height: number;
  members: DrawnMember[];
  links: DrawnLink[];
  groups: DrawnGroup[];
}

/** Box width for a member: its label, and its descendant count when it has any. */
export function boxWidth(member: Pick<FamilyMember, 'label' | 'counts'>): number {
  const { charWidth, padding, countWidth } = FAMILY_LAYOUT;
  return Math.ceil(member.label.length * charWidth + 2 * padding + (member.counts.total ? countWidth : 0));
}

function labelWidth(link: Pick<FamilyLink, 'kind'>): number {
  return Math.ceil(link.kind.length * FAMILY_LAYOUT.edgeLabelCharWidth) + 8;
}

interface LeafGroup {
  id: string;
  parent: string;
  /** The leaves' links, by relation then label, so a grid reads kind by kind. */
  links: FamilyLink[];
  columns: number;
  rows: number;
  columnWidth: number;
  width: number;
  height: number;
}

/** Rows of a grid: a relation tag above each box. */
function slotHeight(): number {
  const L = FAMILY_LAYOUT;
  return L.edgeLabelHeight + L.tagGap + L.boxHeight + L.groupRowGap;
}

/**
 * Leaves (members with no children drawn and one parent) of each parent that has at least
 * `groupMin` of them (2 in a big family). Outside parents and the root are never leaves.
 */
export function leafGroups(family: Family): LeafGroup[] {
  const L = FAMILY_LAYOUT;
  const byKey = new Map(family.members.map((m) => [m.key, m]));
  const parents = new Map<string, number>();
  const hasChildren = new Set<string>();
  for (const link of family.links) {
    parents.set(link.child, (parents.get(link.child) ?? 0) + 1);
    hasChildren.add(link.parent);
  }
  const leafLinks = new Map<string, FamilyLink[]>();
  for (const link of family.links) {
    const child = byKey.get(link.child);
    if (!child || child.outside || hasChildren.has(link.child) || parents.get(link.child) !== 1) continue;
    leafLinks.set(link.parent, [...(leafLinks.get(link.parent) ?? []), link]);
  }
  const groups: LeafGroup[] = [];
  const groupMin = family.members.length >= L.bigFamily ? 2 : L.groupMin;
  for (const [parent, links] of leafLinks) {
    if (links.length < groupMin) continue;
    const label = (l: FamilyLink) => byKey.get(l.child)?.label ?? l.child;
    links.sort((a, b) => (a.kind === b.kind ? label(a).localeCompare(label(b)) : a.kind < b.kind ? -1 : 1));
    const columns = Math.min(links.length, Math.ceil(Math.sqrt(links.length * L.groupAspect)));
    const rows = Math.ceil(links.length / columns);
    const columnWidth = Math.max(...links.map((l) => Math.max(boxWidth(byKey.get(l.child)!), labelWidth(l))));
    groups.push({
      id: `group:${parent}`,
      parent,
      links,
      columns,
      rows,
      columnWidth,
      width: columns * columnWidth + (columns - 1) * L.groupColumnGap + 2 * L.groupPadding,
      height: rows * slotHeight() - L.groupRowGap + 2 * L.groupPadding,
    });
  }
  return groups;
}

/** Where each leaf of a group goes, once dagre has placed the group's frame. */
function placeLeaves(group: LeafGroup, frame: { x: number; y: number }, byKey: Map<string, FamilyMember>): { members: DrawnMember[]; links: DrawnLink[] } {
  const L = FAMILY_LAYOUT;
  const left = frame.x - group.width / 2 + L.groupPadding;
  const top = frame.y - group.height / 2 + L.groupPadding;
  const members: DrawnMember[] = [];
  const links: DrawnLink[] = [];
  group.links.forEach((link, i) => {
    const x = left + (i % group.columns) * (group.columnWidth + L.groupColumnGap) + group.columnWidth / 2;
    const slotTop = top + Math.floor(i / group.columns) * slotHeight();
    const labelY = slotTop + L.edgeLabelHeight / 2;
    const boxY = slotTop + L.edgeLabelHeight + L.tagGap + L.boxHeight / 2;
    members.push({ ...byKey.get(link.child)!, x, y: boxY, width: group.columnWidth, height: L.boxHeight });
    // A short arrow from the relation tag down into the box.
    const points = [
      { x, y: slotTop + L.edgeLabelHeight },
      { x, y: boxY - L.boxHeight / 2 },
    ];
    links.push({ ...link, points, label: link.kind, labelX: x, labelY, labelWidth: labelWidth(link) });
  });
  return { members, links };
}

export function layoutFamily(family: Family): FamilyDrawing {
  const L = FAMILY_LAYOUT;
  const groups = leafGroups(family);
  const grouped = new Map<string, LeafGroup>();
  for (const group of groups) for (const link of group.links) grouped.set(link.child, group);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  // tight-tree ranks a big family in about half the time of network-simplex; families are
  // (nearly) trees, so both give each member its generation.
  const ranker = family.members.length >= L.bigFamily ? 'tight-tree' : 'network-simplex';
  g.setGraph({ rankdir: 'TB', ranker, nodesep: L.nodesep, ranksep: L.ranksep, edgesep: L.edgesep, marginx: L.margin, marginy: L.margin });
  g.setDefaultEdgeLabel(() => ({}));
  // Members in a fixed order, so the same family always gets the same drawing.
  for (const m of family.members) if (!grouped.has(m.key)) g.setNode(m.key, { width: boxWidth(m), height: L.boxHeight });
  for (const group of groups) {
    g.setNode(group.id, { width: group.width, height: group.height });
    g.setEdge(group.parent, group.id, {}, group.id);
  }
  for (const link of family.links) {
    if (grouped.has(link.child)) continue;
    g.setEdge(link.parent, link.child, { width: labelWidth(link), height: L.edgeLabelHeight, labelpos: 'c' }, link.edge);
  }
  dagre.layout(g);
  const byKey = new Map(family.members.map((m) => [m.key, m]));
  const placed = new Map<string, DrawnMember>();
  const placedLinks = new Map<string, DrawnLink>();
  for (const group of groups) {
    const inside = placeLeaves(group, g.node(group.id), byKey);
    for (const m of inside.members) placed.set(m.key, m);
    for (const l of inside.links) placedLinks.set(l.edge, l);
  }
  const members = family.members.map((m): DrawnMember => {
    const inGroup = placed.get(m.key);
    if (inGroup) return inGroup;
    const n = g.node(m.key);
    return { ...m, x: n.x, y: n.y, width: n.width, height: n.height };
  });
  const links = family.links.map((link): DrawnLink => {
    const inGroup = placedLinks.get(link.edge);
    if (inGroup) return inGroup;
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
  const drawnGroups = groups.map((group): DrawnGroup => {
    const n = g.node(group.id);
    const e = g.edge(group.parent, group.id, group.id);
    return {
      parent: group.parent,
      x: n.x,
      y: n.y,
      width: group.width,
      height: group.height,
      points: (e.points ?? []).map((p: Point) => ({ x: p.x, y: p.y })),
      kinds: [...new Set(group.links.map((l) => l.kind))],
      count: group.links.length,
    };
  });
  const graph = g.graph();
  return { width: graph.width ?? 0, height: graph.height ?? 0, members, links, groups: drawnGroups };
}
