import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FACE_ROLLER, type SessionRecord, sessionRecord, userStorage } from './seed';
import { type Harness, startHarness } from './support';

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
  it('first run: welcome, first roller with its band live, areas, then the status', async () => {
    const { page, errors } = await popup();
    await page.getByRole('button', { name: 'Set up my roller' }).click();
    await page.getByLabel('Name').fill('My roller');
    await page.getByLabel('Needle length (mm)').fill('0.75');
    expect(await page.getByTestId('needle-band').textContent()).toContain('Not for home use');
    await page.getByLabel('Needle length (mm)').fill('0.25');
    expect(await page.getByTestId('needle-band').textContent()).toContain('Fine for home use');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Cheeks').check();
    await page.getByRole('button', { name: 'Next' }).click();
    // The safety step, before the first status: every question answered "no", and the age.
    await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
    for (const no of await page.getByRole('radio', { name: /^No: / }).all()) await no.check();
    await page.getByLabel('Your age').selectOption('22-plus');
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByTestId('status-cheeks').waitFor();
    expect(await page.getByTestId('status-cheeks').getAttribute('data-status')).toBe('possible');
    expect(await page.getByTestId('status-cheeks').textContent()).toContain('Possible now');
    expect(await page.locator('body').textContent()).not.toMatch(/\bsafe\b/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('logs a session in two clicks; the badge counts down; undo removes it and the badge follows', async () => {
    await seedUser([], { areas: ['cheeks'] });
    const { page, errors } = await popup();
    await page.getByTestId('log-button').click();
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByTestId('saved').waitFor();
    expect(await stored()).toHaveLength(1);
    expect(await page.getByTestId('next-safe').textContent()).toMatch(
      /Cheeks.*Not yet: possible from .* \(in 7 d 0 h\)/,
    );
    await expect.poll(() => h.badge(), { timeout: 5000 }).toMatch(/^[78]d$/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Removed. Nothing was kept.').waitFor();
    expect(await stored()).toHaveLength(0);
    // Back to no session at all: the next one would be the first over 0.25 mm, an explicit
    // warning of the reference, so the badge shows the mark rather than an empty "possible".
    await expect.poll(() => h.badge(), { timeout: 5000 }).toBe('!');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a session too soon is recorded with the warning, its rule and source, and the acknowledgement is stored', async () => {
    await seedUser([sessionAt(Date.now() - 2 * DAY)]);
    const { page } = await popup();
    expect(await page.getByTestId('status-cheeks').textContent()).toContain('Not yet: possible from');
    await page.getByTestId('log-button').click();
    await page.getByRole('button', { name: 'Save session' }).click();
    const finding = page.locator('[data-code="too-soon"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('needs 7 days between sessions');
    expect(await finding.textContent()).toContain('Rule: Minimum days between sessions');
    const source = finding.getByRole('link', { name: 'FDA 2020' });
    expect(await source.getAttribute('href')).toMatch(/options\.html#source-fda-guidance-2020$/);
    await finding.getByRole('button', { name: 'I have read this' }).click();
    await finding.getByText(/Read on/).waitFor();
    const logged = (await stored()).find((s) => !s.id.startsWith('seed-'));
    expect(logged?.findings.find((f) => f.code === 'too-soon')?.acknowledgedAt).toBeTruthy();
    await page.close();
  });

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
