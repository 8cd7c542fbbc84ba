// `npm run bench`: builds the extension for Chrome, measures every figure in
// scripts/bench/metrics.mjs (build sizes; the storage layer and core over 10,000 sessions in
// headless Chromium), prints one table against the budgets and writes it to
// bench-results/latest.json. A figure over budget is marked OVER but does not fail the run;
// a figure that could not be measured (ERROR) does.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createFixtures, HOST_PAGE, ROOT, RUNS } from './bench/fixtures.mjs';
import { METRICS } from './bench/metrics.mjs';
import { formatTable, toRow, writeJson } from './bench/report.mjs';
import { findChromium } from './lib/chromium.mjs';

const OUT = join(ROOT, 'bench-results', 'latest.json');

function quiet(cmd, args) {
  try {
    return execFileSync(cmd, args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

const started = performance.now();
const fx = createFixtures();
const rows = [];
const reported = new Set();
console.log(`Roller Coach benchmark (${RUNS} runs per timed figure)`);
try {
  for (const def of METRICS) {
    try {
      rows.push(toRow(def, await def.measure(fx)));
    } catch (e) {
      // A failed fixture fails every metric that needs it: its stack is printed once.
      console.error(`✖ ${def.metric}: ${reported.has(e) ? e?.message : (e?.stack ?? e)}`);
      reported.add(e);
      rows.push(toRow(def, null, e));
    }
  }
} finally {
  await fx.close().catch((e) => console.error(`clean-up: ${e}`));
}

console.log(`\n${formatTable(rows)}\n`);
const chromium = findChromium();
writeJson(OUT, {
  date: new Date().toISOString(),
  seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  commit: quiet('git', ['rev-parse', 'HEAD']),
  dirty: Boolean(quiet('git', ['status', '--porcelain'])),
  node: process.version,
  chromium: chromium ? quiet(chromium, ['--version']) : null,
  platform: `${process.platform}-${process.arch}`,
  runs: RUNS,
  hostPage: HOST_PAGE,
  ...fx.info,
  results: rows,
});
const over = rows.filter((r) => r.ok === 'OVER').length;
const errors = rows.filter((r) => r.ok === 'ERROR').length;
console.log(
  `${rows.length - over - errors} within budget or unbudgeted, ${over} over budget, ${errors} not measured` +
    ` (${((performance.now() - started) / 1000).toFixed(0)} s). Written to ${OUT.replace(`${ROOT}/`, '')}`,
);
process.exit(errors > 0 ? 1 : 0);
