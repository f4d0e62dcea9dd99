// Label placement on the map (web/data/label-placement.ts): greedy in priority order, the
// first free spot of four (right, left, above, below), never overlapping, never clipped;
// texts measured only when some spot could still be free.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type Box, type LabelCandidate, type PlacedLabel } from '../../web/data/label-placement.js';

const OPTIONS = { width: 400, height: 300, fontSize: 13 };
const GAP = 3;
const width = (text: string) => text.length * 7;

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The spots of a candidate, as placeLabels tries them. */
function spots(c: LabelCandidate): Box[] {
  const w = width(c.text);
  const r = c.radius + 3;
  const half = OPTIONS.fontSize * 0.65;
  return [
    [c.x + r, c.y],
    [c.x - r - w, c.y],
    [c.x - w / 2, c.y - r - half],
    [c.x - w / 2, c.y + r + half],
  ].map(([x, y]) => ({ x1: x!, y1: y! - half, x2: x! + w, y2: y! + half }));
}

function free(box: Box, taken: readonly PlacedLabel[]): boolean {
  if (box.x1 < 0 || box.y1 < 0 || box.x2 > OPTIONS.width || box.y2 > OPTIONS.height) return false;
  const padded = { x1: box.x1 - GAP, y1: box.y1 - GAP, x2: box.x2 + GAP, y2: box.y2 + GAP };
  return taken.every((t) => !overlaps(t.box, padded));
}

const candidate = fc.record({
  key: fc.uuid(),
  text: fc.string({ minLength: 1, maxLength: 14 }),
  x: fc.double({ min: -20, max: 420, noNaN: true }),
  y: fc.double({ min: -20, max: 320, noNaN: true }),
  radius: fc.double({ min: 0, max: 12, noNaN: true }),
});

describe('placeLabels', () => {
  it('places each label at its first free spot, in order, and skips only those with none', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 120 }), (candidates) => {
        const placed = placeLabels(candidates, { ...OPTIONS, measure: width, max: 1000 });
        const byKey = new Map(placed.map((p) => [p.key, p]));
        const before: PlacedLabel[] = [];
        for (const c of candidates) {
          const expected = spots(c).find((box) => free(box, before));
          const got = byKey.get(c.key);
          if (!expected) {
            expect(got).toBeUndefined();
            continue;
          }
          expect(got?.box).toEqual(expected);
          before.push(got!);
        }
        expect(placed).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('does not measure the texts of nodes buried under labels already placed', () => {
    // A long label first, then a hundred nodes in its middle: none of their spots is free.
    const long: LabelCandidate = { key: 'long', text: 'A very long label of a node on the left side', x: 10, y: 150, radius: 0 };
    const pile = Array.from({ length: 100 }, (_, i): LabelCandidate => ({ key: `n${i}`, text: `Node ${i}`, x: 150, y: 150, radius: 0 }));
    const measured: string[] = [];
    const placed = placeLabels([long, ...pile], { ...OPTIONS, measure: (t) => (measured.push(t), width(t)) });
    expect(placed.map((p) => p.key)).toEqual(['long']);
    expect(measured).toEqual([long.text]);
  });
});
