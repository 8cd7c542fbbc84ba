import { type Band, type BandId, bandOf, type HomeVerdict } from '../../core/bands';
import { CONDITIONS, type ConditionId } from '../../core/conditions';
import { lastSessionByArea } from '../../core/history';
import { effectiveRules } from '../../core/rules';
import { nextSafeMoment } from '../../core/schedule';
import type { Profile, Session, Settings } from '../../core/schemas';
import type { SourceId } from '../../core/sources';
import { localDaysBetween, parseInstant } from '../../core/time';
import type { DeviceKind } from '../../retail/classify';
import type { LengthSource, PageReading } from '../../retail/listing';
import type { LengthForm } from '../../retail/needle-length';

/**
 * What the card says, as data: a pure function of what the page states, the user's data, the
 * clock and the time zone. The component only lays it out.
 */
export type CardVerdict = HomeVerdict | 'unknown';

export interface LengthRow {
  mm: number;
  /** Null for 0 mm, the retracted end of an adjustable pen. */
  band: Band | null;
}

export interface Often {
  band: BandId;
  mm: number;
  days: number;
  cap: number;
  proposal: boolean;
}

export interface HistoryLine {
  area: Session['area'];
  daysAgo: number;
  /** The gap the page's length needs, and when the area is next safe for it; null when no home schedule. */
  gap: { days: number; safeFromMs: number; safeNow: boolean } | null;
}

export interface CardModel {
  verdict: CardVerdict;
  /** The band of the longest length (its verdict is the card's headline). */
  band: Band | null;
  lengths: number[];
  form: LengthForm | null;
  source: LengthSource | null;
  device: DeviceKind;
  rf: boolean;
  rows: LengthRow[];
  often: Often | null;
  history: HistoryLine | null;
  /** The user's own do-not-roll conditions that apply everywhere (from their profile). */
  ownConditions: ConditionId[];
  /** The contraindications every shopper should see. */
  conditions: ConditionId[];
  sources: SourceId[];
}

export interface UserData {
  settings: Settings;
  profile: Profile;
  /** Recent sessions (the last two months or so), oldest first. */
  sessions: Session[];
}

/** The do-not-roll conditions the card lists, most common first (reference, section 2). */
export const TOP_CONDITIONS: readonly ConditionId[] = [
  'active-acne',
  'infection',
  'wound-or-sunburn',
  'isotretinoin',
  'pregnancy-nursing',
];

/** The value the card's host element carries in data-needle-mm: ascending, comma-separated. */
export function needleMmAttribute(lengths: readonly number[]): string {
  return [...lengths].sort((a, b) => a - b).join(',');
}

export function cardModel(reading: PageReading, user: UserData, nowMs: number, tz: string): CardModel {
  const lengths = reading.lengths;
  const longest = lengths.length > 0 ? Math.max(...lengths) : null;
  const band = longest === null ? null : bandOf(longest);
  const rules = effectiveRules(user.settings.ruleOverrides);
  const device = reading.classification.kind ?? 'device';

  let often: Often | null = null;
  if (band && longest !== null) {
    often = {
      band: band.id,
      mm: longest,
      days: rules[`interval.${band.id}`].value,
      cap: rules[`weekly-cap.${band.id}`].value,
      proposal: band.intervalIsProposal,
    };
  }

  let history: HistoryLine | null = null;
  const last = [...lastSessionByArea(user.sessions).values()].sort(
    (a, b) => parseInstant(b.when) - parseInstant(a.when),
  )[0];
  if (last) {
    const daysAgo = Math.max(0, localDaysBetween(parseInstant(last.when), nowMs, tz));
    let gap: HistoryLine['gap'] = null;
    if (band && longest !== null && longest < 1) {
      const safe = nextSafeMoment(last.area, longest, user.sessions, rules, tz);
      gap = {
        days: rules[`interval.${band.id}`].value,
        safeFromMs: safe.safeFromMs,
        safeNow: safe.safeFromMs <= nowMs,
      };
    }
    history = { area: last.area, daysAgo, gap };
  }

  const ownConditions = CONDITIONS.filter(
    (c) => c.group === 'do-not-roll' && user.profile.conditions[c.id]?.present === true,
  ).map((c) => c.id);
  const sources = new Set<SourceId>(band?.sources ?? []);
  sources.add('skinpen-den160029');
  if (reading.classification.rf) sources.add('fda-rf-2024');

  return {
    verdict: band ? band.verdict : 'unknown',
    band,
    lengths,
    form: reading.form,
    source: reading.source,
    device,
    rf: reading.classification.rf,
    rows: lengths.map((mm) => ({ mm, band: mm === 0 ? null : bandOf(mm) })),
    often,
    history,
    ownConditions,
    conditions: TOP_CONDITIONS.filter((c) => !ownConditions.includes(c)),
    sources: [...sources],
  };
}
