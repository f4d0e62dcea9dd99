import { describe, expect, it } from 'vitest';
import { factsOf, itReadsLineage, itReadsNoLineage, lineage } from './helpers.js';

describe('base models and lineage: positives', () => {
  itReadsLineage([
    ['Heron: clinical encoders', 'We introduce Heron, an encoder. Heron is further pre-trained from RoBERTa on notes.', ['RoBERTa'], ['Heron -> RoBERTa']],
    ['Minnow, a distilled version of XLM-R', 'We shrink a big encoder.', ['XLM-R'], ['Minnow -> XLM-R']],
    ['Finch', 'We present Finch, a chat model. We fine-tune Mistral-7B on dialogues.', ['Mistral-7B'], ['Finch -> Mistral-7B']],
    ['Owl', 'We present Owl, a vision model. It is built on top of CLIP and reads charts.', ['CLIP'], ['Owl -> CLIP']],
    ['Wren', 'We introduce Wren, which is initialized from T5 weights.', ['T5'], ['Wren -> T5']],
    // The head of an own versioned name, written alone, is the earlier model (GUIDELINES: T5Gemma -> T5Gemma 2 extends).
    ['Lark 2', 'We introduce Lark 2, the next generation of the Lark family of encoders.', ['Lark'], ['Lark 2 -> Lark']],
    ['Kite: tables', 'We present Kite, a table encoder. We adopt DeBERTa as the backbone encoder.', ['DeBERTa'], ['Kite -> DeBERTa']],
    ['Tern', 'We propose Tern, adapting the Gemma decoder model to an encoder architecture.', ['Gemma'], ['Tern -> Gemma']],
    ['Plover', 'We present Plover, a speech model that uses the architecture of the HuBERT model.', ['HuBERT'], ['Plover -> HuBERT']],
    ['A study of tuning', 'We continually pre-train Llama 2 and Qwen on legal text.', ['Llama 2', 'Qwen'], []],
    ['Stork', 'We present Stork, a small model. We start from Mistral-7B weights.', ['Mistral-7B'], ['Stork -> Mistral-7B']],
    ['Gull', 'We introduce Gull, a student distilled with RoBERTa-large as the teacher.', ['RoBERTa-large'], ['Gull -> RoBERTa-large']],
    ['Tit', 'We present Tit, a chat model. We instruction-tune Llama 2 on dialogues.', ['Llama 2'], ['Tit -> Llama 2']],
    ['A study of tuning', 'Experiments on Llama-3.1-8B and Mistral-7B show gains.', ['Llama-3.1-8B', 'Mistral-7B'], []],
    ['A study of speech', 'Across three speech encoders (HuBERT, WavLM, wav2vec 2.0), we find gains.', ['HuBERT', 'WavLM', 'wav2vec 2.0'], []],
  ]);

  it('reads "extends" and "next generation of" when the parent is a model', () => {
    const facts = factsOf('We introduce Lark 2, the next generation of the LarkLM family.', 'Lark 2: better');
    expect(lineage(facts)).toEqual(['Lark 2 -> LarkLM']);
  });

  it('keeps the evidence sentence and the rule id', () => {
    const facts = factsOf('We introduce Heron, an encoder. Heron is further pre-trained from RoBERTa on notes.', 'Heron');
    const edge = facts.find((f) => f.kind === 'entity' && f.edge === 'derived_from');
    expect(edge?.sentence).toBe('Heron is further pre-trained from RoBERTa on notes.');
    expect(edge?.rule).toBe('lin-further-pretrain');
    expect(edge?.kind === 'entity' ? edge.relation : undefined).toBe('continued-pretraining');
  });
});

describe('base models and lineage: false positives', () =>
  itReadsNoLineage([
    ['Heron', 'We introduce Heron, an encoder. Heron outperforms BERT and RoBERTa on all tasks.'],
    ['Heron', 'We present Heron. Compared with RoBERTa, Heron is faster.'],
    ['Heron', 'We present Heron, which beats GPT-4 and is better than Llama 2.'],
    ['A survey', 'Models such as BERT and GPT-3 changed NLP.'],
    ['A survey', 'BERT-like encoders and LLMs are widely used; PLMs remain popular.'],
    ['Heron', 'We present Heron. We use BERT as a baseline.'],
    ['A study', 'Transformer models are fine-tuned on many tasks.'],
  ]));

describe('base models: uses that are not a base', () =>
  itReadsNoLineage([
    ['Judges', 'We use GPT-4 as a judge of answer quality.'],
    ['Prices', 'We use SAM as the optimizer and train with AdamW.'],
    ['Data', 'We use GPT-4 to generate training questions.'],
    ['Heron', 'We present Heron and compare it against fine-tuned RoBERTa.'],
    ['Heron', 'We introduce Heron, which outperforms a fine-tuned BERT by 3 points.'],
  ]));
