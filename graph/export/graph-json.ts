// graph.json as a sequence of text chunks: byte for byte what JSON.stringify(graph.export())
// gives, without ever holding the whole text (a 100k-paper graph passes V8's string limit).
// No I/O: the caller writes the chunks.

import type { PaperGraph } from '../schema.js';
import { TextBatch } from './text-batch.js';

/** Chunks of `JSON.stringify(graph.export())`: nodes and edges in pieces of bounded size. */
export function* graphJsonChunks(graph: PaperGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  const batch = new TextBatch();
  let separator = '';
  for (const { node, attributes } of graph.nodeEntries()) {
    // graphology's export omits empty attribute objects; ours never are, but keep the rule.
    const piece = batch.add(separator + JSON.stringify(Object.keys(attributes).length ? { key: node, attributes } : { key: node }));
    separator = ',';
    if (piece) yield piece;
  }
  yield `${batch.take()}],"edges":[`;
  separator = '';
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const entry = Object.keys(attributes).length ? { key: edge, source, target, attributes } : { key: edge, source, target };
    const piece = batch.add(separator + JSON.stringify(entry));
    separator = ',';
    if (piece) yield piece;
  }
  yield `${batch.take()}]}`;
}
