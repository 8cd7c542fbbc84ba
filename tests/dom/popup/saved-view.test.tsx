import { cleanup, render, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Area } from '../../../src/core/areas';
import type { Session } from '../../../src/core/schemas';
import { DAY_MS, formatInstant, HOUR_MS, MINUTE_MS } from '../../../src/core/time';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { type AppState, createSummaryState } from '../../../src/store/state';
import { Popup, preloadPopupViews } from '../../../src/ui/popup/Popup';
import { statusViewMarkup } from '../../../src/ui/popup/save-status-view';
import { SAVED_VIEW_HORIZON_MS, savedViewSpan } from '../../../src/ui/popup/saved-view-span';
import { fillCountdowns } from '../../../src/ui/shared/saved-view-render';
import { ANSWERED_PROFILE, makeRoller, makeSession } from '../../support/factories';

// The view the popup saves for its next open is shown before the popup's own drawing. These tests
// hold it to the one rule that makes that acceptable: at any moment of its span it reads exactly
// as the popup itself would at that moment, and its span ends when the popup would read otherwise.

const NOW = Date.parse('2026-11-21T10:00:00+01:00');
const TZ = 'Europe/Berlin';
const COUNTDOWN = { days: 'in {days} d {hours} h', hours: 'in {hours} h' };
const at = (ms: number) => formatInstant(ms, TZ);

beforeAll(() => preloadPopupViews());
beforeEach(() => resetStoreItems());
afterEach(() => cleanup());

async function userWith(sessions: Session[], o: { needleMm?: number; backupDaysAgo?: number } = {}) {
  const repo = createRepository({ tz: () => TZ, now: () => NOW });
  await repo.saveRollers([makeRoller({ id: 'r1', needleMm: o.needleMm ?? 0.5, firstUse: '2026-11-01' })]);
  await repo.saveProfile({
    ...ANSWERED_PROFILE,
    areas: ['cheeks', 'forehead', 'scalp'] as Area[],
    onboardedAt: '2026-06-01T08:00:00+02:00',
  });
  if (sessions.length > 0) await repo.putSessions(sessions);
  if (o.backupDaysAgo !== undefined)
    await repo.saveBackupMemo({
      lastAt: at(NOW - o.backupDaysAgo * DAY_MS),
      sessionsAtLast: sessions.length,
    });
  const state = createSummaryState(createRepository({ tz: () => TZ, now: () => NOW }), {
    now: () => NOW,
    tz: TZ,
  });
  const stop = state.connect();
  await waitFor(() => expect(state.ready.value).toBe(true));
  return { state, stop };
}

/** What the popup itself shows at `ms` (its home view), without the toast's empty live region. */
function popupAt(state: AppState, ms: number): string {
  const { container, unmount } = render(
    <Popup state={state} now={() => ms} tz={TZ} openOptions={() => undefined} />,
  );
  container.querySelector('[data-testid="toast"]')?.remove();
  const html = container.innerHTML;
  unmount();
  return html;
}

function span(state: AppState): Promise<{ html: string; validUntil: number }> {
  return savedViewSpan((ms) => statusViewMarkup(state, TZ, ms), NOW);
}

/** The saved view, as the next open at `ms` paints it, equals the popup at `ms`, across its span. */
async function expectHoldsAcrossSpan(state: AppState, probes: number[] = []) {
  const { html, validUntil } = await span(state);
  expect(validUntil).toBeGreaterThan(NOW);
  const moments = [
    NOW,
    NOW + MINUTE_MS,
    (NOW + validUntil) / 2,
    validUntil,
    ...probes.filter((p) => p <= validUntil),
  ];
  for (const ms of moments)
    expect(fillCountdowns(html, ms, COUNTDOWN), `at ${at(ms)}`).toBe(popupAt(state, ms));
  // Where the span stops short of the horizon, the popup reads otherwise within a minute after it.
  if (validUntil < NOW + SAVED_VIEW_HORIZON_MS)
    expect(fillCountdowns(html, validUntil + MINUTE_MS, COUNTDOWN)).not.toBe(
      popupAt(state, validUntil + MINUTE_MS),
    );
  return { html, validUntil };
}

describe("the popup's saved view reads as the popup would, for as long as it is used", () => {
  it('"not yet" with a countdown: the countdown is written out at each open; the span ends when it becomes possible', async () => {
    const last = NOW - 1 * DAY_MS;
    const { state } = await userWith([
      makeSession({ when: at(last), area: 'cheeks', rollerId: 'r1', needleMm: 0.5 }),
    ]);
    const cheeks = popupAt(state, NOW);
    expect(cheeks).toContain('Not yet');
    const { html, validUntil } = await expectHoldsAcrossSpan(state, [NOW + 5 * HOUR_MS, NOW + 26 * HOUR_MS]);
    // The countdown is a mark, not words frozen at the drawing.
    expect(html).not.toMatch(/in \d+ d \d+ h/);
    // Ends at the first change: the cheeks become possible (or aftercare ends) no later than then.
    expect(popupAt(state, validUntil + MINUTE_MS)).not.toBe(popupAt(state, validUntil));
  });

  it('running aftercare: the span ends when an item ends, never showing a finished item as running', async () => {
    const { state } = await userWith([
      makeSession({ when: at(NOW - 2 * HOUR_MS), area: 'forehead', rollerId: 'r1', needleMm: 0.5 }),
    ]);
    expect(popupAt(state, NOW)).toContain('data-item=');
    const { validUntil } = await expectHoldsAcrossSpan(state);
    expect(validUntil).toBeLessThan(NOW + 3 * DAY_MS);
  });

  it('"not for home use" and "do not roll" are in the saved view wherever the popup shows them', async () => {
    const { state } = await userWith(
      [
        makeSession({
          when: at(NOW - 20 * DAY_MS),
          area: 'scalp',
          rollerId: 'r1',
          needleMm: 0.75,
          sideEffects: ['nodules'],
        }),
      ],
      { needleMm: 0.75 },
    );
    const now = popupAt(state, NOW);
    expect(now).toMatch(/data-status="(not-for-home|do-not-roll)"/);
    const { html } = await expectHoldsAcrossSpan(state);
    expect(html).toMatch(/data-status="(not-for-home|do-not-roll)"/);
    expect(html).not.toContain('data-status="possible"');
  });

  it('a backup reminder that falls due in 3 days: the span ends then, so the reminder is never missing', async () => {
    const sessions = [
      makeSession({ when: at(NOW - 30 * DAY_MS), area: 'cheeks', rollerId: 'r1', needleMm: 0.5 }),
    ];
    const { state } = await userWith(sessions, { backupDaysAgo: 57 });
    expect(popupAt(state, NOW)).not.toContain('data-testid="backup-reminder"');
    const { validUntil } = await expectHoldsAcrossSpan(state);
    expect(validUntil).toBeLessThanOrEqual(NOW + 3 * DAY_MS);
    expect(popupAt(state, validUntil + MINUTE_MS)).toContain('data-testid="backup-reminder"');
  });

  it('leaves out what is not drawn from storage (the current tab) and keeps the disclaimer', async () => {
    const { state } = await userWith([]);
    const { html } = await span(state);
    expect(html).not.toContain('check-page');
    expect(html).toContain('data-testid="disclaimer"');
  });

  it('holds for random histories at random moments of its span (property)', async () => {
    const areas = ['cheeks', 'forehead', 'scalp'] as const;
    const sessionArb = fc.record({
      hoursAgo: fc.integer({ min: 1, max: 24 * 40 }),
      area: fc.constantFrom(...areas),
      bleeding: fc.constantFrom('none', 'pinpoint', 'more'),
      effect: fc.constantFrom(null, 'redness', 'nodules', 'tingling-itching'),
      rednessHours: fc.option(fc.integer({ min: 1, max: 96 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(sessionArb, { maxLength: 6 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        async (drawn, fractions) => {
          resetStoreItems();
          const sessions = drawn.map((d) =>
            makeSession({
              when: at(NOW - d.hoursAgo * HOUR_MS),
              area: d.area,
              rollerId: 'r1',
              needleMm: 0.5,
              bleeding: d.bleeding as Session['bleeding'],
              sideEffects: d.effect ? [d.effect] : [],
              ...(d.rednessHours ? { rednessHours: d.rednessHours } : {}),
            }),
          );
          const { state, stop } = await userWith(sessions);
          try {
            const { html, validUntil } = await span(state);
            for (const f of fractions) {
              const ms = Math.floor(NOW + f * (validUntil - NOW));
              expect(fillCountdowns(html, ms, COUNTDOWN), `at ${at(ms)}`).toBe(popupAt(state, ms));
            }
          } finally {
            stop();
            cleanup();
          }
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);
});
