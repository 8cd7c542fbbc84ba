import { describe, expect, it } from 'vitest';
import { queryEach } from '../../../src/retail/dom';
import { BUY_BUTTONS } from '../../../src/retail/sites';

/** queryEach must find exactly what one selector list finds, in the same (document) order. */
describe('queryEach', () => {
  it('finds what the selector list finds, each element once, in document order', () => {
    document.body.innerHTML = `
      <div id="b"><table><tr id="r3"><td>x</td></tr></table></div>
      <div id="a"><table><tr id="r1"><td>y</td></tr><tr id="r2"><td>z</td></tr></table>
        <div id="c"><table><tr id="r4"><td>w</td></tr></table></div></div>`;
    const selectors = ['#a tr', '#b tr', '#c tr'];
    const ids = (els: Iterable<Element>) => [...els].map((e) => e.id);
    expect(ids(queryEach(document, selectors))).toEqual(ids(document.querySelectorAll(selectors.join(', '))));
    expect(ids(queryEach(document, selectors))).toEqual(['r3', 'r1', 'r2', 'r4']);
  });

  it('finds the buy buttons one selector list would', () => {
    document.body.innerHTML = `
      <form action="/cart/add"><button type="submit" id="s1">Add</button></form>
      <input name="submit.add-to-cart" id="s2"><span data-testid="x-atc-action" id="s3"></span>
      <button class="js-addToCart" id="s4"></button><button id="buy-now-button"></button>
      <input name="submit.buy-now" id="s5"><div id="add-to-cart-button"></div><p id="none"></p>`;
    const ids = (els: Iterable<Element>) => [...els].map((e) => e.id);
    expect(ids(queryEach(document, BUY_BUTTONS))).toEqual(
      ids(document.querySelectorAll(BUY_BUTTONS.join(', '))),
    );
    expect(ids(queryEach(document, BUY_BUTTONS))).toHaveLength(7);
  });
});
