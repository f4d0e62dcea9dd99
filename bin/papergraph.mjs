#!/usr/bin/env node
// Entry point for `npx papergraph`. The installed package runs the compiled CLI in dist/lib;
// a clone (where src/ exists) runs the TypeScript sources through tsx, so edits take effect
// without a build step.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli.ts', import.meta.url);
let cli;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(source.href);
} else {
  cli = await import('../dist/lib/src/cli.js');
}
process.exitCode = await cli.run(process.argv.slice(2));
