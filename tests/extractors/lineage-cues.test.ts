// Tables for the 2024-2026 derivation cues, child resolution across sentences and the
// false-lineage classes (evaluated models, frameworks that call a model, comparisons).
import { describe, expect, it } from 'vitest';
import { extract } from '../../extractors/index.js';
import { CHILD_RULES, LINEAGE_RULES } from '../../extractors/rules/lineage.js';
import { itReadsLineage } from './helpers.js';

const rulesFired = (text: string) => new Set(extract({ title: 'A study', abstract: text }).facts.map((f) => f.rule));

describe('every lineage rule row fires on its own example', () => {
  it.each(LINEAGE_RULES.map((r) => [r.id, r.example]))('%s', (id, example) => {
    expect([...rulesFired(example)]).toContain(id);
  });
});

describe('new derivation cues: positives', () =>
  itReadsLineage([
    [
      'Heron: a health model',
      'Building on top of strong base models like Llama 3.1 and Qwen 2.5, Heron adds medical data.',
      ['Llama 3.1', 'Qwen 2.5'],
      ['Heron -> Llama 3.1', 'Heron -> Qwen 2.5'],
    ],
    ['Finch: chat', 'We post-train Mistral-7B with the data. The resulting model (Finch) is strong.', ['Mistral-7B'], ['Finch -> Mistral-7B']],
    [
      'Owl: a family of recurrent models',
      'We introduce Owl, a family of recurrent models distilled from Llama-3.x into the Mamba architecture.',
      ['Llama 3.x', 'Mamba'],
      ['Owl -> Llama 3.x', 'Owl -> Mamba'],
    ],
    ['Wren', 'We introduce Wren, an open model which uses the novel Griffin architecture.', ['Griffin'], ['Wren -> Griffin']],
    [
      'Kite',
      'We introduce KiteLM. The KiteLM model combines a Whisper encoder with a Qwen2 LLM.',
      ['Qwen 2', 'Whisper'],
      ['KiteLM -> Qwen 2', 'KiteLM -> Whisper'],
    ],
    [
      'Tern: a Vietnamese VLM',
      'By integrating the Qwen2-0.5B-Instruct language model with the InternViT-300M-448px visual model, Tern reads documents.',
      ['InternViT-300M-448px', 'Qwen2-0.5B-Instruct'],
      ['Tern -> InternViT-300M-448px', 'Tern -> Qwen2-0.5B-Instruct'],
    ],
    ['Stork', 'We train our model Stork-32B from Qwen2.5-32B-Instruct with two SFT stages.', ['Qwen2.5-32B-Instruct'], ['Stork-32B -> Qwen2.5-32B-Instruct']],
    [
      'A recipe',
      'We validate our approach using DeepSeek-R1 as the teacher and DeepSeek-R1-Distill-Qwen-32B as the student. The resulting merged model, Gull-32B, is strong.',
      ['DeepSeek-R1', 'DeepSeek-R1-Distill-Qwen-32B'],
      ['Gull-32B -> DeepSeek-R1', 'Gull-32B -> DeepSeek-R1-Distill-Qwen-32B'],
    ],
    [
      'Plover: small reasoning',
      'We apply our method on Phi-4-Mini, a compact model. The resulting Plover model is strong.',
      ['Phi-4-Mini'],
      ['Plover -> Phi-4-Mini'],
    ],
    ['A speech recipe', 'We adapt Whisper-large-v2 into a specialized model, Twister.', ['Whisper-large-v2'], ['Twister -> Whisper-large-v2']],
    ['Pipit: a multilingual model', "By expanding Llama 2's vocabulary with new tokens we train Pipit.", ['Llama 2'], ['Pipit -> Llama 2']],
    [
      'Rook',
      'We introduce Rook-54B and Rook-141B, two legal models. These models are based on the Mixtral architecture.',
      ['Mixtral'],
      ['Rook-141B -> Mixtral', 'Rook-54B -> Mixtral'],
    ],
    ['Swift', 'Our student model named Swift, built upon the Stella embedding model, ranks third.', ['Stella'], ['Swift -> Stella']],
    ['Jay', 'We introduce Jay, a mixture of experts upcycled from Mistral-7B.', ['Mistral-7B'], ['Jay -> Mistral-7B']],
    ['Crow', 'We present Crow-8B, a model pruned from Llama 3.1 8B.', ['Llama 3.1 8B'], ['Crow-8B -> Llama 3.1 8B']],
    ['Orca 3', 'We present Orca 3, which expands on Orca 2 with longer context.', ['Orca 2'], ['Orca 3 -> Orca 2']],
    ['Lark Embedding', 'We introduce Lark Embedding, an advance over its predecessor, the GTE-Qwen series.', ['GTE-Qwen'], ['Lark Embedding -> GTE-Qwen']],
    ['Ibis: chemistry', 'We fine-tune a set of open LLMs named Ibis, among which Mistral serves as the best base model.', ['Mistral'], ['Ibis -> Mistral']],
    [
      'Quail',
      'We introduce Quail-49B and Quail-51B, two public models derived from Llama-70B-Instruct.',
      ['Llama-70B-Instruct'],
      ['Quail-49B -> Llama-70B-Instruct', 'Quail-51B -> Llama-70B-Instruct'],
    ],
    [
      'Shrike-SAM: fast segmentation',
      "We present Shrike-SAM. We retain SAM's prompt encoder while replacing the heavy image encoder with EfficientViT.",
      ['EfficientViT', 'SAM'],
      ['Shrike-SAM -> EfficientViT', 'Shrike-SAM -> SAM'],
    ],
    [
      'Tanager: robot policies',
      'We propose Tanager, a 3B model. Tanager adopts the Qwen-2.5-VL-3B multimodal model as its backbone.',
      ['Qwen-2.5-VL-3B'],
      ['Tanager -> Qwen-2.5-VL-3B'],
    ],
    [
      'VireoVLA: 1-bit policies',
      'VireoVLA is built on the publicly available 1-bit LLM BitNet b1.58 2B4T.',
      ['BitNet b1.58 2B4T'],
      ['VireoVLA -> BitNet b1.58 2B4T'],
    ],
    ['Math search', 'On MATH, it improves Qwen2.5-Math-7B from 58.8% to 90.0%.', ['Qwen2.5-Math-7B'], []],
    [
      'A coding agent',
      'We fine\u2011tune Qwen\u201130B-A3B-Instruct to produce Scale\u2011Agent.',
      ['Qwen-30B-A3B-Instruct'],
      ['Scale-Agent -> Qwen-30B-A3B-Instruct'],
    ],
  ]));

describe('new derivation cues: false positives', () =>
  itReadsLineage([
    ['KazBench: a benchmark', 'Our evaluation of several state-of-the-art models (Llama-3.1, Qwen-2.5 and GPT-4) shows a gap.', [], []],
    ['Dialogue recovery', 'We compare three strategies, including a guided recovery prompt, across six model families (Gemma-2, Llama-3, Mistral).', [], []],
    ['Heron', 'We present Heron and compare it against fine-tuned RoBERTa.', [], []],
    ['Heron', 'Heron outperforms the instruction-tuned GPT-4 on every task.', [], []],
    ['A study', 'The instruction-tuned GPT-4 is strong on reasoning.', [], []],
    ['Segmentation', 'Existing methods, including prompt-driven variants of SAM, rely on local cues.', [], []],
    ['Robin', 'We train Robin from scratch, without distillation from Llama 3.', [], []],
    ['Robin', 'We do not fine-tune Llama 3 on the data.', [], []],
    ['Agents', 'Our framework calls GPT-4o and Claude 3.5 through their APIs to plan tasks.', [], []],
    ['Jaybench', 'We evaluate GPT-4o and Llama 3 on our benchmark.', [], []],
    ['Budgets', 'Prior approaches built on top of models like BERT need labels.', [], []],
    ['A study', 'We compare models with the Mamba architecture and Transformers.', [], []],
    ['A study', 'Models pruned from the original network lose accuracy, unlike Transformers.', [], []],
    ['Nightjar', 'Given the practice of fine-tuning VLA models for specific tasks, we propose Nightjar.', [], []],
    ['A study', 'Existing approaches replace the image encoder with CLIP and lose detail.', [], []],
    ['A study', 'Scores rose from 41% to 86% for GPT-4o on the test.', [], []],
  ]));

describe('child rows', () => {
  it.each(CHILD_RULES.map((r) => [r.id, r.pattern, r.example] as const))('%s matches its example', (_id, pattern, example) => {
    expect(pattern.test(example)).toBe(true);
  });
});

// Session 2 classes: "P-based" beside the own model, own heads and own earlier models as parents,
// names after more derivation cues; and the false-lineage classes that guard every row.
describe('P-based, own heads, own earlier models: positives', () =>
  itReadsLineage([
    ['Traffic', 'We propose Damba-ST, a novel domain-adaptive Mamba-based model for traffic prediction.', ['Mamba'], ['Damba-ST -> Mamba']],
    ['Detectors', 'We propose FooDet. FooDet is a CLIP-based detector for open-vocabulary detection.', ['CLIP'], ['FooDet -> CLIP']],
    // A framework is no model: its base is named, no lineage edge.
    ['Agents', 'In this paper, we propose a Qwen2.5-VL-based framework, FooAgent, for GUI tasks.', ['Qwen2.5-VL'], []],
    ['Emotions', 'We propose FooCAER (CLIP-based Context-aware Emotion Recognition).', ['CLIP'], ['FooCAER -> CLIP']],
    [
      'Zamba2-VL: small VLMs',
      'We present Zamba2-VL, a suite of vision-language models built on Zamba2, a hybrid architecture combining Mamba2 layers with attention.',
      ['Zamba2'],
      ['Zamba2-VL -> Zamba2'],
    ],
    ['Atrophy maps', 'We propose MSSM+, a new marker. MSSM+ extends MSSM by adding depth.', ['MSSM'], ['MSSM+ -> MSSM']],
    [
      'Dream-VL and Dream-VLA',
      'We introduce Dream-VL, an open diffusion VLM. Building upon Dream-VL, we introduce Dream-VLA, an action model trained on robot data.',
      ['Dream-VL'],
      ['Dream-VLA -> Dream-VL'],
    ],
    ['Defects', 'We propose SuperFooNet, an efficient model built on the foundation of FooNet.', ['FooNet'], ['SuperFooNet -> FooNet']],
    ['Tracking', 'We propose FooTrack, a tracker. FooTrack keeps the object association inherited from SAM2.', ['SAM 2'], ['FooTrack -> SAM 2']],
    ['Fundus', 'We propose FooNet. It leverages weight-shared Siamese ResNet-152 backbones.', ['ResNet-152'], ['FooNet -> ResNet-152']],
    ['Finance', 'We propose RKEFoo1, a financial reasoning model built upon Foo1, fine-tuned with regulations.', ['Foo1'], ['RKEFoo1 -> Foo1']],
    ['SAR', 'We propose FooKAN. FooKAN modifies ResNet by replacing convolutions with KAN layers.', ['ResNet'], ['FooKAN -> ResNet']],
  ]));

describe('P-based, own heads, own earlier models: false positives', () =>
  itReadsLineage([
    ['FooNet', 'FooNet outperforms CLIP-based methods and Llama-based models.', [], []],
    ['A survey', 'CLIP-based detectors are popular, and we study them.', [], []],
    ['FooSeg', 'We propose FooSeg. The approach is tested with two segmentation backbones, namely FooSeg and Swin UNETR.', [], []],
    ['FooAgent', 'We propose FooAgent. A Qwen2.5-7B model fine-tuned with FooAgent converges faster.', [], []],
    ['A dataset', 'We introduce FooData. We show that LLM agents based on Qwen 2.5 32B struggle on it.', [], []],
    ['FooVQ', 'We propose FooBridge, a projector. By combining FooBridge with annealing, our FooVQ reaches full usage.', [], []],
    // An acronym head before an upper-case line is no model of its own ("RLA-WM" is not built on a model "RLA").
    ['FRLA-WM', 'We discover FRLA, a latent action. Building on FRLA, we propose FRLA-WM, a world model.', [], []],
    ['FooLM 2', 'We introduce FooLM 2. It is trained on twice the data of earlier systems.', [], []],
    ['Scores', 'We evaluate FooNet; BERT-base 84.6 and Qwen2.5-VL 3.2% behind it.', [], []],
    ['Skin', 'We propose FooPS. We evaluate on benchmarks derived from the ISIC 2018 skin lesion dataset.', [], []],
    ['Radiance', 'We propose FooRF. We add a depth loss derived from COLMAP keypoints.', [], []],
    ['Data engine', 'We propose FooGen. We modify the TGRT Self-Instruct framework to create data.', [], []],
    ['Blocks', "We propose FooSS. We modify Mamba's scanning into a grid scan inside the FooSS block.", [], []],
    ['Portuguese', 'We propose FooPT. We further pretrain Llama 2 on Portuguese data.', ['Llama 2'], ['FooPT -> Llama 2']],
  ]));
