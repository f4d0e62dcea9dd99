import { describe, expect, it } from 'vitest';
import { createNameIndex, findIntroduced, paperSentences, titleHead } from '../../extractors/index.js';

const introduced = (title: string, abstract: string) =>
  findIntroduced(paperSentences(title, abstract), abstract, createNameIndex()).map((i) => `${i.name}:${i.type}`);

describe('introduced artifacts: positives', () => {
  const cases: Array<[string, string, string[]]> = [
    ['Towards better tagging', 'We introduce ZetaTagger, a sequence tagger for clinical notes.', ['ZetaTagger:model']],
    ['Fast encoders', 'In this paper, we propose QuillLM, a compact language model.', ['QuillLM:model']],
    ['Retrieval at scale', 'We present the Sparse Lexical Router (SLR), which routes queries.', ['SLR:model']],
    ['A new resource', 'We release HarborQA, a dataset of 20k questions about ports.', ['HarborQA:benchmark']],
    ['Tuning', 'We propose a novel adapter called Splice to share weights.', ['Splice:method']],
    ['Speech', 'Our model, VoxMix, is trained on podcasts.', ['VoxMix:model']],
    ['Metrics', 'This work introduces KL-Rank, a transferability measure for encoders.', ['KL-Rank:method']],
    ['Multimodal', 'To this end, we propose Ocelot-VL, a vision-language encoder.', ['Ocelot-VL:model']],
    ['Orca Tiles: A Pre-trained Encoder for Map Tiles', 'Maps are hard. Orca Tiles learns map tiles.', ['Orca Tiles:model']],
    ['LUMEN: A Benchmark for Long Documents', 'We evaluate many systems.', ['LUMEN:benchmark']],
    ['Universal Protein Encoder', 'We present models for encoding proteins.', ['Universal Protein Encoder:model']],
    ['Heron', 'The resulting simple, yet effective and general algorithm, Gradual Merging, brings gains.', ['Gradual Merging:method']],
    ['MMLU: Measuring Massive Multitask Understanding', 'We propose a new test.', ['MMLU:benchmark']],
    ['Pluto 2.0: Continued Training of Encoders', 'Encoders matter.', ['Pluto 2.0:model']],
    ['Corvid, a distilled version of RoBERTa', 'We distil a smaller model.', ['Corvid:model']],
    ['Benchmarks', 'We collect a new corpus, the Delta Treebank, for parsing.', ['Delta Treebank:benchmark']],
    ['Robust readers', 'We release our paraphrase set, ParaQA, to the community.', ['ParaQA:benchmark']],
    ['Direct Preference Steering: Your Reward Model Is Hidden', 'We propose Direct Preference Steering.', ['Direct Preference Steering:model']],
    ['Fair Margin Optimization: Your Reward Model Is Hidden', 'We propose Fair Margin Optimization for rewards.', ['Fair Margin Optimization:method']],
    ['Ports', 'We release HarborBench to test agents.', ['HarborBench:benchmark']],
    ['RoBERTa: A Robustly Optimized BERT Pretraining Approach', 'We replicate BERT pretraining.', ['RoBERTa:model']],
    ['nanoFoo: A Framework for Pre-training T5 Models', 'We present nanoFoo, a PyTorch framework.', ['nanoFoo:method']],
    ['Encoders', 'We introduce the open Ettin suite of encoders.', ['Ettin:model']],
    ['Prompts', 'To complement it, we propose a Dual Soft Prompt mechanism for transfer.', ['Dual Soft Prompt:method']],
  ];
  it.each(cases)('%s | %s', (title, abstract, expected) => {
    expect(introduced(title, abstract)).toEqual(expected);
  });

  it('keeps an expansion as alias', () => {
    const [first] = findIntroduced(paperSentences('Routing', 'We present the Sparse Lexical Router (SLR), which routes queries.'), '', createNameIndex());
    expect(first?.aliases).toEqual(['Sparse Lexical Router']);
    expect(first?.rule).toBe('intro-we-verb');
  });
});

describe('introduced artifacts: false positives', () => {
  const cases: Array<[string, string]> = [
    ['Less is More: Smaller Encoders', 'We study encoder size.'],
    ['Evidence > Intuition: Choosing Encoders', 'We propose to estimate transferability.'],
    ['Sparse Models Everywhere: A Study', 'We present a study of sparsity.'],
    ['Encoders', 'We present a system for generating scenes from text.'],
    ['Encoders', 'We propose a GAN-style model for pre-training.'],
    ['Encoders', 'We present experiments with BERT and RoBERTa on GLUE.'],
    ['Encoders', 'We present Spanish versions of BART and T5.'],
    ['Encoders', 'Our Stage 2 teacher model is distilled.'],
    ['Encoders', 'We train on English and Chinese text, a new setting.'],
    ['Encoders', 'We propose a novel fine-tuning approach for lyrics.'],
    ['Encoders', 'In this work we introduce language-specific modules.'],
    ['A Neural Conversational Model', 'We train a chat model.'],
    ['Efficient Streaming Language Models', 'We study streaming.'],
    ['Readers', 'We construct adversarial paraphrases for SQuAD 2.0 and test readers.'],
    // Names that only modify what the paper presents, and things that are no entity.
    ['Scenes', 'This paper introduces a Gaussian Splatting (GS) based system for driving scenes.'],
    ['Agents', 'We then introduce an LLM-driven conceptual framework for urban studies.'],
    ['Shifts', 'We propose an OOD detection method for hierarchies.'],
    ['Reasoning', 'Additionally, we introduce an adaptive-length Chain-of-Thought distillation approach.'],
    ['Labels', 'We propose a Segment Anything Model (SAM)-guided pseudo-labelling method.'],
    ['Code', 'Our datasets are available on our GitHub page.'],
    ['Scans', 'We propose in this paper an approach for generating MRI from X-rays.'],
    ['Tuning', 'We introduce GRPO to train the policy.'],
    ['Tasks', 'We present the Named Entity Recognition system of our team.'],
  ];
  it.each(cases)('%s | %s', (title, abstract) => {
    expect(introduced(title, abstract)).toEqual([]);
  });

  it('reads a title head only when it looks like a name', () => {
    expect(titleHead('Seq vs Seq: Paired Encoders', 'We compare seq models.')).toBeUndefined();
    expect(titleHead('Nimbus: Cloud Forecasting', 'We present Nimbus, a forecaster.')?.name).toBe('Nimbus');
  });
});
