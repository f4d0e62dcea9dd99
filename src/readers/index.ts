export { parseCorpus, detectFormat } from './detect.js';
export { CORPUS_FORMATS, formatProblem } from './types.js';
export type { CorpusFormat, Problem, ReadResult } from './types.js';
