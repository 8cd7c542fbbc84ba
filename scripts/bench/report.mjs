// Turns measurements into result rows, prints them as one table and writes them as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
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
    value: Math.round(exact),
    exact: Number(exact.toFixed(3)),
    ok,
    ...(samples ? { runs: samples.map((v) => Number(v.toFixed(3))) } : {}),
    ...(m.detail ? { detail: m.detail } : {}),
  };
}

export function formatTable(rows) {
  const cols = ['metric', 'value', 'budget', 'unit', 'ok'];
  const cell = (r, c) => (r[c] === null || r[c] === undefined ? '-' : String(r[c]));
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

export function writeJson(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
