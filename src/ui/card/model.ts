import { canRollNow } from '../../core/assess';
import { buildAssessContext, rulesFor } from '../../core/assessment-context';
import { type Band, type BandId, bandOf, type HomeVerdict } from '../../core/bands';
import { CONDITIONS, type ConditionId } from '../../core/conditions';
import { lastSessionByArea } from '../../core/history';
import { ASK_DOCTOR, rollStatus } from '../../core/roll-status';
import { bandRule } from '../../core/rules';
import { nextSafeMoment } from '../../core/schedule';
import type { Profile, Session, Settings } from '../../core/schemas';
import type { SourceId } from '../../core/sources';
import { localDaysBetween, parseInstant } from '../../core/time';
import type { DeviceKind } from '../../retail/classify';
import type { LengthSource, PageReading, TitleSource } from '../../retail/listing';
import type { LengthForm } from '../../retail/needle-length';

/**
 * What the card says, as data: a pure function of what the page states, the user's data, the
 * clock and the time zone. The component only lays it out.
 */
/**
 * The card's verdict (its host's data-verdict): the band verdict of the longest length the
 * listing offers; 'do-not-use' for radiofrequency microneedling, whatever its length (never
 * 'home-ok' or 'caution'); 'unknown' when no length is stated.
 */
export type CardVerdict = HomeVerdict | 'do-not-use' | 'unknown';

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
  /** The default interval is a Roller Coach proposal (reference, section 1): shown with its reasoning. */
  proposal: boolean;
  /** Whether the user changed the interval rule (then it is their setting, not the default). */
  setting: 'default' | 'stricter' | 'looser';
}

export interface HistoryLine {
  area: Session['area'];
  daysAgo: number;
  /**
   * The gap the page's length needs and when another session there is possible; null when there
   * is no home schedule (over 0.5 mm, or RF).
   */
  gap: { days: number; possibleFromMs: number; possibleNow: boolean; stop: HistoryStop } | null;
}

/**
 * What Roller Coach says for that area beyond the gap, when it is more than the card's "when no
 * contraindication applies" (the popup's status for the area, for the page's length): do not roll
 * (a "see a doctor" after-effect, a contraindication for the area), ask a doctor first, answer the
 * safety questions first, or a warning applies; null when the status is plain "possible" or
 * "not yet".
 */
export type HistoryStop = 'do-not-roll' | 'ask-doctor' | 'answer-first' | 'warned' | null;

export interface CardModel {
  verdict: CardVerdict;
  /** The band of the longest length the listing offers (its verdict is the card's headline). */
  band: Band | null;
  /** The lengths "on this page" (the picked variant first): the host's data-needle-mm. */
  lengths: number[];
  /** Every length the listing offers, merged from all its parts; the verdict follows the longest. */
  offered: number[];
  /** Lengths the listing offers beyond the longest one "on this page" (kits, heads, other options). */
  also: number[];
  /** Where the product name was read, when not from the shop's own title field. */
  titleFrom: Exclude<TitleSource, 'site'> | null;
  form: LengthForm | null;
  source: LengthSource | null;
  device: DeviceKind;
  rf: boolean;
  rows: LengthRow[];
  often: Often | null;
  history: HistoryLine | null;
  /** The user's own do-not-roll conditions that apply everywhere (from their profile). */
  ownConditions: ConditionId[];
  /** The do-not-roll contraindications every shopper should see (all of them but the user's own). */
  conditions: ConditionId[];
  /** The ask-a-doctor-first group, in full. */
  askDoctor: ConditionId[];
  sources: SourceId[];
}

export interface UserData {
  settings: Settings;
  profile: Profile;
  /** Recent sessions (the last two months or so), oldest first. */
  sessions: Session[];
}

/** The do-not-roll conditions the card lists: all eight of reference section 2's first group. */
export const TOP_CONDITIONS: readonly ConditionId[] = CONDITIONS.filter((c) => c.group === 'do-not-roll').map(
  (c) => c.id,
);
export const ASK_DOCTOR_CONDITIONS: readonly ConditionId[] = CONDITIONS.filter(
  (c) => c.group === 'ask-doctor',
).map((c) => c.id);

/** The value the card's host element carries in data-needle-mm: ascending, comma-separated. */
export function needleMmAttribute(lengths: readonly number[]): string {
  return [...lengths].sort((a, b) => a - b).join(',');
}

/**
 * From the area's status as the popup gives it for this length: whether it stops, asks for a
 * doctor, asks for the safety answers or carries a warning; so the card's line never says
 * "possible" where the popup does not.
 */
function historyStop(
  area: Session['area'],
  mm: number,
  user: UserData,
  nowMs: number,
  tz: string,
): HistoryStop {
  const ctx = buildAssessContext({ ...user, rollers: [] }, tz);
  const status = rollStatus(canRollNow(area, mm, null, nowMs, ctx), mm);
  if (status.kind === 'do-not-roll') return 'do-not-roll';
  // Also behind unanswered safety questions, which the popup names first.
  if (status.warnings.some((f) => ASK_DOCTOR.includes(f.code))) return 'ask-doctor';
  if (status.kind === 'answer-first') return 'answer-first';
  return status.kind === 'warned' ? 'warned' : null;
}

export function cardModel(reading: PageReading, user: UserData, nowMs: number, tz: string): CardModel {
  const lengths = reading.lengths;
  const offered = [...new Set([...(reading.offered ?? []), ...lengths])].sort((a, b) => a - b);
  const longest = offered.length > 0 ? Math.max(...offered) : null;
  const longestHere = lengths.length > 0 ? Math.max(...lengths) : 0;
  const band = longest === null ? null : bandOf(longest);
  const rules = rulesFor(user.settings);
  const device = reading.classification.kind ?? 'device';
  const rf = reading.classification.rf;

  let often: Often | null = null;
  if (band && longest !== null && !rf) {
    const interval = rules[bandRule('interval', band.id)];
    often = {
      band: band.id,
      mm: longest,
      days: interval.value,
      cap: rules[bandRule('weekly-cap', band.id)].value,
      proposal: band.intervalIsProposal,
      setting: interval.loosened ? 'looser' : interval.tightened ? 'stricter' : 'default',
    };
  }

  let history: HistoryLine | null = null;
  const last = [...lastSessionByArea(user.sessions).values()].sort(
    (a, b) => parseInstant(b.when) - parseInstant(a.when),
  )[0];
  if (last) {
    const daysAgo = Math.max(0, localDaysBetween(parseInstant(last.when), nowMs, tz));
    let gap: HistoryLine['gap'] = null;
    // A home date only where home use is possible at all: up to 0.5 mm, never for RF.
    if (band && longest !== null && longest <= 0.5 && !rf) {
      const next = nextSafeMoment(last.area, longest, user.sessions, rules, tz);
      gap = {
        days: rules[bandRule('interval', band.id)].value,
        possibleFromMs: next.safeFromMs,
        possibleNow: next.safeFromMs <= nowMs,
        stop: historyStop(last.area, longest, user, nowMs, tz),
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

  const titleFrom = reading.listing.titleFrom;
  return {
    verdict: rf ? 'do-not-use' : band ? band.verdict : 'unknown',
    band,
    lengths,
    offered,
    also: offered.filter((mm) => mm > longestHere && lengths.length > 0),
    titleFrom: titleFrom && titleFrom !== 'site' ? titleFrom : null,
    form: reading.form,
    source: reading.source,
    device,
    rf,
    rows: offered.map((mm) => ({ mm, band: mm === 0 ? null : bandOf(mm) })),
    often,
    history,
    ownConditions,
    conditions: TOP_CONDITIONS.filter((c) => !ownConditions.includes(c)),
    askDoctor: [...ASK_DOCTOR_CONDITIONS],
    sources: [...sources],
  };
}
