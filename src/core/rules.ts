import { BANDS, type BandId } from './bands';
import type { SourceId, SourceReading } from './sources';

/**
 * Every number the assessment uses, as data: a default, the direction that makes it stricter,
 * the range a user may set, and where the default comes from. Section numbers refer to the
 * safety reference.
 */
export type RuleUnit = 'days' | 'hours' | 'months' | 'uses' | 'sessions';

export interface RuleDef {
  id: RuleId;
  /**
   * What the rule is, as data: the three spacing rules exist once per needle band (`band` says
   * which), the others once. Code asks `bandRule(kind, band)` for an id and reads `kind` and `band`
   * back; it never builds an id from a template or parses one.
   */
  kind: RuleKind;
  band?: BandId;
  defaultValue: number;
  unit: RuleUnit;
  /** 'higher': a larger value is stricter (intervals); 'lower': a smaller one is (caps). */
  stricter: 'higher' | 'lower';
  min: number;
  max: number;
  sources: readonly SourceId[];
  reading: SourceReading;
}

/** The rules that exist once per needle band. */
export type BandRuleKind = 'interval' | 'interval-extended' | 'weekly-cap';
/** The rules that exist once. */
export type SingleRuleId =
  | 'wear.max-uses'
  | 'wear.max-days'
  | 'isotretinoin.months'
  | 'actives.hours'
  | 'procedure.days';
export type RuleKind = BandRuleKind | SingleRuleId;
type BandRuleId = `${BandRuleKind}.${BandId}`;
export type RuleId = BandRuleId | SingleRuleId;

function bandRules(): RuleDef[] {
  return BANDS.flatMap((band): RuleDef[] => {
    const reading: SourceReading = band.intervalIsProposal ? 'proposal' : 'read';
    return [
      {
        id: `interval.${band.id}`,
        kind: 'interval',
        band: band.id,
        defaultValue: band.intervalDays,
        unit: 'days',
        stricter: 'higher',
        min: 1,
        max: 365,
        sources: band.sources,
        reading,
      },
      {
        id: `interval-extended.${band.id}`,
        kind: 'interval-extended',
        band: band.id,
        defaultValue: band.extendedIntervalDays,
        unit: 'days',
        stricter: 'higher',
        min: 1,
        max: 365,
        sources: band.id === 'professional' ? band.sources : ['roller-coach-proposal'],
        reading: band.id === 'professional' ? 'read' : 'proposal',
      },
      {
        id: `weekly-cap.${band.id}`,
        kind: 'weekly-cap',
        band: band.id,
        defaultValue: band.weeklyCap,
        unit: 'sessions',
        stricter: 'lower',
        min: 1,
        max: 7,
        sources: band.sources,
        reading: band.id === 'cosmetic' ? 'proposal' : reading,
      },
    ];
  });
}

export const RULES: readonly RuleDef[] = [
  ...bandRules(),
  {
    id: 'wear.max-uses',
    kind: 'wear.max-uses',
    defaultValue: 10,
    unit: 'uses',
    stricter: 'lower',
    min: 1,
    max: 100,
    sources: ['aad-2018', 'roller-coach-proposal'],
    reading: 'proposal',
  },
  {
    id: 'wear.max-days',
    kind: 'wear.max-days',
    defaultValue: 90,
    unit: 'days',
    stricter: 'lower',
    min: 1,
    max: 730,
    sources: ['aad-2018', 'roller-coach-proposal'],
    reading: 'proposal',
  },
  {
    id: 'isotretinoin.months',
    kind: 'isotretinoin.months',
    defaultValue: 6,
    unit: 'months',
    stricter: 'higher',
    min: 1,
    max: 24,
    sources: ['isotretinoin-pi', 'spring-2017'],
    reading: 'via-copy',
  },
  {
    id: 'actives.hours',
    kind: 'actives.hours',
    defaultValue: 48,
    unit: 'hours',
    stricter: 'higher',
    min: 1,
    max: 336,
    sources: ['roller-coach-proposal'],
    reading: 'proposal',
  },
  {
    id: 'procedure.days',
    kind: 'procedure.days',
    defaultValue: 14,
    unit: 'days',
    stricter: 'higher',
    min: 1,
    max: 365,
    sources: ['roller-coach-proposal'],
    reading: 'proposal',
  },
];

export const RULE_IDS = RULES.map((r) => r.id) as readonly RuleId[];

const RULES_BY_ID = new Map<RuleId, RuleDef>(RULES.map((r) => [r.id, r]));

export function ruleDef(id: RuleId): RuleDef {
  const def = RULES_BY_ID.get(id);
  if (!def) throw new Error(`unknown rule ${id}`);
  return def;
}

const BAND_RULES = new Map<string, RuleId>(
  RULES.flatMap((r) => (r.band ? [[`${r.kind}|${r.band}`, r.id] as const] : [])),
);

/** The id of a band's spacing rule: `bandRule('interval', 'caution')`. */
export function bandRule(kind: BandRuleKind, band: BandId): RuleId {
  const id = BAND_RULES.get(`${kind}|${band}`);
  if (!id) throw new Error(`no ${kind} rule for band ${band}`);
  return id;
}

export function isRuleId(value: string): value is RuleId {
  return RULES_BY_ID.has(value as RuleId);
}

/** True when `value` is looser than the rule's default (needs an explicit acknowledgement). */
export function isLooser(def: RuleDef, value: number): boolean {
  return def.stricter === 'higher' ? value < def.defaultValue : value > def.defaultValue;
}

export interface RuleOverride {
  value: number;
  /** ISO instant at which the user acknowledged making this rule looser than the default. */
  looserAcknowledgedAt?: string | undefined;
}

export interface EffectiveRule {
  def: RuleDef;
  value: number;
  /** The user's value is looser than the default (and was acknowledged). */
  loosened: boolean;
  /** The user's value is stricter than the default. */
  tightened: boolean;
}

export type EffectiveRules = Readonly<Record<RuleId, EffectiveRule>>;

/**
 * The rule values in force. A looser override without an acknowledgement is ignored (the default
 * applies): loosening a safety rule is never silent.
 */
export function effectiveRules(
  overrides: Readonly<Partial<Record<RuleId, RuleOverride>>> = {},
): EffectiveRules {
  const out = {} as Record<RuleId, EffectiveRule>;
  for (const def of RULES) {
    const o = overrides[def.id];
    let value = def.defaultValue;
    let loosened = false;
    let tightened = false;
    if (o && Number.isFinite(o.value) && o.value >= def.min && o.value <= def.max) {
      if (isLooser(def, o.value)) {
        if (o.looserAcknowledgedAt) {
          value = o.value;
          loosened = true;
        }
      } else {
        value = o.value;
        tightened = o.value !== def.defaultValue;
      }
    }
    out[def.id] = { def, value, loosened, tightened };
  }
  return out;
}

export function loosenedRules(rules: EffectiveRules): EffectiveRule[] {
  return Object.values(rules).filter((r) => r.loosened);
}
