// Work for an extraction worker while the main thread is still reading the corpus: the
// rules' own examples, grouped into short papers. A cold worker spends its first chunks
// in V8's interpreter and compiling regexes (its first chunk of 250 papers took 0.5 s
// against 0.04 s warm); warming up on this text moves that cost to the idle second core.
// Results are thrown away, and the extractors' caches only memoise, so output is unchanged.

import { BENCHMARK_RULES } from '../../extractors/rules/benchmark-patterns.js';
import { INTRODUCE_RULES, NAME_HEAD_KINDS } from '../../extractors/rules/introduce.js';
import { LINEAGE_RULES } from '../../extractors/rules/lineage.js';
import { CUE_NAME_RULE, MORPHEME_RULES } from '../../extractors/rules/name-shapes.js';
import type { PaperText } from '../types.js';

const SENTENCES_PER_PAPER = 8;

/** The examples as papers: the first sentence is the title, the rest the abstract. */
export function warmUpPapers(): PaperText[] {
  const examples = [...INTRODUCE_RULES, ...LINEAGE_RULES, ...BENCHMARK_RULES, ...MORPHEME_RULES, CUE_NAME_RULE, ...NAME_HEAD_KINDS].map(
    (rule) => `${rule.example.charAt(0).toUpperCase()}${rule.example.slice(1).replace(/[.!?]*$/, '.')}`,
  );
  const papers: PaperText[] = [];
  for (let i = 0; i < examples.length; i += SENTENCES_PER_PAPER) {
    const [title = '', ...abstract] = examples.slice(i, i + SENTENCES_PER_PAPER);
    papers.push({ title: title.slice(0, -1), abstract: abstract.join(' ') });
  }
  return papers;
}
