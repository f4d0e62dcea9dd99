// The drawings of model families, kept per graph and family. A small family is laid out at
// once, on the main thread; a big one in a worker (web/worker/family-layout.ts), one job at a
// time. Opening a model asks for its family's drawing ahead (prefetchFamily), so by the time
// "Show family tree" is pressed the layout of a big family is usually done; a newer prefetch
// replaces one that has not started, and a family asked for on screen goes first.

import { useEffect, useState } from 'react';
import { FAMILY_LAYOUT, layoutFamily, type FamilyDrawing } from '../../graph/family-layout.js';
import type { Family } from '../../graph/query/index.js';
import type { PaperGraph } from '../../graph/schema.js';
import type { FamilyLayoutReply, FamilyLayoutRequest } from '../worker/messages.js';

/** A big family is laid out in the worker (dagre: about 1 ms a member). */
const WORKER_MIN_MEMBERS = FAMILY_LAYOUT.bigFamily;

interface Job {
  id: number;
  family: Family;
  /** Asked for ahead: may be dropped for a newer prefetch until it starts. */
  prefetch: boolean;
  resolve: (drawing: FamilyDrawing) => void;
  reject: (error: Error) => void;
}

type Entry = { drawing: FamilyDrawing } | { pending: Promise<FamilyDrawing>; job: Job | null } | { failed: Promise<FamilyDrawing> };

/** Thrown to a prefetch that a newer one replaced before it started; nothing is shown for it. */
class DroppedPrefetch extends Error {}

const drawings = new WeakMap<PaperGraph, Map<string, Entry>>();
let worker: Worker | null = null;
let running: Job | null = null;
const queue: Job[] = [];
let nextId = 0;

function startNext(): void {
  if (running || !queue.length) return;
  running = queue.shift()!;
  const request: FamilyLayoutRequest = { id: running.id, family: running.family };
  familyWorker().postMessage(request);
}

function familyWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('../worker/family-layout.ts', import.meta.url), { type: 'module', name: 'family-layout' });
  w.addEventListener('message', (event: MessageEvent<FamilyLayoutReply>) => {
    const reply = event.data;
    const job = running?.id === reply.id ? running : null;
    running = null;
    if (job && 'drawing' in reply) job.resolve(reply.drawing);
    else job?.reject(new Error('error' in reply ? reply.error : 'no drawing'));
    startNext();
  });
  // The worker could not load or died (out of memory): every job fails; the next starts a new one.
  w.addEventListener('error', (event) => {
    event.preventDefault();
    w.terminate();
    if (worker === w) worker = null;
    const failed = [...(running ? [running] : []), ...queue.splice(0)];
    running = null;
    for (const job of failed) job.reject(new Error(`the layout worker stopped: ${event.message || 'it could not start'}`));
  });
  worker = w;
  return w;
}

function layoutInWorker(family: Family, prefetch: boolean): { pending: Promise<FamilyDrawing>; job: Job } {
  if (prefetch) {
    for (const job of queue.filter((j) => j.prefetch)) {
      queue.splice(queue.indexOf(job), 1);
      job.reject(new DroppedPrefetch());
    }
  }
  let job!: Job;
  const pending = new Promise<FamilyDrawing>((resolve, reject) => {
    job = { id: ++nextId, family, prefetch, resolve, reject };
  });
  if (prefetch) queue.push(job);
  else queue.unshift(job);
  startNext();
  return { pending, job };
}

/** A job asked for on screen: no longer droppable, and ahead of the others. */
function promote(job: Job): void {
  job.prefetch = false;
  const at = queue.indexOf(job);
  if (at > 0) queue.unshift(...queue.splice(at, 1));
}

function entries(graph: PaperGraph): Map<string, Entry> {
  let map = drawings.get(graph);
  if (!map) drawings.set(graph, (map = new Map()));
  return map;
}

/** Families cut at maxMembers keep the model asked for, so their drawing depends on it. */
function cacheKey(family: Family): string {
  return family.omitted ? `${family.root}\u0000${family.key}` : family.root;
}

/** The family's drawing if it is ready, else the promise of it; starts laying it out if nobody has. */
export function familyDrawing(graph: PaperGraph, family: Family, prefetch = false): FamilyDrawing | Promise<FamilyDrawing> {
  const map = entries(graph);
  const key = cacheKey(family);
  const entry = map.get(key);
  if (entry && 'drawing' in entry) return entry.drawing;
  if (entry && 'failed' in entry) return entry.failed;
  if (entry) {
    if (!prefetch && entry.job) promote(entry.job);
    return entry.pending;
  }
  if (family.members.length < WORKER_MIN_MEMBERS || typeof Worker === 'undefined') {
    const drawing = layoutFamily(family);
    map.set(key, { drawing });
    return drawing;
  }
  const { pending, job } = layoutInWorker(family, prefetch);
  const settled = pending.then(
    (drawing) => {
      map.set(key, { drawing });
      return drawing;
    },
    (error: unknown) => {
      if (error instanceof DroppedPrefetch) {
        map.delete(key);
      } else {
        // Kept, so that a failing layout is not tried again on every render (see forgetFailures).
        map.set(key, { failed: settled });
      }
      throw error;
    },
  );
  map.set(key, { pending: settled, job });
  return settled;
}

/** Lay out a big family ahead, in the worker; small ones wait until they are shown. */
export function prefetchFamily(graph: PaperGraph, family: Family): void {
  if (family.members.length >= WORKER_MIN_MEMBERS) void Promise.resolve(familyDrawing(graph, family, true)).catch(() => {});
}

/** Let families whose layout failed be tried again (the family view was closed). */
export function forgetFailures(graph: PaperGraph): void {
  const map = drawings.get(graph);
  for (const [key, entry] of map ?? []) if ('failed' in entry) map?.delete(key);
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
  void layoutInWorker(warm, true).pending.catch(() => {});
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
