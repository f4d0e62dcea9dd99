// Public API of papergraph for Node: the pure library plus file-based helpers.
export * from './core.js';
export { readCorpusFiles } from './io/read-corpus.js';
export { writeFileAtomic } from './io/atomic-write.js';
export { loadGraph } from './io/load-graph.js';
export type { LoadGraphOptions } from './io/load-graph.js';
export { main } from './cli.js';
