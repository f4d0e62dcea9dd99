// Well-known benchmarks, evaluation suites and datasets with their spellings.
// Data only. Benchmarks a paper creates, or less known ones, are found by the
// patterns in ../rules/benchmark-patterns.ts.

export interface BenchmarkEntry {
  name: string;
  aliases: string[];
  /** Match only with the exact letter case (names that are also English words: DROP, ARC). */
  exactCase?: boolean;
}

const b = (name: string, aliases: string[] = [], exactCase = false): BenchmarkEntry => ({ name, aliases, exactCase });

export const BENCHMARK_LEXICON: readonly BenchmarkEntry[] = [
  b('GLUE', [], true), b('SuperGLUE'), b('SQuAD', ['SQuAD 1.1', 'SQuAD 2.0', 'SQuAD v1.1', 'SQuAD v2.0']),
  b('XNLI'), b('MNLI', ['MultiNLI']), b('SNLI'), b('QNLI', [], true), b('RTE', [], true), b('CoLA', [], true),
  b('SST-2', ['SST2']), b('STS-B', ['STSB']), b('MRPC', [], true), b('QQP', [], true), b('PAWS-X'), b('PAWS', [], true),
  b('XTREME', [], true), b('XTREME-R'), b('XGLUE'), b('XQuAD'), b('MLQA'), b('TyDi QA', ['TyDiQA']), b('WikiANN'),
  b('MTEB'), b('BEIR', [], true), b('MS MARCO', ['MSMARCO', 'MS-MARCO']), b('Natural Questions'), b('TriviaQA'),
  b('HotpotQA'), b('MMLU', [], true), b('HumanEval'), b('MBPP', [], true), b('GSM8K', ['GSM8k']), b('MATH', [], true),
  b('DROP', [], true), b('BoolQ'), b('HellaSwag'), b('WinoGrande'), b('PIQA', [], true), b('TruthfulQA'),
  b('BIG-bench', ['BIG-Bench', 'BigBench']), b('AlpacaEval'), b('MT-Bench'), b('Chatbot Arena'), b('LAMBADA', [], true),
  b('WikiText-103', ['WikiText']), b('Penn Treebank', ['PTB']), b('CNN/DailyMail', ['CNN/Daily Mail', 'CNN/DM', 'CNN-DM']),
  b('XSum'), b('Gigaword'), b('CoNLL-2003', ['CoNLL 2003', 'CoNLL03']), b('CoNLL-2014', ['CoNLL 2014', 'CoNLL2014']),
  b('OntoNotes'), b('MTOP', [], true), b('ATIS', [], true), b('SNIPS', [], true), b('SLURP', [], true),
  b('LibriSpeech'), b('Common Voice', ['CommonVoice']), b('LRS3', [], true), b('LRS2', [], true), b('FLEURS', [], true),
  b('FLORES-200', ['FLORES', 'Flores-200', 'FLORES-101']), b('SIB-200'), b('WMT', [], true), b('Tatoeba'),
  b('BUCC', [], true), b('ImageNet', ['ImageNet-1k', 'ImageNet-1K']), b('CIFAR-10'), b('CIFAR-100'),
  b('MS COCO', ['MSCOCO', 'COCO']), b('Flickr30k', ['Flickr30K']), b('CC3M', ['Conceptual Captions']), b('CC12M'),
  b('VQAv2', ['VQA v2']), b('GQA', [], true), b('NLVR2'), b('RefCOCO'), b('MSR-VTT', ['MSRVTT']), b('ActivityNet'),
  b('Universal Dependencies'), b('CodeSearchNet'), b('CodeXGLUE'), b('KLUE', [], true), b('CLUE', [], true),
  b('CMRC 2018', ['CMRC2018']), b('C-Eval'), b('CMMLU'), b('ARC', [], true), b('OpenBookQA'), b('CommonsenseQA'),
  // Speech, multilingual reasoning and instruction-following suites.
  b('Libri-Light', ['LibriLight', 'Libri-light']), b('VoxPopuli'), b('MLS', ['Multilingual LibriSpeech'], true),
  b('BABEL', [], true), b('TIMIT', [], true), b('Switchboard'), b('AISHELL-1', ['AISHELL']), b('GigaSpeech'),
  b('ScienceQA', ['Science QA']), b('BBH', ['BIG-Bench Hard', 'BIG-bench Hard'], true), b('MGSM', [], true),
  b('XStoryCloze'), b('StoryCloze', ['Story Cloze']), b('ARC-Challenge'), b('AGIEval'), b('IFEval'), b('OK-VQA'),
  b('TextVQA'), b('VizWiz'), b('NoCaps'), b('MMMU', [], true), b('MathVista'),
  b('VTAB', ['VTAB-1k'], true), b('One Billion Word', ['LM1B']),
  b('SWAG', [], true), b('RACE', [], true), b('WiC', [], true), b('XCOPA'), b('COPA', [], true), b('LAMA', [], true),
];
