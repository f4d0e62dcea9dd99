// Generic words that look like names but never name a model, benchmark or new
// artifact ("LLMs", "PLMs", "Transformer", "NLP"). Data only; compared in
// matchForm, so "LLMs" and "llm" are both covered by "llm"/"llms". The names of
// non-entity kinds (hardware, platforms, modalities, techniques) are in non-entities.ts.

import { NON_ENTITY_NAMES } from './non-entities.js';

const WORDS =
  'lm lms llm llms mllm mllms plm plms mplm mplms vlm vlms lmm lmms slm slms ptm ptms mmt mmts ' +
  'mlm clm nsp dae ssl sft rlhf rl dpo ppo lora qlora peft pet bpe mt nmt nlp nlu nlg ai agi ml dl cv asr tts ' +
  'sota gpu gpus tpu tpus api apis cpu cnn cnns rnn rnns lstm lstms gru gan gans vae vaes moe mlp mlps ' +
  'transformer transformers encoder encoders decoder decoders model models seq2seq crf hmm svm ' +
  'ner qa nli sts slu vqa str gec avsr vsr pos ir re mrc odqa ocr nmt dst ' +
  'adam adamw sgd ctc ntp gptq awq bertscore bleurt comet meteor chrf gpt4v rag cot icl kd ' +
  'f1 bleu rouge wer cer mrr ndcg map acc auc em ppl url code data ours we our it this the';

export const GENERIC_NAMES: ReadonlySet<string> = new Set([...WORDS.split(/\s+/), ...NON_ENTITY_NAMES]);

/** Hyphenated endings that turn a model name into a generic class: "BERT-like", "T5-style". */
export const GENERIC_SUFFIXES: readonly string[] = [
  'like',
  'based',
  'style',
  'sized',
  'size',
  'type',
  'esque',
  'inspired',
  'only',
  'centric',
  'specific',
  'powered',
  'derived',
  'initialized',
  'initialised',
  'family',
  'series',
  'variants',
  'variant',
  'models',
  'model',
  'level',
  'scale',
  'large-scale',
  'generated',
  'compatible',
  'equivalent',
  'free',
  'augmented',
  'driven',
  'guided',
  'tuned',
  'finetuned',
  'pretrained',
  'trained',
  'fashion',
  'architecture',
  'architectures',
  'encoder',
  'encoders',
  'decoder',
  'decoders',
  'small-scale',
  'ish',
  'network',
  'networks',
];
