// What a corpus file is, from its first bytes: text to read, gzip to unpack, or something
// papergraph refuses (another archive format, binary data) with a message that says what it is.
// Pure: bytes in, a verdict out; unpacking lives in src/io/read-corpus.ts.

export type Sniffed = { kind: 'text' } | { kind: 'gzip' } | { kind: 'refused'; what: string };

interface Signature {
  what: string;
  magic: readonly number[];
  /** Where the magic bytes sit (0 unless given: tar keeps its "ustar" after the first name field). */
  offset?: number;
}

/** Archive and document formats by their magic bytes (gzip is read; the rest are refused). */
const SIGNATURES: readonly Signature[] = [
  { what: 'a zip archive', magic: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'an empty zip archive', magic: [0x50, 0x4b, 0x05, 0x06] },
  { what: 'an xz archive', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { what: 'a zstd archive', magic: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: 'a bzip2 archive', magic: [0x42, 0x5a, 0x68] },
  { what: 'a 7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'a PDF document', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { what: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { what: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { what: 'a SQLite database', magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  // POSIX and GNU tar: "ustar" at byte 257 of the first header (a .tar.gz is gzip holding this).
  { what: 'a tar archive', magic: [0x75, 0x73, 0x74, 0x61, 0x72], offset: 257 },
];

/** Bytes looked at to tell text from binary. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control characters and invalid UTF-8 in the sample above which a file is binary. */
const MAX_BINARY_SHARE = 0.05;

function hasMagic(bytes: Uint8Array, { magic, offset = 0 }: Signature): boolean {
  return bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);
}

/**
 * Share of the sample that text never holds: C0 controls other than tab, line feed, form
 * feed and carriage return, and bytes of invalid UTF-8 sequences. One stray NUL or a few
 * Latin-1 bytes in a text file stay far below the limit (they are repaired and reported).
 */
function binaryShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 0x20) {
      if (b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) bad++;
    } else if (b >= 0x80) {
      // Length of a UTF-8 sequence from its lead byte; continuation bytes must follow.
      const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
      let ok = need > 0;
      for (let k = 1; ok && k <= need; k++) {
        const c = sample[i + k];
        if (c === undefined) break; // cut by the sample's end: not the file's fault
        ok = (c & 0xc0) === 0x80;
      }
      if (ok) i += need;
      else bad++;
    }
  }
  return bad / sample.length;
}

/** Sniff a corpus file's bytes. */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (hasMagic(bytes, { what: 'gzip', magic: [0x1f, 0x8b] })) return { kind: 'gzip' };
  for (const s of SIGNATURES)
    if (hasMagic(bytes, s)) return { kind: 'refused', what: `${s.what}; unpack it first (papergraph reads plain text and .gz files)` };
  const share = binaryShare(bytes);
  if (share > MAX_BINARY_SHARE) {
    return { kind: 'refused', what: `binary data, not text (${Math.round(share * 100)}% of its first bytes are control characters or invalid UTF-8)` };
  }
  return { kind: 'text' };
}
