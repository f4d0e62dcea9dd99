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
  /** A version number, only after names whose lexicon row is `versioned`: "3.1", "v2", "3.x", ".1" ("FLUX.1"). */
  version: /^(?:[ \-_]|\.(?=\d))?v?\d{1,2}(?:\.(?:\d{1,2}|x))?(?![\dA-Za-z.])/,
  /** A size: 8B, 0.5B, 125M, 8x7B, 2B-2B, 7b. */
  size: /^[ \-_]?(?:\d+x)?\d+(?:\.\d+)?[BMKTb](?:-\d+(?:\.\d+)?[BMKT])?(?![\dA-Za-z])/,
  /** A named variant (any case, after a space or a hyphen). */
  variant:
    /^[ \-_]?(?:base|large|small|medium|mini|tiny|xl|xxl|huge|giant|instruct|chat|turbo|nemo|pro|ultra|flash|lite|opus|sonnet|haiku|nano|max|v\d{1,2}(?:\.\d)?)(?:-v\d{1,2})?(?![\dA-Za-z\-])/i,
} as const;

/**
 * Name-shape rows for the parts written after a known family inside one hyphenated
 * word ("Qwen2.5-VL-7B-Instruct", "DeepSeek-R1-Distill-Qwen-32B", "SigLIP-So400m",
 * "InternViT-300M-448px", "Gemma-3-27B-IT", "Qwen3-30B-A3B"). A part joined by a space
 * must be a size, a version or a VARIANT word (or a capitalised line word: "Qwen2.5 VL").
 */
export interface SuffixShape extends ShapeRule {
  /** Also after a space (not only after a hyphen or underscore). */
  spaced: boolean;
}

export const SUFFIX_SHAPES: readonly SuffixShape[] = [
  { id: 'suffix-size', spaced: true, pattern: /^(?:\d+x)?\d+(?:\.\d+)?[BMKTb](?![\dA-Za-z])/, example: 'Mixtral-8x7B, Mistral-7b, Llama 3.1 8B' },
  // Active and effective sizes of sparse models ("Qwen3-30B-A3B", "Gemma 3n E4B"), also after a space.
  { id: 'suffix-active-size', spaced: true, pattern: /^[AE]\d+(?:\.\d+)?B$/, example: 'Qwen3-30B-A3B, Gemma 4 26B A4B, Gemma 4 E2B' },
  { id: 'suffix-size-tokens', spaced: true, pattern: /^\d+(?:\.\d+)?B\d+(?:\.\d+)?T$/, example: 'BitNet b1.58 2B4T' },
  { id: 'suffix-named-size', spaced: false, pattern: /^(?:So|g|H|L|B|S)?\d+(?:\.\d+)?[mMbB]$/, example: 'SigLIP-So400m, InternViT-300M' },
  { id: 'suffix-resolution', spaced: false, pattern: /^\d{2,4}(?:px)?$/, example: 'InternViT-300M-448px, ViT-B-16' },
  {
    id: 'suffix-variant-word',
    spaced: true,
    pattern:
      /^(?:base|large|small|medium|mini|tiny|xl|xxl|huge|giant|instruct|chat|turbo|nemo|pro|ultra|flash|lite|opus|sonnet|haiku|nano|max|it|hf|dev|schnell)$/i,
    example: 'Gemma-3-27B-IT, Phi-4-mini, Llama-3.1-8B-Instruct, FLUX.1-dev',
  },
  {
    id: 'suffix-line-word',
    spaced: false,
    pattern:
      /^(?:vl|vision|omni|audio|math|coder|code|preview|distill|distilled|zero|plus|reasoning|thinking|think|embedding|embed|guard|air|next|long|moe|exp|mm|sat|ft)$/i,
    example: 'Qwen2.5-VL-7B, Qwen2.5-Math-7B, DeepSeek-R1-Distill-Qwen-32B, o1-preview',
  },
  // One-letter lines of a family ("MiniCPM-V", "MiniCPM-o"): only after a hyphen.
  { id: 'suffix-line-letter', spaced: false, pattern: /^(?:V|o)$/, example: 'MiniCPM-V, MiniCPM-o' },
  // A line's own version after a space ("MiniCPM-V 2.6"): only right after a one-letter line (LINE_SHAPES), never after a
  // word, where "BERT-base 84.6" or "Qwen2.5-VL 3.2%" is a score.
  { id: 'suffix-line-version', spaced: true, pattern: /^\d\.\d{1,2}$/, example: 'MiniCPM-V 2.6, MiniCPM-o 2.6' },
  { id: 'suffix-size-letter', spaced: false, pattern: /^[BLHSTGXE]$/, example: 'ViT-L, DeiT-S, PaLI-X' },
  {
    id: 'suffix-line-word-spaced',
    spaced: true,
    pattern: /^(?:VL|Vision|Omni|Audio|Math|Coder|Preview|Reasoning|Thinking|Embedding|Guard)$/,
    example: 'Qwen2.5 VL 7B, Qwen2.5 Math',
  },
  { id: 'suffix-code', spaced: true, pattern: /^[A-Za-z]\d{1,2}(?:\.\d{1,2})?$/, example: 'DeepSeek-R1, DeepSeek V3, BitNet b1.58, ResNet-R50' },
  { id: 'suffix-version-v', spaced: true, pattern: /^v\d{1,2}(?:\.\d{1,2})?$/i, example: 'Whisper large-v2, SAM v2' },
];

/** Shapes of a family's line that a line version ("suffix-line-version") may follow. */
export const LINE_SHAPES: ReadonlySet<string> = new Set(['suffix-line-letter']);

/** A hyphen part made of a known family's name and its version ("Qwen" in "DeepSeek-R1-Distill-Qwen-32B"). */
export const FAMILY_PART_RULE_ID = 'suffix-family-part';

/** Descriptor words after a spaced variant word: "Llama 3.1 base models" names Llama 3.1, not a "base" variant. */
export const DESCRIPTOR_AFTER_VARIANT = /^ (?:models?|versions?|variants?|checkpoints?|LLMs?|weights|series|family|families)\b/;

/**
 * Words right after a lineage cue name a model even when no lexicon knows them
 * ("the architecture of NEZHA"): capital letters inside, at least three characters.
 */
export const CUE_NAME_RULE: ShapeRule = {
  id: 'shape-after-cue',
  cue: [
    'architecture of',
    'based on',
    'built on',
    'built upon',
    'initialized ',
    'initialised ',
    'distilled from',
    'derived from',
    'inherited from',
    'fine-tun',
    'further pre',
    'adopt',
    'extends ',
    'adaptation of',
    'extension of',
    'successor',
  ],
  pattern:
    /\b(?:architecture of|[Bb]ased on|[Bb]uilt (?:up)?on(?: top of| the (?:foundation|basis) of)?|[Ii]nitiali[sz]ed (?:from|with)|(?:[Dd]istilled|[Dd]erived|[Ii]nherited) from|[Ff]ine-tun(?:e|ed|ing)|further pre-?train(?:ed|ing)?|adopt(?:ed|s)?|extends|(?:adaptation|extension) of|successor (?:of|to)) (?:the |a |an )?(\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d\-]*|\p{Lu}\p{Ll}+\d[\p{L}\d\-]*)(?![\p{L}\d\-])/gu,
  // A sentence may open with the cue: "Built on OmniSR, our method ...".
  example: 'we adopted the architecture of NEZHA, and FooNet is built on the foundation of SimpleNet, which is built upon Fino1',
};

/**
 * A capitalised word written with a parameter count after a hyphen is a model's name even when no
 * lexicon knows its family ("Infinity-2B", "MiMo-VL-7B-SFT"): billions only, since data sets are
 * counted in millions ("COYO-700M"); never a known data set's name ("LAION-5B", "SA-1B") or a word
 * before a data noun.
 */
export const SIZED_NAME_RULE: ShapeRule = {
  id: 'shape-sized',
  pattern:
    /^(?!(?:Sub|Over|Under|Up|Top|Non|Near|Pre)-)(?:\p{Lu}\p{L}*\p{Ll}[\p{L}\p{N}]*|\p{Lu}{3,}[\p{N}]*)(?:-(?:\p{L}[\p{L}\p{N}]*|\d+(?:\.\d+)?))*-(?:\d+x)?\d+(?:\.\d+)?B(?:-[\p{L}\p{N}]+){0,2}$/u,
  example: 'we fine-tune Infinity-2B and MiMo-VL-7B-SFT on the new data',
};

/**
 * A capitalised prefix joined by a hyphen to a known model makes another model's name
 * ("MoE-LLaVA", "Video-LLaVA", "RS-CoCa"): the whole word is the name, never the known model.
 * Not after prefixes of ordinary English ("Non-", "Pre-", "Multi-"), which qualify the model, nor after
 * a class of architectures ("CNN-ViT", "Transformer-Mamba": hybrids, not names).
 */
export const PREFIX_COMPOUND_RULE: ShapeRule = {
  id: 'shape-prefix-compound',
  pattern:
    /^(?!(?:Non|Pre|Post|Anti|Sub|Over|Under|Self|Cross|Multi|Single|Full|All|Any|Base|Vanilla|Standard|Original|Frozen|Fine|Mini|Small|Large|Big|Super|Semi|Pseudo|Quasi|Meta|Co|Re|De|Un|In|CNN|RNN|LSTM|GRU|GNN|GCN|MLP|Transformers?|Conv|Attention)-)(?:\p{Lu}[\p{L}\p{N}]*|\p{N}+\p{Lu}[\p{L}\p{N}]*)-/u,
  example: 'we compare with MoE-LLaVA and RS-CoCa',
};

/**
 * Words a sentence gives a new model as its name: "which we call X", "termed X",
 * "to produce X", "into a specialised model, X", "the resulting model, X". Capitalised, at least
 * three characters; an ordinary English word only when compromise knows it as a name at most.
 */
export const NAMING_RULE: ShapeRule = {
  id: 'shape-after-naming',
  cue: [
    'we call',
    'we name',
    'we term',
    'we dub',
    ' termed',
    ' dubbed',
    ' called ',
    'to produce',
    'to obtain',
    'to create',
    'to yield',
    'resulting',
    'resultant',
    'yielding',
    'we obtain',
    'into a',
    'our model',
    'model, ',
  ],
  pattern:
    /\b(?:which we (?:call|name|term|dub)|we (?:call|name|term|dub)(?: (?:it|them|this model|these models))?|(?:is|are) (?:termed|dubbed|called)|to (?:produce|obtain|create|yield)|resulting in|yielding|we obtain|into (?:a|an) (?:[\w\-]+ ){0,3}?model,|[Oo]ur model,?|[\w\-]+ model,|[Tt]he result(?:ing|ant) (?:[\w\-]+ ){0,2}?models?,?)(?: \(| )(?:the )?(\p{Lu}[\p{L}\p{N}]*(?:[\-.][\p{L}\p{N}]+)*)(?![\p{L}\p{N}\-])/gu,
  example: 'we adapt Whisper-large-v2 into a specialized model, Twister',
};

/**
 * A capitalised word before a model head noun right after a derivation cue names a model:
 * "built upon the Stella embedding model", "uses the novel Griffin architecture".
 */
export const HEAD_NAME_RULE: ShapeRule = {
  id: 'shape-before-head',
  cue: ['buil', 'based', 'adopt', 'initiali', 'distil', 'fine-tun', 'start', 'uses '],
  pattern:
    /\b(?:buil(?:t|d|ds|ding) (?:up)?on(?: top of)?|based (?:on|upon)|uses|adopt(?:s|ed|ing)?|initiali[sz]ed (?:from|with)|distill?ed from|fine-tun(?:e|ed|ing)|start(?:s|ed|ing)? from) (?:the |a |an )?(?:[\p{L}'’\-]+ ){0,2}?(\p{Lu}[\p{L}\p{N}\-]{2,}) (?:(?:embedding|language|vision|text|speech|base|foundation) )?(?:models?|architecture|encoder|backbone|family|series)\b/gu,
  example: 'our student model is built upon the Stella embedding model',
};

/** Lists after these words are lists of one kind: a known model in the list makes its other names models. */
export const LIST_LEAD = /\b(?:such as|like|including|e\.g\.,?|i\.e\.,?) /g;
/** Cheap pre-check for LIST_LEAD: the lower-cased sentence contains one of these when it matches. */
export const LIST_LEAD_CUES = ['such as ', 'like ', 'including ', 'e.g.', 'i.e.'];
