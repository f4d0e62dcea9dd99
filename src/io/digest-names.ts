// The names of the digest files beside the graph, for the lock and free-space check of `add`
// before the modules that write them are loaded (src/io/write-digest.ts).

export const DIGEST_FILES = ['digest.md', 'digest.json', 'digest.html', 'digest.atom'] as const;
