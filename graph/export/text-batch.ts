// Joins many small strings into pieces of bounded size for the streamed exports. Pieces
// stay well under V8's large-object size (128 KB), so they die young and cheaply.

/** Characters per piece: a two-byte piece of this length is 64 KB. */
export const TEXT_BATCH = { chars: 32_768 };

/** Collects strings and hands them back joined, in pieces of about TEXT_BATCH.chars. */
export class TextBatch {
  private parts: string[] = [];
  private size = 0;

  /** Add text; returns a full piece when the batch reached its size, else undefined. */
  add(text: string): string | undefined {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= TEXT_BATCH.chars ? this.take() : undefined;
  }

  /** Everything added since the last piece (possibly empty). */
  take(): string {
    const piece = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return piece;
  }
}
