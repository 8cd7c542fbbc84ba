import { DAY_MS, MINUTE_MS } from '../../core/time';

/** How far ahead a saved view is checked: a week (the popup is opened several times a week). */
export const SAVED_VIEW_HORIZON_MS = 7 * DAY_MS;

/**
 * How long a drawing stays the same: `draw(t)` is the view as it reads at `t`. What time
 * changes in the popup's status only moves one way (a "not yet" becomes "possible", aftercare
 * starts then ends, a reminder falls due, a session leaves the week), so the view read at `nowMs`
 * holds until the first moment it reads differently, found by halving the span down to a minute.
 * Returns the markup at `nowMs` and the last checked moment at which it still reads the same.
 * At most 16 drawings (a week in minutes is under 2^14); `pause` runs between two of them, so
 * that the page can answer the user meanwhile.
 */
export async function savedViewSpan(
  draw: (atMs: number) => string,
  nowMs: number,
  { horizonMs = SAVED_VIEW_HORIZON_MS, pause = () => Promise.resolve() } = {},
): Promise<{ html: string; validUntil: number }> {
  const html = draw(nowMs);
  let same = nowMs;
  let differs = nowMs + horizonMs;
  await pause();
  if (draw(differs) === html) return { html, validUntil: differs };
  while (differs - same > MINUTE_MS) {
    await pause();
    const mid = Math.floor((same + differs) / 2);
    if (draw(mid) === html) same = mid;
    else differs = mid;
  }
  return { html, validUntil: same };
}
