import { describe, expect, it } from 'vitest';
import { fold, normaliseText, oneLine } from '../../../src/retail/text';

describe('text as product pages deliver it', () => {
  it.each([
    ['Amazon marks around a colon', 'Needle length \u200F:\u200E 0.5 mm', 'Needle length : 0.5 mm'],
    ['no-break and thin spaces', '0,5\u00A0mm\u2009needles', '0,5 mm needles'],
    ['dashes and minus signs', '0.25\u20130.5 mm, \u22121', '0.25-0.5 mm, -1'],
    ['full-width digits, stop and wave dash', '\uFF10\uFF0E\uFF15\uFF5E\uFF11 mm', '0.5~1 mm'],
    ['Windows and old Mac line ends', 'a\r\nb\rc', 'a\nb\nc'],
    ['an invisible mark inside a line end', 'a\r\u200B\nb', 'a\nb'],
    ['a soft hyphen inside a word', 'Mikro\u00ADnadeln', 'Mikronadeln'],
  ])('%s', (_what, raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });

  it('one line: normalised, white space collapsed, trimmed; folded: lower case without accents', () => {
    expect(oneLine('  Agujas\u00A0de\r\n titanio\u200E ')).toBe('Agujas de titanio');
    expect(oneLine(null)).toBe('');
    expect(fold('Rodillo  de MICROAGUJAS, Colágeno')).toBe('rodillo de microagujas, colageno');
  });
});
