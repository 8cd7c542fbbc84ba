// Renders the icon SVGs to public/icon/{16,32,48,128}.png with the same Chromium the tests use.
// 16 px uses the simplified drawing (icon-small.svg); the larger sizes use icon.svg.
// Usage: node scripts/icons/render.mjs
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../lib/chromium.mjs';

const here = import.meta.dirname;
const out = resolve(here, '../../public/icon');
const browser = await chromium.launch({ executablePath: requireChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const size of [16, 32, 48, 128]) {
  const svg = readFileSync(resolve(here, size <= 16 ? 'icon-small.svg' : 'icon.svg'), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img style="display:block;width:${size}px;height:${size}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
  );
  await page.screenshot({ path: `${out}/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}`);
