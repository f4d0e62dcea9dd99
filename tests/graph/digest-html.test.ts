import { describe, expect, it } from 'vitest';
import type { Digest } from '../../graph/digest.js';
import { DEFAULT_MAP_URL, digestToHtml } from '../../graph/digest-html.js';
import { addition } from './digest-fixture.js';

describe('digestToHtml', () => {
  const html = digestToHtml(addition(), { feed: 'digest.atom' });

  it('is a page without scripts that announces the feed', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/>')).toBe(true);
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" href="digest.atom"');
  });

  it('reads in the order of the digest: summary, models by base, sections, links between known models, papers folded last', () => {
    const order = [
      'class="counts"',
      'New models with a known base',
      'id="by-base"',
      'id="benchmarks"',
      'id="tasks"',
      'id="languages"',
      'id="known"',
      '<details id="papers">',
    ];
    const at = order.map((marker) => html.indexOf(marker));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('links names to the map with #node= and papers to their pages, one sentence per model', () => {
    expect(html).toContain(`<a href="${DEFAULT_MAP_URL}#node=model%3Abiobert">BioBERT</a>`);
    expect(html).toContain('<a href="https://arxiv.org/abs/1901.08746">BioBERT: a pre-trained biomedical language representation model</a>');
    expect(html.match(/BioBERT is BERT further pre-trained on biomedical corpora\./g)).toHaveLength(1);
    expect(digestToHtml(addition(), { mapUrl: 'https://maps.example.org/pg/#old' })).toContain('href="https://maps.example.org/pg/#node=model%3Abert"');
  });

  it('escapes corpus text and links only http(s) papers', () => {
    const digest: Digest = { ...addition(), papers: [{ key: 'paper:x', title: '<img src=x onerror=alert(1)> & more', url: 'javascript:alert(1)' }] };
    const page = digestToHtml(digest);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; more');
    expect(page).not.toContain('javascript:');
  });
});
