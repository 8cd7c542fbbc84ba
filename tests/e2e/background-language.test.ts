import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/schemas';
import { de } from '../../src/i18n/de';
import { es } from '../../src/i18n/es';
import { daysAgo, FACE_ROLLER, sessionRecord, userStorage } from './seed';
import { type Harness, startHarness } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ timezoneId: 'Europe/Madrid', locale: 'es-ES' });
});
afterAll(async () => {
  await h?.close();
});

// The worker has the chrome API; this file's types do not.
type WorkerGlobal = { chrome: { action: { getTitle(details: object): Promise<string> } } };
const title = () =>
  h.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.action.getTitle({}));

// A Chrome service worker may not import() a chunk: the background's messages in Spanish, German
// and French must reach it another way, or its badge would not be set at all for those users.
describe("the background speaks the user's language (Chrome service worker)", () => {
  it.each([
    ['es', es],
    ['de', de],
  ] as const)(
    'a %s user with a 0.75 mm roller gets the warning badge, titled in that language',
    async (locale, messages) => {
      await h.clear();
      const roller = { ...FACE_ROLLER, needleMm: 0.75, firstUse: daysAgo(40).slice(0, 10) };
      await h.seed({
        ...userStorage([sessionRecord(daysAgo(30), { needleMm: 0.75 })], { areas: ['cheeks'] }, [roller]),
        settings: { ...DEFAULT_SETTINGS, locale },
      });
      await expect.poll(() => h.badge(), { timeout: 8000 }).toBe('!');
      await expect.poll(title, { timeout: 8000 }).toBe(messages['badge.title.warn']);
    },
  );
});
