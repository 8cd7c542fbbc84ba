import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as flows from './flows';
import { FACE_ROLLER, type SessionRecord, sessionRecord, userStorage } from './seed';
import { flowHarness, type Harness, startHarness } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.clear();
});

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const sessionAt = (ms: number, over: Record<string, unknown> = {}) => sessionRecord(iso(ms), over);

async function seedUser(sessions: SessionRecord[] = [], profile: Record<string, unknown> = {}) {
  await h.seed(
    userStorage(sessions, profile, [{ ...FACE_ROLLER, firstUse: iso(Date.now() - 20 * DAY).slice(0, 10) }]),
  );
}

async function popup(opts: { clockAt?: Date } = {}): Promise<{ page: Page; errors: string[] }> {
  const r = await h.open('popup.html', { ...opts, width: 360 });
  await r.page.locator('main, .view').first().waitFor();
  return r;
}

type Stored = Omit<SessionRecord, 'findings'> & { findings: Array<Record<string, unknown>> };

async function stored(): Promise<Stored[]> {
  const all = await h.readStorage();
  const months = (all.sessions as { months: string[] } | undefined)?.months ?? [];
  return months.flatMap((m) => JSON.parse(all[`sessions:${m}`] as string));
}

describe('popup in real Chromium', () => {
  it('first run: welcome, first roller with its band live, areas, then the status', () =>
    flows.firstRun(flowHarness(h)));

  it('logs a session in two clicks; the badge counts down; undo removes it and the badge clears', () =>
    flows.logAndUndo(flowHarness(h)));

  it('a session too soon is recorded with the warning, its rule and source, and the acknowledgement is stored', () =>
    flows.tooSoonAcknowledged(flowHarness(h)));

  it('a contraindication blocks: the status says do not roll, the badge shows the mark, logging records and acknowledges it', async () => {
    await seedUser([], { conditions: { 'pregnancy-nursing': { present: true } } });
    const { page } = await popup();
    expect(await page.getByTestId('status-cheeks').textContent()).toContain('pregnancy or nursing');
    await expect.poll(() => h.badge(), { timeout: 5000 }).toBe('!');
    await page.getByTestId('log-button').click();
    await page.getByRole('button', { name: 'Save session' }).click();
    const block = page.locator('[data-severity="block"]');
    await block.waitFor();
    expect(await block.textContent()).toContain('Stop:');
    await block.getByRole('button', { name: 'I have read this' }).click();
    await block.getByText(/Read on/).waitFor();
    expect((await stored())[0]?.findings.find((f) => f.severity === 'block')?.acknowledgedAt).toBeTruthy();
    await page.close();
  });

  it('"can I roll now?" answers yes, not yet (until when), and no with a breakout', async () => {
    await seedUser([sessionAt(Date.now() - 3 * DAY)]);
    const { page } = await popup();
    await page.getByRole('button', { name: 'Can I roll now?' }).click();
    const answer = page.getByTestId('answer');
    expect(await answer.getAttribute('data-answer')).toBe('not-yet');
    expect(await answer.textContent()).toMatch(/Not yet: possible from .* \(in 4 d 0 h\)/);
    await page.getByLabel('Area').selectOption('neck');
    expect(await answer.getAttribute('data-answer')).toBe('check-first');
    await page.getByLabel('None of these').check();
    expect(await answer.getAttribute('data-answer')).toBe('yes');
    await page.getByLabel(/An active breakout/).check();
    expect(await answer.getAttribute('data-answer')).toBe('no');
    expect(await answer.textContent()).toContain('See a dermatologist');
    await page.keyboard.press('Escape');
    await page.getByTestId('log-button').waitFor();
    await page.close();
  });

  it('the aftercare countdown follows the clock', async () => {
    const t0 = new Date('2026-11-21T09:00:00Z');
    await seedUser([sessionAt(t0.getTime() - 2 * HOUR)]);
    const { page } = await popup({ clockAt: t0 });
    const makeup = page.locator('[data-item="no-makeup"]');
    expect(await makeup.textContent()).toContain('(in 22 h)');
    expect(await page.locator('[data-item="no-sun"]').textContent()).toContain('(in 6 d 22 h)');
    await page.clock.setFixedTime(new Date(t0.getTime() + 21 * HOUR + 30 * 60_000));
    await page.reload();
    expect(await page.locator('[data-item="no-makeup"]').textContent()).toContain('(in 1 h)');
    await page.clock.setFixedTime(new Date(t0.getTime() + 23 * HOUR));
    await page.reload();
    await page.getByTestId('log-button').waitFor();
    expect(await page.locator('[data-item="no-makeup"]').count()).toBe(0);
    await page.close();
  });
});
