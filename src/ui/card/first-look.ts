import { classifyTexts } from '../../retail/classify-texts';
import type { PageIdentity } from '../../retail/identify';
import { pageLook } from './page-look';

/**
 * What the detector and the background decide together about a page, as one pure function (the
 * detector's own look in the page, then the classifier the background runs on its texts): whether
 * it is a product page, and a microneedling device. `retry` when a product URL has no title yet.
 */
export function firstLook(
  doc: Document,
  url: URL,
): { found: 'device' | 'not-a-device' | 'not-a-product'; retry: boolean; page: PageIdentity | null } {
  const look = pageLook(doc, url);
  if (look.found !== 'maybe-device') return look;
  return {
    found: classifyTexts(look.texts).device ? 'device' : 'not-a-device',
    retry: false,
    page: look.page,
  };
}
