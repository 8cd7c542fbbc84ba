// `npm run bench`: builds the extension for Chrome, measures every figure in
// scripts/bench/metrics.mjs (build sizes; the storage layer and core over 10,000 sessions in
// headless Chromium), prints one table against the budgets and writes it to
// bench-results/latest.json. It ends with "N of M within budget" and the figures over budget;
// a figure over budget (OVER) fails the run unless `--report-only` is given, and a figure that
// could not be measured (ERROR) always does.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createFixtures, HOST_PAGE, POPUP_PAIRS, ROOT, RUNS } from './bench/fixtures.mjs';
import { METRICS } from './bench/metrics.mjs';
import { formatTable, summarize, toRow, writeJson } from './bench/report.mjs';
import { findChromium } from './lib/chromium.mjs';

const OUT = join(ROOT, 'bench-results', 'latest.json');
const REPORT_ONLY = process.argv.includes('--report-only');
// `--only=popup,size.` measures just the figures whose id starts with one of the prefixes.
const ONLY = (process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? '').split(',').filter(Boolean);
const SELECTED = ONLY.length === 0 ? METRICS : METRICS.filter((d) => ONLY.some((p) => d.id.startsWith(p)));

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
console.log(
  `Roller Coach benchmark (${RUNS} runs per timed figure, ${POPUP_PAIRS} pairs for the popup's ratio)`,
);
try {
  for (const def of SELECTED) {
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
const verdict = summarize(rows, { reportOnly: REPORT_ONLY });
writeJson(OUT, {
  date: new Date().toISOString(),
  seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  commit: quiet('git', ['rev-parse', 'HEAD']),
  dirty: Boolean(quiet('git', ['status', '--porcelain'])),
  node: process.version,
  chromium: chromium ? quiet(chromium, ['--version']) : null,
  platform: `${process.platform}-${process.arch}`,
  runs: RUNS,
  popupPairs: POPUP_PAIRS,
  hostPage: HOST_PAGE,
  ...fx.info,
  reportOnly: REPORT_ONLY,
  summary: { within: verdict.within, budgeted: verdict.budgeted, over: verdict.over, errors: verdict.errors },
  results: rows,
});
console.log(
  `${rows.length} figures measured in ${((performance.now() - started) / 1000).toFixed(0)} s, written to ${OUT.replace(`${ROOT}/`, '')}.`,
);
for (const line of verdict.lines) console.log(line);
if (REPORT_ONLY && verdict.over > 0) console.log('(--report-only: figures over budget do not fail the run)');
process.exit(verdict.exitCode);
