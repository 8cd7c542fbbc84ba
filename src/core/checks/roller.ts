import { finding } from '../findings';
import { rollerWear } from '../wear';
import { defineCheck } from './check';

/** A roller marked as retired (reference section 5: replace it). */
export const rollerRetiredCheck = defineCheck({
  name: 'roller-retired',
  produces: ['roller-retired'],
  sources: ['aad-2018'],
  run: ({ roller }) =>
    roller?.retired ? [finding('roller-retired', 'warn', ['aad-2018'], { roller: roller.name })] : [],
});

/** Replace after the rule's uses or days from first use, whichever comes first (reference section 5). */
export const rollerWearCheck = defineCheck<'roller-worn-uses' | 'roller-worn-age'>({
  name: 'roller-wear',
  produces: ['roller-worn-uses', 'roller-worn-age'],
  sources: ['aad-2018', 'roller-coach-proposal'],
  run({ candidate, ctx, rules, day, roller }) {
    if (!roller) return [];
    const others = candidate.id ? ctx.sessions.filter((s) => s.id !== candidate.id) : ctx.sessions;
    const wear = rollerWear(roller, others, rules, day, ctx.tz, false);
    const uses = rules['wear.max-uses'];
    const age = rules['wear.max-days'];
    if (wear.reason === 'uses')
      return [
        finding(
          'roller-worn-uses',
          'warn',
          uses.def.sources,
          { uses: wear.uses, max: uses.value, roller: roller.name },
          'wear.max-uses',
        ),
      ];
    if (wear.reason === 'age')
      return [
        finding(
          'roller-worn-age',
          'warn',
          age.def.sources,
          { days: wear.ageDays, max: age.value, roller: roller.name },
          'wear.max-days',
        ),
      ];
    return [];
  },
});

/** Pen cartridges are single-use, sterile, never re-used (SkinPen De Novo). */
export const penCartridgeCheck = defineCheck({
  name: 'pen-cartridge',
  produces: ['pen-cartridge'],
  sources: ['skinpen-den160029'],
  run: ({ roller }) =>
    roller?.kind === 'pen' ? [finding('pen-cartridge', 'info', ['skinpen-den160029'], {})] : [],
});
