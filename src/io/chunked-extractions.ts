// Chunks of extractions read as one list, in paper order: chunks this thread extracted are
// objects already, chunks from workers stay packed until read. Only a list view: packing is
// packed-facts.ts, scheduling extract-parallel.ts.

import type { Extraction, ExtractionList, PaperText } from '../types.js';
import { unpackFacts, type PackedFacts } from './packed-facts.js';

/**
 * The merge reads papers in order, so each packed chunk is unpacked once, when its first
 * paper is read. Held packed during extraction, workers' facts cost the main thread no
 * garbage collection while the worker needs the other core (most of a second at 100k).
 */
export class ChunkedExtractions implements ExtractionList {
  readonly length: number;
  /** Index of the first paper of each chunk, and one past the last paper. */
  private readonly bounds: number[] = [0];
  /** One copy of each name and rule across the chunks that workers sent. */
  private readonly shared = new Map<string, string>();
  private current = -1;
  private unpacked: readonly Extraction[] = [];

  /** `texts[k]` are the papers whose facts `chunks[k]` holds. */
  constructor(
    private readonly texts: ReadonlyArray<readonly PaperText[]>,
    private readonly chunks: ReadonlyArray<readonly Extraction[] | PackedFacts>,
  ) {
    if (texts.length !== chunks.length) throw new Error(`ChunkedExtractions: ${chunks.length} chunks of facts for ${texts.length} chunks of papers`);
    for (const chunk of texts) this.bounds.push((this.bounds[this.bounds.length - 1] ?? 0) + chunk.length);
    this.length = this.bounds[this.bounds.length - 1] ?? 0;
  }

  at(index: number): Extraction | undefined {
    // As Array.prototype.at: a fraction is truncated, a negative index counts from the end.
    const whole = Math.trunc(index) || 0;
    const i = whole < 0 ? whole + this.length : whole;
    if (i < 0 || i >= this.length) return undefined;
    if (this.current < 0 || i < (this.bounds[this.current] ?? 0) || i >= (this.bounds[this.current + 1] ?? 0)) this.load(this.chunkOf(i));
    return this.unpacked[i - (this.bounds[this.current] ?? 0)];
  }

  /** The chunk holding paper `i` (binary search over the bounds). */
  private chunkOf(i: number): number {
    let low = 0;
    let high = this.texts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.bounds[mid] ?? 0) <= i) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private load(index: number): void {
    const chunk = this.chunks[index];
    if (!chunk) throw new Error(`ChunkedExtractions: chunk ${index} missing`);
    this.unpacked = 'numbers' in chunk ? unpackFacts(this.texts[index] ?? [], chunk, this.shared) : chunk;
    this.current = index;
  }
}
