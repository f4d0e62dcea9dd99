import { describe, expect, it } from 'vitest';
import { displayText, hasLatexMarkup } from '../../graph/digest-text.js';

describe('displayText', () => {
  // Sentences of the kind arXiv abstracts carry (shapes seen in the daily stream, names made up).
  it.each([
    [
      'We released our code\\footnote{\\scriptsize Code: https://github.com/x/y} and models.',
      'We released our code (Code: https://github.com/x/y) and models.',
    ],
    ['It reduces hallucination from {\\sim}0.99 to 0.23--0.43.', 'It reduces hallucination from ∼0.99 to 0.23–0.43.'],
    ['accuracy rises by 50--$90\\times$ over matching', 'accuracy rises by 50–90× over matching'],
    ['FooNet reaches $\\geq 95\\%$ recall with $\\alpha=0.5$.', 'FooNet reaches ≥ 95% recall with α=0.5.'],
    ['\\textbf{FooNet} is \\emph{fine-tuned} from \\underline{BERT}.', 'FooNet is fine-tuned from BERT.'],
    ['See \\href{https://x.org}{our page} --- or not.', 'See our page — or not.'],
    ["Gl\\'orIA is a Portuguese model.", 'GlórIA is a Portuguese model.'],
    ['Costs drop to $3 per run, at \\sim 2 s.', 'Costs drop to $3 per run, at ∼ 2 s.'],
    ['A plain sentence, left as it is.', 'A plain sentence, left as it is.'],
  ])('%j -> %j', (raw, shown) => {
    expect(displayText(raw)).toBe(shown);
    expect(hasLatexMarkup(displayText(raw))).toBe(false);
  });

  it.each([['\\footnote{x}'], ['{\\sim}'], ['$x$'], ['\\%']])('hasLatexMarkup(%j)', (text) => {
    expect(hasLatexMarkup(text)).toBe(true);
  });
});
