// The results for the last few texts (a paper's sentences), found by comparing the
// text: every extractor reads the same sentences, so each is worked on once. A fixed
// ring of slots instead of a Map that is cleared when full: clearing and refilling a
// Map kept its entries alive through young collections (GC took several times longer).

export class Recent<V> {
  private readonly keys: Array<string | undefined>;
  private readonly values: Array<V | undefined>;
  private at = 0;
  private last = 0;

  constructor(private readonly size: number) {
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
  }

  /** The value stored for `text` (the same string, by ===), if it is still among the last `size`. */
  get(text: string): V | undefined {
    // Several extractors in a row ask about the same sentence: try the last slot found first.
    if (this.keys[this.last] === text) return this.values[this.last];
    for (let k = 0; k < this.size; k++) {
      if (this.keys[k] === text) {
        this.last = k;
        return this.values[k];
      }
    }
    return undefined;
  }

  /** Store a value for `text`, in place of the oldest one. */
  set(text: string, value: V): void {
    this.keys[this.at] = text;
    this.values[this.at] = value;
    this.last = this.at;
    this.at = (this.at + 1) % this.size;
  }

  /** Forget everything (the results were made by something that changed). */
  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
  }
}
