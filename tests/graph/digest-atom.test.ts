import { describe, expect, it } from 'vitest';
import { digestToAtom, feedEntries, MAX_FEED_ENTRIES } from '../../graph/digest-atom.js';
import type { Digest } from '../../graph/digest.js';
import { atomGrammarProblems, atomProblems } from '../helpers/atom-validate.js';
import { addition } from './digest-fixture.js';

const ID = 'tag:papergraph,2026:digest/day1';
const day = (label: string): Digest => ({ ...addition(), label });
const at = (label: string) => `${label}T06:00:00Z`;
const feedOf = (labels: string[], maxEntries?: number) =>
  labels.reduce<string | undefined>(
    (previous, label) => digestToAtom(day(label), { id: ID, updated: at(label), ...(previous ? { previous } : {}), ...(maxEntries ? { maxEntries } : {}) }).xml,
    undefined,
  ) ?? '';
const entryIds = (xml: string) => {
  const read = feedEntries(xml);
  return 'entries' in read ? read.entries.map((e) => e.id) : [read.problem];
};

describe('digestToAtom', () => {
  it('writes a valid Atom 1.0 feed (RELAX NG grammar of RFC 4287 and its other rules)', () => {
    expect(atomProblems(feedOf(['2026-06-29', '2026-06-30']))).toEqual([]);
  });

  it('the validator does reject what Atom forbids', () => {
    const good = feedOf(['2026-06-30']);
    for (const broken of [
      good.replace(/<updated>[^<]*<\/updated>/, '<updated>yesterday</updated>'),
      good.replace(/<id>[^<]*<\/id>\n<title>/, '<title>'),
      good.replace('http://www.w3.org/2005/Atom', 'http://example.org/not-atom'),
    ]) {
      expect(atomGrammarProblems(broken).length).toBeGreaterThan(0);
    }
  });

  it('keeps one entry per build, newest first; the feed is updated with its newest entry', () => {
    const xml = feedOf(['2026-06-28', '2026-06-29', '2026-06-30']);
    expect(entryIds(xml)).toEqual(['2026-06-30', '2026-06-29', '2026-06-28'].map((l) => `${ID}/${l}`));
    expect(xml).toMatch(
      /<feed[^>]*><id>tag:papergraph,2026:digest\/day1<\/id>\n<title>papergraph digest<\/title>\n<subtitle>[^<]*<\/subtitle>\n<updated>2026-06-30T06:00:00Z<\/updated>/,
    );
  });

  it('a re-run of the same day replaces its entry and gives the same bytes', () => {
    const once = feedOf(['2026-06-29', '2026-06-30']);
    expect(feedOf(['2026-06-29', '2026-06-30', '2026-06-30'])).toBe(once);
  });

  it(`keeps at most ${MAX_FEED_ENTRIES} entries (maxEntries)`, () => {
    expect(entryIds(feedOf(['d1', 'd2', 'd3', 'd4'], 3))).toEqual(['d4', 'd3', 'd2'].map((l) => `${ID}/${l}`));
  });

  it('the entry holds the summary and the models by base as HTML, corpus text escaped', () => {
    const digest = day('2026-06-30');
    const [first] = digest.papers;
    if (first) first.title = 'A <script>alert(1)</script> & "title"';
    const xml = digestToAtom(digest, { id: ID, updated: at('2026-06-30') }).xml;
    expect(xml).toContain('<content type="html">&lt;p class=&quot;counts&quot;&gt;3 new papers');
    expect(xml).toContain('New models by base (3)');
    expect(xml).not.toContain('<script>');
    expect(atomProblems(xml)).toEqual([]);
  });

  it.each([
    ['not XML at all <', /./],
    ['<?xml version="1.0"?><rss><channel/></rss>', /no Atom <feed> element/],
    ['<feed xmlns="http://example.org/"><id>x</id></feed>', /not in the Atom namespace/],
  ])('an unreadable previous feed %j is reported and replaced by a feed of this entry', (previous, problem) => {
    const result = digestToAtom(day('2026-06-30'), { id: ID, updated: at('2026-06-30'), previous });
    expect(result.problem).toMatch(problem);
    expect(entryIds(result.xml)).toEqual([`${ID}/2026-06-30`]);
  });
});
