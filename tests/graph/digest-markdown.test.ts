import { describe, expect, it } from 'vitest';
import type { Digest, DigestLink } from '../../graph/digest.js';
import { digestToMarkdown, escapeMarkdown } from '../../graph/digest-markdown.js';
import { addition, EMPTY_DIGEST as EMPTY } from './digest-fixture.js';

describe('digestToMarkdown', () => {
  it('renders the hand-written addition exactly: summary, models by base, sections, papers last and folded', () => {
    expect(digestToMarkdown(addition())).toBe(
      [
        '# papergraph digest — day2',
        '',
        '3 new papers · 3 new models (3 with a known base) · 1 new benchmark · 0 new methods · 1 new task · 1 new language.',
        '',
        '- **New models with a known base**: BERTimbau (further pre-trained from BERT), BioBERT (further pre-trained from BERT), ClinicalBERT (fine-tuned from BioBERT).',
        '- **Bases that gained most**: BERT +3, BioBERT +1.',
        '- **New benchmarks**: BC5CDR.',
        '',
        '## New models by base (3)',
        '',
        '### BERT',
        '',
        '- **BERTimbau** — further pre-trained from **BERT**',
        '  > BERTimbau continues the pretraining of BERT on Brazilian Portuguese. — *A Portuguese BERT*',
        '- **BioBERT** (2 papers) — further pre-trained from **BERT**',
        '  > BioBERT is BERT further pre-trained on biomedical corpora. — [BioBERT: a pre-trained biomedical language representation model](https://arxiv.org/abs/1901.08746)',
        '',
        '### BioBERT (new)',
        '',
        '- **ClinicalBERT** — fine-tuned from **BioBERT** (new)',
        '  > ClinicalBERT is fine-tuned from BioBERT on clinical notes. — [Publicly Available Clinical BERT Embeddings](https://arxiv.org/abs/1904.03323)',
        '',
        '## New benchmarks (1)',
        '',
        '- **BC5CDR** — [BioBERT: a pre-trained biomedical language representation model](https://arxiv.org/abs/1901.08746)',
        '',
        '## New tasks (1)',
        '',
        '- **Named entity recognition** — [BioBERT: a pre-trained biomedical language representation model](https://arxiv.org/abs/1901.08746)',
        '',
        '## New languages (1)',
        '',
        '- **Portuguese** — *A Portuguese BERT*',
        '',
        '## New links between known models (1)',
        '',
        '- **RoBERTa** — extends **BERT**',
        '  > RoBERTa is a robustly optimized BERT pretraining approach. — [Publicly Available Clinical BERT Embeddings](https://arxiv.org/abs/1904.03323)',
        '',
        '<details>',
        '<summary>New papers (3)</summary>',
        '',
        '- [Publicly Available Clinical BERT Embeddings](https://arxiv.org/abs/1904.03323) (2019-04-06)',
        '- [BioBERT: a pre-trained biomedical language representation model](https://arxiv.org/abs/1901.08746) (2019-01-25)',
        '- *A Portuguese BERT*',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('says what --since left out', () => {
    const text = digestToMarkdown(addition('2019-02-01'));
    expect(text).toContain('Papers published since 2019-02-01; 1 earlier paper left out; 1 paper without a date kept.');
    expect(text).not.toContain('BC5CDR');
    expect(text).toContain('## Model names first seen in passing (1)\n\nBioBERT.\n');
  });

  it.each([
    [{ ...EMPTY, label: 'day3' }, 'Nothing new: every paper was already in the graph.'],
    [{ ...EMPTY, since: '2030-01-01', excludedBySince: 2 }, 'Papers published since 2030-01-01; 2 earlier papers left out.\n\nNothing new since then.'],
  ])('an empty digest says so: %j', (digest, message) => {
    expect(digestToMarkdown(digest)).toContain(message);
    expect(digestToMarkdown(digest)).not.toContain('##');
  });

  it('shows one sentence per link, the first; the rest stay in digest.json', () => {
    const link: DigestLink = {
      edge: 'variant_of',
      child: { key: 'model:a', label: 'A', type: 'model', isNew: false },
      parent: { key: 'model:b', label: 'B', type: 'model', isNew: false },
      evidence: ['1', '2', '3'].map((n) => ({ paper: `paper:${n}`, text: `Sentence ${n}.`, rules: ['r'] })),
    };
    const papers = ['1', '2', '3'].map((n) => ({ key: `paper:${n}`, title: `Paper ${n}` }));
    const text = digestToMarkdown({ ...EMPTY, papers, lineage: [link] });
    expect(text).toContain('- **A** (3 papers) — variant of **B**\n  > Sentence 1. — *Paper 1*\n');
    expect(text.match(/> Sentence/g)).toHaveLength(1);
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
