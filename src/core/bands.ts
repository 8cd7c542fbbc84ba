import type { SourceId } from './sources';

/** Needle-length bands of the safety reference, section 1. */
export const BAND_IDS = ['cosmetic', 'caution', 'not-for-home', 'professional', 'do-not-use'] as const;
export type BandId = (typeof BAND_IDS)[number];

/** The three-way verdict the product card and badges use. */
export type HomeVerdict = 'home-ok' | 'caution' | 'not-for-home';

export interface Band {
  id: BandId;
  /** Lower bound in micrometres and whether it is included. */
  minUm: number;
  minInclusive: boolean;
  /** Upper bound in micrometres and whether it is included. */
  maxUm: number;
  maxInclusive: boolean;
  verdict: HomeVerdict;
  /** Default minimum interval between sessions in one area, in calendar days. */
  intervalDays: number;
  /** The longer interval after a session that bled or stayed red for more than 48 hours. */
  extendedIntervalDays: number;
  /** Which bleeding extends the interval (at 1 mm and more pinpoint bleeding is expected). */
  extendOnBleeding: 'pinpoint' | 'more';
  /** Most sessions in one area in any 7 calendar days. */
  weeklyCap: number;
  sources: readonly SourceId[];
  /** True where no source gives the interval: the UI must call it a proposal. */
  intervalIsProposal: boolean;
}

/** Every needle length the app accepts lies in (0, 3.0] mm. */
export const MAX_NEEDLE_MM = 3;
export const MIN_NEEDLE_MM = 0.01;
/** Hours of redness after which the interval is extended (reference, section 1). */
export const LONG_REDNESS_HOURS = 48;

export const BANDS: readonly Band[] = [
  {
    id: 'cosmetic',
    minUm: 0,
    minInclusive: false,
    maxUm: 250,
    maxInclusive: true,
    verdict: 'home-ok',
    intervalDays: 3,
    extendedIntervalDays: 7,
    extendOnBleeding: 'pinpoint',
    weeklyCap: 2,
    sources: ['aad-2018', 'fda-guidance-2020', 'roller-coach-proposal'],
    intervalIsProposal: true,
  },
  {
    id: 'caution',
    minUm: 250,
    minInclusive: false,
    maxUm: 500,
    maxInclusive: true,
    verdict: 'caution',
    intervalDays: 7,
    extendedIntervalDays: 14,
    extendOnBleeding: 'pinpoint',
    weeklyCap: 1,
    sources: ['fda-guidance-2020', 'roller-coach-proposal'],
    intervalIsProposal: true,
  },
  {
    id: 'not-for-home',
    minUm: 500,
    minInclusive: false,
    maxUm: 1000,
    maxInclusive: false,
    verdict: 'not-for-home',
    intervalDays: 14,
    extendedIntervalDays: 28,
    extendOnBleeding: 'pinpoint',
    weeklyCap: 1,
    sources: ['cfr-878-4430', 'roller-coach-proposal'],
    intervalIsProposal: true,
  },
  {
    id: 'professional',
    minUm: 1000,
    minInclusive: true,
    maxUm: 2000,
    maxInclusive: false,
    verdict: 'not-for-home',
    intervalDays: 28,
    extendedIntervalDays: 42,
    extendOnBleeding: 'more',
    weeklyCap: 1,
    sources: ['harris-2015', 'ablon-2018', 'skinpen-den160029'],
    intervalIsProposal: false,
  },
  {
    id: 'do-not-use',
    minUm: 2000,
    minInclusive: true,
    maxUm: MAX_NEEDLE_MM * 1000,
    maxInclusive: true,
    verdict: 'not-for-home',
    intervalDays: 42,
    extendedIntervalDays: 56,
    extendOnBleeding: 'more',
    weeklyCap: 1,
    sources: ['harris-2015', 'roller-coach-proposal'],
    intervalIsProposal: true,
  },
];

/** Needle length in whole micrometres, so band edges never depend on floating-point noise. */
export function toMicrometres(mm: number): number {
  return Math.round(mm * 1000);
}

export function isValidNeedleMm(mm: number): boolean {
  return Number.isFinite(mm) && mm >= MIN_NEEDLE_MM && mm <= MAX_NEEDLE_MM;
}

/** The band of a nominal needle length, or null for a length outside (0, 3.0] mm. */
export function bandOf(mm: number): Band | null {
  if (!isValidNeedleMm(mm)) return null;
  const um = toMicrometres(mm);
  for (const band of BANDS) {
    const aboveMin = band.minInclusive ? um >= band.minUm : um > band.minUm;
    const belowMax = band.maxInclusive ? um <= band.maxUm : um < band.maxUm;
    if (aboveMin && belowMax) return band;
  }
  return null;
}

export function bandById(id: BandId): Band {
  const band = BANDS.find((b) => b.id === id);
  if (!band) throw new Error(`unknown band ${id}`);
  return band;
}

/** home-ok (<= 0.25 mm), caution (<= 0.5 mm), not-for-home (> 0.5 mm); null when invalid. */
export function homeVerdict(mm: number): HomeVerdict | null {
  return bandOf(mm)?.verdict ?? null;
}
