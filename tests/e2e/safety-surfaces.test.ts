import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { daysAgo, FACE_ROLLER, type SessionRecord, sessionRecord, userStorage } from './seed';
import { type Harness, startHarness } from './support';

// Issue 10: what the user sees never says "safe" where the rules say warn, ask a doctor or do
// not use. Each surface in real Chromium; screenshots go to screenshots/safety/ for a look.
const SHOTS = join(import.meta.dirname, '../../screenshots/safety');
mkdirSync(SHOTS, { recursive: true });

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

async function popup(): Promise<{ page: Page; errors: string[] }> {
  const r = await h.open('popup.html', { width: 360 });
  await r.page.locator('main, .view').first().waitFor();
  return r;
}
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
const roller = (needleMm: number) => ({ ...FACE_ROLLER, needleMm, firstUse: daysAgo(40).slice(0, 10) });
const noSafe = async (page: Page) =>
  expect(await page.locator('body').textContent()).not.toMatch(/\bsafe\b/i);

describe('safety at every surface (issue 10) in real Chromium', () => {
  it('a 0.75 mm roller 30 days after its last session: "not for home use", never "possible"; the badge warns', async () => {
    const s: SessionRecord = sessionRecord(daysAgo(30), { needleMm: 0.75 });
    await h.seed(userStorage([s], { areas: ['cheeks'] }, [roller(0.75)]));
    const { page, errors } = await popup();
    const cheeks = page.getByTestId('status-cheeks');
    await cheeks.waitFor();
    expect(await cheeks.getAttribute('data-status')).toBe('not-for-home');
    expect(await cheeks.textContent()).toContain('0.75\u00a0mm: not for home use');
    expect(await cheeks.textContent()).not.toContain('Possible now');
    expect(await cheeks.textContent()).not.toContain('possible from');
    await noSafe(page);
    await expect.poll(() => h.badge(), { timeout: 5000 }).toBe('!');
    await shot(page, 'popup-not-for-home');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('first run without the safety step: every status says "answer the safety questions first"; answering makes it possible', async () => {
    const { page, errors } = await popup();
    await page.getByRole('button', { name: 'Set up my roller' }).click();
    await page.getByLabel('Name').fill('My roller');
    await page.getByLabel('Needle length (mm)').fill('0.25');
    await page.getByLabel('First used on').fill('2026-11-01');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Cheeks').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
    await shot(page, 'onboarding-safety-step');
    await page.getByRole('button', { name: 'Answer later' }).click();
    const cheeks = page.getByTestId('status-cheeks');
    await cheeks.waitFor();
    expect(await cheeks.getAttribute('data-status')).toBe('answer-first');
    expect(await page.getByTestId('safety-notice').textContent()).toContain(
      '17 safety questions are not answered',
    );
    await expect.poll(() => h.badge(), { timeout: 5000 }).toBe('!');
    await shot(page, 'popup-answer-first');
    await page.getByRole('button', { name: 'Answer the safety questions' }).click();
    for (const no of await page.getByRole('radio', { name: /^No: / }).all()) await no.check();
    await page.getByLabel('Your age').selectOption('22-plus');
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await cheeks.waitFor();
    expect(await cheeks.getAttribute('data-status')).toBe('possible');
    await expect.poll(() => h.badge(), { timeout: 5000 }).toBe('');
    const profile = (await h.readStorage()).profile as { conditions: Record<string, { present: boolean }> };
    expect(Object.keys(profile.conditions)).toHaveLength(16);
    expect(Object.values(profile.conditions).every((c) => c.present === false)).toBe(true);
    await noSafe(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('logging records redness and side effects; nodules and redness over 3 days stop at once; the next status is "do not roll"', async () => {
    await h.seed(userStorage([], { areas: ['cheeks'] }, [roller(0.25)]));
    const { page, errors } = await popup();
    await page.getByTestId('log-button').click();
    await page.getByText('More details').click();
    await page.getByLabel('How long the redness lasted').selectOption('96');
    await page.getByLabel('new bumps or nodules, even weeks later').check();
    await page.getByLabel('Pinpoint').check();
    await shot(page, 'log-details');
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByTestId('saved').waitFor();
    const stops = page.locator('[data-code="side-effect-see-doctor"]');
    expect(await stops.count()).toBe(2);
    expect(await page.locator('[data-code="cosmetic-bleeding"]').count()).toBe(1);
    expect(await page.getByTestId('next-safe').textContent()).toContain('Do not roll');
    expect(await page.getByTestId('saved').textContent()).toContain('not a medical device');
    await shot(page, 'saved-see-doctor');
    const all = await h.readStorage();
    const months = (all.sessions as { months: string[] }).months;
    const [logged] = JSON.parse(all[`sessions:${months[0]}`] as string);
    expect(logged).toMatchObject({ rednessHours: 96, sideEffects: ['nodules'], bleeding: 'pinpoint' });
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByTestId('status-cheeks').getAttribute('data-status')).toBe('do-not-roll');
    await expect.poll(() => h.badge(), { timeout: 5000 }).toBe('!');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Can I roll now?" with a retinoid in the last 48 h or leftover redness answers "not now", never yes', async () => {
    await h.seed(userStorage([], { areas: ['cheeks'] }, [roller(0.25)]));
    const { page } = await popup();
    await page.getByRole('button', { name: 'Can I roll now?' }).click();
    const answer = page.getByTestId('answer');
    expect(await answer.getAttribute('data-status')).toBe('check-first');
    await shot(page, 'check-first');
    await page.getByLabel('None of these').check();
    expect(await answer.getAttribute('data-status')).toBe('possible');
    await page.getByLabel(/A retinoid or acid exfoliant/).check();
    expect(await answer.getAttribute('data-status')).toBe('not-now');
    expect(await page.getByTestId('findings').textContent()).toContain('Wait until 48 hours have passed');
    await page.getByLabel(/A retinoid or acid exfoliant/).uncheck();
    await page.getByLabel(/Redness from the last session/).check();
    expect(await answer.getAttribute('data-status')).toBe('not-now');
    expect(await page.getByTestId('never-roll-over').textContent()).toContain(
      'tattoos and permanent make-up',
    );
    expect(await page.getByTestId('disclaimer').isVisible()).toBe(true);
    await shot(page, 'check-not-now');
    await page.close();
  });

  it('without a roller nothing is assumed: the length must be typed, and an unlisted 1.5 mm is judged as 1.5 mm', async () => {
    await h.seed(userStorage([], { areas: ['cheeks'] }, []));
    const { page } = await popup();
    expect(await page.getByTestId('status-cheeks').getAttribute('data-status')).toBe('length-unknown');
    await page.getByTestId('log-button').click();
    expect(await page.getByLabel('Needle length (mm)').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Save session' }).click();
    expect(await page.getByRole('alert').first().textContent()).toContain('never assumes one');
    await page.getByLabel('Needle length (mm)').fill('1.5');
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByTestId('saved').waitFor();
    expect(await page.locator('[data-code="needle-professional"]').count()).toBe(1);
    expect(await page.getByTestId('next-safe').textContent()).toContain('not for home use');
    await page.close();
  });

  it('the options page: yes / no / not answered per question, each proposal with its reasoning, band verdicts', async () => {
    await h.seed(
      userStorage([], { conditions: { 'pregnancy-nursing': { present: false } }, ageBand: undefined }),
    );
    const { page } = await h.open('options.html');
    const profile = page.getByRole('region', { name: 'Safety profile' });
    await profile.waitFor();
    expect(await profile.getByTestId('unanswered-count').textContent()).toContain(
      '16 questions not answered',
    );
    expect(await profile.getByRole('radio', { name: 'No: pregnancy or nursing' }).isChecked()).toBe(true);
    expect(await profile.locator('[data-condition="skin-cancer"]').textContent()).toContain('not answered');
    const rules = page.getByTestId('rules-table');
    expect(await rules.locator('[data-band="cosmetic"]').textContent()).toContain(
      'Fine for home use when no contraindication applies',
    );
    expect(await rules.locator('[data-band="professional"]').textContent()).toContain('Professional only');
    expect(await rules.locator('[data-rule="interval.cosmetic"]').textContent()).toContain(
      '2 to 3 times a week',
    );
    await noSafe(page);
    await page.close();
  });

  it('the report names see-a-doctor effects in words and lists a rule loosened earlier in the period', async () => {
    const loosened = {
      code: 'rule-loosened',
      severity: 'info',
      rule: 'interval.cosmetic',
      sources: ['roller-coach-proposal'],
      params: { value: 2, default: 3 },
    };
    const s = sessionRecord(daysAgo(5), {
      needleMm: 0.25,
      sideEffects: ['nodules'],
      rednessHours: 96,
      findings: [loosened],
    });
    await h.seed(userStorage([s], { areas: ['cheeks'] }, [roller(0.25)]));
    const { page, errors } = await h.open('report.html?range=3');
    await page.getByTestId('report-summary').waitFor();
    const effects = await page.getByTestId('report-side-effects').textContent();
    expect(effects).toContain('new bumps or nodules, even weeks later (Stop and see a doctor)');
    expect(effects).toContain('redness lasting more than 3 days (Stop and see a doctor)');
    expect(await page.getByTestId('report-loosened').textContent()).toContain('Loosened in this period');
    await shot(page, 'report-safety');
    expect(errors).toEqual([]);
    await page.close();
  });
});
