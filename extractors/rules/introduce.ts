// Cue patterns that announce a paper's own artifact, and the nouns that say what
// kind of artifact it is. Data only; every pattern is linear-time (no nested
// quantifiers). The cue ends where the name search starts (or, for `before`
// rules, where the name ends).
// Row order decides the rule id and the first kind: every rule runs, and when two find the
// same name, the first row's finding is kept and the later ones add only aliases (and a
// non-model kind). Each row's `example` must fire it through extract()
// (tests/extractors/rule-examples.test.ts).

import type { EntityType } from '../../src/types.js';

export interface IntroduceRule {
  id: string;
  /** Where the new name is, relative to the cue. */
  where: 'after' | 'before';
  /** Cheap pre-check: the lower-cased sentence contains one of these strings. */
  cue: string[];
  /** How many words after the cue the name may start (after-rules). */
  window: number;
  pattern: RegExp;
  /** The sentence must say "we" before the cue ("We introduce X ..., and propose Y"). */
  weBefore?: boolean;
  /** Names found here must look like names (capitals inside, digits) and be no lexicon model. */
  shapedOnly?: boolean;
  /** Names found here must be no lexicon model ("We explore and release BERT models"). */
  newOnly?: boolean;
  example: string;
}

export const INTRODUCE_RULES: readonly IntroduceRule[] = [
  {
    id: 'intro-we-verb',
    cue: ['we ', 'this ', 'the paper', 'present work'],
    where: 'after',
    window: 14,
    pattern:
      /\b(?:we|this (?:paper|work|study|article|report|technical report)|the (?:paper|present work))(?: also| further| then| first| finally| here| now| thus| therefore| hence| instead| newly| jointly| publicly| openly| additionally){0,2} (?:(?:introduce|present|propose|release|develop|build|describe|design|contribute|construct|create|establish|open-source|unveil|devise|curate|collect)[sd]?)\b(?! (?:all )?(?:of )?our (?:[\w\-]+ )?(?:models?|code|weights|checkpoints|data|datasets|resources|implementations?)\b(?!,))(?!(?: [\w\-]+){0,3} based (?:on|off|upon)\b)/gi,
    example: 'We introduce FooBERT, a model for bar.',
  },
  {
    id: 'intro-while-introducing',
    cue: ['introducing'],
    where: 'after',
    window: 3,
    pattern: /\b(?:while|and|by|also) introducing\b/g,
    example: 'a framework that keeps the LLM on the server while introducing FooEdge, a module',
  },
  {
    id: 'intro-named',
    cue: ['named', 'called', 'dubbed', 'termed', 'coined', 'namely', 'denoted', 'referred', 'we call', 'we name', 'we term', 'we dub', 'we nickname'],
    where: 'after',
    window: 3,
    pattern:
      // Lower-case cue words only: "Named Entity Recognition" names a task, it does not name what follows.
      /\b(?:named|called|dubbed|termed|coined|namely|denoted|referred to|[Ww]hich we (?:call|name|term|dub|nickname)|[Ww]e (?:call|name|term|dub|nickname)(?: (?:it|this|them|our \w+|the (?:resulting|new|final|obtained|trained) \w+))?)(?: as)?(?= )/g,
    example: 'a new encoder called FooNet',
  },
  {
    id: 'intro-our-apposition',
    // The kind noun and its comma are rarer than the lead words: "model," "datasets,".
    cue: [
      'model',
      'method',
      'approach',
      'framework',
      'system',
      'encoder',
      'decoder',
      'benchmark',
      'dataset',
      'toolkit',
      'architecture',
      'algorithm',
      'technique',
      'set',
      'corpus',
      'collection',
      'suite',
      'resource',
    ].flatMap((k) => [`${k},`, `${k}s,`]),
    where: 'after',
    window: 2,
    pattern:
      /\b(?:[Oo]ur|[Tt]he (?:proposed|resulting)|[Aa] new|[Aa] novel)(?: [\w\-]+,?){0,6} (?:model|method|approach|framework|system|encoder|decoder|benchmark|dataset|toolkit|architecture|algorithm|technique|set|corpus|collection|suite|resource)s?,(?= )/g,
    example: 'Our model, FooLM, reaches',
  },
  {
    id: 'intro-training-apposition',
    cue: ['train a', 'trained a', 'training a', 'build a', 'building a', 'built a', 'develop a', 'developing a', 'developed a'],
    where: 'after',
    window: 1,
    // "by training a compute-optimal model, FooLM, that ...": a new model named in apposition.
    pattern:
      /\b(?:train(?:ing|ed)?|pre-?train(?:ing|ed)?|build(?:ing)?|buil[dt]|develop(?:ing|ed)?) (?:a|an)(?: [\w\-]+){0,4} (?:model|encoder|decoder|network|LLM|LM)s?,(?= )/g,
    example: 'We test this by training a compute-optimal model, FooLM, that uses less compute.',
  },
  {
    id: 'intro-we-train-name-apposition',
    // The apposition after the name is rarer than "we ".
    cue: [', a ', ', an '],
    where: 'after',
    window: 1,
    // "we train FooLM, an autoregressive model": only with the apposition, never "we train BERT on X".
    pattern: /\b[Ww]e (?:pre-?)?train(?:ed)?(?= [\p{Lu}][\p{L}\p{N}.\-]*(?: [\d.]+)?, (?:a|an) )/gu,
    example: 'Specifically, we train FooLM, an autoregressive language model with 9B parameters.',
  },
  {
    id: 'intro-we-trained-a-model-name',
    cue: ['train a', 'trained a'],
    where: 'after',
    window: 1,
    pattern: /\b[Ww]e (?:have |also )?(?:pre-?)?train(?:ed)? (?:a|an)(?: [\w\-]+){0,3} model(?= [\p{L}\p{N}]*\p{Lu})/gu,
    example: 'Furthermore, we have pre-trained a multi-lingual model mFooLM and observed gains.',
  },
  {
    id: 'intro-our-named',
    cue: ['our '],
    where: 'after',
    window: 5,
    pattern: /\b[Oo]ur(?= [A-Z])/g,
    example: 'we pre-train our Cross-lingual Modular (X-Mod) models',
  },
  {
    id: 'intro-and-verb',
    // The second verb of "we introduce X ..., and propose Y" has no "we" of its own.
    cue: [
      'and propose',
      'and introduce',
      'and present',
      'and develop',
      'and design',
      'and release',
      'and construct',
      'and build',
      'and create',
      'and curate',
      'and further',
      'and also',
      'then propose',
      'then introduce',
    ],
    where: 'after',
    window: 6,
    weBefore: true,
    newOnly: true,
    pattern:
      /\b(?:and|then)(?: further| also)? (?:propose|introduce|present|develop|design|release|construct|build|create|curate)[sd]?\b(?! (?:all )?(?:of )?our (?:[\w\-]+ )?(?:models?|code|weights|checkpoints|data|datasets|resources)\b)/g,
    example: 'We introduce FooNet for images, and propose BarGrid to represent actions.',
  },
  {
    id: 'intro-result',
    // What a process of the paper produces, named: "resulting in FooChat", "to create FOOSIM, a collection", "The resulting model (Foo-3)".
    // Not "results in" ("achieves results in the FooBench evaluation") nor "yielding" ("yielding ROUGE-1 scores of ...").
    cue: ['resulting', 'creating', 'to create', 'producing', 'to produce', 'into a'],
    where: 'after',
    window: 2,
    shapedOnly: true,
    pattern:
      /\b(?:resulting in|creating|to create|producing|to produce|[Tt]he resulting (?:[\w\-]+ )?(?:model|system|LLM|agent|dataset|benchmark|family)s?(?: called| named)?|into a (?:[\w\-]+ ){0,3}(?:model|system|LLM|agent)s?,)(?= )/g,
    example: 'We fuse the chat models, resulting in FooChat.',
  },
  {
    id: 'intro-our-kind-name',
    // "our model Foo-32B", "our final Foo-14B-DS": the kind noun, then the name.
    cue: ['our '],
    where: 'after',
    window: 1,
    shapedOnly: true,
    pattern:
      /\b[Oo]ur(?: (?:final|new|own|resulting|proposed|best))?(?: (?:model|models|system|method|framework|agent|benchmark|dataset|LLM|approach|family))?(?= [\p{Lu}\d])/gu,
    example: 'We then train our final FooR-14B-DS with RL.',
  },
  {
    id: 'intro-apposition-new',
    cue: [', a ', ', an ', ', the '],
    where: 'before',
    window: 0,
    pattern: /, (?:a|an|the) (?:new|novel|first|simple|unified|general|lightweight)\b/g,
    example: 'FooLM, a new family of encoders',
  },
];

/** Head nouns of the phrase around a new name, mapped to the node type they imply. */
export const ARTIFACT_KINDS: Readonly<Record<string, EntityType>> = {
  model: 'model',
  models: 'model',
  lm: 'model',
  lms: 'model',
  llm: 'model',
  llms: 'model',
  mllm: 'model',
  encoder: 'model',
  encoders: 'model',
  decoder: 'model',
  decoders: 'model',
  transformer: 'model',
  transformers: 'model',
  autoencoder: 'model',
  network: 'model',
  networks: 'model',
  family: 'model',
  series: 'model',
  embedder: 'model',
  retriever: 'model',
  system: 'model',
  framework: 'method',
  architecture: 'model',
  suite: 'model',
  ensemble: 'model',
  benchmark: 'benchmark',
  benchmarks: 'benchmark',
  dataset: 'benchmark',
  datasets: 'benchmark',
  corpus: 'benchmark',
  set: 'benchmark',
  testbed: 'benchmark',
  leaderboard: 'benchmark',
  collection: 'benchmark',
  method: 'method',
  methods: 'method',
  technique: 'method',
  approach: 'method',
  toolkit: 'method',
  library: 'method',
  measure: 'method',
  metric: 'method',
  score: 'method',
  objective: 'method',
  strategy: 'method',
  mechanism: 'method',
  adapter: 'method',
  module: 'method',
  tokenizer: 'method',
  algorithm: 'method',
  procedure: 'method',
  paradigm: 'method',
  recipe: 'method',
  loss: 'method',
  heuristic: 'method',
  pipeline: 'method',
  scheme: 'method',
  task: 'method',
  setting: 'method',
  space: 'model',
};

/** Containers whose real kind is said after "of": "a suite of datasets", "a family of encoders". */
export const KIND_CONTAINERS: ReadonlySet<string> = new Set(['suite', 'family', 'series', 'collection', 'ensemble', 'set', 'pair']);

/** Last words of a multi-word name that say its kind when nothing else does: "Direct Preference Optimization". */
export const NAME_HEAD_KINDS: ReadonlyArray<{ pattern: RegExp; kind: EntityType; example: string }> = [
  {
    pattern:
      /(?:Optimi[sz]ation|Learning|Training|Tuning|Prompting|Decoding|Distillation|Pre-?training|Alignment|Search|Sampling|Augmentation|Regulari[sz]ation|Initiali[sz]ation|Estimation|Masking|Merging|Pruning|Quanti[sz]ation|Adaptation|Normali[sz]ation|Encoding|Modell?ing|Objective|Loss|Score|Metric|Module|Mechanism|Block|Strategy|Scheme|Algorithm|Paradigm)$/i,
    kind: 'method',
    example: 'Direct Preference Optimization, Confidence Fusion Module',
  },
  { pattern: /(?:Bench|Benchmark|QA|Eval|Corpus|Treebank|Dataset|Arena|Set|-Data)$/, kind: 'benchmark', example: 'HarborQA, LawBench, Foo-SWE-Data' },
];
