import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD_MESSAGE_PREFIXES, cardView, isCardModelRequest } from '../../../src/background/card-model';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS, type Settings } from '../../../src/core/schemas';
import { ensureCatalogue, LOCALES, localeSetting } from '../../../src/i18n/i18n';
import { assessListing, type Listing } from '../../../src/retail/listing';
import { readListing } from '../../../src/retail/read-page';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { Card } from '../../../src/ui/card/Card';
import { CardView } from '../../../src/ui/card/CardView';
import { cardModel } from '../../../src/ui/card/model';
import { cardText } from '../../../src/ui/card/text';
import { amazonPage, amazonRoller, cautionRoller } from '../../fixtures/retail/pages';
import { makeSession } from '../../support/factories';
import { parse } from '../retail/load';

/**
 * Issue 12, point 3: the background computes the card's facts and sends its words in one
 * language; the card's script renders them with no catalogue of its own. What the shopper reads
 * must be what the app's own Card (every catalogue, the app's i18n) says for the same page.
 */
const NOW = Date.parse('2026-11-21T10:00:00+01:00');
const TZ = 'Europe/Berlin';
const URL_ = 'https://www.amazon.com/x/dp/B0RC000050';

beforeEach(() => {
  resetStoreItems();
  localeSetting.value = 'en';
});
afterEach(() => cleanup());

const listingOf = (html: string): Listing => {
  const r = readListing(parse(html), new URL(URL_));
  if (!r) throw new Error('not a product page');
  return r.listing;
};

const PAGES: [string, string][] = [
  ['a caution roller, 0.5 mm picked', cautionRoller()],
  ['a kit whose verdict follows 1.5 mm', amazonRoller()],
  ['a roller whose length is not stated', amazonPage({ title: 'Titanium Derma Roller for Face' })],
  ['RF microneedling', amazonPage({ title: 'Fractional RF Microneedling Machine 0.5mm-3.5mm' })],
];

async function seed(settings: Partial<Settings>, withHistory: boolean) {
  const repo = createRepository();
  await repo.saveSettings({ ...DEFAULT_SETTINGS, ...settings });
  await repo.saveProfile({
    ...DEFAULT_PROFILE,
    conditions: { ...DEFAULT_PROFILE.conditions, 'active-acne': { present: true } },
  });
  if (withHistory)
    await repo.putSessions([
      makeSession({ when: '2026-11-18T20:00:00+01:00', area: 'cheeks', needleMm: 0.25 }),
    ]);
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

describe('the card’s view, computed by the background', () => {
  it.each(
    LOCALES.flatMap((l) =>
      PAGES.flatMap(([name, html]) => [true, false].map((h) => [l, name, h, html] as const)),
    ),
  )(
    '%s, %s (history: %s): the card’s script renders what the app’s Card says',
    async (locale, _name, withHistory, html) => {
      await seed({ locale }, withHistory);
      const listing = listingOf(html);
      const view = await cardView({ listing, site: 'amazon.com', languages: ['en-US'] }, NOW, TZ);
      if (!view.show) throw new Error(`no card: ${view.why}`);
      expect(view.strings.locale).toBe(locale);
      const shown = render(
        <CardView
          model={view.model}
          text={cardText(view.strings)}
          site="amazon.com"
          onAction={async () => undefined}
          onNotes={() => undefined}
        />,
      );
      const fromBackground = text(shown.container);
      cleanup();

      await ensureCatalogue(locale);
      localeSetting.value = locale;
      const repo = await createRepository().load();
      const model = cardModel(
        assessListing(listing),
        { settings: repo.settings, profile: repo.profile, sessions: repo.sessions },
        NOW,
        TZ,
      );
      const app = render(
        <Card
          model={model}
          site="amazon.com"
          tz={TZ}
          onAction={async () => undefined}
          onNotes={() => undefined}
        />,
      );
      expect(fromBackground).toBe(text(app.container));
      // Every message the card shows was sent: no key shows through.
      expect(fromBackground).not.toMatch(/\b(?:card|verdict|band|area|condition)\.[a-z]/);
      expect(fromBackground.toLowerCase()).not.toMatch(/\bsafe\b|\bsegur[oa]s?\b|\bsicher\b|\bsans danger\b/);
    },
  );

  it('a listing whose length is not read stays unknown: no length, no reassuring verdict', async () => {
    const view = await cardView(
      {
        listing: listingOf(amazonPage({ title: 'Titanium Derma Roller for Face' })),
        site: 'amazon.com',
        languages: [],
      },
      NOW,
      TZ,
    );
    if (!view.show) throw new Error('no card');
    expect(view.needleMm).toBe('');
    expect(view.model.verdict).toBe('unknown');
    const shown = render(
      <CardView
        model={view.model}
        text={cardText(view.strings)}
        site="amazon.com"
        onAction={async () => undefined}
        onNotes={() => undefined}
      />,
    );
    expect(text(shown.container)).toContain('Needle length unknown');
    expect(text(shown.container)).toContain('This page does not say how long the needles are.');
    expect(text(shown.container)).toContain('not a medical device');
  });

  it('sends only the card’s messages, in the user’s language or the shopper’s browser language', async () => {
    const listing = listingOf(cautionRoller());
    await seed({ locale: 'auto' }, false);
    const view = await cardView({ listing, site: 'amazon.com', languages: ['de-AT', 'en'] }, NOW, TZ);
    if (!view.show) throw new Error('no card');
    expect(view.strings).toMatchObject({ locale: 'de', formatLocale: 'de-AT', tz: TZ });
    const keys = Object.keys(view.strings.messages);
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => !CARD_MESSAGE_PREFIXES.some((p) => k.startsWith(p)))).toEqual([]);
    expect(view.strings.messages['app.notMedicalAdvice']).toMatch(/medizinisch/i);
    await seed({ locale: 'fr' }, false);
    const fr = await cardView({ listing, site: 'amazon.com', languages: ['de-AT', 'en'] }, NOW, TZ);
    expect(fr.show && fr.strings).toMatchObject({ locale: 'fr', formatLocale: 'fr' });
  });

  it('answers "not a device" and "turned off" without any words or facts', async () => {
    const serum = listingOf(amazonPage({ title: 'Hyaluronic Acid Serum 30 ml' }));
    expect(await cardView({ listing: serum, site: 'amazon.com', languages: [] }, NOW, TZ)).toEqual({
      show: false,
      why: 'not-a-device',
    });
    const roller = listingOf(cautionRoller());
    await seed({ card: { ...DEFAULT_SETTINGS.card, disabledSites: ['amazon.com'] } }, false);
    expect(await cardView({ listing: roller, site: 'amazon.com', languages: [] }, NOW, TZ)).toEqual({
      show: false,
      why: 'turned-off',
    });
    expect((await cardView({ listing: roller, site: 'amazon.de', languages: [] }, NOW, TZ)).show).toBe(true);
  });

  it.each([
    ['a listing', { site: 'amazon.com', languages: [], listing: listingOf(cautionRoller()) }, true],
    ['no listing', { site: 'amazon.com', languages: [] }, false],
    [
      'a listing without its text fields',
      { site: 'amazon.com', languages: [], listing: { retailer: 'amazon', productKey: 'x' } },
      false,
    ],
    [
      'languages that are not strings',
      { site: 'amazon.com', languages: [1], listing: listingOf(cautionRoller()) },
      false,
    ],
    ['no site', { languages: [], listing: listingOf(cautionRoller()) }, false],
  ] as const)('a card-model request with %s is %s', (_, m, ok) => {
    expect(isCardModelRequest(m as Record<string, unknown>)).toBe(ok);
  });
});
