// Finds a Firefox to drive and launches it headless with the built Firefox add-on installed,
// over WebDriver BiDi with puppeteer-core (which downloads no browser). Shared by the Firefox e2e
// tier, the Firefox screenshots and `npm run start:firefox`. The facts behind the flags are in
// ../shared/notes/firefox-e2e.md.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** The add-on's id (wxt.config.ts) and the fixed internal UUID the harness gives it. */
export const GECKO_ID = 'roller-coach@roller-coach.invalid';
export const FIREFOX_UUID = '3c0ffee0-0000-4000-8000-00000000cafe';
export const FIREFOX_BASE = `moz-extension://${FIREFOX_UUID}`;

export const HOW_TO_GET_FIREFOX =
  'No Firefox found. Set FIREFOX_PATH to a Firefox binary, or install one: ' +
  '`sudo apt-get install firefox-esr` (Debian), `sudo apt-get install firefox` (Ubuntu, a snap), ' +
  '`brew install --cask firefox` (macOS), or download it from https://www.mozilla.org/firefox/.';

/**
 * FIREFOX_PATH, then /usr/bin/firefox-esr, then /usr/bin/firefox; null when none. A FIREFOX_PATH
 * that names no file is not replaced by a guess: null, so the caller says how to get one.
 */
export function findFirefox(env = process.env, exists = existsSync) {
  if (env.FIREFOX_PATH) return exists(env.FIREFOX_PATH) ? env.FIREFOX_PATH : null;
  const candidates = [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ];
  for (const c of candidates) if (exists(c)) return c;
  return null;
}

/**
 * What `npm test` does about the Firefox tier: run it with the Firefox found; without one, skip
 * it (a visible line in the summary) or, in CI (CI=true), fail.
 */
export function firefoxTierPlan(env = process.env, exists = existsSync) {
  const firefox = findFirefox(env, exists);
  if (firefox) return { outcome: 'run', firefox, detail: '' };
  const ci = env.CI === 'true' || env.CI === '1';
  return ci
    ? {
        outcome: 'fail',
        firefox: null,
        detail: 'no Firefox (CI=true): install firefox-esr or set FIREFOX_PATH',
      }
    : {
        outcome: 'skip',
        firefox: null,
        detail: 'SKIPPED: no Firefox found (set FIREFOX_PATH or install firefox-esr)',
      };
}

/**
 * Prefs for a quiet, offline, test-friendly profile: a fixed extension UUID, extension console
 * messages on stdout (the only place they can be read), no background requests to Mozilla.
 */
export function firefoxPrefs({ locale, colorScheme } = {}) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    'devtools.console.stdout.content': true,
    'browser.shell.checkDefaultBrowser': false,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.region.network.url': '',
    'browser.topsites.contile.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    'messaging-system.rsexperimentloader.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.backup.enabled': false,
    'browser.backup.scheduled.enabled': false,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': locale } : {}),
    // 0 dark, 1 light: what prefers-color-scheme answers.
    ...(colorScheme
      ? { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 }
      : {}),
  };
}

/**
 * Launch Firefox headless with the add-on installed as a temporary add-on. Returns the
 * puppeteer browser, the add-on's base URL, and the lines Firefox printed (console output of
 * extension pages and the background page arrives there, not through page events).
 */
export async function launchFirefoxWithExtension({
  headless = true,
  extensionDir = FIREFOX_EXTENSION_DIR,
  locale,
  colorScheme,
  timezoneId,
  downloadDir,
} = {}) {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(HOW_TO_GET_FIREFOX);
  if (!existsSync(resolve(extensionDir, 'manifest.json')))
    throw new Error(`No built Firefox add-on at ${extensionDir}: run \`npm run build:firefox\` first.`);
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    env: { ...process.env, ...(timezoneId ? { TZ: timezoneId } : {}) },
    extraPrefsFirefox: {
      ...firefoxPrefs({ locale, colorScheme }),
      ...(downloadDir ? { 'browser.download.dir': downloadDir, 'browser.download.folderList': 2 } : {}),
    },
    defaultViewport: { width: 1100, height: 800 },
  });
  const output = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr])
    stream?.on('data', (chunk) => output.push(...String(chunk).split('\n').filter(Boolean)));
  await browser.installExtension(extensionDir);
  return { browser, base: FIREFOX_BASE, output, executablePath };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Open `url` in `page` and wait until it has loaded. Firefox's BiDi navigation of a
 * moz-extension:// page never resolves, so this navigates without waiting and polls instead
 * (puppeteer's internal browsingContext: the version is pinned).
 */
export async function openInFirefox(page, url, timeout = 15_000) {
  await page.mainFrame().browsingContext.navigate(url, 'none');
  const origin = /^https?:/.test(url) ? new URL(url).origin : '';
  for (const deadline = Date.now() + timeout; Date.now() < deadline; await sleep(100)) {
    const ready = await page
      .evaluate(
        (u, o) =>
          o
            ? location.origin === o && document.readyState !== 'loading'
            : location.href === u && document.readyState === 'complete',
        url,
        origin,
      )
      .catch(() => false);
    if (ready) return;
  }
  throw new Error(`${url} did not load in ${timeout} ms`);
}
