// `npm start`: build the extension, then open Chromium with it loaded (a profile kept in
// .cache/chromium-profile) on the extension's own popup, in a tab: a newcomer sees the welcome
// at once. Without a browser or a display, say where the build is and how to load it by hand.
// Firefox: `npm run start:firefox` (scripts/start-firefox.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  chromiumArgs,
  EXTENSION_DIR,
  findChromium,
  HOW_TO_GET_CHROMIUM,
  unpackedExtensionId,
} from './lib/chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const byHand = `
The unpacked extension is in:
  ${EXTENSION_DIR}
Load it by hand:
  Chrome/Chromium: open chrome://extensions, switch on "Developer mode", click "Load unpacked"
                   and choose the folder above.
  Firefox:         \`npm run start:firefox\`, or run \`npm run build:firefox\`, open
                   about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and
                   choose .output/firefox-mv2/manifest.json.`;

const chromium = findChromium();
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!chromium || !hasDisplay) {
  console.log(chromium ? '\nNo display found, so no browser was opened.' : `\n${HOW_TO_GET_CHROMIUM}`);
  console.log(byHand);
  process.exit(0);
}
const profile = join(root, '.cache', 'chromium-profile');
mkdirSync(profile, { recursive: true });
// The id of an unpacked extension follows from its folder, so its page can be the start page.
const popup = `chrome-extension://${unpackedExtensionId()}/popup.html`;
const args = [...chromiumArgs(), `--user-data-dir=${profile}`, popup].filter(
  (a) => a !== '--disable-gpu' && a !== '--no-sandbox',
);
if (process.getuid?.() === 0) args.push('--no-sandbox');
spawn(chromium, args, { stdio: 'ignore', detached: true }).unref();
console.log(
  `\nOpened ${chromium} with Roller Coach loaded, on its popup in a tab (${popup}).` +
    '\nIts toolbar button opens the same popup (pin it from the puzzle-piece menu).',
);
console.log(byHand);
