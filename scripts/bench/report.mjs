// Turns measurements into result rows, prints them as one table and writes them as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Decimals a figure is printed with: ratios with two (a rounded "1" would hide 1.14), sizes with
 * one, milliseconds with one below 100 ms (a 10 ms budget needs them) and none above.
 */
export function decimalsFor(unit, value) {
  if (unit === 'x') return 2;
  if (unit === 'KB') return 1;
  if (unit === 'ms') return Math.abs(value) < 100 ? 1 : 0;
  return 0;
}

/** A figure as printed: `value` in `unit`'s decimals (see decimalsFor). */
export function formatValue(value, unit) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '-';
  return value.toFixed(decimalsFor(unit, value));
}

/** One table row from a metric definition and what its `measure` returned (or threw). */
export function toRow(def, measured, error) {
  const base = { id: def.id, metric: def.metric, unit: def.unit, budget: def.budget };
  if (error) return { ...base, value: null, exact: null, ok: 'ERROR', error: String(error?.stack ?? error) };
  const m = typeof measured === 'number' || Array.isArray(measured) ? { samples: measured } : measured;
  const samples = Array.isArray(m.samples) ? m.samples : null;
  const exact = samples ? median(samples) : (m.value ?? m.samples);
  if (typeof exact !== 'number' || !Number.isFinite(exact))
    return toRow(def, null, new Error(`measure() returned no number: ${JSON.stringify(measured)}`));
  const ok = def.budget == null ? '-' : exact <= def.budget ? 'ok' : 'OVER';
  return {
    ...base,
    value: Number(formatValue(exact, def.unit)),
    exact: Number(exact.toFixed(3)),
    ok,
    ...(samples ? { runs: samples.map((v) => Number(v.toFixed(3))) } : {}),
    ...(m.detail ? { detail: m.detail } : {}),
  };
}

export function formatTable(rows) {
  const cols = ['metric', 'value', 'budget', 'unit', 'ok'];
  const cell = (r, c) => {
    if (r[c] === null || r[c] === undefined) return '-';
    if (c === 'value') return formatValue(r.exact, r.unit);
    if (c === 'budget') return formatValue(r.budget, r.unit);
    return String(r[c]);
  };
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const right = new Set(['value', 'budget']);
  const line = (vals) =>
    vals.map((v, i) => (right.has(cols[i]) ? v.padStart(width[i]) : v.padEnd(width[i]))).join('  ');
  return [
    line(cols),
    line(width.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cols.map((c) => cell(r, c)))),
  ].join('\n');
}

/**
 * The verdict over all rows: how many budgeted figures are within budget, which are over, which
 * could not be measured, and the exit code (non-zero when any figure is over budget or not
 * measured, unless `reportOnly`, where only a figure that could not be measured fails).
 */
export function summarize(rows, { reportOnly = false } = {}) {
  const budgeted = rows.filter((r) => r.budget != null);
  const within = budgeted.filter((r) => r.ok === 'ok');
  const over = rows.filter((r) => r.ok === 'OVER');
  const errors = rows.filter((r) => r.ok === 'ERROR');
  const lines = [`${within.length} of ${budgeted.length} within budget`];
  if (over.length > 0)
    lines.push(
      `OVER BUDGET (${over.length}): ${over
        .map(
          (r) =>
            `${r.id} (${r.metric.trim()}) ${formatValue(r.exact, r.unit)} > ${formatValue(r.budget, r.unit)} ${r.unit}`,
        )
        .join('; ')}`,
    );
  if (errors.length > 0)
    lines.push(`NOT MEASURED (${errors.length}): ${errors.map((r) => r.metric.trim()).join('; ')}`);
  const failed = errors.length > 0 || (!reportOnly && over.length > 0);
  return {
    within: within.length,
    budgeted: budgeted.length,
    over: over.length,
    errors: errors.length,
    lines,
    exitCode: failed ? 1 : 0,
  };
}

export function writeJson(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
