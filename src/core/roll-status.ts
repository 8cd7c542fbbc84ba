import type { RollAnswer } from './assess';
import { bandOf } from './bands';
import { bandRule, type RuleId } from './rules';
import type { Finding, FindingCode } from './schemas';

/**
 * The one vocabulary every surface uses to answer "may I roll this area?" (popup, check, badge,
 * notifications). It never says "safe": the best answer is "possible", and only when no warning
 * applies. In order of precedence:
 * - do-not-roll: a contraindication, a "see a doctor" after-effect, or a ticked block in the check;
 * - not-for-home: the needle is over 0.5 mm (no plain "possible", no countdown to a date);
 * - length-unknown: no needle length is known for this area (none is ever assumed);
 * - not-now: something ticked in the quick check (wait until it settles);
 * - not-yet: the spacing rules (with the moment they are met);
 * - answer-first: safety questions never answered;
 * - ask-doctor: a condition, a recent procedure or an age that asks for a doctor first;
 * - warned: possible, but a warning applies (a worn roller, a first deeper session...);
 * - possible: no rule stops a session and no warning applies.
 */
export type RollStatusKind =
  | 'do-not-roll'
  | 'not-for-home'
  | 'length-unknown'
  | 'not-now'
  | 'not-yet'
  | 'answer-first'
  | 'ask-doctor'
  | 'warned'
  | 'possible';

export interface RollStatus {
  kind: RollStatusKind;
  /** For not-yet: the first moment the spacing rules are met. */
  untilMs: number | null;
  /** The block and warn findings behind the status, the one that decides it first. */
  reasons: Finding[];
  /** Warnings beyond spacing and the quick check: what keeps a status from being "possible". */
  warnings: Finding[];
  /** The spacing rule the status was checked against (its interval), when a length is known. */
  rule: RuleId | null;
}

const SPACING: readonly FindingCode[] = ['too-soon', 'weekly-cap'];
/** The findings that ask for a doctor first (a condition, a recent procedure, an age under 22). */
export const ASK_DOCTOR: readonly FindingCode[] = ['ask-doctor', 'recent-procedure', 'under-22'];
const NEEDLE: readonly FindingCode[] = ['needle-not-for-home', 'needle-professional', 'needle-do-not-use'];

const rank = (f: Finding, kind: RollStatusKind): number => {
  if (f.severity === 'block') return 0;
  if (kind === 'not-yet' && SPACING.includes(f.code)) return 1;
  if (kind === 'not-now' && f.code === 'precheck') return 1;
  if (kind === 'not-for-home' && NEEDLE.includes(f.code)) return 1;
  if (f.code === 'safety-unanswered') return 2;
  if (ASK_DOCTOR.includes(f.code)) return 3;
  return 4;
};

/** The status of one area from its "can I roll now?" answer; `needleMm` null when unknown. */
export function rollStatus(answer: RollAnswer | null, needleMm: number | null): RollStatus {
  const findings = answer?.findings ?? [];
  const serious = findings.filter((f) => f.severity !== 'info');
  const warnings = serious.filter(
    (f) => f.severity === 'warn' && !SPACING.includes(f.code) && f.code !== 'precheck',
  );
  const band = needleMm === null ? null : bandOf(needleMm);
  const kind: RollStatusKind = serious.some((f) => f.severity === 'block')
    ? 'do-not-roll'
    : band && band.verdict === 'not-for-home'
      ? 'not-for-home'
      : !answer || !band
        ? 'length-unknown'
        : answer.answer === 'not-now'
          ? 'not-now'
          : answer.answer === 'not-yet'
            ? 'not-yet'
            : answer.answer === 'no'
              ? 'do-not-roll'
              : warnings.some((f) => f.code === 'safety-unanswered')
                ? 'answer-first'
                : warnings.some((f) => ASK_DOCTOR.includes(f.code))
                  ? 'ask-doctor'
                  : warnings.length > 0
                    ? 'warned'
                    : 'possible';
  const reasons = [...serious].sort((a, b) => rank(a, kind) - rank(b, kind));
  return {
    kind,
    untilMs: answer?.answer === 'not-yet' ? answer.untilMs : null,
    reasons,
    warnings,
    rule: band ? bandRule('interval', band.id) : null,
  };
}

/** Colour family of a status: only "possible" is green; warnings are amber; stops are red. */
export function statusTone(kind: RollStatusKind): 'ok' | 'warn' | 'wait' | 'stop' {
  if (kind === 'possible') return 'ok';
  if (kind === 'not-yet') return 'wait';
  if (kind === 'do-not-roll' || kind === 'not-for-home') return 'stop';
  return 'warn';
}
