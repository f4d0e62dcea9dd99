import { describe, expect, it } from 'vitest';
import { createNameIndex, findIntroduced, paperSentences, titleHead } from '../../extractors/index.js';
import { itFindsNothing, itReadsNothing, itReadsPapers } from './helpers.js';

const introduced = (title: string, abstract: string) =>
  findIntroduced(paperSentences(title, abstract), abstract, createNameIndex()).map((i) => `${i.name}:${i.type}`);

describe('introduced artifacts: positives', () => {
  itReadsPapers(introduced, [
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
  ]);

  it('keeps an expansion as alias', () => {
    const [first] = findIntroduced(paperSentences('Routing', 'We present the Sparse Lexical Router (SLR), which routes queries.'), '', createNameIndex());
    expect(first?.aliases).toEqual(['Sparse Lexical Router']);
    expect(first?.rule).toBe('intro-we-verb');
  });
});

describe('introduced artifacts: false positives', () => {
  itReadsNothing(introduced, [
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
  ]);

  it('reads a title head only when it looks like a name', () => {
    expect(titleHead('Seq vs Seq: Paired Encoders', 'We compare seq models.')).toBeUndefined();
    expect(titleHead('Nimbus: Cloud Forecasting', 'We present Nimbus, a forecaster.')?.name).toBe('Nimbus');
  });
});

// 2024-2026 phrasings of what a paper presents, each with the uses it must not read as its own.
describe('introduced artifacts: result phrases, second verbs, lists and parts (positives)', () =>
  itReadsPapers(introduced, [
    ['Fusion', 'We fuse three chat models, resulting in FooChat.', ['FooChat:model']],
    ['Data', 'We process pull requests, producing Foo-SWE-Data: 100k instances, the largest such dataset.', ['Foo-SWE-Data:benchmark']],
    ['Sims', 'We then employ these approaches to create FOOSIM, a collection of simulated environments for evaluation.', ['FOOSIM:benchmark']],
    ['Agents', 'We fine-tune the model to produce Foo-Agent.', ['Foo-Agent:model']],
    ['Orcas', 'When comparing the resulting model (Foo-3) to the base model, we see gains.', ['Foo-3:model']],
    ['Robots', 'We introduce FooNet for images, and propose BarGrid to represent actions.', ['FooNet:model', 'BarGrid:model']],
    ['Curricula', 'We then train our final FooR-14B-DS with RL.', ['FooR-14B-DS:model']],
    ['Sizes', 'We train our model FooR-32B from Qwen2.5-32B-Instruct.', ['FooR-32B:model']],
    [
      'Leaderboards',
      'To evaluate, we created the Open FOO LLM Leaderboard and Foo MT-Bench, novel frameworks for tasks.',
      ['Open FOO LLM Leaderboard:benchmark', 'Foo MT-Bench:benchmark'],
    ],
    [
      'Basque',
      'We further introduce three datasets: FooReading, comprising 352 questions; FooTrivia, comprising 1,715 questions; and FooExams, comprising exams.',
      ['FooReading:benchmark', 'FooTrivia:benchmark', 'FooExams:benchmark'],
    ],
    [
      'African',
      'We introduce FooBench, a benchmark covering three tasks: natural language inference (FooXNLI), math (FooMGSM), and knowledge (FooMMLU).',
      ['FooBench:benchmark', 'FooXNLI:benchmark', 'FooMGSM:benchmark', 'FooMMLU:benchmark'],
    ],
    ['Persian', 'We introduce Khayyam Challenge (also known as FooMMLU), a curated collection of questions.', ['Khayyam Challenge:benchmark']],
    ['Medical', 'We introduce FooGemma, a collection of medical foundation models. The FooGemma collection is open.', ['FooGemma:model']],
    ['Financial', 'Our model with tools and retrieval, dubbed FooTral-DPO-T&R, performs well.', ['FooTral-DPO-T&R:model']],
  ]));

describe('introduced artifacts: result phrases, second verbs, lists and parts (false positives)', () =>
  itReadsPapers(introduced, [
    ['Chat', 'We validate our approach using three chat models, namely FooMix-8x7B, BarSolar-10B, and BazChat-7B.', []],
    ['Rain', 'We construct a real-shot dataset, namely RainDrop and ReFlection (RDRF), for removal.', ['RainDrop:benchmark']],
    ['Spurious Rewards: Rethinking Training Signals', 'We show that spurious rewards help some models.', []],
    ['Outputs', 'Sampling from the teacher, producing GPT-4 outputs, is costly.', []],
    ['Bench', 'We introduce FooBench, a benchmark of natural language inference (NLI) and question answering (QA).', ['FooBench:benchmark']],
    ['Also', 'Prior systems exist, and propose FooNet for images.', []],
  ]));

describe('introduced artifacts: result words that report a score', () => {
  itFindsNothing(
    (abstract) => introduced('Scores', abstract),
    [
      'It achieves excellent results in the FooBench evaluation.',
      'Flan-T5 generates phrases, yielding ROUGE-1 and ROUGE-2 scores of 0.45 and 0.28.',
      'We obtain literature-competitive results in Foo-CC-II and ISIC2018.',
    ],
  );
});
