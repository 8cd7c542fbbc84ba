import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSuite } from './card.suite';
import { CONTROL, pagesSuite } from './pages.suite';
import { errorLines, type FirefoxHarness, startFirefoxHarness } from './support';

// One Firefox for the whole tier: launching one costs 8-20 s on a shared machine, the tests
// themselves about 40 s. Each suite clears the extension's storage before each of its tests.
let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefoxHarness('e2e');
});
afterAll(async () => {
  await h?.close();
});

pagesSuite(() => h);
cardSuite(() => h);

describe('the whole Firefox run', () => {
  it('printed no console error of any extension page, content script or the background page (the controls aside)', () => {
    // The saved eBay page's own scripts fail to load their modules (every request is aborted).
    const ours = errorLines(h.output).filter(
      (l) => !l.includes(CONTROL) && !/ebaystatic\.com|@ebay\//.test(l),
    );
    expect(ours).toEqual([]);
  });
});
