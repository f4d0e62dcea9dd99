// Cue patterns saying a paper's work starts from a named model, and how ("further
// pre-train P", "C, a distilled version of P"). Data only; patterns run on a sentence
// whose model names are masked as ⟦n⟧: {P} parents, {C} one child, {D} up to three
// modifier words. Comparisons ("outperforms P") are deliberately absent.
// Row order decides the relation: rules run top to bottom and the first rule to claim a
// parent name in a sentence gives its edge; later rules skip that name. Put the narrow
// rows (a named child, a specific cue) above the broad ones. Each row's `example` must fire
// it through extract() (tests/extractors/rule-examples.test.ts).

import type { LineageRelation } from '../../src/types.js';

export interface LineageRule {
  id: string;
  /** Relation of the derived_from edge; undefined: builds_on only, never lineage. */
  relation?: LineageRelation;
  /** The sentence must speak about the paper's own work ("we", "our", "it"). */
  firstPerson?: boolean;
  /** The sentence must speak about the paper's own work or model: first person, or one of its own names. */
  own?: boolean;
  /** Evidence of use, not of derivation: an evaluation context before the cue ("our evaluation of ... models (P)") rejects it. */
  weak?: boolean;
  /** A name right before the match (its subject, "GPT-4o improves P") must be one of the paper's own. */
  ownSubject?: boolean;
  /** The row reads "P-based": it may take a name that only modifies the next word as its parent. */
  modifier?: boolean;
  /**
   * Cheap pre-check: the lower-cased sentence contains one of these strings. Patterns
   * run with the i and u flags, where s and k also match ſ and the Kelvin sign (whose
   * lower case is no s or k): the narrow cues avoid those letters ("uch a" for "such as").
   */
  cue: string[];
  pattern: string;
  example: string;
}

/** Up to four words between an article and a head noun ("a novel domain-adaptive Mamba-based model"), no comma. */
const PRE_HEAD = "(?: [\\p{L}\\p{N}'’\\-]+){0,4}? ";
/** Head nouns of the paper's own system: "methods", "approaches" and "baselines" name a class, not the child. */
/** Up to three words, commas allowed, between a role's lead word and the model ("a large, frozen P teacher"). */
const ROLE_LEAD = ' (?:[\\p{L}\\p{N}\\-]+,? ){0,3}?';
const MODEL_HEAD =
  '(?:models?|networks?|architectures?|LLMs?|VLMs?|MLLMs?|LMs?|encoders?|decoders?|detectors?|segmenters?|trackers?|classifiers?|frameworks?|systems?|agents?|assistants?|variants?|versions?|transformers?|policy|policies)\\b';

export const LINEAGE_RULES: readonly LineageRule[] = [
  {
    id: 'lin-distilled-version',
    cue: ['distil'],
    relation: 'distilled',
    pattern: '{C},? (?:a|an|the) (?:smaller |compact |lighter )?distill?ed version of {D}{P}',
    example: 'FooBERT, a distilled version of BERT',
  },
  {
    id: 'lin-distilled-from',
    cue: ['distil'],
    relation: 'distilled',
    pattern: '\\bdistil\\w* (?:\\w+ )?(?:from|of) {D}{P}',
    example: 'a student distilled from RoBERTa-large',
  },
  {
    id: 'lin-distil-P-into',
    cue: ['distil'],
    relation: 'distilled',
    pattern: '\\bdistil(?:l|ls|led|ling)? {D}{P}(?: models?)? into\\b',
    example: 'we distil the Whisper model into a smaller variant',
  },
  {
    id: 'lin-further-pretrain',
    cue: ['further', 'continu', 'additional', 'domain-adaptive', 'econd-'],
    relation: 'continued-pretraining',
    pattern:
      '\\b(?:further|continued?|continues|continual(?:ly)?|additional(?:ly)?|domain-adaptive|second-stage) (?:to )?(?:pre-?train(?:ing|ed|s)?|train(?:ing)?)(?: of| on| from)? {D}{P}',
    example: 'we further pretrain Llama 2 on Portuguese text',
  },
  {
    id: 'lin-P-further-pretrained',
    cue: ['further pre', 'continually pre', 'additionally pre'],
    relation: 'continued-pretraining',
    pattern: '{P}(?: models?)? (?:is |are |was |were )?(?:further|continually|additionally) pre-?trained',
    example: 'RoBERTa is further pre-trained on tweets',
  },
  {
    id: 'lin-pretraining-P',
    cue: ['pretrain', 'pre-train'],
    relation: 'continued-pretraining',
    // "pre-training methods such as BERT", "pretraining like BERT" name a class by example: no lineage.
    pattern: '\\bpre-?train(?:ing)? (?:of )?(?![^⟦.;]{0,60}?\\b(?:such as|like|e\\.g\\.|i\\.e\\.|including)\\b){D}{P}',
    example: 'pre-training BERT on biomedical corpora',
  },
  {
    id: 'lin-instruction-tuning-on',
    cue: ['tun'],
    relation: 'fine-tuned',
    pattern: '\\b(?:instruction[- ]tun(?:ing|ed)|fine-?tun(?:ing|ed)) on {D}{P}, {C}',
    example: 'After instruction tuning on FooLM, FooBERT improves',
  },
  {
    id: 'lin-finetune-P',
    cue: ['tun'],
    relation: 'fine-tuned',
    // "the instruction-tuned GPT" names someone else's tuned model: the participle needs "we" before it (lin-we-finetuned-P).
    pattern: '\\b(?:fine|instruction)[- ]?tun(?:e|es|ing)(?: of)? {D}{P}',
    example: 'we fine-tune XLM-R on the new data',
  },
  {
    id: 'lin-we-finetuned-P',
    cue: ['tuned'],
    relation: 'fine-tuned',
    pattern:
      '\\b(?:we|our)\\b(?:(?!compar|against|than |versus|outperform|baseline|surpass|beat)[^.;⟦]){0,60}?\\b(?:fine|instruction|further|rl)[- ]?tuned {D}{P}',
    example: 'we then fine-tuned Llama-3.1-8B on the corpus',
  },
  {
    id: 'lin-P-finetuned',
    cue: ['tun'],
    relation: 'fine-tuned',
    pattern: '{P}(?: models?)? (?:is |are |was |were )?(?:further )?fine-?tuned',
    example: 'mT5 fine-tuned on the corpus',
  },
  {
    id: 'lin-adopt-as-backbone',
    cue: [' as '],
    relation: 'backbone',
    pattern:
      '\\b(?:adopt|use|employ|choose|select|leverage)(?:s|d|ed|ing)? {D}{P}(?:(?: [\\p{L}\\-]+)?(?: model))? as (?:the |our |a |its )?(?:\\w+ )?(?:backbone|encoder|decoder)\\b',
    example: 'we use CLIP as the vision backbone',
  },
  {
    id: 'lin-adopt-as-base',
    cue: [' as '],
    relation: 'fine-tuned',
    pattern:
      '\\b(?:adopt|use|employ|choose|select|leverage)(?:s|d|ed|ing)? {D}{P}(?:(?: [\\p{L}\\-]+)?(?: model))? as (?:the |our |a |its )?(?:pre-?trained|base|initial|foundation|starting|underlying)\\b',
    example: 'we adopt Qwen2-0.5B as the pre-trained model',
  },
  {
    id: 'lin-initialized',
    cue: ['initiali'],
    relation: 'initialized',
    pattern: '\\binitiali[sz](?:ed|e|es|ing)(?: \\w+){0,2} (?:from|with|by|using) {D}{P}',
    example: 'the encoder is initialized from BERT',
  },
  {
    id: 'lin-start-from',
    relation: 'initialized',
    cue: ['start'],
    pattern: '\\bstart(?:s|ed|ing)? (?:training )?from {D}{P}',
    example: 'we start from Mistral-7B weights',
  },
  {
    id: 'lin-as-teacher',
    relation: 'distilled',
    cue: ['teacher'],
    pattern: '{P}(?: model)? as (?:the |a |our )?teachers?\\b',
    example: 'with RoBERTa-large as the teacher',
  },
  {
    id: 'lin-we-used-P-to-train',
    cue: ['used', 'use'],
    relation: 'architecture',
    pattern: '\\bwe (?:used|use) {P}(?:, [^,;.]{1,60},)? to (?:train|pre-?train|build|create|develop)\\b',
    example: 'we used RoBERTa, a robustly optimised BERT approach, to train a Danish model',
  },
  {
    id: 'lin-C-a-P-model-tuned',
    cue: ['tuned', 'further pre', 'continually pre'],
    relation: 'fine-tuned',
    pattern:
      '{C}, (?:a|an) (?:[\\w\\-]+ )?{P}(?: [\\w\\-]+){0,2} models? (?:that is |which is )?(?:fine-?tuned|instruction-tuned|further pre-?trained|continually pre-?trained)\\b',
    example: 'We introduce FooCoder, a GPT language model fine-tuned on public code',
  },
  {
    id: 'lin-teacher-P',
    relation: 'distilled',
    cue: ['teacher'],
    pattern: '\\bteachers?(?: models?)? {P}',
    example: 'knowledge in a large teacher BERT is transferred to the student',
  },
  {
    id: 'lin-P-teacher',
    relation: 'distilled',
    cue: ['teacher'],
    // "from a large, frozen DINOv2 teacher", "to a Gemma 4 26B A4B teacher model": the name before the role noun.
    pattern: `\\b(?:from|of|to|with|using|via|by|a|an|the|our|its)${ROLE_LEAD}{P} teachers?\\b`,
    example: 'we distil the representations of a large, frozen CLIP teacher into a small network',
  },
  {
    id: 'lin-into-P-student',
    relation: 'initialized',
    cue: ['student'],
    // The student is the model the paper trains: "transfer these patterns into a compact Gemma 4 E2B student".
    pattern: `\\b(?:into|to|onto|for) (?:a|an|the|our)${ROLE_LEAD}{P} students?\\b`,
    example: 'we transfer the reasoning patterns into a compact Qwen2.5-1.5B student model',
  },
  {
    id: 'lin-P-model-called',
    relation: 'architecture',
    cue: ['called', 'named', 'dubbed'],
    pattern: '{P} models? (?:called|named|dubbed) {C}',
    example: 'we developed a monolingual Danish BERT model called FooBERT',
  },
  {
    id: 'lin-improves-original',
    relation: 'extends',
    cue: ['original'],
    pattern: '\\bimprov(?:e|es|ed|ing) (?:on |upon )?(?:the |an? |our )?original {P}',
    example: 'FooLM 2 improves the original FooLM model by replacing its objective',
  },
  {
    id: 'lin-P-adapted',
    cue: ['adapt'],
    relation: 'adapted',
    pattern: '{P}(?: models?)? (?:can |could |is |are |was |were )?(?:be )?adapted (?:to|for|into)',
    example: 'how BERT can be adapted for biomedical text',
  },
  {
    id: 'lin-adapt-P',
    cue: ['adapt'],
    relation: 'adapted',
    pattern: '\\badapt(?:s|ed|ing|ation of)? {D}{P}',
    example: 'adapting the Gemma decoder model to an encoder',
  },
  {
    id: 'lin-versions-of',
    cue: ['version', 'variant', 'adaptation', 'modification'],
    relation: 'adapted',
    pattern: '\\b(?:versions?|variants?|adaptations?|modifications?) of {D}{P}',
    example: 'we present Spanish versions of BART and T5',
  },
  {
    id: 'lin-next-generation',
    cue: ['generation', 'version', 'successor', 'upgrade', 'extension'],
    relation: 'extends',
    pattern: '\\b(?:next generation|new version|successor|upgrade|extension) (?:of|to) (?:the )?{P}',
    example: 'the next generation of the FooLM family',
  },
  {
    id: 'lin-extends',
    cue: ['extend'],
    relation: 'extends',
    pattern: '\\bextends? (?:the )?{P}',
    example: 'FooLM 2 extends FooLM with vision',
  },
  {
    id: 'lin-architecture-of',
    cue: ['architect', 'design'],
    relation: 'architecture',
    pattern: '\\b(?:architecture|architectural \\w+|design) (?:of|from) {D}{P}',
    example: 'the efficient architecture of the Phi-1.5 model',
  },
  {
    id: 'lin-C-same-architecture',
    cue: ['architecture'],
    relation: 'architecture',
    pattern: '{C} (?:has|uses|shares|follows|adopts|keeps) (?:the|an) (?:same|identical) architecture (?:as|to) {D}{P}',
    example: 'FooBERT has the same architecture as Mistral 7B, with experts',
  },
  {
    id: 'lin-P-architecture',
    cue: ['architecture'],
    relation: 'architecture',
    pattern: '\\b(?:same|identical) architecture as {D}{P}',
    example: 'the same architecture as BERT-base',
  },
  {
    id: 'lin-adapt-class-eg',
    cue: ['(in particular', '(e.g.', '(i.e.', 'uch a', '(namely', '(here'],
    relation: 'adapted',
    pattern: '\\b(?:adapt(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)) (?:\\w+ ){0,3}\\((?:in particular|e\\.g\\.|i\\.e\\.|such as|namely|here),? {P}\\)',
    example: 'a ranking model that adapts deep LMs (in particular, BERT) for retrieval',
  },
  {
    id: 'lin-we-pretrain',
    // "pretrain" holds "retrain".
    cue: ['retrain', 're-train'],
    relation: 'architecture',
    pattern: '\\bwe (?:\\w+ )?(?:pre-?train(?:ed)?|re-?train(?:ed)?) {D}{P}(?: models?)?(?: \\w+ly)? (?:from scratch|on|for|with)\\b',
    example: 'we pre-trained BERT specifically for the Arabic language',
  },
  {
    id: 'lin-release-P-models-for',
    cue: ['models for', 'model for'],
    relation: 'architecture',
    firstPerson: true,
    pattern:
      '\\b(?:release[sd]?|releasing|(?:pre-?)?train(?:s|ed|ing)?|buil(?:d|ds|t|ding)|develop(?:s|ed|ing)?|creat(?:e|es|ed|ing)) {P}(?: \\([^()]{1,80}\\))? models? for\\b',
    example: 'our team trained BERT models for clinical text',
  },
  {
    id: 'lin-built-on',
    cue: ['buil'],
    relation: 'backbone',
    // Up to six modifier words: "built on the publicly available 1-bit LLM BitNet".
    pattern: '\\b(?:built|build|builds|building) (?:up)?on (?:top of )?{D6}{P}',
    example: 'It is built on top of wav2vec 2.0',
  },
  {
    id: 'lin-based-on',
    cue: ['based on', 'based off', 'based upon'],
    relation: 'adapted',
    pattern: '\\bbased (?:on|off|upon) {D}{P}',
    example: 'extended to vision based on the Gemma 3 models',
  },
  {
    id: 'lin-built-on-class-eg',
    cue: ['buil', 'based'],
    relation: 'backbone',
    // The parent named as the example of a class: "a method based on large vision models (e.g., SAM)".
    pattern:
      '\\b(?:(?:built|build|builds|building) (?:up)?on|based (?:on|upon)) (?:[\\p{L}\\p{N}\\-]+ ){0,4}?\\((?:e\\.g\\.,?|such as|i\\.e\\.,?|like|including|namely) {P}',
    example: 'we propose FooSeg, a few-shot segmenter built on vision foundation models (e.g., SAM)',
  },
  {
    id: 'lin-on-top-of-frozen',
    cue: ['on top'],
    relation: 'backbone',
    pattern: '\\bon top of (?:a |an |the )?(?:frozen |pre-?trained )+{P}',
    example: 'on top of a frozen CLIP',
  },
  {
    id: 'lin-frozen-P',
    relation: 'backbone',
    cue: ['frozen'],
    pattern: '\\b(?:a|the|uses?|with|keeps?) frozen (?:pre-?trained )?{P}',
    example: 'TinyVL uses a frozen SigLIP image encoder',
  },
  {
    id: 'lin-backbone-eg',
    cue: ['backbone'],
    relation: 'backbone',
    pattern: '\\bbackbones?(?: models?)?,? (?:e\\.g\\.,?|such as|like|including|namely|i\\.e\\.,?) {P}',
    example: 'its backbone models, e.g. BART and T5',
  },
  {
    id: 'lin-P-backbone',
    cue: ['backbone'],
    relation: 'backbone',
    pattern: '{P} backbones?\\b',
    example: 'upon a BART backbone',
  },
  {
    id: 'lin-pretrained-eg',
    cue: ['(e.g.', '(i.e.', 'uch a', '(namely'],
    relation: 'backbone',
    pattern: '\\bpre-?trained (?:\\w+ ){0,2}\\((?:e\\.g\\.,?|i\\.e\\.,?|such as|namely) {P}\\)',
    example: 'processed by a pre-trained LLM (e.g., Llama-3-8B)',
  },
  // 2024-2026 phrasings of derivation.
  {
    id: 'lin-built-on-eg',
    cue: ['buil'],
    relation: 'backbone',
    pattern: '\\b(?:built|build|builds|building) (?:up)?on (?:top of )?[^.;⟦]{1,80}?,? (?:such as|like|including|e\\.g\\.,?|namely) {P}',
    example: 'Building on recent strong but English-centric LLMs, such as Llama 3.1, our model adapts',
  },
  {
    id: 'lin-post-trained',
    cue: ['post-train', 'posttrain', 'post train'],
    relation: 'fine-tuned',
    pattern: '\\bpost[- ]?train(?:s|ed|ing)? (?:from |on top of |of )?{D}{P}',
    example: 'We post-train Mistral-7B with the data',
  },
  {
    id: 'lin-rl-from',
    cue: [' rl', 'grpo', ' ppo', ' dpo', 'reinforcement'],
    relation: 'fine-tuned',
    pattern:
      '\\b(?:rl|grpo|ppo|dpo|reinforcement learning|rl-tuned|rl-trained|trained with (?:grpo|ppo|dpo|rl|reinforcement learning))(?: \\w+){0,2}? (?:from|on top of|starting from) {D}{P}',
    example: 'trained with GRPO from Qwen2.5-7B',
  },
  {
    id: 'lin-distilled-into-architecture',
    cue: ['architecture'],
    relation: 'architecture',
    pattern: '\\binto (?:the |a |an )?{P} architecture\\b',
    example: 'models distilled from Llama-3.x into the Mamba architecture',
  },
  {
    id: 'lin-uses-P-architecture',
    cue: ['architecture'],
    relation: 'architecture',
    pattern:
      "\\b(?:us(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|follow(?:s|ed|ing)?|based on|built on|share[sd]?) (?:the |a |an |our )?(?:[\\p{L}\\p{N}'’\\-]+ ){0,3}?{P} architectures?\\b",
    example: 'an open language model which uses the novel Griffin architecture',
  },
  {
    id: 'lin-Cs-derived-from',
    cue: ['derived', 'distilled', 'pruned', 'compressed', 'fine-tuned', 'built', 'obtained'],
    relation: 'adapted',
    pattern:
      '{CS},? (?:two|three|four|both|several|a pair of|a family of|the)? ?(?:[\\p{L}\\-]+ ){0,3}?models? (?:derived|distilled|pruned|compressed|fine-tuned|built|obtained) (?:from|on|upon) {D}{P}',
    example: 'FooBERT-51B and FooBERT-49B, two publicly available models derived from Llama-70B-Instruct',
  },
  {
    id: 'lin-pruned-from',
    cue: ['prun', 'compress', 'quanti'],
    relation: 'distilled',
    pattern: '\\b(?:prun|compress|quantiz|quantis)\\w* (?:\\w+ ){0,2}?from {D}{P}',
    example: 'a 4B model pruned from Llama 3.1 8B',
  },
  {
    id: 'lin-compress-P',
    cue: ['prun', 'compress'],
    relation: 'distilled',
    pattern: '\\b(?:prun(?:e|es|ed|ing)|compress(?:es|ed|ing)?) (?:of )?{D}{P}',
    example: 'we report on compressing the Llama 3.1 8B and Mistral NeMo 12B models',
  },
  {
    id: 'lin-upcycled-from',
    cue: ['upcycl'],
    relation: 'initialized',
    pattern: '\\bupcycl\\w* (?:\\w+ ){0,2}?(?:from )?{D}{P}',
    example: 'a mixture of experts upcycled from Mistral-7B',
  },
  {
    id: 'lin-merged-from',
    cue: ['merg'],
    relation: 'adapted',
    pattern: '\\bmerg(?:e|es|ed|ing) (?:\\w+ ){0,2}?(?:from|of) {D}{P}',
    example: 'a model merged from Qwen2.5-7B and its math variant',
  },
  {
    id: 'lin-derived-from',
    cue: ['deriv'],
    relation: 'adapted',
    pattern: '\\bderived from {D}{P}',
    example: 'two models derived from Llama-3.1-70B',
  },
  {
    id: 'lin-modifies-P',
    cue: ['modif'],
    relation: 'adapted',
    own: true,
    pattern: "\\bmodif(?:y|ies|ied|ying) (?:the |a )?(?:[\\p{L}\\-]+ ){0,2}?{P}(?!['’]| (?:framework|pipeline|protocol|algorithm|objective|loss|method)s?\\b)",
    example: 'Our network modifies ResNet by replacing convolutions with KAN layers',
  },
  {
    id: 'lin-inherited-from',
    cue: ['inherit'],
    relation: 'adapted',
    pattern: '\\binherit(?:s|ed|ing)? (?:[\\p{L}\\-]+ ){0,3}?from {D}{P}',
    example: 'FooTrack keeps the strong object association inherited from SAM2',
  },
  {
    id: 'lin-expands-on',
    cue: ['expand'],
    relation: 'extends',
    pattern: '\\bexpand(?:s|ed|ing)? (?:up)?on {D}{P}',
    example: 'FooLM 2 expands on FooLM with longer context',
  },
  {
    id: 'lin-predecessor',
    cue: ['predecessor'],
    relation: 'extends',
    pattern: '\\bpredecessors?,? (?:the |a )?{D}{P}',
    example: 'an advance over its predecessor, the GTE-Qwen series',
  },
  {
    id: 'lin-P-as-role',
    cue: ['base', 'student', 'starting point', 'initiali'],
    relation: 'fine-tuned',
    pattern:
      '{P}(?: models?)? (?:(?:serves|served|serve|acts|acted|is used|was used|are used) )?as (?:the |a |an |our |its )?(?:[\\p{L}\\-]+ ){0,2}?(?:base|student|starting point|initiali[sz]ation)\\b',
    example: 'we find that Mistral serves as the best base model',
  },
  {
    id: 'lin-combine-P-with-P',
    cue: ['integrat', 'combin', 'coupl', 'pair', 'connect', 'equip'],
    relation: 'backbone',
    own: true,
    pattern:
      '\\b(?:integrat|combin|coupl|pair|connect|equip)\\w* (?:a |an |the )?{P}(?:(?: [\\p{L}\\p{N}\\-]+){0,3}? (?:with|and|to) (?:a |an |the )?(?:[\\p{L}\\p{N}\\-]+ ){0,6}?{P2})?',
    example: 'Our model combines a Whisper encoder with a Qwen2 LLM',
  },
  {
    id: 'lin-train-with-P-family',
    cue: ['family', 'series'],
    relation: 'backbone',
    firstPerson: true,
    pattern: '\\b(?:train|build|construct|develop|creat)\\w* [^.;]{0,80}?\\bwith (?:the |a )?(?:[\\p{L}\\p{N}\\-]+ ){0,3}?{P} (?:family|series)\\b',
    example: 'We train a suite of models using the LLaVA framework with the recently released Gemma family of LLMs',
  },
  {
    id: 'lin-apply-to-P',
    cue: ['apply', 'applies', 'applied', 'applying'],
    relation: 'fine-tuned',
    firstPerson: true,
    pattern: '\\bappl(?:y|ies|ied|ying) (?:our |the |this )(?:[\\p{L}\\-]+ ){0,3}?(?:to|on) {D}{P}',
    example: 'We apply our method on Phi-4-Mini, a compact model',
  },
  {
    id: 'lin-expand-vocabulary',
    cue: ['vocabular', 'tokeni'],
    relation: 'adapted',
    pattern: "\\b(?:expand|extend|augment|adapt)(?:s|ed|ing)? {P}['’]s? (?:\\w+ )?(?:vocabulary|tokeni[sz]er)",
    example: "By expanding Llama 2's vocabulary with new tokens",
  },
  {
    id: 'lin-train-C-from-P',
    cue: ['train', 'tune', 'build', 'obtain', 'derive'],
    relation: 'fine-tuned',
    pattern: '\\b(?:train|tune|build|obtain|derive)(?:s|d|ed|ing)? (?:our |the |a )?(?:[\\p{L}\\-]+ ){0,2}?{C} (?:from|on top of|starting from|upon) {D}{P}',
    example: 'we train our model FooR1-32B from Qwen2.5-32B-Instruct',
  },
  {
    id: 'lin-C-model-from-P',
    cue: ['model from', 'models from'],
    relation: 'adapted',
    pattern: '{C}(?: \\([^()]{1,40}\\))? models? from {D}{P}',
    example: 'the approach produces a FooBERT-8B model from Mistral NeMo 12B',
  },
  {
    id: 'lin-P-extension',
    cue: ['extension'],
    relation: 'extends',
    pattern: '{P} [Ee]xtension\\b',
    example: 'FooVid: Parameter-free LLaVA Extension from Images to Videos',
  },
  {
    id: 'lin-replace-with-P',
    cue: ['replac', 'swap', 'substitut'],
    relation: 'backbone',
    pattern:
      '\\b(?:replac|swap|substitut)\\w* (?:the |its |a )?(?:[\\p{L}\\-]+ ){0,3}?(?:encoder|backbone|decoder|tower|module|LLM|language model) (?:with|by|for) {D}{P}',
    example: 'We replace the heavy image encoder with EfficientViT',
  },
  {
    id: 'lin-retain-P-part',
    cue: ['retain', 'keep', 'reus', 'inherit'],
    relation: 'adapted',
    pattern: "\\b(?:retain|keep|reus|inherit)\\w* {P}['’]s? (?:[\\p{L}\\-]+ ){0,3}?(?:encoder|decoder|weights|architecture|backbone|tokeni[sz]er|layers|head)",
    example: "We retain SAM's lightweight prompt encoder and mask decoder",
  },
  {
    id: 'lin-improves-P-from',
    cue: ['improv', 'boost', 'rais', 'lift', 'increas'],
    pattern: '\\b(?:improv|boost|rais|lift|increas)(?:e|es|ed|ing|s)? {D}{P} from \\d',
    example: 'it improves Qwen2.5-Math-7B from 58.8% to 90.0%',
  },
  // The paper's method applied to a named model that it improves: the model is its base (no lineage, no child).
  {
    id: 'lin-own-improves-P',
    own: true,
    ownSubject: true,
    cue: ['improv', 'boost', 'enhanc'],
    // Not "improves on / upon / over P" (a comparison); "improves the reasoning of P" is fine. A bare participle
    // is an adjective ("an MoH-enhanced P", "based on improved P"): only "we / it improved P"; a gerund is mostly a
    // metric's gain ("improving CLIP on the edited region").
    pattern:
      "\\b(?:substantially |significantly |consistently |further |markedly |notably )?(?:(?<=\\b(?:we|it) )(?:improved|boosted|enhanced) |(?:improves?|boosts?|enhances?) )(?!on |upon |over )(?:the (?:[\\p{L}\\-]+ ){1,3}?of )?{P}(?!['’]s? (?:baseline|score|result)s?\\b)",
    example: 'We present FooRL, which substantially improves Qwen3-VL-4B and Qwen3-VL-8B on spatial reasoning',
  },
  {
    id: 'lin-gains-across-P',
    own: true,
    ownSubject: true,
    cue: ['across'],
    // "improves accuracy by 3 points across Gemma-2-2B, Llama-3.2-1B and Qwen2.5-1.5B": the models the method was applied to.
    pattern:
      '\\b(?:improv|boost|gain|enhanc|increas|reduc)\\w*\\b(?:(?!than |over |against |outperform|compared|versus )(?:[^.;]|\\.(?=\\d))){0,120}? across (?:(?:the |two |three |four |five |several |multiple |different |various )?(?:[\\p{L}\\-]+ ){0,2}?(?:backbones?|models?|LLMs?|VLMs?|MLLMs?|architectures?|model families|families|scales)(?:,? (?:such as|including|namely|like))?,? |\\()?{P}',
    example: 'We propose FooPO, which improves accuracy by 2 points across Gemma-2-2B, LLaMA-3.2-1B, and Qwen-2.5-1.5B',
  },
  {
    id: 'lin-own-generalizes-to-P',
    own: true,
    ownSubject: true,
    cue: ['generali', 'transfers'],
    pattern: '\\b(?:generali[sz]es|generali[sz]ed|transfers) (?:well |effectively )?to {D}{P}',
    example: 'Our method generalizes to Mistral-7B and Phi-3',
  },
  // "P-based" with the paper's own model named beside it (the name alone is a modifier, see NameSpan.modifier).
  {
    id: 'lin-C-a-P-based',
    cue: ['-ba'],
    relation: 'backbone',
    modifier: true,
    // An article right after the child (or its copula): "C outperforms P-based methods" is a comparison, not this.
    pattern: `{C},? (?:(?:is|are|was|were) )?(?:a|an|the|our)${PRE_HEAD}{P}-based${PRE_HEAD}${MODEL_HEAD}`,
    example: 'we propose FooMamba-ST, a novel domain-adaptive Mamba-based model for traffic prediction',
  },
  {
    id: 'lin-P-based-C',
    cue: ['-ba'],
    relation: 'backbone',
    modifier: true,
    pattern: `\\b(?:a|an|our)${PRE_HEAD}{P}-based${PRE_HEAD}${MODEL_HEAD},? (?:(?:called|named|dubbed|termed) )?{C}`,
    example: 'We propose a CLIP-based detector called FooDet.',
  },
  {
    id: 'lin-encoders-in-parens',
    weak: true,
    cue: ['('],
    firstPerson: true,
    pattern:
      '\\b(?:encoders?|models?|model (?:classes|families|types)|backbones?|LLMs?|PLMs?|MMTs?|transformers?|LMs?) \\((?:[A-Z]{2,6}s?, )?(?:(?:e\\.g\\.,?|i\\.e\\.,?|such as|namely) )?{P}\\)',
    example: 'across three speech encoders (CPC, wav2vec 2.0, HuBERT), we find',
  },
  {
    id: 'lin-we-use',
    weak: true,
    cue: ['using', 'use', 'employ', 'leverag', 'feed', 'appl'],
    firstPerson: true,
    pattern:
      '\\b(?:using|use|uses|employ|employs|employing|leverage|leverages|leveraging|feed \\w+ to|applied to|apply \\w+ \\w+ to|applying (?:\\w+ ){1,3}(?:on|to)) {D}{P}',
    example: 'we encode the input using BERT',
  },
  {
    id: 'lin-experiments-on',
    weak: true,
    cue: ['experiment', 'evaluat'],
    pattern: '\\b(?:experiments|evaluations?|experimental results) (?:on|with|using|of) {D}{P}',
    example: 'Experiments on Llama-3.1-8B and Mistral-7B show',
  },
  {
    id: 'lin-produced-by',
    weak: true,
    cue: ['produced', 'extracted', 'computed', 'generated', 'obtained', 'encoded'],
    pattern: '\\b(?:produced|extracted|computed|generated|obtained|encoded) (?:by|from|with) (?:the |a )?{P}',
    example: 'text embeddings produced by the CLIP text encoder',
  },
];

/**
 * The long form of an own model's name starts with a known model and "-based": "FooCAER (CLIP-based
 * Context-aware Emotion Recognition)". Read on the introduction's aliases, not on a sentence.
 */
export const EXPANSION_RULE = {
  id: 'lin-expansion-P-based',
  relation: 'backbone' as LineageRelation,
  example: 'we propose FooCAER (CLIP-based Context-aware Emotion Recognition)',
};

/** What must not follow a parent for the cue to count: it is a baseline, not a base. */
export const NOT_A_BASE_AFTER =
  /^(?: models?)? (?:as (?:a |an |the |our )?(?:baselines?|judges?|evaluators?|annotators?|references?|optimi[sz]ers?|loss|metrics?|tokeni[sz]ers?)\b|for (?:comparison|evaluation|annotation|data generation)\b|to (?:generate|annotate|label|evaluate|judge|rate|score|synthesi[sz]e)\b)/;

/**
 * After a parent, a data noun makes it a dataset's name ("derived from the ISIC 2018 skin lesion dataset",
 * "derived from COLMAP keypoints"): up to four words, no preposition (so "tune P on Portuguese data" still counts).
 */
export const DATA_AFTER =
  /^(?: \([^()]{1,80}\))?(?: (?!(?:on|with|for|using|to|in|from|by|and|or|as|at|of|via)\b)[\p{L}\p{N}\-]+){0,4}? (?:datasets?|data|corpus|corpora|benchmarks?|keypoints|annotations|splits?)\b/u;

/** Before a weak cue, these make it an evaluation of other models, not a base ("our evaluation of several models (P)"). */
export const EVALUATION_BEFORE =
  /\b(?:evaluat\w*|benchmark(?:s|ed|ing)?|assess\w*|tested|testing|test|probe[sd]?|probing|analy[sz]\w*|compar\w*|measur\w*|judg\w*)\b/i;

/** Just before a cue, these make it a comparison ("we compare against fine-tuned BERT"). */
export const COMPARISON_BEFORE = /\b(?:compar\w*|outperform\w*|than|against|versus|vs\.?|surpass\w*|beat\w*|baselines?)\b[^.;]{0,40}$/i;

/** A row that names the child model of a sentence (and, when `resulting`, of the sentence before it). */
export interface ChildRule {
  id: string;
  /** Cheap pre-check: the lower-cased sentence contains one of these when the pattern matches. */
  cue: string[];
  /** Matches up to the child's name, which must start where the match ends. */
  pattern: RegExp;
  resulting: boolean;
  example: string;
}

export const CHILD_RULES: readonly ChildRule[] = [
  {
    id: 'child-resulting-model',
    cue: ['result', 'merged'],
    resulting: true,
    pattern:
      /\b(?:the|our) (?:resulting|resultant|merged)(?: [\w\-]+){0,2}? models?(?:, which we (?:call|name|term|dub)|,? (?:called|named|termed|dubbed))?(?:,? \(|, | )/i,
    example: 'The resulting merged model, FooR1-32B, outperforms its teacher',
  },
  {
    id: 'child-we-call',
    cue: ['we call', 'we name', 'we term', 'we dub'],
    resulting: true,
    pattern: /\b(?:which|that) we (?:call|name|term|dub) /i,
    example: 'The resulting models, which we call FooVLM, are released',
  },
  {
    id: 'child-our-model',
    cue: ['our '],
    resulting: false,
    pattern: /\bour (?:\w+ )?model,? /i,
    example: 'our model FooLM-10B ranks first',
  },
];
