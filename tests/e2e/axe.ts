import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core runs inside the page (evaluated over the DevTools protocol, so the extension's CSP
// does not block it) and reports violations at WCAG 2.2 AA.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each violation as "rule-id: target, target" (a target inside a shadow root is a nested list). */
export async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (tags) =>
      (
        globalThis as unknown as {
          axe: {
            run(
              c: unknown,
              o: unknown,
            ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
          };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(' '))
        .join(', ')}`,
  );
}
