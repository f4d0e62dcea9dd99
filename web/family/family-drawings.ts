// The drawings of model families, kept per graph and family root. A small family is laid out
// at once, on the main thread; a big one in a worker (web/worker/family-layout.ts). Opening a
// model asks for its family's drawing ahead (prefetchFamily), so by the time "Show family
// tree" is pressed the layout of a big family is usually done.

import { useEffect, useState } from 'react';
import { FAMILY_LAYOUT, layoutFamily, type FamilyDrawing } from '../../graph/family-layout.js';
import type { Family } from '../../graph/query/index.js';
import type { PaperGraph } from '../../graph/schema.js';
import type { FamilyLayoutReply, FamilyLayoutRequest } from '../worker/messages.js';

/** A big family is laid out in the worker (dagre: about 1 ms a member). */
const WORKER_MIN_MEMBERS = FAMILY_LAYOUT.bigFamily;

type Entry = { drawing: FamilyDrawing } | { pending: Promise<FamilyDrawing> };

const drawings = new WeakMap<PaperGraph, Map<string, Entry>>();
let worker: Worker | null = null;
const waiting = new Map<number, { resolve: (d: FamilyDrawing) => void; reject: (e: Error) => void }>();
let nextId = 0;

function familyWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../worker/family-layout.ts', import.meta.url), { type: 'module', name: 'family-layout' });
    worker.addEventListener('message', (event: MessageEvent<FamilyLayoutReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('drawing' in reply) pending?.resolve(reply.drawing);
      else pending?.reject(new Error(reply.error));
    });
  }
  return worker;
}

function layoutInWorker(family: Family): Promise<FamilyDrawing> {
  const worker = familyWorker();
  const id = ++nextId;
  const request: FamilyLayoutRequest = { id, family };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage(request);
  });
}

function entries(graph: PaperGraph): Map<string, Entry> {
  let map = drawings.get(graph);
  if (!map) drawings.set(graph, (map = new Map()));
  return map;
}

/** The family's drawing if it is ready, else null; starts laying it out if nobody has. */
export function familyDrawing(graph: PaperGraph, family: Family): FamilyDrawing | Promise<FamilyDrawing> {
  const map = entries(graph);
  const entry = map.get(family.root);
  if (entry) return 'drawing' in entry ? entry.drawing : entry.pending;
  if (family.members.length < WORKER_MIN_MEMBERS || typeof Worker === 'undefined') {
    const drawing = layoutFamily(family);
    map.set(family.root, { drawing });
    return drawing;
  }
  const pending = layoutInWorker(family).then(
    (drawing) => {
      map.set(family.root, { drawing });
      return drawing;
    },
    (error: unknown) => {
      map.delete(family.root);
      throw error;
    },
  );
  map.set(family.root, { pending });
  return pending;
}

/**
 * Start the worker and run dagre once on a two-model family, so that the first big family
 * does not also pay for loading the worker and compiling the layout code. For big graphs.
 */
export function warmFamilyLayout(): void {
  if (typeof Worker === 'undefined' || worker) return;
  const member = (key: string, generation: number) => ({
    key,
    label: key,
    type: 'model' as const,
    papers: 1,
    generation,
    introduced: false,
    outside: false,
    counts: { total: 1 - generation, children: 1 - generation, byKind: {} },
  });
  const warm: Family = {
    root: 'a',
    rootLabel: 'a',
    key: 'a',
    members: [member('a', 0), member('b', 1)],
    links: [{ edge: 'b->a', parent: 'a', child: 'b', edgeType: 'derived_from', kind: 'derived', evidence: [] }],
    omitted: 0,
  };
  void layoutInWorker(warm).catch(() => {});
}

/** Lay out a big family ahead, in the worker; small ones wait until they are shown. */
export function prefetchFamily(graph: PaperGraph, family: Family): void {
  if (family.members.length >= WORKER_MIN_MEMBERS) void Promise.resolve(familyDrawing(graph, family)).catch(() => {});
}

export type FamilyDrawingState = { kind: 'none' } | { kind: 'pending' } | { kind: 'ready'; drawing: FamilyDrawing } | { kind: 'error'; message: string };

/** Hook: the drawing of the family on show, at once when it is ready. */
export function useFamilyDrawing(graph: PaperGraph | null, family: Family | null): FamilyDrawingState {
  const now = graph && family ? familyDrawing(graph, family) : null;
  const [settled, setSettled] = useState<{ family: Family; state: FamilyDrawingState } | null>(null);
  useEffect(() => {
    if (!(now instanceof Promise) || !family) return;
    let live = true;
    now.then(
      (drawing) => live && setSettled({ family, state: { kind: 'ready', drawing } }),
      (error: unknown) => live && setSettled({ family, state: { kind: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [now, family]);
  if (!now) return { kind: 'none' };
  if (!(now instanceof Promise)) return { kind: 'ready', drawing: now };
  return settled?.family === family ? settled.state : { kind: 'pending' };
}
