import { defineConfig } from 'vitest/config';

// End-to-end tests: Playwright (playwright-core) drives real Chromium with the built extension
// from .output/chrome-mv3 loaded. Run after `wxt build`; `npm test` does both.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
