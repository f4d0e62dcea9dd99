// graph.json as a sequence of text chunks: byte for byte what JSON.stringify(graph.export())
// gives, without ever holding the whole text (a 100k-paper graph passes V8's string limit).
// No I/O: the caller writes the chunks.

import type { PaperGraph } from '../schema.js';

const BATCH = 2000;

/** Chunks of `JSON.stringify(graph.export())`, nodes and edges in batches. */
export function* graphJsonChunks(graph: PaperGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let batch: string[] = [];
  let first = true;
  const flush = function* (): Generator<string> {
    if (!batch.length) return;
    yield (first ? '' : ',') + batch.join(',');
    first = false;
    batch = [];
  };
  for (const { node, attributes } of graph.nodeEntries()) {
    // graphology's export omits empty attribute objects; ours never are, but keep the rule.
    batch.push(JSON.stringify(Object.keys(attributes).length ? { key: node, attributes } : { key: node }));
    if (batch.length >= BATCH) yield* flush();
  }
  yield* flush();
  yield '],"edges":[';
  first = true;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const entry = Object.keys(attributes).length ? { key: edge, source, target, attributes } : { key: edge, source, target };
    batch.push(JSON.stringify(entry));
    if (batch.length >= BATCH) yield* flush();
  }
  yield* flush();
  yield ']}';
}
