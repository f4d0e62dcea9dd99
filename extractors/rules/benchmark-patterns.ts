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
  /** The last group, when it matched, is the name and the first its long form: "Foo Benchmark (FB)". */
  acronymLast?: boolean;
  /** Not in title-cased text, where every word is capitalised ("A New Benchmark for ..."). */
  notTitleCase?: boolean;
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
    // The gap holds no preposition: in "X and Y, the average error on the Z dataset" Z is the dataset, not Y.
    pattern: `{NP}, (?:a|an|the) (?:(?!\\b(?:on|in|at|from|by|with|than|over|to)\\b)[^,.;()]){0,80}?\\b(?:benchmarks?|datasets?|test set|suite)\\b`,
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
    // A bare comma joins names only in a list that ends with "and": in "On FooBench, BarNet achieves" BarNet is the subject.
    pattern: `\\b(?:[Oo]n|[Aa]cross) (?:the )?{N}${'(?:(?:,(?= [^\\s,]+(?: [^\\s,]+)?(?:, [^\\s,]+(?: [^\\s,]+)?){0,3},? (?:and|as well as) )| and|, and|,? as well as) {N})?'.repeat(3)}(?![\\p{L}\\d])`,
    example: 'we evaluate on FooBench and BarQA',
  },
  {
    id: 'bench-acronym-noun',
    cue: [') benchmark', ') dataset', ') corpus', ') test set', ') evaluation suite', ') leaderboard'],
    // One named benchmark: not "FOO (FB) benchmarks" (a kind), not "a Large Eddy Simulation (LES) dataset" (any such dataset).
    pattern: `(?<!\\b[Aa]n? (?:[\\p{L}\\d\\-]+ ){1,6})\\(([\\p{Lu}][\\p{L}\\d\\-]*)\\) (?:benchmark|dataset|corpus|test set|evaluation suite|leaderboard)(?![\\p{L}\\d])`,
    example: 'results on the Foo Multitask Understanding (FMUB) benchmark',
  },
  {
    id: 'bench-titled-kind',
    plainNames: true,
    acronymLast: true,
    notTitleCase: true,
    cue: [' benchmark', ' dataset', ' corpus', ' leaderboard', ' challenge', ' testbed'],
    pattern: `(?<![\\p{L}\\d\\-])((?:[\\p{Lu}][\\p{L}\\d]*(?:[\\-/.][\\p{L}\\d]+)* ){1,4}(?:Benchmark|Dataset|Corpus|Leaderboard|Challenge|Testbed))(?: \\(([\\p{Lu}][\\p{L}\\d\\-]*)\\))?`,
    example: 'evaluated on the Open Foo Bar Leaderboard',
  },
  {
    id: 'bench-list-before-noun',
    cue: [' benchmarks', ' datasets', ' test sets'],
    pattern: `{N}(?:, {N})?(?:, {N})?(?:, {N})?,? and {N} (?:benchmarks|datasets|test sets)\\b`,
    example: 'Gains hold for Alpha-T, Beta-E, and GammaHard benchmarks.',
  },
  {
    id: 'bench-shape',
    cue: ['bench', 'eval', 'qa', 'arena'],
    // Name shapes of benchmarks: FooBench, Foo-Bench, FooEval, FooQA, FooArena (a suffix part may follow: Foo-Bench-Lite).
    pattern: `(?<![\\p{L}\\d\\-])([\\p{Lu}\\d][\\p{L}\\d]*(?:[\\-.][\\p{L}\\d]+)*?(?:Bench|BENCH|-bench|-Bench|[\\p{L}\\d]{2}Eval|QA|[a-z]Arena)(?:-[\\p{L}\\d]+)?\\+?)(?![\\p{L}\\d\\-])`,
    example: 'FooBench is hard for all models.',
  },
];

/** Words showing a sentence reports an evaluation (any case: "Experiments on X show ..." starts a sentence). */
export const EVALUATION_WORDS =
  /\b(?:evaluat\w*|experiments?|results?|benchmark\w*|accuracy|performance|scores?|outperform\w*|surpass\w*|achiev\w*|state[- ]of[- ]the[- ]art|SOTA|F1|BLEU|recall|trained|test\w*)\b/i;

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
  // Evaluation campaigns and task words shaped like benchmark names.
  'SemEval',
  'MediaEval',
  'VideoQA',
  'TableQA',
  'AudioQA',
  'ImageQA',
  'TextQA',
  'OpenQA',
]);
