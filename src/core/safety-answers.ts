import { CONDITIONS, type ConditionId } from './conditions';
import type { Profile } from './schemas';
import { addMonthsToDay, localDay, parseInstant, type TimeZone } from './time';

/** A safety question of the profile: each contraindication, and the age band. */
export type SafetyQuestion = ConditionId | 'age-band';

/** After this many months the answers are due for a second look (a proposal: answers change). */
export const SAFETY_REVIEW_MONTHS = 6;

/**
 * The questions never answered. A condition stored with `present: false` was answered "no"; a
 * condition with no stored entry was never answered, and is not read as "no".
 */
export function unansweredQuestions(profile: Profile): SafetyQuestion[] {
  const out: SafetyQuestion[] = CONDITIONS.filter((c) => profile.conditions[c.id] === undefined).map(
    (c) => c.id,
  );
  if (!profile.ageBand) out.push('age-band');
  return out;
}

/** When the answers were last looked at: the last review, else the oldest dated answer. */
export function answersReviewedMs(profile: Profile): number | null {
  if (profile.safetyReviewedAt) return parseInstant(profile.safetyReviewedAt);
  let oldest: number | null = null;
  for (const c of CONDITIONS) {
    const at = profile.conditions[c.id]?.updatedAt;
    if (!at) return null;
    const ms = parseInstant(at);
    if (oldest === null || ms < oldest) oldest = ms;
  }
  return oldest;
}

/** True when every question is answered but the answers are undated or over 6 months old. */
export function answersStale(profile: Profile, nowMs: number, tz: TimeZone): boolean {
  if (unansweredQuestions(profile).length > 0) return false;
  const reviewed = answersReviewedMs(profile);
  if (reviewed === null || Number.isNaN(reviewed)) return true;
  return localDay(nowMs, tz) >= addMonthsToDay(localDay(reviewed, tz), SAFETY_REVIEW_MONTHS);
}
