import { afterEach, describe, expect, it } from 'vitest';
import { site as amazon } from '../../../src/retail/retailers/amazon';
import { BUY_BUTTONS } from '../../../src/retail/sites';
import { buyButtons, fitCard } from '../../../src/ui/card/place';

/**
 * The card's placement (issue 12): every rectangle is read before any style is written, so the
 * page is never laid out out of turn, and the result is what the old read-write-read loop gave.
 */
type Rect = { left: number; top: number; width: number; height: number };
const domRect = (r: Rect) =>
  ({ ...r, x: r.left, y: r.top, right: r.left + r.width, bottom: r.top + r.height, toJSON() {} }) as DOMRect;

function scene(opts: {
  anchorWidth: number;
  boxWidth: string;
  cardHeight: number;
  buttons: Rect[];
  page?: number;
}) {
  const log: string[] = [];
  let written = false;
  /** `value`, noting a read that comes after a write (it would force a layout). */
  const read = <T>(what: string, value: T): T => {
    if (written) log.push(`read ${what} after a write`);
    return value;
  };
  const styles: Record<string, string> = { width: opts.boxWidth, maxHeight: '', left: '', top: '' };
  const style = new Proxy(styles, {
    set(target, prop: string, value: string) {
      written = true;
      log.push(`write ${prop}=${value}`);
      target[prop] = value;
      return true;
    },
  });
  const host = document.createElement('div');
  const box = document.createElement('div');
  const card = document.createElement('section');
  box.append(card);
  const anchor = document.createElement('div');
  Object.defineProperty(box, 'style', { value: style });
  host.getBoundingClientRect = () => read('host', domRect({ left: 600, top: 300, width: 0, height: 0 }));
  anchor.getBoundingClientRect = () =>
    read('anchor', domRect({ left: 600, top: 100, width: opts.anchorWidth, height: 200 }));
  box.getBoundingClientRect = () => {
    const top = 300 + Number.parseFloat(styles.top || '0');
    return read(
      'box',
      domRect({ left: 600, top, width: Number.parseFloat(styles.width ?? ''), height: opts.cardHeight }),
    );
  };
  Object.defineProperty(card, 'clientHeight', { get: () => read('card', opts.cardHeight) });
  Object.defineProperty(card, 'scrollHeight', { get: () => read('card', opts.cardHeight) });
  Object.defineProperty(document.documentElement, 'clientWidth', {
    configurable: true,
    get: () => read('page', opts.page ?? 1100),
  });
  const buttons = () => read('buttons', opts.buttons.map(domRect));
  return { host, box, anchor, buttons, log, styles };
}

describe('fitCard', () => {
  it('a new width is written alone, and nothing is read after it', () => {
    const s = scene({ anchorWidth: 300, boxWidth: '', cardHeight: 400, buttons: [] });
    fitCard(s.host, s.box, s.anchor, s.buttons);
    expect(s.log).toEqual(['write width=300px']);
  });

  it('a buy button below: shortened to the room left, every rectangle read first', () => {
    const s = scene({
      anchorWidth: 300,
      boxWidth: '300px',
      cardHeight: 400,
      buttons: [{ left: 620, top: 560, width: 200, height: 40 }],
    });
    fitCard(s.host, s.box, s.anchor, s.buttons);
    expect(s.log.filter((l) => l.startsWith('read'))).toEqual([]);
    expect(s.styles).toMatchObject({ left: '0px', top: '8px', maxHeight: '244px' });
  });

  it('too little room above the button: moved below it, and the card overflowing the page moves left', () => {
    const s = scene({
      anchorWidth: 420,
      boxWidth: '420px',
      cardHeight: 400,
      buttons: [{ left: 620, top: 350, width: 200, height: 40 }],
      page: 960,
    });
    fitCard(s.host, s.box, s.anchor, s.buttons);
    expect(s.log.filter((l) => l.startsWith('read'))).toEqual([]);
    // Below the button: 308 + (390 - 308 + 8) = 98 px under the host; and 600 + 420 > 960 - 8: 68 px to the left.
    expect(s.styles).toMatchObject({ left: '-68px', top: '98px', maxHeight: '' });
  });
});

describe('buyButtons: the buttons the card keeps clear of', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });
  /** A page whose buttons are shown, each at its own left edge. */
  function pageWith(html: string): void {
    document.body.innerHTML = html;
    document.querySelectorAll('button, input').forEach((el, i) => {
      const rect = domRect({ left: 10 * (i + 1), top: 0, width: 5, height: 5 });
      el.getBoundingClientRect = () => rect;
      el.getClientRects = () => [rect] as unknown as DOMRectList;
    });
  }
  const tiers = [amazon.buyButtons ?? [], BUY_BUTTONS];

  it("finds the shop's own buttons", () => {
    pageWith('<input id="add-to-cart-button" type="submit"><input id="buy-now-button" type="submit">');
    expect(
      buyButtons(tiers)
        .rects()
        .map((r) => r.left),
    ).toEqual([10, 20]);
  });

  it("falls back to the generic list when none of the shop's own is on the page", () => {
    pageWith('<p>changed layout</p><button class="product-add-to-cart">Add</button>');
    expect(
      buyButtons(tiers)
        .rects()
        .map((r) => r.left),
    ).toEqual([10]);
  });

  it('finds none on a page without buy buttons', () => {
    pageWith('<button type="button">Share</button>');
    expect(buyButtons(tiers).rects()).toEqual([]);
  });
});
