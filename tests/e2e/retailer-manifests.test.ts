import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../src/retail/sites';

/**
 * The convention of issue 17, point 1, on the built extension: every retailer's match patterns
 * are in both built manifests, where the detector runs (content_scripts) and as host permissions
 * (the card's script is injected on demand). Runs after `wxt build` and `wxt build -b firefox`
 * (npm test builds both first); tests/unit/retail/retailers.test.ts checks the rest.
 */
const BUILT = [
  ['Chrome', '.output/chrome-mv3/manifest.json', 'host_permissions', 'npx wxt build'],
  ['Firefox', '.output/firefox-mv2/manifest.json', 'permissions', 'npx wxt build -b firefox'],
] as const;

interface Manifest {
  content_scripts?: { matches: string[]; js: string[] }[];
  host_permissions?: string[];
  permissions?: string[];
}

describe.each(BUILT)('the built %s manifest', (_, path, hostKey, build) => {
  const read = (): Manifest => {
    if (!existsSync(path)) throw new Error(`${path} is not built: run ${build}`);
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  };

  it.each(SITES.map((s) => [s.id, s.matches] as const))(
    '%s: its match patterns run the detector and are host permissions',
    (_id, matches) => {
      const m = read();
      const detector = m.content_scripts?.find((c) =>
        c.js.some((j) => /content-scripts\/retailer\.js$/.test(j)),
      );
      for (const p of matches) {
        expect(detector?.matches).toContain(p);
        expect(m[hostKey]).toContain(p);
      }
    },
  );
});
