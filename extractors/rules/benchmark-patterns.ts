// Patterns that name a benchmark or dataset no lexicon lists: "the X benchmark",
// "X dataset", "X, a ... dataset", "evaluated on X and Y". Data only; {N} is a
// name-shaped word (capitals, digits or hyphens inside), and every pattern is
// linear-time (bounded lazy gaps only).
// Row order decides the rule id: the lexicon goes first, then these rows top to bottom,
// and a name already found is not found again. Each row's `example` must fire it through
// extract() (tests/extractors/rule-examples.test.ts).

export interface BenchmarkRule {
  id: string;
  pattern: string;
  /** Cheap pre-check: the lower-cased sentence contains one of these strings (every match of the pattern has one). */
  cue: string[];
  /** The sentence must also contain an evaluation word (evaluate, results, accuracy ...). */
  needsEvaluation?: boolean;
  /** Plain capitalised words count as names here (the cue is strong): "Poeta, a suite of datasets". */
  plainNames?: boolean;
  example: string;
}

export const NAME_WORD = '(?<![\\p{L}\\p{N}\\-])([\\p{Lu}][\\p{L}\\p{N}]*(?:[\\-/.][\\p{L}\\p{N}]+)*\\+*)';

/** One to four capitalised words: "New York Times". */
export const NAME_PHRASE =
  '(?<![\\p{L}\\p{N}\\-])([\\p{Lu}][\\p{L}\\p{N}]*(?:[\\-/.][\\p{L}\\p{N}]+)*(?: [\\p{Lu}][\\p{L}\\p{N}]*(?:[\\-/.][\\p{L}\\p{N}]+)*){0,3})';

export const BENCHMARK_RULES: readonly BenchmarkRule[] = [
  {
    id: 'bench-noun-after',
    plainNames: true,
    cue: [' benchmark', ' dataset', ' data set', ' test set', ' testset', ' corpus', ' evaluation suite', ' challenge', ' leaderboard'],
    pattern: `{NP} (?:benchmarks?|datasets?|data ?sets?|test ?sets?|corpus|evaluation suite|challenge|leaderboard)\\b`,
    example: 'on the FooQA-200 benchmark',
  },
  {
    id: 'bench-apposition',
    plainNames: true,
    cue: ['benchmark', 'dataset', 'test set', 'suite'],
    pattern: `{NP}, (?:a|an|the) [^,.;()]{0,80}?\\b(?:benchmarks?|datasets?|test set|suite)\\b`,
    example: 'FooQA, a challenging multilingual question answering dataset',
  },
  {
    id: 'bench-list',
    cue: ['benchmarks', 'datasets', 'test sets', 'tasks'],
    pattern: `\\b(?:benchmarks|datasets|test sets|tasks),? (?:including|such as|e\\.g\\.,?|like|namely) {N}(?:(?:,| and|, and) {N})?(?:(?:,| and|, and) {N})?`,
    example: 'on three legal benchmarks, including FooBench and BarQA',
  },
  {
    id: 'bench-list-brackets',
    cue: ['benchmarks (', 'datasets (', 'test sets (', 'evaluation suites ('],
    pattern: `\\b(?:benchmarks|datasets|test sets|evaluation suites) \\((?:e\\.g\\.,? |including |such as )?{N}${'(?:(?:,| and|, and) {N})?'.repeat(5)}\\)`,
    example: 'evaluation benchmarks (FooQA, BarBench, BazEval)',
  },
  {
    id: 'bench-evaluated-on',
    needsEvaluation: true,
    cue: ['on ', 'across '],
    pattern: `\\b(?:[Oo]n|[Aa]cross) (?:the )?{N}${'(?:(?:,| and|, and|,? as well as) {N})?'.repeat(3)}\\b`,
    example: 'we evaluate on FooBench and BarQA',
  },
];

/** Words showing a sentence reports an evaluation. */
export const EVALUATION_WORDS =
  /\b(?:evaluat\w*|experiments?|results?|benchmark\w*|accuracy|performance|scores?|outperform\w*|surpass\w*|achiev\w*|state[- ]of[- ]the[- ]art|SOTA|F1|BLEU|recall|trained|test\w*)\b/;

/** Cheap pre-check for EVALUATION_WORDS: the lower-cased sentence contains one of these when it matches. */
export const EVALUATION_CUES = [
  'evaluat',
  'experiment',
  'result',
  'benchmark',
  'accuracy',
  'performance',
  'score',
  'outperform',
  'surpass',
  'achiev',
  'state',
  'sota',
  'f1',
  'bleu',
  'recall',
  'trained',
  'test',
];

/** Capitalised words that start sentences or name things other than datasets. */
export const NOT_BENCHMARK = new Set([
  'The',
  'This',
  'These',
  'Our',
  'We',
  'In',
  'On',
  'For',
  'With',
  'English',
  'Table',
  'Section',
  'Figure',
  'Appendix',
  'GPU',
  'GPUs',
  'TPU',
  'TPUs',
  'CPU',
  'API',
  'URL',
  'Hub',
  'GitHub',
  'Huggingface',
  'HuggingFace',
  'PyTorch',
  'TensorFlow',
  'JAX',
  'Python',
  'Java',
  'JavaScript',
  'SQL',
  'LaTeX',
  'ArXiv',
  'arXiv',
  'PubMed',
]);
