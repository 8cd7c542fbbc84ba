// `npm run start:firefox`: build the Firefox add-on, then `web-ext run` it in Firefox as a
// temporary add-on (a fresh profile each time; web-ext reloads it when .output/firefox-mv2
// changes, e.g. after another `npm run build:firefox`). Being temporary, it opens its popup in a
// tab. Without a Firefox or a display, say how to get one and how to load the add-on by hand.
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { FIREFOX_EXTENSION_DIR, findFirefox, HOW_TO_GET_FIREFOX } from './lib/firefox.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const build = spawnSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const byHand = `
The Firefox add-on is in:
  ${FIREFOX_EXTENSION_DIR}
Load it by hand: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and
choose manifest.json in that folder. It stays until Firefox closes.`;

const firefox = findFirefox();
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!firefox || !hasDisplay) {
  console.log(firefox ? '\nNo display found, so no browser was opened.' : `\n${HOW_TO_GET_FIREFOX}`);
  console.log(byHand);
  process.exit(0);
}
console.log(`\nStarting ${firefox} with Roller Coach (web-ext run); close Firefox or press Ctrl+C to stop.`);
console.log(byHand);
const child = spawn(
  bin('web-ext'),
  [
    'run',
    '--source-dir',
    FIREFOX_EXTENSION_DIR,
    '--firefox',
    firefox,
    '--no-input',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
child.on('exit', (code) => process.exit(code ?? 0));
