import { describe, expect, it } from 'vitest';
import type { Digest, DigestLink } from '../../graph/digest.js';
import { digestToMarkdown, escapeMarkdown, MAX_SENTENCES } from '../../graph/digest-markdown.js';
import { addition } from './digest-fixture.js';

const EMPTY: Digest = {
  papers: [],
  excludedBySince: 0,
  undated: 0,
  models: [],
  lineage: [],
  bases: [],
  methods: [],
  benchmarks: [],
  tasks: [],
  languages: [],
};

describe('digestToMarkdown', () => {
  it('renders the hand-written addition exactly', () => {
    expect(digestToMarkdown(addition())).toBe(
      [
        '# papergraph digest — day2',
        '',
        '3 new papers · 3 new models · 2 base models gained descendants · 1 new benchmark · 1 new task · 1 new language.',
        '',
        '## New papers (3)',
        '',
        '- [Publicly Available Clinical BERT Embeddings](https://arxiv.org/abs/1904.03323) (2019-04-06)',
        '- [BioBERT: a pre-trained biomedical language representation model](https://arxiv.org/abs/1901.08746) (2019-01-25)',
        '- A Portuguese BERT',
        '',
        '## New models (3)',
        '',
        '- **BioBERT** (2 papers) — further pre-trained from **BERT**',
        '  > BioBERT is BERT further pre-trained on biomedical corpora. — *BioBERT: a pre-trained biomedical language representation model*',
        '- **BERTimbau** — further pre-trained from **BERT**',
        '  > BERTimbau continues the pretraining of BERT on Brazilian Portuguese. — *A Portuguese BERT*',
        '- **ClinicalBERT** — fine-tuned from **BioBERT** (new)',
        '  > ClinicalBERT is fine-tuned from BioBERT on clinical notes. — *Publicly Available Clinical BERT Embeddings*',
        '',
        '## New lineage links (1)',
        '',
        '- **RoBERTa** extends **BERT**',
        '  > RoBERTa is a robustly optimized BERT pretraining approach. — *Publicly Available Clinical BERT Embeddings*',
        '',
        '## Base models that gained descendants (2)',
        '',
        '1. **BERT** +3: BERTimbau (new), BioBERT (new), RoBERTa',
        '2. **BioBERT** (new) +1: ClinicalBERT (new)',
        '',
        '## New benchmarks (1)',
        '',
        '- **BC5CDR** (1 paper)',
        '',
        '## New tasks (1)',
        '',
        '- **Named entity recognition** (1 paper)',
        '',
        '## New languages (1)',
        '',
        '- **Portuguese** (1 paper)',
        '',
      ].join('\n'),
    );
  });

  it('says what --since left out', () => {
    const text = digestToMarkdown(addition('2019-02-01'));
    expect(text).toContain('Papers published since 2019-02-01; 1 earlier paper left out; 1 paper without a date kept.');
    expect(text).not.toContain('BC5CDR');
  });

  it.each([
    [{ ...EMPTY, label: 'day3' }, 'Nothing new: every paper was already in the graph.'],
    [{ ...EMPTY, since: '2030-01-01', excludedBySince: 2 }, 'Papers published since 2030-01-01; 2 earlier papers left out.\n\nNothing new since then.'],
  ])('an empty digest says so: %j', (digest, message) => {
    expect(digestToMarkdown(digest)).toContain(message);
    expect(digestToMarkdown(digest)).not.toContain('##');
  });

  it(`shows at most ${MAX_SENTENCES} sentences per link and points to digest.json for the rest`, () => {
    const link: DigestLink = {
      edge: 'variant_of',
      child: { key: 'model:a', label: 'A', type: 'model', isNew: false },
      parent: { key: 'model:b', label: 'B', type: 'model', isNew: false },
      evidence: ['1', '2', '3', '4', '5'].map((n) => ({ paper: `paper:${n}`, sentence: `Sentence ${n}.`, rule: 'r' })),
    };
    const text = digestToMarkdown({ ...EMPTY, lineage: [link] });
    expect(text).toContain('- **A** variant of **B**\n  > Sentence 1. — *paper:1*\n');
    expect(text.match(/> Sentence/g)).toHaveLength(MAX_SENTENCES);
    expect(text).toContain('  > (2 more sentences in digest.json)');
  });

  it.each([
    ['*BERT* [v2]', '\\*BERT\\* \\[v2\\]'],
    ['a_b `c` <d> #e |f| ~g~', 'a\\_b \\`c\\` \\<d\\> \\#e \\|f\\| \\~g\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\t here', 'two lines here'],
    ['GPT-3.5 (175B)', 'GPT-3.5 (175B)'],
  ])('escapes %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it('keeps a link target whole when the URL has parentheses or spaces', () => {
    const digest: Digest = { ...EMPTY, papers: [{ key: 'paper:x', title: 'X', url: 'https://example.org/a (b)' }] };
    expect(digestToMarkdown(digest)).toContain('- [X](https://example.org/a%20%28b%29)');
  });
});
