// Placeholder until the extractors land: extracts nothing.
import type { Extraction, PaperText } from '../src/types.js';
export function extract(_paper: PaperText): Extraction {
  return { facts: [] };
}
