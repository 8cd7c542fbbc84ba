// Finds a Chromium to drive and launches it with the built extension loaded. Shared by the e2e
// tests, the benchmark and `npm start`.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

const HOW_TO_GET =
  'No Chromium found. Set CHROMIUM_PATH to a Chromium or Chrome binary, or install one: ' +
  '`sudo apt-get install chromium` (Debian/Ubuntu), `brew install --cask chromium` (macOS), ' +
  'or `npx playwright install chromium`.';

function playwrightChromium() {
  const roots = [process.env.PLAYWRIGHT_BROWSERS_PATH, join(homedir(), '.cache/ms-playwright')].filter(
    Boolean,
  );
  for (const root of roots) {
    if (!existsSync(root)) continue;
    const dirs = readdirSync(root)
      .filter((d) => d.startsWith('chromium-'))
      .sort()
      .reverse();
    for (const d of dirs) {
      for (const rel of [
        'chrome-linux/chrome',
        'chrome-linux64/chrome',
        'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
        'chrome-win/chrome.exe',
      ]) {
        const p = join(root, d, rel);
        if (existsSync(p)) return p;
      }
    }
  }
  return null;
}

/**
 * The id Chromium gives an unpacked extension: the first 32 hex digits of the SHA-256 of its
 * absolute path, written with the letters a to p. Known before launch, so `npm start` can open
 * the extension's own page.
 */
export function unpackedExtensionId(extensionDir = EXTENSION_DIR) {
  const hex = createHash('sha256').update(resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own install; null when none. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  return playwrightChromium();
}

export function requireChromium() {
  const path = findChromium();
  if (!path) throw new Error(HOW_TO_GET);
  return path;
}

export const HOW_TO_GET_CHROMIUM = HOW_TO_GET;

/** Flags that keep Chromium quiet on a machine without network and load the extension. */
export function chromiumArgs(extensionDir = EXTENSION_DIR) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--disable-quic',
    '--disable-gpu',
  ];
}

/**
 * Launch Chromium headless with the extension. Returns the Playwright context and the
 * extension id (read from the service worker's URL).
 */
export async function launchWithExtension({
  headless = true,
  extensionDir = EXTENSION_DIR,
  timezoneId,
  locale,
  colorScheme,
} = {}) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'roller-coach-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireChromium(),
    headless,
    args: chromiumArgs(extensionDir),
    ...(timezoneId ? { timezoneId } : {}),
    ...(locale ? { locale } : {}),
    ...(colorScheme ? { colorScheme } : {}),
    viewport: { width: 1100, height: 800 },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}
