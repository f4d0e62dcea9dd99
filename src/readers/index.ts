export { parseCorpus, detectFormat, READERS } from './detect.js';
export { lineOf } from './line-of.js';
export { CORPUS_FORMATS, formatProblem, isRepaired } from './types.js';
export type { CorpusFormat, Problem, ReadResult } from './types.js';
