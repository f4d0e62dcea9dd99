// Web Worker: builds a graph from a corpus file's text with the same pure pipeline as the
// CLI (src/core: readers -> extractors -> graph -> layout) and posts progress and the result.
// Runs entirely in the browser; nothing is sent anywhere.

import { buildGraph, dedupePapers, formatProblem, parseCorpus } from '../../src/core.js';
import { isBuildRequest, type WorkerMessage } from './messages.js';

function post(message: WorkerMessage): void {
  self.postMessage(message);
}

/** Report at most ~50 progress steps so messages do not swamp the main thread. */
function throttled(total: number): (done: number) => void {
  const step = Math.max(1, Math.floor(total / 50));
  return (done) => {
    if (done === total || done % step === 0) post({ type: 'progress', phase: 'extracting', done, total });
  };
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isBuildRequest(request)) return;
  try {
    post({ type: 'progress', phase: 'reading', done: 0, total: 1 });
    const read = parseCorpus(request.text, request.fileName);
    const { papers, duplicates } = dedupePapers(read.papers);
    const problems = [...read.problems, ...duplicates].map(formatProblem);
    if (!papers.length) {
      post({ type: 'error', message: `No papers could be read from ${request.fileName}${problems[0] ? `: ${problems[0]}` : ''}` });
      return;
    }
    const report = throttled(papers.length);
    const graph = buildGraph(papers, {
      onProgress: (done) => {
        report(done);
        if (done === papers.length) post({ type: 'progress', phase: 'layout', done: 0, total: 1 });
      },
    });
    post({ type: 'done', graph: graph.export(), papers: papers.length, problems, format: read.format });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
