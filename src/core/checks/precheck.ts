import { finding, type TypedFinding } from '../findings';
import { defineCheck } from './check';

/** The quick pre-session check for this area (reference section 2): what was ticked, in its order. */
export const precheckCheck = defineCheck({
  name: 'precheck',
  produces: ['precheck'],
  sources: ['skinpen-den160029', 'roller-coach-proposal', 'clinic-aftercare'],
  run({ ctx, rules }) {
    const pre = ctx.precheck ?? {};
    const out: TypedFinding<'precheck'>[] = [];
    if (pre['breakout-or-infection'])
      out.push(finding('precheck', 'block', ['skinpen-den160029'], { check: 'breakout-or-infection' }));
    if (pre['wound-or-sunburn'])
      out.push(finding('precheck', 'block', ['skinpen-den160029'], { check: 'wound-or-sunburn' }));
    if (pre['actives-48h'])
      out.push(
        finding(
          'precheck',
          'warn',
          ['roller-coach-proposal'],
          { check: 'actives-48h', hours: rules['actives.hours'].value },
          'actives.hours',
        ),
      );
    if (pre['redness-from-last-time'])
      out.push(finding('precheck', 'warn', ['clinic-aftercare'], { check: 'redness-from-last-time' }));
    return out;
  },
});
