// Test runner settings (kept apart from vite.config.ts, which builds the web app).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Two cores: files run in two forks, browser tests serialise themselves.
    pool: 'forks',
    maxWorkers: 2,
  },
});
