// Hook: fetches the served graph.json once and turns it into the typed graph. Marks
// `papergraph:graph-parsed` and `papergraph:graph-ready` (performance marks) for bench/map.ts.
import { useEffect, useState } from 'react';
import type { PaperGraph } from '../../graph/schema.js';
import { graphFromJson } from '../../src/graph-json.js';

export type GraphFileState = { kind: 'loading' } | { kind: 'ready'; graph: PaperGraph } | { kind: 'error'; message: string };

export function useGraphFile(url: string): GraphFileState {
  const [state, setState] = useState<GraphFileState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, cache: 'no-cache' })
      .then(async (res) => {
        if (!res.ok) throw new Error(`${url}: HTTP ${res.status} (run papergraph build first, or open a corpus file)`);
        const data: unknown = await res.json();
        performance.mark('papergraph:graph-parsed');
        const graph = graphFromJson(data, url);
        performance.mark('papergraph:graph-ready');
        setState({ kind: 'ready', graph });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [url]);
  return state;
}
