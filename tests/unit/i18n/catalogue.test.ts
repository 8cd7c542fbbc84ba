import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, FORBIDDEN_AREAS } from '../../../src/core/areas';
import { BAND_IDS } from '../../../src/core/bands';
import { englishAll } from '../../../src/i18n/en-all';
import { formatMm, isMessageKey, localeSetting, t, tp } from '../../../src/i18n/i18n';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('message catalogue', () => {
  it('has a message for every error key the schemas and store can produce', () => {
    const used = new Set<string>();
    for (const f of files('src').filter((f) => /\.(ts|tsx)$/.test(f)))
      for (const m of readFileSync(f, 'utf8').matchAll(/'(errors\.[\w.]+)'/g)) used.add(m[1] as string);
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((k) => !isMessageKey(k));
    expect(missing).toEqual([]);
  });

  it('names every area, forbidden area and band', () => {
    for (const a of [...AREAS, ...FORBIDDEN_AREAS]) expect(isMessageKey(`area.${a}`)).toBe(true);
    for (const b of BAND_IDS) expect(isMessageKey(`band.${b}`)).toBe(true);
  });

  it('fills parameters and picks plural forms', () => {
    localeSetting.value = 'en';
    expect(tp('count.sessions', 1)).toBe('1 session');
    expect(tp('count.sessions', 1000)).toBe('1,000 sessions');
    expect(t('app.loadError', { message: 'disk full' })).toBe('Your data could not be read: disk full');
    expect(formatMm(0.5)).toBe('0.5\u00a0mm');
    expect(formatMm(1)).toBe('1.0\u00a0mm');
  });

  it('has no empty messages', () => {
    expect(Object.entries(englishAll).filter(([, v]) => v.trim() === '')).toEqual([]);
  });
});
