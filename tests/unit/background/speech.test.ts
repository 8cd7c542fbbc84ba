import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as speech from '../../../src/background/speech';
import { workerEnglish } from '../../../src/background/worker-english';
import { en, type MessageKey } from '../../../src/i18n/en';
import * as pages from '../../../src/i18n/i18n';
import { LOCALES } from '../../../src/i18n/locales';
import { pickWorkerMessages } from '../../../src/i18n/worker-messages';
import { pickCardMessages } from '../../../src/ui/card/card-messages';

/**
 * The background says its words through src/background/speech.ts, not the pages' i18n (issue 12:
 * the whole English catalogue, signals and preact were most of the worker's size). It must say
 * exactly what the pages' t() and tp() say, in every language.
 */
describe("the background's words", () => {
  it('its English is the worker and card messages of the catalogue, no more, no less', () => {
    expect(workerEnglish).toEqual({ ...pickWorkerMessages(en), ...pickCardMessages(en) });
  });

  it.each(LOCALES)('in %s, every message the worker says reads as on the pages', async (l) => {
    pages.localeSetting.value = l;
    speech.setLocaleSetting(l);
    await Promise.all([pages.ensureCatalogue(l), speech.ensureCatalogue(l)]);
    expect(speech.currentLocale()).toBe(pages.locale.value);
    const keys = Object.keys(pickWorkerMessages(en)) as MessageKey[];
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys)
      expect(speech.t(key, { days: 3, area: 'X', item: 'Y' })).toBe(
        pages.t(key, { days: 3, area: 'X', item: 'Y' }),
      );
    for (const n of [0, 1, 2, 5, 21, 1000])
      expect(speech.tp('badge.title.wait', n)).toBe(pages.tp('badge.title.wait', n));
    // The card's words, as the pages' catalogue has them.
    expect(pickCardMessages(await speech.messagesIn(l))).toEqual(pickCardMessages(await pages.messagesIn(l)));
    pages.localeSetting.value = 'auto';
    speech.setLocaleSetting('auto');
  });

  it('an unknown key reads as itself, as on the pages', () => {
    expect(speech.t('no.such.key' as MessageKey)).toBe(pages.t('no.such.key' as MessageKey));
  });

  it("no background file imports the pages' i18n or the English catalogue itself (types aside)", () => {
    const dir = 'src/background';
    const offending = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'worker-english.ts')
      .filter((f) =>
        /^import (?!type )[^;]*from '\.\.\/i18n\/(i18n|en)';/m.test(readFileSync(`${dir}/${f}`, 'utf8')),
      );
    expect(offending).toEqual([]);
  });
});
