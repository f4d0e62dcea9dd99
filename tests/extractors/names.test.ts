import { describe, expect, it } from 'vitest';
import { createNameIndex, scanNames } from '../../extractors/index.js';
import { itFinds, itFindsNothing } from './helpers.js';

const index = createNameIndex();
const names = (sentence: string) => scanNames(index, sentence).map((s) => s.mention.name);
const families = (sentence: string) => scanNames(index, sentence).map((s) => `${s.mention.name} <- ${s.family?.name ?? ''}`);

describe('model names: positives', () => {
  itFinds(names, [
    ['We compare RoBERTa with DeBERTa on three tasks.', ['RoBERTa', 'DeBERTa']],
    ['XLM-RoBERTa and mBERT are strong baselines.', ['XLM-R', 'mBERT']],
    ['Our encoder follows multilingual BERT closely.', ['mBERT']],
    ['We probe wav2vec 2.0 and Wav2Vec2 checkpoints.', ['wav2vec 2.0', 'wav2vec 2.0']],
    ['LLaMA and Llama differ only in spelling.', ['Llama', 'Llama']],
    ['The backbone is Llama-3.1-8B.', ['Llama-3.1-8B']],
    ['It is as good as GPT-3.5-turbo on chat.', ['GPT-3.5-turbo']],
    ['We start from Qwen2-0.5B for speed.', ['Qwen2-0.5B']],
    ['Both T5-Base and XLM-R Base are evaluated.', ['T5-Base', 'XLM-R Base']],
    ['We scale GPT-2 small to GPT-2 medium.', ['GPT-2 small', 'GPT-2 medium']],
    ['Results with Gemma 3 are reported.', ['Gemma 3']],
    ['A translation model, NLLB 1B, is used.', ['NLLB 1B']],
    ['Image features come from CLIP and ViT.', ['CLIP', 'ViT']],
    ['We adapt Whisper to new dialects.', ['Whisper']],
    ['Our FooBERT encoder beats KeyBART on recall.', ['FooBERT', 'KeyBART']],
    ['The Llama-Med variant is tuned for medicine.', ['Llama-Med']],
    ['We distil into a TinyGPT student.', ['TinyGPT']],
  ]);

  it('links sizes and versions to their family', () => {
    expect(families('We fine-tune Llama-3.1-8B.')).toEqual(['Llama-3.1-8B <- Llama 3.1']);
    expect(families('We use Mistral-7B.')).toEqual(['Mistral-7B <- Mistral']);
    expect(families('We use BERT.')).toEqual(['BERT <- ']);
    expect(families('Experiments with Gemma 2 (2B and 9B) follow.')).toEqual(['Gemma 2 <- Gemma', 'Gemma 2 2B <- Gemma 2', 'Gemma 2 9B <- Gemma 2']);
    expect(families('We tune Whisper large-v2.')).toEqual(['Whisper large-v2 <- Whisper large']);
  });
});

describe('model names: false positives', () =>
  itFindsNothing(names, [
    'BERT-like encoders are popular.',
    'Large language models (LLMs) are everywhere.',
    'The Transformer architecture dominates NLP.',
    'We study multilingual encoders and PLMs.',
    'T5-style denoising and GPT-based decoding are compared.',
    'Encoder-decoder models and MLLMs need data.',
    'An opt-in study of whisper-quiet phi features.',
    'Yield curves of the bloom filter.',
    'A Bi-LSTM tagger with a CRF layer.',
  ]));

describe('model names: a known name extended by a capitalised part', () =>
  itFinds(names, [
    ['Results for OPT-IML and Qwen-VL.', ['OPT-IML', 'Qwen-VL']],
    ['A BERT-CRF tagger and a RoBERTa-based classifier.', ['BERT']],
  ]));

describe('model names: members of a list holding a known model', () =>
  itFinds(names, [
    ['Encoders such as XLM and Unicorn-X are compared.', ['XLM', 'Unicorn-X']],
    ['Systems such as BERT and Google were cited.', ['BERT']],
    ['Models like RoBERTa, English and Chinese ones.', ['RoBERTa']],
  ]));
