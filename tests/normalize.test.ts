import { describe, expect, it } from 'vitest';
import { hasLatexMarkup, matchForm, resolveLatex, slug } from '../src/normalize.js';

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

describe('resolveLatex: math, symbols and leftover markup', () => {
  it.each([
    ['GS\\textasciicircum2', 'GS²'],
    ['AV^2A', 'AV²A'],
    ['X^{2}-Gaussian', 'X²-Gaussian'],
    ['H_{2}OT', 'H₂OT'],
    ['De\\underline{f}lec\\underline{t}ion', 'Deflection'],
    ['Net}work', 'Network'],
    ['World Preference Modeling$', 'World Preference Modeling'],
    ['Depth Anything in 360^\\circ', 'Depth Anything in 360°'],
    ['the \\ell_1 regularization', 'the ℓ₁ regularization'],
    ['Towards \\infty-LLMs', 'Towards ∞-LLMs'],
    ['Claim \\rightarrow Evidence', 'Claim → Evidence'],
    ['Mus{é}e', 'Musée'],
    ['costs $100 and $\\alpha$-divergence', 'costs $100 and α-divergence'],
    ['\\LaTeX{} is kept as a word', 'LaTeX is kept as a word'],
    ['no markup here', 'no markup here'],
  ])('%s -> %s', (raw, text) => {
    const out = resolveLatex(raw);
    expect(out).toBe(text);
    expect(hasLatexMarkup(out)).toBe(false);
  });

  it('keeps match forms: superscripts fold back to their letters', () => {
    expect(matchForm('GS^2')).toBe(matchForm('GS2'));
    expect(matchForm('H_{2}OT')).toBe('h2ot');
  });

  it.each([
    ['a \\foo b', true],
    ['{x}', true],
    ['x^2', true],
    ['$x$', true],
    ['$100', false],
    ['plain', false],
  ])('hasLatexMarkup(%s) is %s', (text, markup) => expect(hasLatexMarkup(text)).toBe(markup));
});
