// Slow tests kept out of `npm test` (a 600 MB graph.json): `npm run test:slow`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/slow/**/*.slow.ts'],
    environment: 'node',
    testTimeout: 600_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
