// Does a text read as a trending-papers page look like one? Any text pairs up into "titles"
// and "abstracts"; a README or a log does too. A pair is plausible when neither line is
// markup or code, the title is title-sized and the abstract is longer and reads as prose.

import type { Paper } from '../types.js';

/** Share of plausible pairs a page needs (real pages are near 100%, a README far below). */
export const MIN_PLAUSIBLE_SHARE = 0.5;

/** Lines that are markup, code or data, never a title or an abstract. */
const MARKUP = /^(?:#{1,6}\s|[|`>$<{}[\]]|[-*+]\s|\d+[.)]\s|\/\/|\/\*|=+$|-{3,}$)/;

function isPlausiblePair(title: string, abstract: string): boolean {
  if (MARKUP.test(title) || MARKUP.test(abstract)) return false;
  if (title.length > 300 || !/\p{L}/u.test(title) || !/\p{L}/u.test(abstract)) return false;
  if (abstract.length <= title.length) return false;
  // Prose ends a sentence, or is long: a wrapped paragraph line usually does neither.
  return abstract.length >= 200 || /[.!?)"'\]]$/.test(abstract);
}

/** How many of the papers read from a trending page look like papers. */
export function plausibleShare(papers: readonly Pick<Paper, 'rawTitle' | 'rawAbstract'>[]): number {
  if (papers.length === 0) return 1;
  const good = papers.filter((p) => isPlausiblePair(p.rawTitle, p.rawAbstract)).length;
  return good / papers.length;
}
