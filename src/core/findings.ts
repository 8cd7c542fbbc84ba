import type { ConditionId, PrecheckId } from './conditions';
import type { ProductConcern } from './products';
import type { RuleId } from './rules';
import type { Finding, Severity } from './schemas';
import type { SeeDoctorEffectId } from './side-effects';
import type { SourceId } from './sources';

/** A params shape as data: the value is nothing, the type is the shape (`shape<{ cap: number }>()`). */
const shape = <P>(): P => ({}) as P;

/**
 * Every finding code and the values its message needs, one shape per code: dates as ISO strings
 * (`until`: a day, `previous` / `safeFrom`: an instant), lengths in mm, ids, booleans as booleans.
 * A new finding is one entry here, given by a check (checks/) and said by its message key
 * `finding.<code>` (or an entry in ui/shared/finding-messages.ts); the convention test checks
 * the rest. The order is the stored schema's enum order.
 */
export const FINDINGS = {
  contraindication: shape<{ condition: ConditionId }>(),
  /** `until`: the day the window ends, when a last dose is known (absent: taking it now). */
  isotretinoin: shape<{ months: number; until?: string }>(),
  precheck: shape<{ check: Exclude<PrecheckId, 'actives-48h'> } | { check: 'actives-48h'; hours: number }>(),
  /**
   * The session it is too close to (`previous`); `later` when that one came after the candidate
   * (a forgotten session logged afterwards), in which case no `safeFrom` applies; `extended` when
   * the longer interval after bleeding or lasting redness applies.
   */
  'too-soon': shape<{
    needleMm: number;
    days: number;
    previous: string;
    later: boolean;
    safeFrom?: string;
    extended: boolean;
  }>(),
  'weekly-cap': shape<{ cap: number; safeFrom?: string }>(),
  'needle-not-for-home': shape<{ needleMm: number }>(),
  'needle-professional': shape<{ needleMm: number }>(),
  'needle-do-not-use': shape<{ needleMm: number }>(),
  'caution-band': shape<{ needleMm: number }>(),
  'first-caution-session': shape<{ needleMm: number }>(),
  'roller-worn-uses': shape<{ uses: number; max: number; roller: string }>(),
  'roller-worn-age': shape<{ days: number; max: number; roller: string }>(),
  'roller-retired': shape<{ roller: string }>(),
  'pen-cartridge': shape<Record<string, never>>(),
  'ask-doctor': shape<{ condition: ConditionId }>(),
  /** `until`: the day the window ends, when the procedure's date is known. */
  'recent-procedure': shape<{ days: number; until?: string }>(),
  'under-22': shape<{ ageBand: 'under-18' | '18-21' }>(),
  'rule-loosened': shape<{ value: number; default: number }>(),
  'safety-unanswered': shape<{ count: number }>(),
  'safety-stale': shape<Record<string, never>>(),
  /** `previous`: set when the effect was recorded on the last session in the area, not this one. */
  'side-effect-see-doctor': shape<{ effect: SeeDoctorEffectId | 'long-redness'; previous?: string }>(),
  'cosmetic-bleeding': shape<Record<string, never>>(),
  'product-active': shape<{ product: string; matched: string; concern: ProductConcern }>(),
  'product-broken-skin': shape<{ product: string; matched: string; concern: ProductConcern }>(),
  'product-unverified': shape<{ product: string }>(),
  /**
   * The last session in the area (`previous`) recorded no bleeding or no redness duration, and the
   * longer interval that would apply had it bled or stayed red over 48 hours (`days`, ending at
   * `safeFrom`) has not passed: an unknown, never read as "it did not".
   */
  'after-effects-unrecorded': shape<{ previous: string; days: number; safeFrom: string }>(),
};

export type FindingParamsByCode = typeof FINDINGS;
export type FindingCode = keyof FindingParamsByCode;
export const FINDING_CODES = Object.keys(FINDINGS) as [FindingCode, ...FindingCode[]];

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
