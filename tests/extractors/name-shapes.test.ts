import { describe, expect, it } from 'vitest';
import { createNameIndex, scanNames } from '../../extractors/index.js';
import { itFinds } from './helpers.js';
import { SUFFIX_SHAPES } from '../../extractors/rules/name-shapes.js';

const index = createNameIndex();
const names = (sentence: string) => scanNames(index, sentence).map((s) => s.mention.name);
/** Each name with its family levels, nearest first. */
const chains = (sentence: string) => scanNames(index, sentence).map((s) => [s.mention.name, ...(s.families ?? []).map((f) => f.name)].join(' <- '));

describe('name shapes of current models: positives', () => {
  itFinds(chains, [
    ['We use Qwen2.5-VL-7B-Instruct here.', ['Qwen2.5-VL-7B-Instruct <- Qwen2.5-VL-7B <- Qwen2.5-VL <- Qwen 2.5 <- Qwen']],
    [
      'The student is DeepSeek-R1-Distill-Qwen-32B.',
      ['DeepSeek-R1-Distill-Qwen-32B <- DeepSeek-R1-Distill-Qwen <- DeepSeek-R1-Distill <- DeepSeek-R1 <- DeepSeek'],
    ],
    ['We start from Llama-3.1-8B-Instruct.', ['Llama-3.1-8B-Instruct <- Llama-3.1-8B <- Llama 3.1 <- Llama']],
    ['A SigLIP-So400m encoder.', ['SigLIP-So400m <- SigLIP']],
    ['The InternViT-300M-448px encoder.', ['InternViT-300M-448px <- InternViT-300M <- InternViT']],
    ['We tune Gemma-3-27B-IT.', ['Gemma-3-27B-IT <- Gemma-3-27B <- Gemma 3 <- Gemma']],
    ['Masks from SAM 2.1 are refined.', ['SAM 2.1 <- SAM']],
    ['Detections by YOLOv8.', ['YOLO v8 <- YOLO']],
    ['Features from DINOv2.', ['DINO v2 <- DINO']],
    ['A UNet++ decoder.', ['U-Net++']],
    ['We distil Phi-4-mini.', ['Phi-4-mini <- Phi 4 <- Phi']],
    ['Reasoning traces from o1 and o3-mini.', ['o1', 'o3-mini <- o3']],
    ['We start from Mixtral-8x7B.', ['Mixtral-8x7B <- Mixtral']],
    ['A ResNet-50 backbone.', ['ResNet 50 <- ResNet']],
    ['We fine-tune Qwen3-30B-A3B-Instruct.', ['Qwen3-30B-A3B-Instruct <- Qwen3-30B-A3B <- Qwen3-30B <- Qwen 3 <- Qwen']],
    ['We fine-tune Qwen2.5-Math-7B.', ['Qwen2.5-Math-7B <- Qwen2.5-Math <- Qwen 2.5 <- Qwen']],
    ['Built on BitNet b1.58 2B4T.', ['BitNet b1.58 2B4T <- BitNet b1.58 <- BitNet']],
    ['We train Llama 3.1 8B Instruct.', ['Llama 3.1 8B Instruct <- Llama 3.1 8B <- Llama 3.1 <- Llama']],
    ['It builds on Llama 3.1 base models.', ['Llama 3.1 <- Llama']],
    ['We compare with Mistral-7b.', ['Mistral-7b <- Mistral']],
    ['The ViT-L encoder.', ['ViT-L <- ViT']],
  ]);

  it('every suffix shape row matches its own example parts', () => {
    for (const row of SUFFIX_SHAPES) {
      const parts = row.example.split(/,\s*/).flatMap((name) => name.split(/[ \-_]/).slice(1));
      expect(
        parts.some((p) => row.pattern.test(p)),
        row.id,
      ).toBe(true);
    }
  });
});

describe('name shapes of current models: false positives', () =>
  itFinds(names, [
    ['Llama-based and Qwen-style models are common.', []],
    ['GPT-4 on 8 GPUs.', ['GPT-4']],
    ['Gemma 3 base models are kept frozen.', ['Gemma 3']],
    ['Qwen2.5 models and Llama 3 variants.', ['Qwen 2.5', 'Llama 3']],
    ['We release BERT-large and run 7B models.', ['BERT-large']],
    ['The Llama-3-8B-style recipe.', []],
    ['An MAE of 0.3 and an O3 level of ozone.', []],
    ['UNet decoders differ from UNet++ ones.', ['U-Net', 'U-Net++']],
    ['A framework based on LiDAR localization.', []],
    ['Fine-tuning VLA models is costly.', []],
    ['Audio models are based on ALMs that read raw audio.', []],
  ]));

describe('line letters, line versions, dotted versions: positives', () =>
  itFinds(chains, [
    ['We fine-tune MiniCPM-V 2.6 on charts.', ['MiniCPM-V 2.6 <- MiniCPM-V <- MiniCPM']],
    ['MiniCPM-o 2.6 listens.', ['MiniCPM-o 2.6 <- MiniCPM-o <- MiniCPM']],
    ['Images from FLUX.1-dev.', ['FLUX.1-dev <- FLUX.1 <- FLUX']],
    ['Images from FLUX.1 and FLUX.1-schnell.', ['FLUX.1 <- FLUX', 'FLUX.1-schnell <- FLUX.1 <- FLUX']],
    ['Siamese ResNet-152 backbones.', ['ResNet-152 <- ResNet']],
  ]));

describe('line letters, line versions, dotted versions: false positives', () =>
  itFinds(names, [
    ['BERT-base 84.6 on GLUE.', ['BERT-base']],
    ['It trails Qwen2.5-VL 3.2% on charts.', ['Qwen2.5-VL']],
    ['We ran FLUX. 1 more thing.', ['FLUX']],
    ['Llama-V is not a line of Llama 3.', ['Llama-V', 'Llama 3']],
  ]));

describe('"P-based" names P only as a modifier, and only when asked', () => {
  const modifiers = (sentence: string) => scanNames(index, sentence, true).map((s) => `${s.mention.name}${s.modifier ? ' (modifier)' : ''}`);
  const cases: Array<[string, string[]]> = [
    ['A Mamba-based model and a CLIP-based head.', ['Mamba (modifier)', 'CLIP (modifier)']],
    ['A Qwen2.5-VL-based agent.', ['Qwen2.5-VL (modifier)']],
    ['A Transformer-based and an LLM-based model.', []],
    ['A BERT-like and a T5-style model.', []],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(modifiers(sentence)).toEqual(expected);
    expect(names(sentence)).toEqual([]);
  });
});
