import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { ensureCatalogue, localeSetting } from '../../../src/i18n/i18n';
import { classifyListing } from '../../../src/retail/classify';
import type { Listing, PageReading } from '../../../src/retail/listing';
import { Card } from '../../../src/ui/card/Card';
import { cardModel, needleMmAttribute, type UserData } from '../../../src/ui/card/model';
import { ANSWERED_PROFILE, makeSession } from '../../support/factories';

const NOW = Date.parse('2026-11-21T10:00:00+01:00');
const TZ = 'Europe/Berlin';

beforeEach(() => {
  localeSetting.value = 'en';
});
afterEach(() => cleanup());

/** Text with the no-break spaces of "0.5 mm" made plain, for comparing. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');

function reading(title: string, lengths: number[], form: PageReading['form'] = null): PageReading {
  const listing: Listing = {
    retailer: 'amazon',
    productKey: 'amazon:B0RC000050',
    title,
    context: [],
    bullets: [],
    specs: [],
    variations: [],
    description: '',
  };
  return {
    listing,
    classification: classifyListing(title),
    lengths,
    form: form ?? (lengths.length > 1 ? 'list' : lengths.length ? 'single' : null),
    source: lengths.length ? 'title' : null,
    offered: lengths,
  };
}

const user = (over: Partial<UserData> = {}): UserData => ({
  settings: DEFAULT_SETTINGS,
  profile: DEFAULT_PROFILE,
  sessions: [],
  ...over,
});

function show(r: PageReading, u: UserData = user(), props: Partial<Parameters<typeof Card>[0]> = {}) {
  const onAction = vi.fn(async () => undefined);
  const onNotes = vi.fn();
  const model = cardModel(r, u, NOW, TZ);
  render(<Card model={model} site="amazon.com" tz={TZ} onAction={onAction} onNotes={onNotes} {...props} />);
  return { model, onAction, onNotes };
}

describe('card model', () => {
  it.each([
    [[0.25], 'home-ok', 'cosmetic'],
    [[0.3], 'caution', 'caution'],
    [[0.5], 'caution', 'caution'],
    [[0.75], 'not-for-home', 'not-for-home'],
    [[1], 'not-for-home', 'professional'],
    [[0.25, 0.5, 1.5], 'not-for-home', 'professional'],
    [[0, 2.5], 'not-for-home', 'do-not-use'],
    [[], 'unknown', null],
  ] as const)('%j: verdict %s from the longest (band %s)', (lengths, verdict, band) => {
    const m = cardModel(reading('Derma Roller', [...lengths]), user(), NOW, TZ);
    expect(m.verdict).toBe(verdict);
    expect(m.band?.id ?? null).toBe(band);
    expect(needleMmAttribute(m.lengths)).toBe(lengths.join(','));
  });

  it('uses the user’s rule values: a stricter interval shows', () => {
    const settings = { ...DEFAULT_SETTINGS, ruleOverrides: { 'interval.caution': { value: 10 } } };
    expect(cardModel(reading('Derma Roller', [0.5]), user({ settings }), NOW, TZ).often).toMatchObject({
      days: 10,
    });
  });
});

describe('card component', () => {
  it('shows a caution roller: length with band, verdict, home schedule as a proposal, contraindications, sources, disclaimer', () => {
    show(reading('Derma Roller 0.5mm', [0.5]));
    expect(screen.getByTestId('card-verdict').textContent).toBe('Caution: upper edge of home use');
    expect(text(screen.getByTestId('card-summary'))).toBe(
      'Needle length on this page: 0.5 mm (over 0.25 to 0.5 mm), from the title.',
    );
    expect(
      screen.getByText(/at least 7 days between sessions in the same area, at most 1 in 7 days/).textContent,
    ).toContain('a Roller Coach proposal');
    expect(screen.getByText(/Do not roll with:/).parentElement?.textContent).toContain(
      'pregnancy or nursing',
    );
    expect(screen.getByText('FDA 2020').getAttribute('title')).toContain('Regulatory Considerations');
    expect(screen.getByText(/not a medical device/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Roller Coach safety card' })).toBeTruthy();
  });

  it('lists every length of a kit with its band and verdict, and never suggests a home schedule from 1.0 mm', () => {
    show(reading('Derma Roller Kit', [0.5, 1, 1.5]));
    const items = screen.getAllByRole('listitem').map(text);
    expect(items).toEqual([
      '0.5 mm over 0.25 to 0.5 mm: Caution: upper edge of home use',
      '1.0 mm 1.0 to under 2.0 mm: Professional only',
      '1.5 mm 1.0 to under 2.0 mm: Professional only',
    ]);
    expect(
      screen.getByText(/Professional only: Roller Coach suggests no home schedule for 1.5\smm/),
    ).toBeTruthy();
    expect(screen.queryByText(/How often at home/)).toBeNull();
  });

  it('an adjustable pen: its range, the retracted end, the deepest setting decides', () => {
    show(reading('Derma Pen', [0, 2.5], 'range'));
    expect(text(screen.getByTestId('card-summary'))).toBe(
      'Adjustable depth: 0.0 mm to 2.5 mm (from the title). The verdict follows the deepest setting.',
    );
    expect(screen.getByText(/needles retracted/)).toBeTruthy();
    expect(screen.getByTestId('card-verdict').textContent).toBe('Do not use at home');
  });

  it('unknown length: says so and what to look for', () => {
    show(reading('Titanium Derma Roller', []));
    expect(screen.getByTestId('card-verdict').textContent).toBe('Needle length unknown');
    expect(screen.getByText(/Look for “needle length” or a size in mm/)).toBeTruthy();
  });

  it('warns that RF microneedling is never for home use, citing the FDA', () => {
    show(reading('Fractional RF Microneedling Machine 0.5-3.0mm', [0.5, 3], 'range'));
    expect(screen.getByText('Radiofrequency (RF) microneedling must not be used at home.')).toBeTruthy();
    expect(screen.getByText(/FDA 2024/).getAttribute('title')).toContain('radiofrequency');
  });

  it('puts the shopper’s history in context: last session and when another session there is possible for this length', () => {
    const s = makeSession({ when: '2026-11-18T20:00:00+01:00', area: 'forehead', needleMm: 0.5 });
    show(reading('Derma Roller 0.5mm', [0.5]), user({ sessions: [s] }));
    expect(text(screen.getByTestId('card-history'))).toMatch(
      /^Your last session: Forehead, 3 days ago\. A 0\.5 mm roller needs 7 days between sessions in the same area: another session there is possible from (Nov 25, 2026|25 Nov 2026)\.$/,
    );
  });

  it('says when another session in the area is possible, and gives no schedule for professional lengths', () => {
    const s = makeSession({ when: '2026-11-01T20:00:00+01:00', area: 'cheeks', needleMm: 0.25 });
    // Every safety question answered "no" (the card's line says "possible" only as the popup would).
    show(reading('Derma Roller 0.25mm', [0.25]), user({ sessions: [s], profile: ANSWERED_PROFILE }));
    expect(screen.getByTestId('card-history').textContent).toContain(
      'that gap has passed: another session there is possible when no contraindication applies.',
    );
    cleanup();
    show(reading('Derma Roller 1.5mm', [1.5]), user({ sessions: [s] }));
    expect(text(screen.getByTestId('card-history'))).toBe(
      'Your last session: Cheeks, 20 days ago. A 1.5 mm roller is for professionals only: Roller Coach suggests no home schedule for it.',
    );
  });

  it('never says "possible" in the history line where the popup says do not roll or ask a doctor for that area', () => {
    // The gap has passed (20 days), but the last session recorded a "see a doctor" effect.
    const signs = makeSession({
      when: '2026-11-01T20:00:00+01:00',
      area: 'cheeks',
      needleMm: 0.25,
      sideEffects: ['infection-signs'],
    });
    const { model } = show(reading('Derma Roller 0.25mm', [0.25]), user({ sessions: [signs] }));
    expect(model.history?.gap?.stop).toBe('do-not-roll');
    const line = text(screen.getByTestId('card-history'));
    expect(line).toContain('whatever the gap, Roller Coach says do not roll there now (open it to see why).');
    expect(line).not.toMatch(/possible/i);
    // Marked as a stop, never left in the soft box alone.
    expect(screen.getByTestId('card-history').getAttribute('data-stop')).toBe('do-not-roll');
    cleanup();
    // Not yet either: the stop comes before a date.
    const recent = { ...signs, when: '2026-11-20T20:00:00+01:00' };
    show(reading('Derma Roller 0.25mm', [0.25]), user({ sessions: [recent] }));
    expect(text(screen.getByTestId('card-history'))).not.toMatch(/possible/i);
    cleanup();
    // A condition that asks for a doctor first.
    const plain = makeSession({ when: '2026-11-01T20:00:00+01:00', area: 'cheeks', needleMm: 0.25 });
    const profile = {
      ...DEFAULT_PROFILE,
      conditions: { 'cold-sores-history': { present: true, areas: [] } },
    };
    show(reading('Derma Roller 0.25mm', [0.25]), user({ sessions: [plain], profile }));
    expect(text(screen.getByTestId('card-history'))).toContain(
      'whatever the gap, Roller Coach says to ask a doctor before another session there (open it to see why).',
    );
  });

  it('never says "possible" in the history line where the popup asks for the safety answers first or names a warning', () => {
    const s = makeSession({ when: '2026-11-01T20:00:00+01:00', area: 'cheeks', needleMm: 0.25 });
    // The gap has passed, but no safety question is answered: the popup says "answer first".
    const { model } = show(reading('Derma Roller 0.25mm', [0.25]), user({ sessions: [s] }));
    expect(model.history?.gap?.stop).toBe('answer-first');
    const line = text(screen.getByTestId('card-history'));
    expect(line).toContain('answer Roller Coach’s safety questions first');
    expect(line).not.toMatch(/possible/i);
    expect(screen.getByTestId('card-history').getAttribute('data-stop')).toBe('answer-first');
    cleanup();
    // Answered, but a first session deeper than the last one is a warning in the popup ("warned").
    const deeper = show(
      reading('Derma Roller 0.5mm', [0.5]),
      user({ sessions: [s], profile: ANSWERED_PROFILE }),
    );
    expect(deeper.model.history?.gap?.stop).toBe('warned');
    expect(text(screen.getByTestId('card-history'))).toContain(
      'that gap has passed, but a warning applies there (open Roller Coach to see it).',
    );
  });

  it('puts the user’s own contraindications first', () => {
    const profile = { ...DEFAULT_PROFILE, conditions: { 'pregnancy-nursing': { present: true, areas: [] } } };
    show(reading('Derma Roller 0.25mm', [0.25]), user({ profile }));
    expect(
      screen.getByText('Your profile lists pregnancy or nursing: do not roll. See a dermatologist.'),
    ).toBeTruthy();
  });

  it('hides details and offers the three ways to turn it off, each a button; Escape closes the menu', async () => {
    const { onAction, onNotes } = show(reading('Derma Roller 0.5mm', [0.5]));
    const toggle = screen.getByRole('button', { name: 'Hide details' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.queryByText(/How often at home/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Show details' }).getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Show details' }));
    fireEvent.click(screen.getByRole('button', { name: 'Full safety notes' }));
    expect(onNotes).toHaveBeenCalledWith('rules');
    fireEvent.click(screen.getByRole('button', { name: 'all sources' }));
    expect(onNotes).toHaveBeenCalledWith('sources');
    const menu = screen.getByRole('button', { name: 'Hide the card…' });
    fireEvent.click(menu);
    expect(screen.getByRole('group', { name: 'Hide the Roller Coach card' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Turn off everywhere' }), { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(menu);
    for (const [label, action] of [
      ['Hide for this product', 'dismiss-product'],
      ['Turn off on amazon.com', 'disable-site'],
      ['Turn off everywhere', 'disable-all'],
    ] as const) {
      if (!screen.queryByRole('group')) fireEvent.click(menu);
      fireEvent.click(screen.getByRole('button', { name: label }));
      expect(onAction).toHaveBeenLastCalledWith(action);
    }
  });

  it('says so when a choice could not be saved', async () => {
    const onAction = vi.fn(async () => {
      throw new Error('storage is full');
    });
    show(reading('Derma Roller 0.5mm', [0.5]), user(), { onAction });
    fireEvent.click(screen.getByRole('button', { name: 'Hide the card…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Turn off everywhere' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That could not be saved: storage is full');
  });
});

// Seen in a Spanish screenshot of the card in Firefox: the sources that describe rather than
// cite ("Roller Coach proposal") stayed in English on the card while the options page translated them.
describe('card sources in another language', () => {
  it('translates the sources that are descriptions, and leaves citations as published', async () => {
    await ensureCatalogue('es');
    localeSetting.value = 'es';
    show(reading('Derma Roller 0.5 mm', [0.5]));
    const links = document.querySelector('.links');
    expect(text(links)).toContain('Propuesta de Roller Coach');
    expect(text(links)).not.toContain('Roller Coach proposal');
    expect(text(links)).toContain('FDA 2020');
  });
});

/** Every locale the card speaks, and a reading for each verdict the card can give (RF included). */
const LOCALES = ['en', 'es', 'de', 'fr'] as const;
const VERDICTS: [string, PageReading, string][] = [
  ['cosmetic', reading('Derma Roller 0.25mm', [0.25]), 'home-ok'],
  ['caution', reading('Derma Roller 0.5mm', [0.5]), 'caution'],
  ['not for home', reading('Derma Roller 0.75mm', [0.75]), 'not-for-home'],
  ['professional', reading('Derma Roller 1.5mm', [1.5]), 'not-for-home'],
  ['do not use', reading('Derma Roller 2.5mm', [2.5]), 'not-for-home'],
  ['unknown', reading('Titanium Derma Roller', []), 'unknown'],
  ['RF', reading('RF Microneedling Machine 0.25mm', [0.25]), 'do-not-use'],
];

describe('the card never promises safety (issue 10, point 6)', () => {
  it('radiofrequency microneedling: "do not use at home", no home schedule, a verdict that is neither home-ok nor caution', () => {
    const s = makeSession({ when: '2026-11-01T20:00:00+01:00', area: 'cheeks', needleMm: 0.25 });
    const r = reading('Fractional RF Microneedling Machine 0.25mm', [0.25]);
    expect(r.classification.rf).toBe(true);
    const { model } = show(r, user({ sessions: [s] }));
    expect(model.verdict).toBe('do-not-use');
    expect(model.often).toBeNull();
    expect(model.history?.gap).toBeNull();
    expect(screen.getByTestId('card-verdict').textContent).toBe(
      'Do not use at home: radiofrequency microneedling',
    );
    const all = text(screen.getByTestId('card'));
    expect(all).not.toMatch(/Fine for home use|How often at home|between sessions in the same area/);
    expect(all).toContain('Roller Coach suggests no home schedule for it, at any needle length');
    expect(text(screen.getByTestId('card-history'))).toBe(
      'Your last session: Cheeks, 20 days ago. RF microneedling is not for home use: Roller Coach gives no home date for it.',
    );
    // A kit of RF lengths lists no per-length home verdicts either.
    cleanup();
    show(reading('RF Microneedling Pen 0.25-0.5mm', [0.25, 0.5], 'range'));
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });

  it.each([
    // band, lengths, the proposal's reasoning shown with it (reference section 1: which values are proposals)
    ['cosmetic', [0.25], 'consumer guides say every other day'],
    ['caution', [0.5], 'a week is the conservative choice'],
    ['not-for-home', [0.75], '14 days is the conservative choice'],
    ['do-not-use', [2.5], '42 days is the longest clinic interval for 1 to 2 mm'],
  ] as const)('%s: the interval is labelled a proposal, with its one-line reasoning', (_, lengths, why) => {
    show(reading('Derma Roller', [...lengths]));
    const line = text(screen.getByText(/a Roller Coach proposal, not a clinical finding/));
    expect(line).toContain(why);
    expect(line).toMatch(/\(a Roller Coach proposal, not a clinical finding: [^)]+\)/);
  });

  it('1.0 to 2.0 mm: the 28-day clinic interval has a source and is not called a proposal', () => {
    show(reading('Derma Roller 1.5mm', [1.5]));
    expect(screen.queryByText(/proposal/)).toBeNull();
    expect(screen.getByText(/a median of 4 weeks/)).toBeTruthy();
  });

  it('the 42-day value never reads as a clinic rule without its label', () => {
    show(reading('Derma Roller 3.0mm', [3]));
    const line = text(screen.getByText(/42 days/));
    expect(line).not.toMatch(/Clinics wait at least 42 days/);
    expect(line).toContain('a Roller Coach proposal, not a clinical finding');
  });

  it('a value the user made stricter is shown as their setting, not as the proposal', () => {
    const settings = { ...DEFAULT_SETTINGS, ruleOverrides: { 'interval.cosmetic': { value: 5 } } };
    show(reading('Derma Roller 0.25mm', [0.25]), user({ settings }));
    expect(text(screen.getByText(/at least 5 days/))).toContain('(your stricter setting)');
  });

  it('"Fine for home use" always carries "when no contraindication applies", in the headline and the rows', () => {
    show(reading('Derma Roller 0.25mm', [0.25]));
    expect(screen.getByTestId('card-verdict').textContent).toBe(
      'Fine for home use when no contraindication applies',
    );
    cleanup();
    show(reading('Derma Roller Kit', [0.25, 0.5]));
    for (const el of screen.getAllByText(/Fine for home use/))
      expect(text(el)).toContain('Fine for home use when no contraindication applies');
  });

  it('lists all eight do-not-roll conditions, the ask-a-doctor group and the never-roll-over list', () => {
    show(reading('Derma Roller 0.5mm', [0.5]));
    const doNot = text(screen.getByTestId('card-do-not-roll'));
    for (const c of [
      'skin cancer or a suspicious mole',
      'open wounds, sores, irritated or sunburned skin',
      'an active skin infection',
      'active acne',
      'a bleeding disorder or blood thinners',
      'pregnancy or nursing',
      'isotretinoin (now or within 6 months)',
      'an allergy to the needle metal or a numbing cream',
    ])
      expect(doNot).toContain(c);
    const ask = text(screen.getByTestId('card-ask-doctor'));
    expect(ask).toMatch(/^Ask a doctor first with:/);
    for (const c of [
      'eczema',
      'cold sores',
      'keloid',
      'less than a year old',
      'diabetes',
      'heart problems',
      'actinic keratosis',
      'recent peel',
    ])
      expect(ask).toContain(c);
    expect(text(screen.getByTestId('card-never-over'))).toBe(
      'Never roll over: eyelids or inside the orbital rim, lips, moles or birthmarks, tattoos or permanent make-up, keloids, active lesions.',
    );
  });

  it('keeps the not-medical-advice line when the details are hidden (and when it starts collapsed)', () => {
    show(reading('Derma Roller 0.5mm', [0.5]));
    fireEvent.click(screen.getByRole('button', { name: 'Hide details' }));
    expect(text(screen.getByTestId('card-disclaimer'))).toContain('not a medical device');
    cleanup();
    show(reading('Derma Roller 0.5mm', [0.5]), user(), { expanded: false });
    expect(text(screen.getByTestId('card-disclaimer'))).toContain('gives no medical advice');
  });

  it('above 0.5 mm the history line gives no home date and never says "possible" or "safe"', () => {
    const s = makeSession({ when: '2026-11-01T20:00:00+01:00', area: 'cheeks', needleMm: 0.25 });
    show(reading('Derma Roller 0.75mm', [0.75]), user({ sessions: [s] }));
    const line = text(screen.getByTestId('card-history'));
    expect(line).toBe(
      'Your last session: Cheeks, 20 days ago. A 0.75 mm roller is not for home use: Roller Coach gives no home date for it.',
    );
  });

  it('the verdict follows the longest length the listing offers, and says so', () => {
    const r = {
      ...reading('Derma Roller Kit 0.25mm with 3 Replacement Heads', [0.25]),
      offered: [0.25, 0.5, 1, 1.5],
    };
    const { model } = show(r);
    expect(model.verdict).toBe('not-for-home');
    expect(needleMmAttribute(model.lengths)).toBe('0.25');
    expect(screen.getByTestId('card-verdict').textContent).toBe('Professional only');
    expect(text(screen.getByTestId('card-summary'))).toBe(
      'Needle length on this page: 0.25 mm (up to 0.25 mm), from the title.',
    );
    expect(text(screen.getByTestId('card-also'))).toBe(
      'This listing also sells 0.5 mm, 1.0 mm, 1.5 mm: the verdict follows the longest, 1.5 mm: Professional only.',
    );
  });

  it('says where it read the product name when it is not the shop’s own title field', () => {
    const r = reading('Derma Roller 0.5mm', [0.5]);
    show({ ...r, listing: { ...r.listing, titleFrom: 'og' } });
    expect(text(screen.getByTestId('card-read-from'))).toBe(
      'Product name read from the page’s sharing tags (og:title), not from the shop’s own title field.',
    );
    cleanup();
    show(r);
    expect(screen.queryByTestId('card-read-from')).toBeNull();
  });

  it.each(LOCALES.flatMap((l) => VERDICTS.map(([name, r, v]) => [l, name, r, v] as const)))(
    '%s, %s: no "safe" wording anywhere on the card, and the disclaimer is there',
    (locale, _, r, verdict) => {
      localeSetting.value = locale;
      const s = makeSession({ when: '2026-11-20T20:00:00+01:00', area: 'cheeks', needleMm: 0.25 });
      const old = makeSession({ when: '2026-10-01T20:00:00+01:00', area: 'forehead', needleMm: 0.25 });
      for (const sessions of [[s], [old], []]) {
        const { model } = show(r, user({ sessions }));
        expect(model.verdict).toBe(verdict);
        const all = text(screen.getByTestId('card')).toLowerCase();
        expect(all).not.toMatch(
          /\bsafe\b|\bsafely\b|\bsegur[oa]s?\b|\bsicher\b|\bsans danger\b|\bsans risque\b|\ben sécurité\b/,
        );
        expect(screen.getByTestId('card-disclaimer').textContent).not.toBe('');
        cleanup();
      }
    },
  );
});
