import type { Area } from '../areas';
import { CONDITIONS, type ConditionDef } from '../conditions';
import { finding, type TypedFinding } from '../findings';
import type { EffectiveRules } from '../rules';
import type { ConditionAnswer } from '../schemas';
import { addMonthsToDay, formatIsoDate, parseIsoDate } from '../time';
import { type CheckInput, defineCheck } from './check';

type ConditionCode = 'isotretinoin' | 'recent-procedure' | 'contraindication' | 'ask-doctor';

/** A present condition applies to the area; conditions that cannot be limited to areas apply everywhere. */
export function conditionApplies(
  answer: ConditionAnswer | undefined,
  area: Area,
  perArea: boolean,
): answer is ConditionAnswer {
  return !!answer?.present && (!perArea || answer.areas.length === 0 || answer.areas.includes(area));
}

/** Isotretinoin now, or a last dose within the rule's months (reference section 2: a block). */
function isotretinoin(
  def: ConditionDef,
  answer: ConditionAnswer | undefined,
  day: number,
  rules: EffectiveRules,
): TypedFinding<'isotretinoin'>[] {
  const months = rules['isotretinoin.months'].value;
  if (answer?.present)
    return [finding('isotretinoin', 'block', def.sources, { months }, 'isotretinoin.months')];
  if (!answer?.date) return [];
  const until = addMonthsToDay(parseIsoDate(answer.date), months);
  if (day >= until) return [];
  return [
    finding(
      'isotretinoin',
      'block',
      def.sources,
      { months, until: formatIsoDate(until) },
      'isotretinoin.months',
    ),
  ];
}

/** A peel, laser, filler or toxin in the area within the rule's days; undated: warned without an end. */
function recentProcedure(
  def: ConditionDef,
  answer: ConditionAnswer | undefined,
  { candidate, day, rules }: CheckInput,
): TypedFinding<'recent-procedure'>[] {
  if (!conditionApplies(answer, candidate.area, def.perArea)) return [];
  const days = rules['procedure.days'].value;
  if (!answer.date) return [finding('recent-procedure', 'warn', def.sources, { days }, 'procedure.days')];
  const until = parseIsoDate(answer.date) + days;
  if (day >= until) return [];
  return [
    finding('recent-procedure', 'warn', def.sources, { days, until: formatIsoDate(until) }, 'procedure.days'),
  ];
}

/** Contraindications from the profile (reference section 2), in the order of the conditions. */
export const conditionsCheck = defineCheck<ConditionCode>({
  name: 'conditions',
  produces: ['contraindication', 'ask-doctor', 'isotretinoin', 'recent-procedure'],
  sources: [...new Set(CONDITIONS.flatMap((c) => c.sources))],
  run(input) {
    const { candidate, ctx, day, rules } = input;
    return CONDITIONS.flatMap((def): TypedFinding<ConditionCode>[] => {
      const answer = ctx.profile.conditions[def.id];
      if (def.id === 'isotretinoin') return isotretinoin(def, answer, day, rules);
      if (def.id === 'recent-procedure') return recentProcedure(def, answer, input);
      if (!conditionApplies(answer, candidate.area, def.perArea)) return [];
      return def.group === 'do-not-roll'
        ? [finding('contraindication', 'block', def.sources, { condition: def.id })]
        : [finding('ask-doctor', 'warn', def.sources, { condition: def.id })];
    });
  },
});
