// Hook: fetches the served graph once and turns it into the typed graph: overview.json
// first when the build wrote one (a big graph: its largest families and most connected
// entities), else graph.json. `loadFull` swaps in the whole graph.json on demand. Marks
// `papergraph:graph-parsed` and `papergraph:graph-ready` (performance marks) for bench/map.ts.
import { useCallback, useEffect, useState } from 'react';
import type { PaperGraph } from '../../graph/schema.js';
import { graphFromJson } from '../../src/graph-json.js';

export type GraphFileState = { kind: 'loading' } | { kind: 'ready'; graph: PaperGraph; file: string; overview: boolean } | { kind: 'error'; message: string };

export const OVERVIEW_URL = 'overview.json';

async function load(url: string, signal: AbortSignal): Promise<PaperGraph | null> {
  const res = await fetch(url, { signal, cache: 'no-cache' });
  // No overview: `papergraph serve` answers 204, a plain static host 404.
  if (res.status === 204 || res.status === 404) return null;
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} (run papergraph build first, or open a corpus file)`);
  const data: unknown = await res.json();
  performance.mark('papergraph:graph-parsed');
  const graph = graphFromJson(data, url);
  performance.mark('papergraph:graph-ready');
  return graph;
}

export function useGraphFile(url: string): GraphFileState & { loadFull: () => void } {
  const [state, setState] = useState<GraphFileState>({ kind: 'loading' });
  const [full, setFull] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const overview = full ? null : await load(OVERVIEW_URL, controller.signal);
      if (overview) return setState({ kind: 'ready', graph: overview, file: OVERVIEW_URL, overview: true });
      const graph = await load(url, controller.signal);
      if (!graph) throw new Error(`${url}: HTTP 404 (run papergraph build first, or open a corpus file)`);
      setState({ kind: 'ready', graph, file: url, overview: false });
    })().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    return () => controller.abort();
  }, [url, full]);
  const loadFull = useCallback(() => setFull(true), []);
  return { ...state, loadFull };
}
