// `npm test`: every check the project has, in order, then one closing line "N passed, N failed".
// Steps: types, lint, unit + DOM tests, production builds for Chrome and Firefox, e2e tests in
// real Chromium, then in real Firefox. A failing step does not stop the later ones (except e2e,
// which needs the build). Without a Firefox the Firefox tier is skipped, visibly, except in CI
// (CI=true), where a missing browser fails the run. Tests that need the shared fixtures
// (../shared, or ROLLER_COACH_SHARED) skip visibly without them: the summary counts those skips
// and says why; under CI=true a missing ../shared fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/chromium.mjs';
import { firefoxTierPlan, HOW_TO_GET_FIREFOX } from './lib/firefox.mjs';
import { sharedRoot, sharedSkips } from './lib/shared.mjs';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

const results = [];
let testsPassed = 0;
let testsFailed = 0;
/** Tests skipped for want of ../shared, by reason, over every vitest run. */
const sharedSkipReasons = new Map();
let sharedSkipped = 0;
const SHARED = sharedRoot();
const CI = process.env.CI === 'true';

function run(label, cmd, args, { countFrom } = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${[cmd, ...args].map((a) => a.replace(root, '.')).join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  const ok = r.status === 0;
  let detail = '';
  if (countFrom) {
    if (existsSync(countFrom)) {
      const json = JSON.parse(readFileSync(countFrom, 'utf8'));
      testsPassed += json.numPassedTests;
      testsFailed += json.numFailedTests;
      detail = `${json.numPassedTests} passed, ${json.numFailedTests} failed`;
      const skips = sharedSkips(json);
      sharedSkipped += skips.count;
      for (const [why, n] of skips.reasons) sharedSkipReasons.set(why, (sharedSkipReasons.get(why) ?? 0) + n);
      if (skips.count > 0) detail += `, ${skips.count} skipped for want of ../shared`;
      if (!ok && json.numFailedTests === 0) testsFailed += 1; // a suite that crashed before its tests
    } else testsFailed += 1;
  } else if (!ok) testsFailed += 1;
  results.push({ label, ok, seconds: ((Date.now() - started) / 1000).toFixed(1), detail });
  return ok;
}

const vitest = (project, out) => [
  'run',
  ...project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}`,
];

if (!existsSync(join(SHARED, 'fixtures'))) {
  const detail = `${join(SHARED, 'fixtures')} is absent: the real-page and real-listing tests will skip`;
  console.error(`\n${CI ? '✖' : '○'} shared fixtures: ${detail}${CI ? ' (CI=true: required)' : ''}`);
  results.push({ label: 'shared fixtures (../shared)', ok: !CI, skipped: !CI, seconds: '0.0', detail });
  if (CI) testsFailed += 1;
}

run('types', bin('tsc'), ['--noEmit']);
run('lint and format', bin('biome'), ['check', '.']);
const unitOut = join(reports, 'unit.json');
run('unit and DOM tests', bin('vitest'), vitest(['--project', 'unit', '--project', 'dom'], unitOut), {
  countFrom: unitOut,
});
const chromeBuilt = run('build for Chrome', bin('wxt'), ['build']);
const firefoxBuilt = run('build for Firefox', bin('wxt'), ['build', '-b', 'firefox']);
if (firefoxBuilt)
  run('web-ext lint (Firefox build)', bin('web-ext'), [
    'lint',
    '--source-dir',
    '.output/firefox-mv2',
    '--no-input',
  ]);

// Store packages: Chrome's zip, Firefox's zip and the sources zip Firefox's store asks for.
run('store packages (npm run zip)', 'npm', ['run', '--silent', 'zip']);

const chromium = findChromium();
if (!chromium) {
  console.error(`\n✖ e2e tests: ${HOW_TO_GET_CHROMIUM}`);
  results.push({ label: 'e2e tests in Chromium', ok: false, seconds: '0.0', detail: 'no Chromium' });
  testsFailed += 1;
} else if (!chromeBuilt) {
  results.push({
    label: 'e2e tests in Chromium',
    ok: false,
    seconds: '0.0',
    detail: 'skipped: build failed',
  });
  testsFailed += 1;
} else {
  const e2eOut = join(reports, 'e2e.json');
  run(
    `e2e tests in Chromium (${chromium})`,
    bin('vitest'),
    [...vitest([], e2eOut), '--config', 'vitest.e2e.config.ts'],
    {
      countFrom: e2eOut,
    },
  );
}

const plan = firefoxTierPlan();
if (plan.outcome !== 'run') {
  console.error(`\n${plan.outcome === 'fail' ? '✖' : '○'} e2e tests in Firefox: ${HOW_TO_GET_FIREFOX}`);
  const skipped = plan.outcome === 'skip';
  results.push({ label: 'e2e tests in Firefox', ok: skipped, skipped, seconds: '0.0', detail: plan.detail });
  if (!skipped) testsFailed += 1;
} else if (!firefoxBuilt) {
  results.push({ label: 'e2e tests in Firefox', ok: false, seconds: '0.0', detail: 'skipped: build failed' });
  testsFailed += 1;
} else {
  const firefoxOut = join(reports, 'e2e-firefox.json');
  run(
    `e2e tests in Firefox (${plan.firefox})`,
    bin('vitest'),
    [...vitest([], firefoxOut), '--config', 'vitest.firefox.config.ts'],
    { countFrom: firefoxOut },
  );
}

console.log('\nSummary');
for (const r of results)
  console.log(
    `  ${r.skipped ? '○' : r.ok ? '✔' : '✖'} ${r.label.padEnd(60)} ${r.seconds.padStart(6)} s  ${r.detail}`,
  );
if (sharedSkipped > 0) {
  console.log(`\n○ ${sharedSkipped} tests skipped for want of ../shared (${SHARED}):`);
  for (const [why, n] of sharedSkipReasons) console.log(`    ${String(n).padStart(4)}  ${why}`);
} else console.log(`\nNo test skipped for want of ../shared (${SHARED}).`);
console.log(`${testsPassed} passed, ${testsFailed} failed`);
process.exit(results.every((r) => r.ok) && testsFailed === 0 ? 0 : 1);
