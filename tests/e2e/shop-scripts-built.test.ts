import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The scripts that run in shops' pages, as built: each one self-contained file (the page fetches
 * no chunk; Chrome's detector imports the card's file, itself one such file), without webextension-polyfill (src/ui/card/native-browser.ts; the alias in
 * wxt.config.ts picks these builds by their entrypoints, so a renamed or new shop-page script
 * that fell out of it would carry the polyfill again). Runs after both builds (npm test).
 */
const SHOP_SCRIPTS = ['content-scripts/retailer.js', 'retailer-card.js'];
const BUILDS = [
  ['Chrome', '.output/chrome-mv3', 'npx wxt build'],
  ['Firefox', '.output/firefox-mv2', 'npx wxt build -b firefox'],
] as const;
const DETECTOR = 'content-scripts/retailer.js';
/**
 * Chrome's detector loads the card's file as a module (src/ui/card/load-card.ts): its one dynamic
 * import, of an address from runtime.getURL, whose path the build holds as a literal.
 */
const CARD_IMPORT = 'import(runtime.getURL)';
const dynamicImports = (code: string) =>
  [...code.matchAll(/\bimport\s*\(([^()]*(?:\([^()]*\))?)\)/g)].map((m) =>
    /\.runtime\.getURL\(\w+\)$/.test(m[1] ?? '') ? CARD_IMPORT : `import(${m[1]})`,
  );
/** A message only webextension-polyfill's code holds (its onMessage wrapper). */
const POLYFILL_MARK = 'Failed to send onMessage rejected reply';

describe.each(BUILDS)('the %s build’s shop-page scripts', (name, dir, build) => {
  it.each(SHOP_SCRIPTS)('%s: one file, no webextension-polyfill', (file) => {
    const path = `${dir}/${file}`;
    if (!existsSync(path)) throw new Error(`${path} is not built: run ${build}`);
    const code = readFileSync(path, 'utf8');
    expect(code).not.toContain(POLYFILL_MARK);
    expect(code).not.toMatch(/^import\s/m);
    const chromeDetector = file === DETECTOR && name === 'Chrome';
    expect(code.match(/\bimport\s*\(/g) ?? []).toHaveLength(chromeDetector ? 1 : 0);
    expect(dynamicImports(code)).toEqual(chromeDetector ? [CARD_IMPORT] : []);
  });

  it('the Chrome detector holds the card’s path, the address it imports', () => {
    if (name !== 'Chrome') return;
    const code = readFileSync(`${dir}/${DETECTOR}`, 'utf8');
    expect(code).toContain('`/retailer-card.js`');
  });

  it('the build still holds the polyfill mark elsewhere (so the check above can fail)', () => {
    const scripts = [dir, `${dir}/chunks`]
      .filter((d) => existsSync(d))
      .flatMap((d) =>
        readdirSync(d)
          .filter((f) => f.endsWith('.js'))
          .map((f) => `${d}/${f}`),
      );
    expect(scripts.some((f) => readFileSync(f, 'utf8').includes(POLYFILL_MARK))).toBe(true);
  });
});
