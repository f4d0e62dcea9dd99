// Positive and false-positive rows for the cues and name shapes of the third round on
// stream papers: a method applied to named models ("FooRL improves P", "gains across P,
// Q and R"), teacher and student roles written before the role noun, a parent given as
// the example of a class, cue verbs at a sentence start, sized names of unknown families
// and sparse models' active / effective sizes. Sentences are our own.

import { describe, expect, it } from 'vitest';
import { factsOf, itFinds, itReadsLineage, itReadsNoLineage, lineage, models } from './helpers.js';

describe('applied to named models, teachers and students: positives', () =>
  itReadsLineage([
    [
      'FooRL: spatial reasoning',
      'We present FooRL. FooRL substantially improves Qwen3-VL-4B and Qwen3-VL-8B with few examples.',
      ['Qwen3-VL-4B', 'Qwen3-VL-8B'],
      [],
    ],
    ['Tuning for reasoning', 'Our recipe improves the reasoning of Llama-3.1-8B by 4 points.', ['Llama-3.1-8B'], []],
    ['BarPO: self-training', 'We propose BarPO. BarPO raises accuracy by 2.2 to 4.3 points across Gemma-2-2B, LLaMA-3.2-1B, and Qwen-2.5-1.5B.', [], []],
    [
      'BazPO: self-training',
      'We propose BazPO. BazPO improves accuracy by 2.2 to 4.3 points across Gemma-2-2B, LLaMA-3.2-1B, and Qwen-2.5-1.5B.',
      ['Gemma-2-2B', 'LLaMA-3.2-1B', 'Qwen-2.5-1.5B'],
      [],
    ],
    ['QuxPrune: pruning', 'We present QuxPrune. The method QuxPrune generalizes to Mistral-7B and Phi-3.', ['Mistral-7B', 'Phi 3'], []],
    [
      'CorvidNet: distilling vision',
      'We introduce CorvidNet. CorvidNet moves the features of a large, frozen DINOv2 teacher into a compact ResNet-18 student.',
      ['DINO v2', 'ResNet 18'],
      ['CorvidNet -> DINO v2', 'CorvidNet -> ResNet 18'],
    ],
    ['A distilled tagger', 'We distil reasoning traces from a Qwen2.5-32B teacher model into a small tagger.', ['Qwen2.5-32B'], []],
    ['FooSeg: few-shot segmentation', 'We propose FooSeg, a few-shot segmenter built on vision foundation models (e.g., SAM).', ['SAM'], ['FooSeg -> SAM']],
    ['Shadow removal', 'Built on OmniSR, our method refines the image in stages.', ['OmniSR'], []],
    ['Image editing', 'We fine-tune Infinity-2B and MiMo-VL-7B-SFT on the new pairs.', ['Infinity-2B', 'MiMo-VL-7B-SFT'], []],
    ['Relation extraction', 'We fine-tune Gemma 4 E2B and Qwen3-30B-A3B on the task.', ['Gemma 4 E2B', 'Qwen3-30B-A3B'], []],
  ]));

describe('applied to named models, teachers and students: false positives', () => {
  itReadsNoLineage([
    // Someone else's model is the subject of "improves".
    ['A benchmark of outputs', 'Our benchmark shows that GPT-4o improves Llama 3 outputs.'],
    // Comparisons: "improves on / upon / over P".
    ['Puffin: a ranker', 'We present Puffin; it improves upon Llama 3 by 2 points.'],
    ['Petrel: a ranker', 'We present Petrel, which improves over Mistral-7B on every task.'],
    // A participle is an adjective: another team's enhanced model.
    ['Grebe: fusion', 'We present Grebe, a fusion module for an MoH-enhanced Mamba.'],
    // A gerund of a metric's gain.
    ['Bit editing', 'Our editor attains the best alignment, improving CLIP on the edited region by 1.07.'],
    // Gains across benchmarks or across models compared against.
    ['Tern: a ranker', 'We present Tern, which outperforms baselines across Llama-3-8B and Mistral-7B.'],
    // Teachers and students of other work, or a role noun with no model before it.
    ['Skua: a survey', 'Prior studies distil a GPT-4 teacher into small students.'],
    ['Gannet: a tagger', 'We present Gannet; the teacher model is a rule system.'],
    // Sized words that are data or prefixes, not models.
    ['Image-text data', 'We train a small encoder on LAION-5B and SA-1B.'],
    ['Small models', 'We study Sub-1B models for phones.'],
  ]);

  it('makes no model of a data set counted in billions', () => {
    expect(models(factsOf('We pretrain on LAION-5B, DataComp-1B and SA-1B.'))).toEqual([]);
  });
});

describe('names made of a prefix and a known model', () => {
  itFinds(
    (abstract) => models(factsOf(abstract)),
    [
      ['We compare with MoE-LLaVA and Video-LLaVA on video tasks.', ['MoE-LLaVA', 'Video-LLaVA']],
      ['The RS-CoCa captioner and the PMC-CLIP encoder are strong.', ['PMC-CLIP', 'RS-CoCa']],
    ],
  );
  it.each([
    // Prefixes of ordinary English and classes of architectures qualify a model or make a hybrid.
    ['We train Non-BERT baselines and Multi-LLaVA pipelines.', 'Multi-LLaVA'],
    ['A CNN-ViT hybrid and a Transformer-Mamba stack are compared.', 'CNN-ViT'],
    ['A CNN-ViT hybrid and a Transformer-Mamba stack are compared.', 'Transformer-Mamba'],
  ])('%s has no model %s', (abstract, name) => {
    expect(models(factsOf(abstract))).not.toContain(name);
  });
});

describe('kinds of new names', () => {
  it('reads a name ending in Module, Mechanism, Block or Strategy as a method, never a child of lineage', () => {
    const facts = factsOf('We propose FooSeg, a segmenter based on SAM. We design a novel Confidence Map Synergy Module and a Dual Gate Mechanism.', 'FooSeg');
    expect(models(facts)).not.toContain('Confidence Map Synergy Module');
    expect(models(facts)).not.toContain('Dual Gate Mechanism');
    expect(lineage(facts)).toEqual(['FooSeg -> SAM']);
  });
});
