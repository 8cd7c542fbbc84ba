import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox: puppeteer-core over WebDriver BiDi drives Firefox (ESR) with
// the built add-on from .output/firefox-mv2 installed as a temporary add-on. Run after
// `wxt build -b firefox`; `npm test` does both. Firefox comes from FIREFOX_PATH,
// /usr/bin/firefox-esr or /usr/bin/firefox (scripts/lib/firefox.mjs).
export default defineConfig({
  test: {
    name: 'e2e-firefox',
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
