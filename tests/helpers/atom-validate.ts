// Test helper: is this an Atom 1.0 feed? xmllint against the RELAX NG grammar of RFC 4287
// (tests/fixtures/atom/atom.rng), plus the rules the RFC states beside the grammar
// (its Schematron part and section 4): unique entry ids, an author for every entry, content
// or an alternate link in every entry, one alternate link per type and hreflang.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const ATOM_RNG = join(import.meta.dirname, '../fixtures/atom/atom.rng');

/** xmllint's verdict on the grammar. */
export function atomGrammarProblems(xml: string): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'papergraph-atom-')), 'feed.atom');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--relaxng', ATOM_RNG, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint not runnable (install libxml2-utils): ${run.error.message}`);
  return run.status === 0 ? [] : run.stderr.split('\n').filter((l) => l.includes('error') || l.includes('fails'));
}

interface Link {
  rel?: string;
  type?: string;
  hreflang?: string;
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The RFC's rules outside the grammar. */
export function atomRuleProblems(xml: string): string[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false }).parse(xml) as {
    feed?: { author?: unknown; entry?: Record<string, unknown> | Record<string, unknown>[] };
  };
  const feed = doc.feed;
  if (!feed) return ['no feed element'];
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [i, entry] of asList(feed.entry).entries()) {
    const id = String(entry['id'] ?? '');
    if (ids.has(id)) problems.push(`entry ${i}: id ${id} repeated`);
    ids.add(id);
    if (!feed.author && !entry['author'] && !entry['source']) problems.push(`entry ${i}: no author, and the feed has none`);
    const links = asList(entry['link'] as Link | Link[] | undefined);
    const alternates = links.filter((l) => (l.rel ?? 'alternate') === 'alternate');
    if (!entry['content'] && alternates.length === 0) problems.push(`entry ${i}: neither content nor an alternate link`);
    const kinds = alternates.map((l) => `${l.type ?? ''}|${l.hreflang ?? ''}`);
    if (new Set(kinds).size !== kinds.length) problems.push(`entry ${i}: two alternate links of one type and language`);
  }
  return problems;
}

export function atomProblems(xml: string): string[] {
  return [...atomGrammarProblems(xml), ...atomRuleProblems(xml)];
}
