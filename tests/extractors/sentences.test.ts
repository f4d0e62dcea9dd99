import { describe, expect, it } from 'vitest';
import { paperSentences, splitSentences } from '../../extractors/index.js';
import { itFinds } from './helpers.js';

describe('splitSentences', () => {
  itFinds(splitSentences, [
    ['We train a model. It works well.', ['We train a model.', 'It works well.']],
    ['Models (e.g. FooNet) help. Yes.', ['Models (e.g. FooNet) help.', 'Yes.']],
    ['As shown by Smith et al. (2020), it holds.', ['As shown by Smith et al. (2020), it holds.']],
    ['We use GPT-3.5 and Llama 3.1. Then we stop.', ['We use GPT-3.5 and Llama 3.1.', 'Then we stop.']],
    ['Scores rise, i.e. by 2.5 points. Done!', ['Scores rise, i.e. by 2.5 points.', 'Done!']],
    ['It ends with a url https://x.org/a.b. Next.', ['It ends with a url https://x.org/a.b.', 'Next.']],
  ]);

  it('puts the title first', () => {
    const s = paperSentences('FooNet: a net', 'One. Two.');
    expect(s.map((x) => [x.index, x.isTitle, x.text])).toEqual([
      [0, true, 'FooNet: a net'],
      [1, false, 'One.'],
      [2, false, 'Two.'],
    ]);
  });
});
