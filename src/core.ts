// The pure library: everything that runs in Node and in the browser alike (no node:*).
// The web app imports this; src/index.ts adds the file-based helpers for Node.

export * from './types.js';
export { resolveLatex, matchForm, slug } from './normalize.js';
export { parseCorpus, detectFormat, CORPUS_FORMATS, formatProblem } from './readers/index.js';
export type { CorpusFormat, Problem, ReadResult } from './readers/index.js';
export { buildGraph, addPapers, dedupePapers, extractPapers } from './pipeline.js';
export type { BuildOptions, Extractor } from './pipeline.js';
export { createGraph } from '../graph/schema.js';
export type { PaperGraph, NodeAttributes, EdgeAttributes, Evidence } from '../graph/schema.js';
export { graphStats } from '../graph/stats.js';
export { InputError, NotFoundError, UsageError, PapergraphError } from './errors.js';
// Queries and exports (issue 4).
export * from '../graph/query/index.js';
export * from '../graph/export/index.js';
export { graphFromJson, graphJsonSchema } from './graph-json.js';
export type { GraphJson } from './graph-json.js';
// Daily updates and the digest (issue 8).
export { updateGraph, papersToAdd } from './update-graph.js';
export type { UpdateOptions, UpdateResult, KnownPaper } from './update-graph.js';
export { computeDigest, graphKeys, isEmptyDigest, keysBeforeBuild } from '../graph/digest.js';
export type { Digest, DigestOptions, DigestEntity, DigestEvidence, DigestGroup, DigestLink, DigestBase, DigestPaper } from '../graph/digest.js';
export { digestToMarkdown } from '../graph/digest-markdown.js';
