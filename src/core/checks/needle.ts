import { BANDS, type BandId } from '../bands';
import { finding } from '../findings';
import { parseInstant } from '../time';
import { defineCheck } from './check';

type NeedleCode =
  | 'first-caution-session'
  | 'caution-band'
  | 'needle-not-for-home'
  | 'needle-professional'
  | 'needle-do-not-use';

/** The warning each band over 0.5 mm gives (reference section 1); 0.25 mm and under give none. */
const BAND_WARNING: Partial<Record<BandId, NeedleCode>> = {
  'not-for-home': 'needle-not-for-home',
  professional: 'needle-professional',
  'do-not-use': 'needle-do-not-use',
};

/**
 * Needle length (reference section 1): over 0.25 to 0.5 mm first-time users get an explicit warning
 * (any earlier session over 0.25 mm, in any area, counts), the others a note; longer bands warn.
 */
export const needleCheck = defineCheck<NeedleCode>({
  name: 'needle',
  produces: [
    'first-caution-session',
    'caution-band',
    'needle-not-for-home',
    'needle-professional',
    'needle-do-not-use',
  ],
  sources: [...new Set(BANDS.flatMap((b) => b.sources))],
  run({ candidate, ctx, band }) {
    if (!band) return [];
    const params = { needleMm: candidate.needleMm };
    if (band.id === 'caution') {
      const earlierDeep = ctx.sessions.some(
        (s) => s.id !== candidate.id && s.needleMm > 0.25 && parseInstant(s.when) < candidate.whenMs,
      );
      return earlierDeep
        ? [finding('caution-band', 'info', band.sources, params)]
        : [finding('first-caution-session', 'warn', band.sources, params)];
    }
    const code = BAND_WARNING[band.id];
    return code ? [finding(code, 'warn', band.sources, params)] : [];
  },
});
