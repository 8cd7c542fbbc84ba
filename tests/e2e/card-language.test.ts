import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/schemas';
import { de } from '../../src/i18n/de';
import { es } from '../../src/i18n/es';
import { cautionRoller } from '../fixtures/retail/pages';
import { type CardHarness, CardProbe, startCardHarness, waitForCard } from './card-support';

/**
 * Issue 12, point 3: the card's script carries no catalogue; the background sends the card's words
 * in the shopper's language. In Chrome the background is a service worker, which may not import()
 * a catalogue chunk: the words come from the card-strings/<locale>.json the build writes. A
 * Spanish browser gets a Spanish card, and the user's own language setting wins over it.
 */
let h: CardHarness;
const ROLLER_URL = 'https://www.amazon.com/Derma-Roller/dp/B0RC000050';

beforeAll(async () => {
  h = await startCardHarness({ timezoneId: 'Europe/Madrid', locale: 'es-ES' });
  await h.serve(/^https:\/\/www\.amazon\.com\//, cautionRoller());
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.clear();
});

const plain = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the card in the shopper’s language, in real Chromium', () => {
  it('a Spanish browser: the card speaks Spanish, numbers written the Spanish way', async () => {
    const { page, errors } = await h.visit(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    const text = plain((await (await CardProbe.of(page)).text()) ?? '');
    expect(text).toContain(plain(es['app.notMedicalAdvice']));
    expect(text).toContain(plain(es['verdict.caution']));
    expect(text).toContain('0,5');
    expect(text).not.toContain('Needle length');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the user’s language setting wins over the browser’s', async () => {
    await h.seed({ settings: { ...DEFAULT_SETTINGS, locale: 'de' } });
    const { page } = await h.visit(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    const text = plain((await (await CardProbe.of(page)).text()) ?? '');
    expect(text).toContain(plain(de['app.notMedicalAdvice']));
    expect(text).toContain(plain(de['verdict.caution']));
    await page.close();
  });
});
