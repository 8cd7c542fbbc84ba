import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { es } from '../../../src/i18n/es';
import { pickWorkerMessages, WORKER_MESSAGE_PREFIXES } from '../../../src/i18n/worker-messages';

/** Keys (or template prefixes) that the background's own code passes to t() and tp(). */
function backgroundKeys(): string[] {
  const dir = 'src/background';
  const keys: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'card-model.ts'))
    for (const m of readFileSync(`${dir}/${f}`, 'utf8').matchAll(/\btp?\(\s*['`]([\w.-]+)/g))
      keys.push(m[1] as string);
  return keys;
}

describe("the messages Chrome's service worker fetches", () => {
  it('cover every key the background says (its card model has its own file)', () => {
    const keys = backgroundKeys();
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((k) => !WORKER_MESSAGE_PREFIXES.some((p) => k.startsWith(p)))).toEqual([]);
  });

  it('pick those keys of a catalogue and no others', () => {
    const picked = pickWorkerMessages(es);
    expect(picked['badge.title.warn']).toBe(es['badge.title.warn']);
    expect(picked['area.cheeks']).toBe(es['area.cheeks']);
    expect(picked['popup.logNow']).toBeUndefined();
  });
});
