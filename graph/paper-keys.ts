// Paper node keys that cannot collide: the full identity of a paper, never a cut slug.
// arXiv ids lose their version (2401.00001v2 is 2401.00001); other source ids stay exact;
// titles give a readable slug, or a slug head plus a 64-bit hash of the whole title when
// the slug would be cut or empty. Pure string functions; no graph is touched here.

import { matchForm, slug } from '../src/normalize.js';

/** Titles whose slug is at most this long keep it whole as their key (readable keys). */
const MAX_PLAIN_TITLE_SLUG = 80;
/** Head of the slug kept before the hash when a title is longer. */
const HASHED_SLUG_HEAD = 60;

const NEW_STYLE = /^(?:arxiv:)?(\d{4}\.\d{4,5})(?:v\d+)?$/i;
// Old-style ids: archive (with an optional subject class, which does not change the paper) / 7 digits.
const OLD_STYLE = /^(?:arxiv:)?([a-z-]+)(?:\.[a-z]{2})?\/(\d{7})(?:v\d+)?$/i;

/**
 * The canonical arXiv id in `value` ("http://arxiv.org/abs/2101.00001v2", "arXiv:2101.00001",
 * "math.AG/0101001v1" -> "2101.00001", "2101.00001", "math/0101001"), or undefined.
 */
export function canonicalArxivId(value: string): string | undefined {
  const text = value
    .trim()
    .replace(/^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i, '')
    .replace(/\.pdf$/i, '');
  const fresh = NEW_STYLE.exec(text);
  if (fresh) return fresh[1];
  const old = OLD_STYLE.exec(text);
  return old ? `${old[1]!.toLowerCase()}/${old[2]}` : undefined;
}

/**
 * What makes two titles the same paper: the match form (letters and digits, case and accents
 * folded), or for a title without any letter or digit (emoji only) its NFKC text, so two
 * different emoji titles stay two papers.
 */
export function titleIdentity(title: string): string {
  return matchForm(title) || title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 64 bits of a string as 16 hex digits (two 32-bit multiply-xorshift lanes, cyrb53's mix). */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * Key of a paper: `paper:2401.00001` (arXiv id), `paper:id:<id>` (any other source id, exact),
 * else from the title: `paper:<slug>` when the slug is short, `paper:<slug head>~<hash>` when
 * it is long or empty. `~` and `:` never occur in a slug, so the three forms cannot meet.
 */
export function paperKey(paper: { id?: string | undefined; title: string }): string {
  const id = paper.id?.trim();
  if (id) {
    const arxiv = canonicalArxivId(id);
    return arxiv ? `paper:${arxiv}` : `paper:id:${id}`;
  }
  const readable = slug(paper.title); // cut at 120 characters: only short ones are whole
  if (readable && readable.length <= MAX_PLAIN_TITLE_SLUG) return `paper:${readable}`;
  const head = readable.slice(0, HASHED_SLUG_HEAD).replace(/-+$/, '') || 'untitled';
  return `paper:${head}~${hash64(titleIdentity(paper.title))}`;
}
