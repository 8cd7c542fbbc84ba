import type { ConditionId, PrecheckId } from './conditions';
import type { ProductConcern } from './products';
import type { RuleId } from './rules';
import type { Finding, FindingCode, Severity } from './schemas';
import type { SeeDoctorEffectId } from './side-effects';
import type { SourceId } from './sources';

/**
 * The values each finding's message needs, one shape per finding code: dates as ISO strings
 * (`until`: a day, `previous` / `safeFrom`: an instant), lengths in mm, ids, booleans as booleans.
 * A new finding code is added here, in `FINDING_CODES` (schemas.ts), in a check (checks/) and in
 * the message table (ui/shared/finding-messages.ts); the convention test checks the rest.
 */
export interface FindingParamsByCode {
  contraindication: { condition: ConditionId };
  'ask-doctor': { condition: ConditionId };
  /** `until`: the day the window ends, when a last dose is known (absent: taking it now). */
  isotretinoin: { months: number; until?: string };
  /** `until`: the day the window ends, when the procedure's date is known. */
  'recent-procedure': { days: number; until?: string };
  precheck: { check: Exclude<PrecheckId, 'actives-48h'> } | { check: 'actives-48h'; hours: number };
  /**
   * The session it is too close to (`previous`); `later` when that one came after the candidate
   * (a forgotten session logged afterwards), in which case no `safeFrom` applies; `extended` when
   * the longer interval after bleeding or lasting redness applies.
   */
  'too-soon': {
    needleMm: number;
    days: number;
    previous: string;
    later: boolean;
    safeFrom?: string;
    extended: boolean;
  };
  'weekly-cap': { cap: number; safeFrom?: string };
  'needle-not-for-home': { needleMm: number };
  'needle-professional': { needleMm: number };
  'needle-do-not-use': { needleMm: number };
  'caution-band': { needleMm: number };
  'first-caution-session': { needleMm: number };
  'roller-worn-uses': { uses: number; max: number; roller: string };
  'roller-worn-age': { days: number; max: number; roller: string };
  'roller-retired': { roller: string };
  'pen-cartridge': Record<string, never>;
  'under-22': { ageBand: 'under-18' | '18-21' };
  'rule-loosened': { value: number; default: number };
  'safety-unanswered': { count: number };
  'safety-stale': Record<string, never>;
  /** `previous`: set when the effect was recorded on the last session in the area, not this one. */
  'side-effect-see-doctor': { effect: SeeDoctorEffectId | 'long-redness'; previous?: string };
  'cosmetic-bleeding': Record<string, never>;
  'product-active': { product: string; matched: string; concern: ProductConcern };
  'product-broken-skin': { product: string; matched: string; concern: ProductConcern };
  'product-unverified': { product: string };
}

// Every code has a params shape and no shape lacks a code (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyCodeHasParams: Same<keyof FindingParamsByCode, FindingCode> = true;
void everyCodeHasParams;

/** A finding as the checks give it and the message code reads it. */
export type TypedFinding<C extends FindingCode = FindingCode> = {
  [K in C]: {
    code: K;
    severity: Severity;
    rule?: RuleId;
    sources: SourceId[];
    params: FindingParamsByCode[K];
    acknowledgedAt?: string;
  };
}[C];

/** A typed finding, its fields in the order the stored form has always had them. */
export function finding<C extends FindingCode>(
  code: C,
  severity: Severity,
  sources: readonly SourceId[],
  params: FindingParamsByCode[C],
  rule?: RuleId,
): TypedFinding<C> {
  return {
    code,
    severity,
    ...(rule ? { rule } : {}),
    sources: [...sources],
    params,
  } as TypedFinding<C>;
}

/** Params stored as booleans' 1/0 (the stored and exported form has numbers and strings only). */
const BOOLEAN_PARAMS: { readonly [C in FindingCode]?: readonly (keyof FindingParamsByCode[C])[] } = {
  'too-soon': ['later', 'extended'],
};

/**
 * The stored (and exported: backup JSON, CSV `findings_detail`) form of a finding: booleans as
 * 1/0, absent values left out, keys in the same order. Stored data keeps this form so old backups
 * and exports stay byte-identical.
 */
export function storedFinding(f: TypedFinding): Finding {
  const params: Finding['params'] = {};
  for (const [k, v] of Object.entries(f.params) as [string, unknown][]) {
    if (typeof v === 'boolean') params[k] = v ? 1 : 0;
    else if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  }
  return { ...f, sources: [...f.sources], params };
}

/**
 * A stored finding (or one already typed) in its typed shape: 1/0 read back as booleans. Stored
 * findings are history: their params are not checked again (an old or imported record may lack a
 * value; the message code shows what is there).
 */
export function readFinding(f: Finding | TypedFinding): TypedFinding {
  const keys = BOOLEAN_PARAMS[f.code] as readonly string[] | undefined;
  if (!keys) return f as TypedFinding;
  const params: Record<string, unknown> = { ...f.params };
  for (const k of keys) if (k in params) params[k] = params[k] === 1 || params[k] === true;
  return { ...f, params } as TypedFinding;
}
