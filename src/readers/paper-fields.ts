// Turns the raw fields of any source record into a Paper: display text with LaTeX
// resolved, raw text kept for evidence, ids and dates normalised. No parsing of formats here.

import { canonicalArxivId } from '../../graph/paper-keys.js';
import { cleanSpace, resolveLatex } from '../normalize.js';
import type { Paper, SourceLocation } from '../types.js';

export interface RawFields {
  title: string;
  abstract: string;
  id?: string | undefined;
  url?: string | undefined;
  date?: string | undefined;
  authors?: string[] | undefined;
}

/** "http://arxiv.org/abs/2101.00001v2" or "arXiv:2101.00001v2" -> "2101.00001"; "math.AG/0101001" -> "math/0101001". */
function arxivIdOf(value: string): string | undefined {
  const m = /\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?/i.exec(value);
  return m ? canonicalArxivId(m[0]) : undefined;
}

/** First ISO date in a value ("2023-05-01T12:00:00Z" -> "2023-05-01"). */
function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Build a Paper; returns a message instead when a required field is missing. */
export function toPaper(fields: RawFields, source: SourceLocation): Paper | string {
  const rawTitle = cleanSpace(fields.title);
  const rawAbstract = cleanSpace(fields.abstract);
  if (!rawTitle) return 'record has no title';
  if (!rawAbstract) return `paper "${rawTitle.slice(0, 60)}" has no abstract`;
  const paper: Paper = {
    // A title or abstract that is all markup ("$") keeps its raw text rather than become empty.
    title: resolveLatex(rawTitle) || rawTitle,
    abstract: resolveLatex(rawAbstract) || rawAbstract,
    rawTitle,
    rawAbstract,
    source,
  };
  const id = fields.id?.trim();
  if (id) paper.id = arxivIdOf(id) ?? id;
  const url = fields.url?.trim();
  if (url && /^https?:\/\//i.test(url)) paper.url = url;
  else if (paper.id && arxivIdOf(paper.id) === paper.id) paper.url = `https://arxiv.org/abs/${paper.id}`;
  const date = isoDate(fields.date);
  if (date) paper.published = date;
  const authors = fields.authors?.map(cleanSpace).filter(Boolean);
  if (authors?.length) paper.authors = authors;
  return paper;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, numbers accepted (some dumps store ids as numbers). */
export function stringField(record: Record<string, unknown>, name: string): string | undefined {
  const value = record[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** authors as an array of names or objects with `name`, a "A, B and C" string, or arXiv's authors_parsed. */
export function authorList(record: Record<string, unknown>): string[] | undefined {
  const parsed = record['authors_parsed'];
  if (Array.isArray(parsed)) {
    return parsed.filter((a): a is unknown[] => Array.isArray(a)).map((a) => [a[1], a[0]].filter((p) => typeof p === 'string' && p).join(' '));
  }
  const authors = record['authors'];
  if (Array.isArray(authors)) {
    return authors.map((a) => (typeof a === 'string' ? a : isRecord(a) ? stringField(a, 'name') : undefined)).filter((a): a is string => Boolean(a));
  }
  if (typeof authors === 'string') return authors.split(/,\s*|\s+and\s+/).filter(Boolean);
  return undefined;
}

/** Where a format keeps each paper field: the record's keys in order of preference. */
export interface FieldKeys {
  title: readonly string[];
  abstract: readonly string[];
  id: readonly string[];
  url: readonly string[];
  date: readonly string[];
}

/** A record's raw paper fields, each from the first of its keys that holds a string; authors in any of their shapes. */
export function recordFields(record: Record<string, unknown>, keys: FieldKeys): RawFields {
  const first = (names: readonly string[]) => names.map((name) => stringField(record, name)).find((value) => value !== undefined);
  return {
    title: first(keys.title) ?? '',
    abstract: first(keys.abstract) ?? '',
    id: first(keys.id),
    url: first(keys.url),
    date: first(keys.date),
    authors: authorList(record),
  };
}
