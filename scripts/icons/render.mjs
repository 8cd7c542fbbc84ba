// Renders the icon SVGs to public/icon/{16,32,48,128}.png with the same Chromium the tests use.
// 16 px uses the pixel-art drawing (icon-16.svg), 32 and 48 px the simplified one (icon-small.svg),
// 128 px the full one (icon.svg). build.sh does the same with rsvg-convert.
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
  const svg = readFileSync(
    resolve(here, size <= 16 ? 'icon-16.svg' : size <= 48 ? 'icon-small.svg' : 'icon.svg'),
    'utf8',
  );
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img style="display:block;width:${size}px;height:${size}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
  );
  await page.screenshot({ path: `${out}/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}`);
