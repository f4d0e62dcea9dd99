// Public entry of the rule-based extractors: text in, facts out.
// Re-exports only; the browser and the pipeline both import from here.

export { extract } from './extract.js';
export { splitSentences, paperSentences, type Sentence } from './scan/sentences.js';
export { scanNames } from './names.js';
export { createNameIndex, type NameSpan } from './scan/name-index.js';
export { findIntroduced, type Introduced } from './introduced.js';
export { titleHead } from './title-head.js';
export { findLineage, type LineageHit } from './lineage.js';
export { findLanguages } from './languages.js';
export { findBenchmarks } from './benchmarks.js';
export { findTasks } from './tasks.js';
