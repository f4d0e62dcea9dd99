// The layered drawing of a family (graph/family-layout.ts): parents above children, boxes
// that never overlap, and a grid for the many leaf children of one parent.
import { describe, expect, it } from 'vitest';
import { FAMILY_LAYOUT, layoutFamily, leafGroups, type DrawnMember } from '../../graph/family-layout.js';
import type { Family, FamilyLink, FamilyMember } from '../../graph/query/family.js';

function member(key: string, generation: number, total = 0): FamilyMember {
  return { key, label: key, type: 'model', papers: 1, generation, introduced: true, outside: false, counts: { total, children: total, byKind: {} } };
}

function link(parent: string, child: string, kind: FamilyLink['kind'] = 'fine-tuned'): FamilyLink {
  return { edge: `${child}->${parent}`, parent, child, edgeType: 'derived_from', kind, evidence: [] };
}

/** Root with `leaves` leaf children, one child with two children of its own, and a model made from two members. */
function family(leaves: number): Family {
  const members = [member('Root', 0, leaves + 4), member('Mid', 1, 2), member('Twin', 1)];
  const links = [link('Root', 'Mid'), link('Root', 'Twin'), link('Mid', 'Twin', 'derived')];
  for (let i = 0; i < leaves; i++) {
    members.push(member(`Leaf-${i}`, 1));
    links.push(link('Root', `Leaf-${i}`, i % 3 ? 'fine-tuned' : 'distilled'));
  }
  members.push(member('Mid-A', 2), member('Mid-B', 2));
  links.push(link('Mid', 'Mid-A'), link('Mid', 'Mid-B'));
  return { root: 'Root', rootLabel: 'Root', key: 'Root', members, links, omitted: 0 };
}

const boxOf = (m: DrawnMember) => ({ x1: m.x - m.width / 2, y1: m.y - m.height / 2, x2: m.x + m.width / 2, y2: m.y + m.height / 2 });
const overlap = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('layoutFamily', () => {
  it('draws a few children as a row of boxes under their parent, with labelled edges', () => {
    const drawing = layoutFamily(family(3));
    expect(drawing.groups).toEqual([]);
    const at = new Map(drawing.members.map((m) => [m.key, m]));
    for (const l of drawing.links) expect(at.get(l.parent)!.y).toBeLessThan(at.get(l.child)!.y);
    expect(drawing.links.every((l) => l.points.length >= 2 && l.labelWidth > 0)).toBe(true);
  });

  it('puts the many leaf children of one parent in a grid under it, kind by kind, each with its relation tag', () => {
    const f = family(20);
    const [group] = leafGroups(f);
    expect(leafGroups(f)).toHaveLength(1);
    expect(group!.parent).toBe('Root');
    // Mid has children, Twin has two parents: neither is a leaf of the grid.
    expect(group!.links.map((l) => l.child)).not.toContain('Mid');
    expect(group!.links.map((l) => l.child)).not.toContain('Twin');
    expect(group!.links.map((l) => l.kind)).toEqual([...Array(7).fill('distilled'), ...Array(13).fill('fine-tuned')]);

    const drawing = layoutFamily(f);
    expect(drawing.groups).toHaveLength(1);
    const frame = drawing.groups[0]!;
    expect(frame).toMatchObject({ parent: 'Root', count: 20, kinds: ['distilled', 'fine-tuned'] });
    const at = new Map(drawing.members.map((m) => [m.key, m]));
    expect(at.get('Root')!.y).toBeLessThan(frame.y - frame.height / 2);
    for (const l of drawing.links.filter((l) => l.child.startsWith('Leaf-'))) {
      const box = boxOf(at.get(l.child)!);
      // Inside the frame; the tag just above its own box, the arrow from the tag into it.
      expect(box.x1).toBeGreaterThanOrEqual(frame.x - frame.width / 2);
      expect(box.x2).toBeLessThanOrEqual(frame.x + frame.width / 2);
      expect(box.y2).toBeLessThanOrEqual(frame.y + frame.height / 2);
      expect(l.labelX).toBe(at.get(l.child)!.x);
      expect(l.labelY + FAMILY_LAYOUT.edgeLabelHeight / 2).toBeLessThanOrEqual(box.y1);
      expect(l.points.at(-1)!.y).toBe(box.y1);
    }
    // Columns about as many as rows (groupAspect), so the grid is no wide row.
    const xs = new Set(drawing.members.filter((m) => m.key.startsWith('Leaf-')).map((m) => m.x));
    expect(xs.size).toBe(Math.ceil(Math.sqrt(20 * FAMILY_LAYOUT.groupAspect)));
  });

  it('in a big family, groups leaves from two on', () => {
    expect(leafGroups(family(20)).map((g) => g.parent)).toEqual(['Root']);
    const big = family(FAMILY_LAYOUT.bigFamily);
    expect(leafGroups(big).map((g) => [g.parent, g.links.length])).toEqual([
      ['Root', FAMILY_LAYOUT.bigFamily],
      ['Mid', 2],
    ]);
  });

  it('never lets two boxes overlap, and draws the same family the same way every time', () => {
    for (const leaves of [0, 3, 6, 25, 80]) {
      const drawing = layoutFamily(family(leaves));
      const boxes = drawing.members.map(boxOf);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      expect(layoutFamily(family(leaves))).toEqual(drawing);
    }
  });
});
