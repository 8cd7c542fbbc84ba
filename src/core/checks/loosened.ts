import { bandOf } from '../bands';
import { finding } from '../findings';
import { bandRule, RULES, type RuleId } from '../rules';
import { defineCheck } from './check';

/**
 * Loosened rules that shaped this assessment are always said (reference section 1, rule notes):
 * the spacing rules of the candidate's band and of every band in this area's recent history, the
 * wear rules when a roller is named, and the dated contraindication windows that were checked.
 */
export const loosenedRulesCheck = defineCheck({
  name: 'loosened-rules',
  produces: ['rule-loosened'],
  sources: [...new Set(RULES.flatMap((r) => r.sources))],
  run({ ctx, rules, band, timed, roller }) {
    const relevant = new Set<RuleId>();
    const bands = new Set(timed.map((t) => bandOf(t.session.needleMm)?.id));
    if (band) bands.add(band.id);
    for (const b of bands) {
      if (!b) continue;
      relevant.add(bandRule('interval', b));
      relevant.add(bandRule('interval-extended', b));
      relevant.add(bandRule('weekly-cap', b));
    }
    if (roller) {
      relevant.add('wear.max-uses');
      relevant.add('wear.max-days');
    }
    const { conditions } = ctx.profile;
    if (conditions.isotretinoin?.date) relevant.add('isotretinoin.months');
    if (conditions['recent-procedure']?.present) relevant.add('procedure.days');
    if (ctx.precheck?.['actives-48h']) relevant.add('actives.hours');
    return [...relevant]
      .filter((id) => rules[id].loosened)
      .map((id) =>
        finding(
          'rule-loosened',
          'info',
          rules[id].def.sources,
          { value: rules[id].value, default: rules[id].def.defaultValue },
          id,
        ),
      );
  },
});
