import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectory } from '../../src/io/make-directory.js';

describe('makeDirectory', () => {
  it('makes a directory and its missing parents; an existing one is fine', async () => {
    const root = mkdtempSync(join(tmpdir(), 'papergraph-mkdir-'));
    const deep = join(root, 'a', 'b', 'c');
    await makeDirectory(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    await makeDirectory(deep);
    await makeDirectory(root);
  });

  // Node's recursive mkdir never settles for a path under /proc: this must fail, not hang.
  it.skipIf(!existsSync('/proc/self'))('fails at once under /proc instead of hanging', async () => {
    await expect(makeDirectory('/proc/papergraph-no-such/out')).rejects.toThrow();
  });
});
