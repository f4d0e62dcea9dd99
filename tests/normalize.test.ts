import { describe, expect, it } from 'vitest';
import { matchForm, resolveLatex, slug } from '../src/normalize.js';

describe('resolveLatex', () => {
  it.each([
    ["Gl\\'orIA", 'GlórIA'],
    ["Sabi\\'a-65B", 'Sabiá-65B'],
    ['LL\\"aMmlein2Vec', 'LLäMmlein2Vec'],
    ['\\textsc{Ofa}', 'Ofa'],
    ['a 4times speed-up', 'a 4× speed-up'],
    ['500 times faster', '500 times faster'],
    ['NLLB~1B', 'NLLB 1B'],
    ['https://x.ac.uk/~vgg/data', 'https://x.ac.uk/~vgg/data'],
    ['1.61\\% to 3.38\\%', '1.61% to 3.38%'],
    ['training~(MVP)', 'training (MVP)'],
  ])('%s -> %s', (raw, text) => {
    expect(resolveLatex(raw)).toBe(text);
  });
});

describe('keys and match forms', () => {
  it.each([
    ['XLM-RoBERTa', 'xlmroberta', 'xlm-roberta'],
    ['wav2vec 2.0', 'wav2vec20', 'wav2vec-2-0'],
    ["Gl\\'orIA", 'gloria', 'gloria'],
    ['Llama-3.1-8B', 'llama318b', 'llama-3-1-8b'],
  ])('%s', (name, form, key) => {
    expect(matchForm(name)).toBe(form);
    expect(slug(name)).toBe(key);
  });
});
