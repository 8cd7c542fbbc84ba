import type { Area } from './areas';
import { bandOf, LONG_REDNESS_HOURS } from './bands';
import { type ProductConcern, productConcerns } from './products';
import { bandRule, type EffectiveRule, type EffectiveRules, loosenedRules, type RuleId } from './rules';
import { requiredGap } from './schedule';
import type { FindingCode, Roller, Session, Severity } from './schemas';
import { bled, seeDoctorEffectsOf } from './side-effects';
import { localDay, monthOf, parseInstant, parseIsoDate, type TimeZone } from './time';
import { rollerWear } from './wear';

export interface AreaSummary {
  area: Area;
  sessions: number;
  /** Gaps in calendar days between consecutive sessions in the area (within the range). */
  shortestGap: number | null;
  medianGap: number | null;
  /** The rule's interval for the most used needle length in the area. */
  ruleDays: number | null;
  /** Gaps shorter than the rule asked for at the time. */
  shortGaps: number;
  needleLengths: number[];
}

export interface FindingCount {
  code: FindingCode;
  severity: Severity;
  shown: number;
  acknowledged: number;
}

export interface ReportData {
  fromMs: number;
  toMs: number;
  sessions: Session[];
  areas: AreaSummary[];
  findings: FindingCount[];
  loosened: EffectiveRule[];
  /** Rules that sessions of the period were assessed under while loosened, and are not loosened today. */
  loosenedEarlier: { rule: RuleId; value: number; default: number }[];
  devices: { roller: Roller; uses: number; worn: boolean; reason: 'uses' | 'age' | null; ageDays: number }[];
  /** Sessions with bleeding, pain of 4 or more, long redness or side effects, oldest first. */
  sideEffects: Session[];
  /** Sessions per area per calendar month ("YYYY-MM"). */
  perMonth: { month: string; counts: Partial<Record<Area, number>> }[];
  /** Per area, each session in time with whether the gap before it was shorter than the rule. */
  spacing: AreaSpacing[];
  /** Sessions whose after-effects need a doctor's attention or lengthened the next gap. */
  attention: Session[];
  /** Products logged in the period whose names match an active or an ingredient not made for broken skin. */
  productConcerns: ProductConcernRow[];
  /** Products logged in the period that matched nothing and are not marked as made for broken skin. */
  unverifiedProducts: string[];
}

export interface SpacingPoint {
  ms: number;
  /** Calendar days since the previous session in the area, or null for the first. */
  gapDays: number | null;
  /** Days the rule asked for before this session (from the previous one), or null. */
  ruleDays: number | null;
  short: boolean;
}

export interface AreaSpacing {
  area: Area;
  points: SpacingPoint[];
}

export interface ProductConcernRow {
  product: string;
  concern: ProductConcern;
  matched: string;
  sessions: number;
  lastMs: number;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Everything the dermatologist report shows for sessions in [fromMs, toMs). `sessions` oldest first. */
export function buildReport(input: {
  sessions: readonly Session[];
  rollers: readonly Roller[];
  rules: EffectiveRules;
  fromMs: number;
  toMs: number;
  nowMs: number;
  tz: TimeZone;
  /** The user's product list (marks of "made for broken skin"). */
  products?: readonly { name: string; brokenSkin: boolean }[];
}): ReportData {
  const { rules, tz } = input;
  const inRange = input.sessions
    .map((s) => ({ s, ms: parseInstant(s.when) }))
    .filter((p) => p.ms >= input.fromMs && p.ms < input.toMs);
  const sessions = inRange.map((p) => p.s);

  const byArea = new Map<Area, { s: Session; day: number }[]>();
  for (const p of inRange) {
    const list = byArea.get(p.s.area) ?? [];
    list.push({ s: p.s, day: localDay(p.ms, tz) });
    byArea.set(p.s.area, list);
  }
  const areas: AreaSummary[] = [...byArea.entries()].map(([area, list]) => {
    const gaps: number[] = [];
    let shortGaps = 0;
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1] as { s: Session; day: number };
      const cur = list[i] as { s: Session; day: number };
      const gap = cur.day - prev.day;
      gaps.push(gap);
      const required = requiredGap(prev.s, cur.s.needleMm, rules);
      if (required && gap < required.days) shortGaps += 1;
    }
    const lengths = [...new Set(list.map((x) => x.s.needleMm))].sort((a, b) => a - b);
    const counts = new Map<number, number>();
    for (const x of list) counts.set(x.s.needleMm, (counts.get(x.s.needleMm) ?? 0) + 1);
    const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const band = common === undefined ? null : bandOf(common);
    return {
      area,
      sessions: list.length,
      shortestGap: gaps.length ? Math.min(...gaps) : null,
      medianGap: median(gaps),
      ruleDays: band ? rules[bandRule('interval', band.id)].value : null,
      shortGaps,
      needleLengths: lengths,
    };
  });
  areas.sort((a, b) => b.sessions - a.sessions);

  const spacing: AreaSpacing[] = areas.map(({ area }) => {
    const list = byArea.get(area) ?? [];
    return {
      area,
      points: list.map((cur, i) => {
        const prev = i > 0 ? list[i - 1] : undefined;
        const required = prev ? requiredGap(prev.s, cur.s.needleMm, rules) : null;
        const gapDays = prev ? cur.day - prev.day : null;
        return {
          ms: parseInstant(cur.s.when),
          gapDays,
          ruleDays: required?.days ?? null,
          short: gapDays !== null && required !== null && gapDays < required.days,
        };
      }),
    };
  });

  const findingMap = new Map<string, FindingCount>();
  for (const s of sessions)
    for (const f of s.findings) {
      const key = `${f.severity}|${f.code}`;
      const c = findingMap.get(key) ?? { code: f.code, severity: f.severity, shown: 0, acknowledged: 0 };
      c.shown += 1;
      if (f.acknowledgedAt) c.acknowledged += 1;
      findingMap.set(key, c);
    }
  const order: Record<Severity, number> = { block: 0, warn: 1, info: 2 };
  const findings = [...findingMap.values()].sort(
    (a, b) => order[a.severity] - order[b.severity] || b.shown - a.shown,
  );

  const today = localDay(input.nowMs, tz);
  const devices = input.rollers
    .filter(
      (r) =>
        sessions.some((s) => s.rollerId === r.id) ||
        !r.retired ||
        // Replaced during the period: the dermatologist sees when the device changed.
        (r.replacedOn !== undefined &&
          parseIsoDate(r.replacedOn) >= localDay(input.fromMs, tz) &&
          parseIsoDate(r.replacedOn) < localDay(input.toMs, tz)),
    )
    .map((roller) => {
      const w = rollerWear(roller, input.sessions, rules, today, tz);
      return { roller, uses: w.uses, worn: w.worn, reason: w.reason, ageDays: w.ageDays };
    });

  const sideEffects = sessions.filter(
    (s) => bled(s) || (s.pain ?? 0) >= 4 || (s.rednessHours ?? 0) > 48 || s.sideEffects.length > 0,
  );

  const months = new Map<string, Partial<Record<Area, number>>>();
  for (const s of sessions) {
    const m = monthOf(s.when);
    const c = months.get(m) ?? {};
    c[s.area] = (c[s.area] ?? 0) + 1;
    months.set(m, c);
  }
  const perMonth = [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, counts]) => ({ month, counts }));

  const attention = sessions.filter(
    (s) =>
      seeDoctorEffectsOf(s).length > 0 || (s.rednessHours ?? 0) > LONG_REDNESS_HOURS || s.bleeding === 'more',
  );
  const { concerns: productRows, unverified } = productsOf(inRange, input.products ?? []);

  return {
    fromMs: input.fromMs,
    toMs: input.toMs,
    sessions,
    areas,
    findings,
    loosened: loosenedRules(rules),
    loosenedEarlier: loosenedInSessions(sessions, rules),
    devices,
    sideEffects,
    perMonth,
    spacing,
    attention,
    productConcerns: productRows,
    unverifiedProducts: unverified,
  };
}

/** The products of the period checked against the reference, and those it cannot tell about. */
function productsOf(
  inRange: readonly { s: Session; ms: number }[],
  marked: readonly { name: string; brokenSkin: boolean }[],
): { concerns: ProductConcernRow[]; unverified: string[] } {
  const rows = new Map<string, ProductConcernRow>();
  const unverified = new Set<string>();
  const isMarked = (name: string) =>
    marked.some((m) => m.brokenSkin && m.name.toLowerCase() === name.toLowerCase());
  for (const { s, ms } of inRange)
    for (const product of new Set([...(s.productsBefore ?? []), ...s.products])) {
      const matches = productConcerns(product);
      if (matches.length === 0 && !isMarked(product)) unverified.add(product);
      for (const m of matches) {
        const key = `${product.toLowerCase()}|${m.concern}`;
        const row = rows.get(key) ?? {
          product,
          concern: m.concern,
          matched: m.matched,
          sessions: 0,
          lastMs: ms,
        };
        row.sessions += 1;
        row.lastMs = Math.max(row.lastMs, ms);
        rows.set(key, row);
      }
    }
  return { concerns: [...rows.values()].sort((a, b) => b.lastMs - a.lastMs), unverified: [...unverified] };
}

/** Rules recorded as loosened in the sessions' stored findings that are not loosened today. */
function loosenedInSessions(
  sessions: readonly Session[],
  rules: EffectiveRules,
): { rule: RuleId; value: number; default: number }[] {
  const out = new Map<RuleId, { rule: RuleId; value: number; default: number }>();
  for (const s of sessions)
    for (const f of s.findings)
      if (f.code === 'rule-loosened' && f.rule && !rules[f.rule].loosened && !out.has(f.rule))
        out.set(f.rule, {
          rule: f.rule,
          value: Number(f.params.value),
          default: Number(f.params.default ?? rules[f.rule].def.defaultValue),
        });
  return [...out.values()];
}
