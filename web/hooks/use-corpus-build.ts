// Hook: builds a graph from a user's corpus file in a Web Worker, with progress.
// One worker per build, terminated when it finishes, when a new build starts, or on unmount.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { PaperGraph } from '../../graph/schema.js';
import { graphFromJson } from '../../src/graph-json.js';
import type { WorkerMessage } from '../worker/messages.js';

export type CorpusBuildState =
  { kind: 'idle' } | { kind: 'running'; fileName: string; phase: string; done: number; total: number } | { kind: 'error'; fileName: string; message: string };

export interface CorpusResult {
  graph: PaperGraph;
  fileName: string;
  papers: number;
  problems: string[];
}

export function useCorpusBuild(onBuilt: (result: CorpusResult) => void) {
  const [state, setState] = useState<CorpusBuildState>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const build = useCallback(
    async (file: File) => {
      stop();
      setState({ kind: 'running', fileName: file.name, phase: 'reading', done: 0, total: 1 });
      let text: string;
      try {
        text = await file.text();
      } catch {
        setState({ kind: 'error', fileName: file.name, message: 'the file could not be read' });
        return;
      }
      const w = new Worker(new URL('../worker/build-corpus.ts', import.meta.url), { type: 'module', name: 'corpus-build' });
      worker.current = w;
      w.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
        const msg = event.data;
        if (msg.type === 'progress') {
          setState({ kind: 'running', fileName: file.name, phase: msg.phase, done: msg.done, total: msg.total });
          return;
        }
        stop();
        if (msg.type === 'error') {
          setState({ kind: 'error', fileName: file.name, message: msg.message });
          return;
        }
        try {
          const graph = graphFromJson(msg.graph, file.name);
          setState({ kind: 'idle' });
          onBuilt({ graph, fileName: file.name, papers: msg.papers, problems: msg.problems });
        } catch (error) {
          setState({ kind: 'error', fileName: file.name, message: error instanceof Error ? error.message : String(error) });
        }
      });
      w.addEventListener('error', (event) => {
        stop();
        setState({ kind: 'error', fileName: file.name, message: event.message || 'the build worker failed' });
      });
      w.postMessage({ type: 'build', text, fileName: file.name });
    },
    [onBuilt, stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ kind: 'idle' });
  }, [stop]);

  return { state, build, cancel };
}
