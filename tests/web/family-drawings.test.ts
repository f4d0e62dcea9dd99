// The family drawings of the map (web/family/family-drawings.ts) against a stand-in Worker:
// one job at a time, a newer prefetch replaces one not started, a family on screen goes
// first, a failure is kept until forgotten, a dead worker fails its jobs and is replaced.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAMILY_LAYOUT } from '../../graph/family-layout.js';
import type { Family } from '../../graph/query/family.js';
import { createGraph } from '../../graph/schema.js';
import type { FamilyLayoutReply, FamilyLayoutRequest } from '../../web/worker/messages.js';

type Drawings = typeof import('../../web/family/family-drawings.js');

/** Workers made by the module under test; each keeps the requests it was sent. */
const made: StandInWorker[] = [];

class StandInWorker extends EventTarget {
  sent: FamilyLayoutRequest[] = [];
  terminated = false;
  constructor() {
    super();
    made.push(this);
  }
  postMessage(request: FamilyLayoutRequest): void {
    this.sent.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answer the last request as the real worker would (a drawing, or an error). */
  answer(reply: Partial<FamilyLayoutReply> = {}): void {
    const id = this.sent.at(-1)!.id;
    const data = 'error' in reply ? { id, error: reply.error } : { id, drawing: { width: 1, height: 1, members: [], links: [], groups: [] } };
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  die(): void {
    const event = new Event('error') as Event & { message: string };
    event.message = 'out of memory';
    this.dispatchEvent(event);
  }
}

function big(root: string, omitted = 0, key = root): Family {
  const members = Array.from({ length: FAMILY_LAYOUT.bigFamily }, (_, i) => ({
    key: i ? `${root}-${i}` : root,
    label: i ? `${root}-${i}` : root,
    type: 'model' as const,
    papers: 1,
    generation: i ? 1 : 0,
    introduced: true,
    outside: false,
    counts: { total: 0, children: 0, byKind: {} },
  }));
  return { root, rootLabel: root, key, members, links: [], omitted };
}

let drawings: Drawings;
beforeEach(async () => {
  made.length = 0;
  vi.stubGlobal('Worker', StandInWorker);
  vi.resetModules();
  drawings = await import('../../web/family/family-drawings.js');
});
afterEach(() => vi.unstubAllGlobals());

const roots = (w: StandInWorker) => w.sent.map((r) => r.family.root);

describe('family drawings', () => {
  it('lays out one big family at a time and keeps the drawing per graph', async () => {
    const graph = createGraph();
    const a = drawings.familyDrawing(graph, big('A'));
    drawings.familyDrawing(graph, big('B'));
    const [worker] = made;
    expect(roots(worker!)).toEqual(['A']);
    worker!.answer();
    await a;
    expect(roots(worker!)).toEqual(['A', 'B']);
    // Ready now: the same drawing at once, not a promise; another graph lays it out again.
    expect(drawings.familyDrawing(graph, big('A'))).not.toBeInstanceOf(Promise);
    expect(drawings.familyDrawing(createGraph(), big('A'))).toBeInstanceOf(Promise);
  });

  it('replaces a prefetch that has not started, and puts a family on screen first', async () => {
    const graph = createGraph();
    drawings.prefetchFamily(graph, big('A')); // starts at once
    drawings.prefetchFamily(graph, big('B'));
    drawings.prefetchFamily(graph, big('C')); // replaces B
    const shown = drawings.familyDrawing(graph, big('D'));
    const [worker] = made;
    worker!.answer(); // A done: D next, then C; B never
    await Promise.resolve();
    expect(roots(worker!)).toEqual(['A', 'D']);
    worker!.answer();
    await shown;
    expect(roots(worker!)).toEqual(['A', 'D', 'C']);
    // B was dropped, not failed: asked for again, it is laid out.
    drawings.familyDrawing(graph, big('B'));
    worker!.answer();
    await Promise.resolve();
    expect(roots(worker!)).toEqual(['A', 'D', 'C', 'B']);
  });

  it('keeps a failed layout until the family view is closed, so it is not retried on every render', async () => {
    const graph = createGraph();
    const first = drawings.familyDrawing(graph, big('A'));
    made[0]!.answer({ error: 'dagre failed' });
    await expect(first).rejects.toThrow('dagre failed');
    expect(drawings.familyDrawing(graph, big('A'))).toBe(first);
    expect(made[0]!.sent).toHaveLength(1);
    drawings.forgetFailures(graph);
    void drawings.familyDrawing(graph, big('A'));
    expect(made[0]!.sent).toHaveLength(2);
  });

  it('fails every job of a dead worker and starts a new one for the next', async () => {
    const graph = createGraph();
    const a = drawings.familyDrawing(graph, big('A'));
    const b = drawings.familyDrawing(graph, big('B'));
    made[0]!.die();
    await expect(a).rejects.toThrow(/layout worker stopped: out of memory/);
    await expect(b).rejects.toThrow(/layout worker stopped/);
    expect(made[0]!.terminated).toBe(true);
    drawings.forgetFailures(graph);
    void drawings.familyDrawing(graph, big('A'));
    expect(made).toHaveLength(2);
    expect(roots(made[1]!)).toEqual(['A']);
  });

  it('keeps a family cut at maxMembers apart for each model asked for (it keeps that model)', () => {
    const graph = createGraph();
    void drawings.familyDrawing(graph, big('A', 5, 'A-1'));
    void drawings.familyDrawing(graph, big('A', 5, 'A-2'));
    void drawings.familyDrawing(graph, big('A', 5, 'A-1'));
    made[0]!.answer();
    // A-1 once (asked twice), A-2 apart.
    expect(made[0]!.sent.map((r) => r.family.key)).toEqual(['A-1', 'A-2']);
  });
});
