import { describe, expect, it } from 'vitest';
import { formatTable, formatValue, summarize, toRow } from '../../../scripts/bench/report.mjs';

const def = (id: string, unit: string, budget: number | null) => ({ id, metric: id, unit, budget });

describe('bench figures as printed', () => {
  it.each([
    ['a ratio keeps two decimals (a rounded 1 hid 1.14)', 1.14, 'x', '1.14'],
    ['a ratio under one', 0.994, 'x', '0.99'],
    ['a ratio of exactly 1.5', 1.5, 'x', '1.50'],
    ['a size keeps one decimal', 39.96, 'KB', '40.0'],
    ['a short time keeps one decimal', 9.74, 'ms', '9.7'],
    ['a long time is whole', 1137.4, 'ms', '1137'],
  ])('%s', (_, value, unit, shown) => {
    expect(formatValue(value, unit)).toBe(shown);
    const row = toRow(def('f', unit, null), { value });
    expect(formatTable([row]).split('\n')[2]).toContain(` ${shown} `);
  });

  it.each([
    ['a ratio just over its budget is over', 'x', 1.5, [1.49, 1.51, 1.52], 'OVER'],
    ['a ratio at its budget is within', 'x', 1.5, [1.5], 'ok'],
    ['a time over budget is over', 'ms', 10, [10.2, 10.4, 9.9], 'OVER'],
    ['an unbudgeted figure is only reported', 'ms', null, [500], '-'],
  ])('%s', (_, unit, budget, samples, ok) => {
    expect(toRow(def('f', unit, budget), samples).ok).toBe(ok);
  });
});

describe('the verdict line and the exit code', () => {
  const ratio = toRow({ id: 'popup.ratio', metric: '  popup ratio', unit: 'x', budget: 1.5 }, { value: 4.4 });
  const chunk = toRow(def('card chunk', 'KB', 30), { value: 12 });
  const blank = toRow(def('blank page', 'ms', null), [54]);
  const rows = [ratio, chunk, blank];

  it('counts the budgeted figures within budget and names the ones over', () => {
    const v = summarize(rows);
    expect(v.lines[0]).toBe('1 of 2 within budget');
    expect(v.lines[1]).toContain('OVER BUDGET (1): popup.ratio (popup ratio) 4.40 > 1.50 x');
    expect(v.exitCode).toBe(1);
  });

  it('--report-only prints the same verdict but exits 0 when all was measured', () => {
    const v = summarize(rows, { reportOnly: true });
    expect(v.lines[0]).toBe('1 of 2 within budget');
    expect(v.exitCode).toBe(0);
  });

  it('a figure that could not be measured fails even with --report-only', () => {
    const v = summarize([...rows, toRow(def('broken', 'ms', 10), null, new Error('no browser'))], {
      reportOnly: true,
    });
    expect(v.lines.some((l) => l.startsWith('NOT MEASURED (1): broken'))).toBe(true);
    expect(v.exitCode).toBe(1);
  });

  it('all within budget exits 0', () => {
    expect(summarize([chunk, blank]).exitCode).toBe(0);
    expect(summarize([chunk, blank]).lines).toEqual(['1 of 1 within budget']);
  });
});
