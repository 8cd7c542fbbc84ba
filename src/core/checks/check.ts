import type { AssessContext, Candidate } from '../assess';
import type { Band } from '../bands';
import type { TypedFinding } from '../findings';
import type { TimedSession } from '../history';
import type { EffectiveRules } from '../rules';
import type { FindingCode, Roller } from '../schemas';
import type { SourceId } from '../sources';

/** What every check reads: the candidate, the context and what assess() works out once for all. */
export interface CheckInput {
  candidate: Candidate;
  ctx: AssessContext;
  rules: EffectiveRules;
  /** The candidate's local day in `ctx.tz`. */
  day: number;
  /** The candidate's needle band (null for a length outside every band, or unknown). */
  band: Band | null;
  /** Sessions in the candidate's area within the longest interval of it, oldest first. */
  timed: readonly TimedSession[];
  /** The roller named by the candidate, when it is known. */
  roller: Roller | undefined;
}

/**
 * One rule of the safety reference as code: a name, the finding codes it may give, the sources it
 * may cite (at least one), and a pure function from the input to its findings.
 */
export interface Check {
  name: string;
  produces: readonly FindingCode[];
  sources: readonly SourceId[];
  run: (input: CheckInput) => TypedFinding[];
}

/** A check, its declared codes kept as a literal union so `run` can only give those. */
export function defineCheck<C extends FindingCode>(check: {
  name: string;
  produces: readonly C[];
  sources: readonly SourceId[];
  run: (input: CheckInput) => TypedFinding<C>[];
}): Check {
  // A TypedFinding<C> is one of the TypedFinding union (TypeScript cannot see that through C).
  return check as unknown as Check;
}
