import { render } from 'preact';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { ensureCatalogue, type Locale, localeSetting } from '../../../src/i18n/i18n';
import { classifyListing } from '../../../src/retail/classify';
import type { Listing, PageReading } from '../../../src/retail/listing';
import { Card } from '../../../src/ui/card/Card';
import css from '../../../src/ui/card/card.css?inline';
import { HOST_CSS } from '../../../src/ui/card/host-css';
import { cardModel, needleMmAttribute } from '../../../src/ui/card/model';

/**
 * The card's test page (issue 11, point 8): the same Card component and stylesheet as the content
 * script, mounted in OPEN shadow roots so that axe can see inside. Bundled by the e2e test with
 * Vite; never part of the extension build.
 */
export interface PreviewSpec {
  title: string;
  lengths: number[];
  offered?: number[];
  theme: 'light' | 'dark';
  expanded?: boolean;
  /** Days since the last session (for the history line), or none. */
  lastSessionDaysAgo?: number;
  /** The last session's after-effects (a "see a doctor" one makes the area "do not roll"). */
  lastSessionEffects?: string[];
}

function reading(spec: PreviewSpec): PageReading {
  const listing: Listing = {
    retailer: 'amazon',
    productKey: 'amazon:B0PREVIEW0',
    title: spec.title,
    context: [],
    bullets: [],
    specs: [],
    variations: [],
    description: '',
  };
  return {
    listing,
    classification: classifyListing(spec.title),
    lengths: spec.lengths,
    offered: spec.offered ?? spec.lengths,
    form: spec.lengths.length > 1 ? 'list' : spec.lengths.length ? 'single' : null,
    source: spec.lengths.length ? 'title' : null,
  };
}

async function renderCards(locale: Locale, specs: PreviewSpec[]): Promise<string[]> {
  await ensureCatalogue(locale);
  localeSetting.value = locale;
  const now = Date.now();
  const verdicts: string[] = [];
  for (const spec of specs) {
    const host = document.createElement('roller-coach-card');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${HOST_CSS}\n${css}`;
    const box = document.createElement('div');
    box.className = 'box';
    root.append(style, box);
    const slot = document.createElement('div');
    slot.className = 'slot';
    slot.append(host);
    document.querySelector('main')?.append(slot);
    const when = spec.lastSessionDaysAgo;
    const sessions =
      when === undefined
        ? []
        : [
            {
              id: 's1',
              when: new Date(now - when * 86_400_000).toISOString().replace(/\.\d+Z$/, '+00:00'),
              area: 'cheeks' as const,
              rollerId: null,
              needleMm: 0.25,
              bleeding: 'none' as const,
              products: [],
              sideEffects: spec.lastSessionEffects ?? [],
              notes: '',
              findings: [],
              loggedAt: new Date(now).toISOString().replace(/\.\d+Z$/, '+00:00'),
            },
          ];
    const model = cardModel(
      reading(spec),
      { settings: DEFAULT_SETTINGS, profile: DEFAULT_PROFILE, sessions: sessions as never },
      now,
      'UTC',
    );
    host.setAttribute('data-needle-mm', needleMmAttribute(model.lengths));
    host.setAttribute('data-verdict', model.verdict);
    host.setAttribute('data-theme', spec.theme);
    render(
      <Card
        model={model}
        site="amazon.com"
        tz="UTC"
        expanded={spec.expanded ?? true}
        onAction={async () => undefined}
        onNotes={() => undefined}
      />,
      box,
    );
    verdicts.push(model.verdict);
  }
  return verdicts;
}

(globalThis as Record<string, unknown>).__rcCardPreview = { renderCards };
