import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../src/core/time';
import { SAVED_VIEW_HORIZON_MS, savedViewSpan } from '../../../src/ui/popup/saved-view-span';
import { countdownMark, countdownWords, fillCountdowns } from '../../../src/ui/shared/saved-view-render';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const WORDS = { days: 'in {days} d {hours} h', hours: 'in {hours} h' };

/** A view that reads `before` until `changeAt`, then `after` (time only moves a status one way). */
const stepAt = (changeAt: number) => (ms: number) => (ms < changeAt ? 'before' : 'after');

describe('how long a saved view holds', () => {
  it.each([
    ['nothing changes within the week', Number.POSITIVE_INFINITY, NOW + SAVED_VIEW_HORIZON_MS],
    ['a change in 3 days 4 h 10 min', NOW + 3 * DAY_MS + 4 * HOUR_MS + 10 * MINUTE_MS, null],
    ['a change in 90 s', NOW + 90_000, null],
    ['a change in 20 s (too soon to be worth using)', NOW + 20_000, NOW],
    ['a change just inside the week', NOW + SAVED_VIEW_HORIZON_MS - 1, null],
  ])('%s', async (_what, changeAt, expected) => {
    const { html, validUntil } = await savedViewSpan(stepAt(changeAt), NOW);
    expect(html).toBe('before');
    if (expected !== null) expect(validUntil).toBe(expected);
    else {
      // Never at or past the change, and no more than a minute before it.
      expect(validUntil).toBeLessThan(changeAt);
      expect(changeAt - validUntil).toBeLessThanOrEqual(MINUTE_MS);
    }
  });

  it('draws at most 16 times, pausing between two drawings', async () => {
    let drawings = 0;
    let pauses = 0;
    await savedViewSpan(
      (ms) => {
        drawings++;
        return stepAt(NOW + 2 * DAY_MS + 17 * MINUTE_MS)(ms);
      },
      NOW,
      { pause: async () => void pauses++ },
    );
    expect(drawings).toBeLessThanOrEqual(16);
    expect(pauses).toBe(drawings - 1);
  });
});

describe('countdowns in a saved view', () => {
  it.each([
    [30 * MINUTE_MS, 'in 1 h'],
    [HOUR_MS, 'in 1 h'],
    [HOUR_MS + 1, 'in 2 h'],
    [23 * HOUR_MS + 1, 'in 1 d 0 h'],
    [4 * DAY_MS + 14 * HOUR_MS, 'in 4 d 14 h'],
    [-5 * MINUTE_MS, 'in 1 h'],
  ])('%i ms reads "%s"', (ms, words) => {
    expect(countdownWords(ms, WORDS)).toBe(words);
  });

  it('are written out for the moment of the open, each from its own target', () => {
    const html = `<p>until A (${countdownMark(NOW + 50 * HOUR_MS)})</p><p>B ${countdownMark(NOW + 2 * HOUR_MS)}</p>`;
    expect(fillCountdowns(html, NOW, WORDS)).toBe('<p>until A (in 2 d 2 h)</p><p>B in 2 h</p>');
    expect(fillCountdowns(html, NOW + HOUR_MS, WORDS)).toBe('<p>until A (in 2 d 1 h)</p><p>B in 1 h</p>');
  });
});
