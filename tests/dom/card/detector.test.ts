import { describe, expect, it } from 'vitest';
import { firstLook } from '../../../src/ui/card/first-look';
import { amazonPage } from '../../fixtures/retail/pages';
import { parse } from '../retail/load';

const URL_ = new URL('https://www.amazon.com/x/dp/B0RC000777');

/** Issue 11, point 3: the detector reads past a vague title (bullets), within its budget. */
describe('the detector’s first look past a vague title', () => {
  it.each([
    [
      'Hair Growth Kit for Men, Beard and Scalp',
      ['Includes a 0.5mm derma roller with 540 titanium needles'],
      'device',
    ],
    ['Glowtech Q2 Professional', ['Wireless microneedling device, 12-pin cartridges'], 'device'],
    ['Biotin Hair Growth Serum 60 ml', ['Works great with a derma roller for best results'], 'not-a-device'],
    [
      'Hair Growth Kit for Men, Beard and Scalp',
      ['Biotin shampoo and conditioner, 250 ml each'],
      'not-a-device',
    ],
    ['Jade Roller and Gua Sha Set', ['Not a derma roller: no needles'], 'not-a-device'],
  ] as const)('%s + %j: %s', (title, bullets, found) => {
    expect(firstLook(parse(amazonPage({ title, bullets: [...bullets] })), URL_).found).toBe(found);
  });

  it('reads at most DETAILS_BUDGET characters of the details', () => {
    const filler = 'Soft bristles for a gentle clean. '.repeat(200);
    const late = amazonPage({ title: 'Hair Growth Kit', bullets: [filler, 'Includes a 0.5mm derma roller'] });
    expect(firstLook(parse(late), URL_).found).toBe('not-a-device');
  });
});
