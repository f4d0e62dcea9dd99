// Shape rules for model names that no lexicon can list: tokens built on a known
// model morpheme ("CharBERT", "KeyBART", "Llama-AVSR") and the size / version /
// variant suffixes written after a name ("-8B", " 2.0", "-Base"). Data only.
// Row order: a word takes the id of the first morpheme rule it matches. Each row's
// `example` must fire it through extract() (tests/extractors/rule-examples.test.ts).

export interface ShapeRule {
  id: string;
  pattern: RegExp;
  /** Cheap pre-check: the lower-cased sentence contains one of these strings when the pattern matches. */
  cue?: string[];
  example: string;
}

/** A word containing one of these, but not equal to a lexicon name, is a model name. */
export const MORPHEME_RULES: readonly ShapeRule[] = [
  { id: 'shape-bert', pattern: /BERT|BART|RoBERTa|ELECTRA/, example: 'CharBERT, KeyBART, ColBERT-XM' },
  { id: 'shape-gpt', pattern: /GPT|LLaMA|Llama|LLAMA|Gemma|Qwen|Mistral|[a-z]ViT|ViT-[A-Z][a-z]/, example: 'Llama-AVSR, T5Gemma, TinyViT' },
  { id: 'shape-t5', pattern: /T5|XLM|ELMo|wav2vec|w2v|[a-z]LSTM/, example: 'CodeT5, mT5, InfoXLM, xLSTM' },
  { id: 'shape-lm', pattern: /[a-z][A-Z]*L{1,2}M$|-LM$/, example: 'GanLM, DeltaLM, MAE-LM' },
  { id: 'shape-former', pattern: /[a-z]Former$|[a-z]former$|[a-z]Transformers?$/, example: 'CrisisTransformers' },
];

/** One suffix part after a name; the scanner consumes them in order. */
export const SUFFIX_PARTS = {
  /** A version number, only after names whose lexicon row is `versioned`. */
  version: /^[ \-_]?v?\d{1,2}(?:\.\d{1,2})?(?![\dA-Za-z.])/,
  /** A size: 8B, 0.5B, 125M, 8x7B, 2B-2B. */
  size: /^[ \-_]?(?:\d+x)?\d+(?:\.\d+)?[BMKT](?:-\d+(?:\.\d+)?[BMKT])?(?![\dA-Za-z])/,
  /** A named variant. */
  variant:
    /^[ \-_]?(?:base|large|small|medium|mini|tiny|xl|xxl|huge|giant|instruct|chat|turbo|nemo|pro|ultra|flash|lite|opus|sonnet|haiku|nano|max|v\d{1,2}(?:\.\d)?)(?:-v\d{1,2})?(?![\dA-Za-z\-])/i,
} as const;

/**
 * Words right after a lineage cue name a model even when no lexicon knows them
 * ("the architecture of NEZHA"): capital letters inside, at least three characters.
 */
export const CUE_NAME_RULE: ShapeRule = {
  id: 'shape-after-cue',
  cue: ['architecture of', 'based on', 'built on', 'initialized ', 'initialised ', 'distilled from', 'fine-tun', 'further pre', 'adopt'],
  pattern:
    /\b(?:architecture of|based on|built on(?: top of)?|initiali[sz]ed (?:from|with)|distilled from|fine-tun(?:e|ed|ing)|further pre-?train(?:ed|ing)?|adopt(?:ed|s)?) (?:the |a |an )?(\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d\-]*)(?![\p{L}\d\-])/gu,
  example: 'we adopted the architecture of NEZHA',
};

/** Lists after these words are lists of one kind: a known model in the list makes its other names models. */
export const LIST_LEAD = /\b(?:such as|like|including|e\.g\.,?|i\.e\.,?) /g;
/** Cheap pre-check for LIST_LEAD: the lower-cased sentence contains one of these when it matches. */
export const LIST_LEAD_CUES = ['such as ', 'like ', 'including ', 'e.g.', 'i.e.'];
