// A frozen copy of assess() as it was before the checks (src/core/checks), for the equivalence
// test (assess-equivalence.test.ts). Not used by the extension.
import type { Area } from '../../../../src/core/areas';
import { bandOf } from '../../../../src/core/bands';
import { CONDITIONS, type PrecheckId } from '../../../../src/core/conditions';
import { type TimedSession, timedSessionsOf } from '../../../../src/core/history';
import { ACTIVE_CONCERNS, CONCERN_SOURCES, productConcerns } from '../../../../src/core/products';
import { type EffectiveRules, effectiveRules, type RuleId } from '../../../../src/core/rules';
import { answersStale, unansweredQuestions } from '../../../../src/core/safety-answers';
import {
  closerThan,
  intervalEndMs,
  longestInterval,
  nextSafeFromTimed,
  requiredGap,
} from '../../../../src/core/schedule';
import type {
  Bleeding,
  ConditionAnswer,
  Finding,
  Profile,
  Roller,
  Session,
  Settings,
  Severity,
} from '../../../../src/core/schemas';
import { seeDoctorEffectsOf, seeDoctorSources } from '../../../../src/core/side-effects';
import type { SourceId } from '../../../../src/core/sources';
import {
  addMonthsToDay,
  DAY_MS,
  formatInstant,
  formatIsoDate,
  localDay,
  parseInstant,
  parseIsoDate,
  type TimeZone,
} from '../../../../src/core/time';
import { rollerWear } from '../../../../src/core/wear';

/** A session about to be logged (or being edited), before it is stored. */
export interface Candidate {
  /** Set when an existing session is edited, so it is not compared with itself. */
  id?: string;
  whenMs: number;
  area: Area;
  needleMm: number;
  rollerId: string | null;
  /** After-effects, when the session already happened ("I just rolled"). */
  bleeding?: Bleeding;
  rednessHours?: number | undefined;
  sideEffects?: readonly string[];
  /** Products on the skin before or during, and after, the session. */
  productsBefore?: readonly string[];
  products?: readonly string[];
}

export interface AssessContext {
  sessions: readonly Session[];
  rollers: readonly Roller[];
  profile: Profile;
  settings: Settings;
  tz: TimeZone;
  /** Answers of the quick pre-session check, for the candidate's area. */
  precheck?: Partial<Record<PrecheckId, boolean>>;
  /** Rules computed once by the caller (optional). */
  rules?: EffectiveRules;
}

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** A present condition applies to the area; conditions that cannot be limited to areas apply everywhere. */
function conditionApplies(
  answer: ConditionAnswer | undefined,
  area: Area,
  perArea: boolean,
): answer is ConditionAnswer {
  return !!answer?.present && (!perArea || answer.areas.length === 0 || answer.areas.includes(area));
}

/**
 * Everything the safety reference says about one session: contraindications (block), spacing,
 * needle length and roller wear (warn), and context (info). Pure: the caller passes the clock's
 * reading through `candidate.whenMs` and the zone through `ctx.tz`.
 */
export function assess(candidate: Candidate, ctx: AssessContext): Finding[] {
  const rules = ctx.rules ?? effectiveRules(ctx.settings.ruleOverrides);
  const { tz, profile } = ctx;
  const out: Finding[] = [];
  const day = localDay(candidate.whenMs, tz);
  const band = bandOf(candidate.needleMm);
  const add = (
    f: Omit<Finding, 'params' | 'sources'> & { params?: Finding['params']; sources: readonly SourceId[] },
  ) => out.push({ ...f, params: f.params ?? {}, sources: [...f.sources] });

  // Contraindications from the profile (section 2).
  for (const def of CONDITIONS) {
    const answer = profile.conditions[def.id];
    if (def.id === 'isotretinoin') {
      const months = rules['isotretinoin.months'].value;
      if (answer?.present) {
        add({
          code: 'isotretinoin',
          severity: 'block',
          rule: 'isotretinoin.months',
          sources: def.sources,
          params: { months },
        });
      } else if (answer?.date) {
        const until = addMonthsToDay(parseIsoDate(answer.date), months);
        if (day < until)
          add({
            code: 'isotretinoin',
            severity: 'block',
            rule: 'isotretinoin.months',
            sources: def.sources,
            params: { months, until: formatIsoDate(until) },
          });
      }
      continue;
    }
    if (def.id === 'recent-procedure') {
      if (!conditionApplies(answer, candidate.area, def.perArea)) continue;
      const days = rules['procedure.days'].value;
      if (!answer.date) {
        add({
          code: 'recent-procedure',
          severity: 'warn',
          rule: 'procedure.days',
          sources: def.sources,
          params: { days },
        });
      } else {
        const until = parseIsoDate(answer.date) + days;
        if (day < until)
          add({
            code: 'recent-procedure',
            severity: 'warn',
            rule: 'procedure.days',
            sources: def.sources,
            params: { days, until: formatIsoDate(until) },
          });
      }
      continue;
    }
    if (!conditionApplies(answer, candidate.area, def.perArea)) continue;
    add({
      code: def.group === 'do-not-roll' ? 'contraindication' : 'ask-doctor',
      severity: def.group === 'do-not-roll' ? 'block' : 'warn',
      sources: def.sources,
      params: { condition: def.id },
    });
  }

  // Unanswered is not "no": every assessment says so until the questions are answered.
  const unanswered = unansweredQuestions(profile);
  if (unanswered.length > 0)
    add({
      code: 'safety-unanswered',
      severity: 'warn',
      sources: ['skinpen-den160029', 'isotretinoin-pi'],
      params: { count: unanswered.length },
    });
  else if (answersStale(profile, candidate.whenMs, tz))
    add({ code: 'safety-stale', severity: 'warn', sources: ['roller-coach-proposal'] });

  // What this session did to the skin (section 3), when it already happened.
  for (const effect of seeDoctorEffectsOf(candidate))
    add({
      code: 'side-effect-see-doctor',
      severity: 'block',
      sources: seeDoctorSources(effect),
      params: { effect },
    });
  if (band?.id === 'cosmetic' && candidate.bleeding && candidate.bleeding !== 'none')
    add({ code: 'cosmetic-bleeding', severity: 'warn', sources: ['roller-coach-proposal'] });

  // What went on the needled skin (section 3).
  for (const f of productFindings(candidate, ctx.settings.products)) add(f);

  // The quick pre-session check for this area.
  const pre = ctx.precheck ?? {};
  if (pre['breakout-or-infection'])
    add({
      code: 'precheck',
      severity: 'block',
      sources: ['skinpen-den160029'],
      params: { check: 'breakout-or-infection' },
    });
  if (pre['wound-or-sunburn'])
    add({
      code: 'precheck',
      severity: 'block',
      sources: ['skinpen-den160029'],
      params: { check: 'wound-or-sunburn' },
    });
  if (pre['actives-48h'])
    add({
      code: 'precheck',
      severity: 'warn',
      rule: 'actives.hours',
      sources: ['roller-coach-proposal'],
      params: { check: 'actives-48h', hours: rules['actives.hours'].value },
    });
  if (pre['redness-from-last-time'])
    add({
      code: 'precheck',
      severity: 'warn',
      sources: ['clinic-aftercare'],
      params: { check: 'redness-from-last-time' },
    });

  // Spacing in this area (section 1): against sessions before and after the candidate.
  // Only sessions within the longest possible gap of the candidate, before or after, can matter.
  const horizonMs = (longestInterval(rules) + 9) * DAY_MS;
  const timed = timedSessionsOf(
    ctx.sessions.filter((s) => Math.abs(parseInstant(s.when) - candidate.whenMs) <= horizonMs),
    candidate.area,
    tz,
    candidate.id,
  );
  if (band) {
    const conflict = spacingConflict(candidate, day, timed, rules);
    if (conflict) {
      const later = conflict.other.ms > candidate.whenMs;
      add({
        code: 'too-soon',
        severity: 'warn',
        rule: conflict.rule,
        sources: band.sources,
        params: {
          needleMm: candidate.needleMm,
          days: conflict.days,
          // The session it is too close to; `later` when that one came after the candidate
          // (a forgotten session logged afterwards), in which case no "safe from" applies.
          previous: conflict.other.session.when,
          later: later ? 1 : 0,
          ...(later ? {} : { safeFrom: formatInstant(intervalEndMs(conflict.other, conflict.days, tz), tz) }),
          extended: conflict.extended ? 1 : 0,
        },
      });
    }
    const cap = rules[`weekly-cap.${band.id}`].value;
    const count = maxInAnyWeek(day, timed);
    const before = count + 1 > cap ? timed.filter((t) => t.ms <= candidate.whenMs) : [];
    const next =
      count + 1 > cap ? nextSafeFromTimed(candidate.area, candidate.needleMm, before, rules, tz) : null;
    // Said only when it adds something: when the interval to an earlier session already explains
    // the wait (and sets the same moment), a second warning would repeat it.
    const impliedByInterval =
      !!conflict && conflict.other.ms <= candidate.whenMs && next?.reason === 'interval';
    if (next && !impliedByInterval) {
      add({
        code: 'weekly-cap',
        severity: 'warn',
        rule: `weekly-cap.${band.id}`,
        sources: band.sources,
        params: {
          cap,
          // Only when the earlier sessions alone set a later moment; a cap reached through later
          // sessions (a forgotten session logged afterwards) has no "safe from".
          ...(Number.isFinite(next.safeFromMs) && next.safeFromMs > candidate.whenMs
            ? { safeFrom: formatInstant(next.safeFromMs, tz) }
            : {}),
        },
      });
    }
  }

  // The last session in this area before this one recorded a "see a doctor" after-effect.
  const previous = [...timed].reverse().find((t) => t.ms <= candidate.whenMs);
  if (previous)
    for (const effect of seeDoctorEffectsOf(previous.session))
      add({
        code: 'side-effect-see-doctor',
        severity: 'block',
        sources: seeDoctorSources(effect),
        params: { effect, previous: previous.session.when },
      });

  // Needle length (section 1).
  if (band) {
    if (band.id === 'caution') {
      // "First-time users" of this depth: any earlier session over 0.25 mm, in any area.
      const earlierDeep = ctx.sessions.some(
        (s) => s.id !== candidate.id && s.needleMm > 0.25 && parseInstant(s.when) < candidate.whenMs,
      );
      if (!earlierDeep)
        add({
          code: 'first-caution-session',
          severity: 'warn',
          sources: band.sources,
          params: { needleMm: candidate.needleMm },
        });
      else
        add({
          code: 'caution-band',
          severity: 'info',
          sources: band.sources,
          params: { needleMm: candidate.needleMm },
        });
    } else if (band.id === 'not-for-home')
      add({
        code: 'needle-not-for-home',
        severity: 'warn',
        sources: band.sources,
        params: { needleMm: candidate.needleMm },
      });
    else if (band.id === 'professional')
      add({
        code: 'needle-professional',
        severity: 'warn',
        sources: band.sources,
        params: { needleMm: candidate.needleMm },
      });
    else if (band.id === 'do-not-use')
      add({
        code: 'needle-do-not-use',
        severity: 'warn',
        sources: band.sources,
        params: { needleMm: candidate.needleMm },
      });
  }

  // Age (section 1: FDA-authorised indications cover adults aged 22 and over).
  if (profile.ageBand === 'under-18' || profile.ageBand === '18-21')
    add({
      code: 'under-22',
      severity: 'warn',
      sources: ['skinpen-den160029'],
      params: { ageBand: profile.ageBand },
    });

  // The roller (section 5).
  const roller = candidate.rollerId ? ctx.rollers.find((r) => r.id === candidate.rollerId) : undefined;
  if (roller) {
    if (roller.retired)
      add({
        code: 'roller-retired',
        severity: 'warn',
        sources: ['aad-2018'],
        params: { roller: roller.name },
      });
    const others = candidate.id ? ctx.sessions.filter((s) => s.id !== candidate.id) : ctx.sessions;
    const wear = rollerWear(roller, others, rules, day, tz, false);
    if (wear.reason === 'uses')
      add({
        code: 'roller-worn-uses',
        severity: 'warn',
        rule: 'wear.max-uses',
        sources: rules['wear.max-uses'].def.sources,
        params: { uses: wear.uses, max: rules['wear.max-uses'].value, roller: roller.name },
      });
    else if (wear.reason === 'age')
      add({
        code: 'roller-worn-age',
        severity: 'warn',
        rule: 'wear.max-days',
        sources: rules['wear.max-days'].def.sources,
        params: { days: wear.ageDays, max: rules['wear.max-days'].value, roller: roller.name },
      });
    if (roller.kind === 'pen')
      add({ code: 'pen-cartridge', severity: 'info', sources: ['skinpen-den160029'] });
  }

  // Loosened rules that shaped this assessment are always said (section 1, rule notes): the
  // spacing rules of the candidate's band and of every band in this area's recent history, the
  // wear rules when a roller is named, and the dated contraindication windows that were checked.
  const relevant = new Set<RuleId>();
  const bands = new Set(timed.map((t) => bandOf(t.session.needleMm)?.id));
  if (band) bands.add(band.id);
  for (const b of bands) {
    if (!b) continue;
    relevant.add(`interval.${b}`);
    relevant.add(`interval-extended.${b}`);
    relevant.add(`weekly-cap.${b}`);
  }
  if (roller) {
    relevant.add('wear.max-uses');
    relevant.add('wear.max-days');
  }
  if (profile.conditions.isotretinoin?.date) relevant.add('isotretinoin.months');
  if (profile.conditions['recent-procedure']?.present) relevant.add('procedure.days');
  if (pre['actives-48h']) relevant.add('actives.hours');
  for (const id of relevant)
    if (rules[id].loosened)
      add({
        code: 'rule-loosened',
        severity: 'info',
        rule: id,
        sources: rules[id].def.sources,
        params: { value: rules[id].value, default: rules[id].def.defaultValue },
      });

  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * One finding per product logged with the session: an active the aftercare rules out for 7 days,
 * an ingredient not made for broken skin (what was matched is said), or, for a product matching
 * nothing that the user has not marked as made for broken skin, a note that it is not known.
 */
function productFindings(
  candidate: Candidate,
  list: Settings['products'],
): (Omit<Finding, 'params' | 'sources'> & { params: Finding['params']; sources: readonly SourceId[] })[] {
  const out: (Omit<Finding, 'params' | 'sources'> & {
    params: Finding['params'];
    sources: readonly SourceId[];
  })[] = [];
  const named = [...new Set([...(candidate.productsBefore ?? []), ...(candidate.products ?? [])])];
  for (const product of named) {
    const matches = productConcerns(product);
    for (const m of matches)
      out.push({
        code: ACTIVE_CONCERNS.includes(m.concern) ? 'product-active' : 'product-broken-skin',
        severity: 'warn',
        sources: ACTIVE_CONCERNS.includes(m.concern)
          ? [...CONCERN_SOURCES[m.concern], 'soltani-2014']
          : CONCERN_SOURCES[m.concern],
        params: { product, matched: m.matched, concern: m.concern },
      });
    const marked = list.some((p) => p.brokenSkin && p.name.toLowerCase() === product.toLowerCase());
    if (matches.length === 0 && !marked)
      out.push({
        code: 'product-unverified',
        severity: 'info',
        sources: ['soltani-2014', 'friedmann-2024'],
        params: { product },
      });
  }
  return out;
}

interface Conflict {
  other: TimedSession;
  days: number;
  rule: RuleId;
  extended: boolean;
}

/** The session nearest in time that is closer to the candidate than the rules allow. */
function spacingConflict(
  candidate: Candidate,
  day: number,
  timed: readonly TimedSession[],
  rules: EffectiveRules,
): Conflict | null {
  let best: Conflict | null = null;
  let bestDistance = Infinity;
  for (const t of timed) {
    const earlierIsOther = t.ms <= candidate.whenMs;
    const gap = earlierIsOther
      ? requiredGap(t.session, candidate.needleMm, rules)
      : requiredGap(
          {
            needleMm: candidate.needleMm,
            bleeding: candidate.bleeding ?? 'none',
            rednessHours: candidate.rednessHours,
          },
          t.session.needleMm,
          rules,
        );
    if (!gap) continue;
    const distance = Math.abs(candidate.whenMs - t.ms);
    if (closerThan({ ms: candidate.whenMs, day }, t, gap.days) && distance < bestDistance) {
      bestDistance = distance;
      best = { other: t, days: gap.days, rule: gap.rule, extended: gap.extended };
    }
  }
  return best;
}

/** The most sessions in any 7-day window that contains `day`, not counting the candidate. */
function maxInAnyWeek(day: number, timed: readonly TimedSession[]): number {
  const near = timed.filter((t) => t.day > day - 7 && t.day < day + 7).map((t) => t.day);
  let max = 0;
  for (let start = day - 6; start <= day; start++) {
    const n = near.filter((d) => d >= start && d <= start + 6).length;
    if (n > max) max = n;
  }
  return max;
}

/** Whether the reference allows a home schedule for this length at all (not from 1.0 mm on). */
export function hasHomeSchedule(needleMm: number): boolean {
  const band = bandOf(needleMm);
  return !!band && band.id !== 'professional' && band.id !== 'do-not-use';
}

export type RollAnswer =
  | { answer: 'yes'; findings: Finding[] }
  | { answer: 'not-yet'; untilMs: number; findings: Finding[] }
  | { answer: 'not-now'; findings: Finding[] }
  | { answer: 'no'; findings: Finding[] };

/**
 * "Can I roll now?" for one area and needle length: no (a block applies, or a professional
 * length), not now (a condition ticked in the quick check: wait until it settles), not yet
 * (spacing; with the moment it becomes allowed), or yes (possibly with warnings to read: the
 * status says which, see `rollStatus`).
 */
export function canRollNow(
  area: Area,
  needleMm: number,
  rollerId: string | null,
  nowMs: number,
  ctx: AssessContext,
): RollAnswer {
  const findings = assess({ whenMs: nowMs, area, needleMm, rollerId }, ctx);
  if (findings.some((f) => f.severity === 'block')) return { answer: 'no', findings };
  // 1.0 mm and longer: professional only; the reference says never to suggest a home schedule.
  if (!hasHomeSchedule(needleMm)) return { answer: 'no', findings };
  if (findings.some((f) => f.code === 'precheck')) return { answer: 'not-now', findings };
  const spacing = findings.filter((f) => f.code === 'too-soon' || f.code === 'weekly-cap');
  if (spacing.length > 0) {
    const rules = ctx.rules ?? effectiveRules(ctx.settings.ruleOverrides);
    const next = nextSafeFromTimed(
      area,
      needleMm,
      timedSessionsOf(ctx.sessions, area, ctx.tz),
      rules,
      ctx.tz,
    );
    return { answer: 'not-yet', untilMs: next.safeFromMs, findings };
  }
  return { answer: 'yes', findings };
}
