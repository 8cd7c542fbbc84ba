import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from './axe';
import { daysAgo, sessionRecord, userStorage } from './seed';
import { type Harness, startHarness } from './support';

const SEED = userStorage([sessionRecord(daysAgo(2), { id: 's1', bleeding: 'pinpoint' })], {
  areas: ['cheeks', 'scalp'],
});

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility (axe, WCAG 2.2 AA), ${colorScheme}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB', colorScheme });
    });
    afterAll(async () => {
      await h?.close();
    });

    it('(control) a planted violation is reported, so these checks can fail', async () => {
      const { page } = await h.open('privacy.html');
      await page.locator('h1').first().waitFor();
      await page.evaluate(() => {
        const b = document.createElement('button');
        document.body.append(b);
        const p = document.createElement('p');
        p.textContent = 'low contrast';
        p.style.color = '#eee';
        p.style.background = '#fff';
        document.body.append(p);
      });
      const v = await violations(page);
      expect(v.some((x) => x.startsWith('button-name'))).toBe(true);
      expect(v.some((x) => x.startsWith('color-contrast'))).toBe(true);
      await page.close();
    });

    it('first-run popup', async () => {
      await h.clear();
      const { page } = await h.open('popup.html', { width: 360 });
      await page.getByRole('button', { name: 'Set up my roller' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Set up my roller' }).click();
      await page.getByLabel('Needle length (mm)').fill('0.75');
      expect(await violations(page)).toEqual([]);
      await page.close();
    });

    it('popup: status, log, saved, check', async () => {
      await h.clear();
      await h.seed(SEED);
      const { page } = await h.open('popup.html', { width: 360 });
      await page.getByTestId('status-cheeks').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByTestId('log-button').click();
      await page.getByText('More details').click();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Save session' }).click();
      await page.getByTestId('saved').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: 'Can I roll now?' }).click();
      await page.getByLabel(/An active breakout/).check();
      expect(await violations(page)).toEqual([]);
      await page.close();
    });

    it('the safety states (issue 10): safety step, answer-first, not for home use, not now', async () => {
      await h.clear();
      const { page } = await h.open('popup.html', { width: 360 });
      await page.getByRole('button', { name: 'Set up my roller' }).click();
      await page.getByLabel('Name').fill('Roller');
      await page.getByLabel('Needle length (mm)').fill('0.25');
      await page.getByLabel('First used on').fill('2026-11-01');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Cheeks').check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
      expect(await violations(page), 'safety step').toEqual([]);
      await page.getByRole('button', { name: 'Answer later' }).click();
      await page.getByTestId('safety-notice').waitFor();
      await page.getByText(/what is normal, when to see a doctor/).click();
      expect(await violations(page), 'answer first').toEqual([]);
      await h.seed(
        userStorage(
          [
            sessionRecord(daysAgo(30), {
              id: 'deep',
              needleMm: 0.75,
              sideEffects: ['nodules'],
              area: 'scalp',
            }),
          ],
          {
            areas: ['cheeks', 'scalp'],
          },
        ),
      );
      await page.reload();
      await page.getByTestId('status-scalp').waitFor();
      expect(await violations(page), 'stop and warn tones').toEqual([]);
      await page.getByRole('button', { name: 'Can I roll now?' }).click();
      await page.getByLabel(/A retinoid or acid exfoliant/).check();
      expect(await violations(page), 'not now').toEqual([]);
      await page.close();
    });

    it('options page, report and privacy page', async () => {
      await h.clear();
      await h.seed(SEED);
      for (const path of ['options.html', 'report.html', 'privacy.html']) {
        const { page } = await h.open(path);
        await page.locator('h1').first().waitFor();
        await page.waitForTimeout(100);
        expect(await violations(page), path).toEqual([]);
        if (path === 'options.html') {
          await page.getByRole('button', { name: 'Calendar' }).click();
          expect(await violations(page), 'calendar').toEqual([]);
        }
        await page.close();
      }
    });
  });
}
