import { finding } from '../findings';
import { defineCheck } from './check';

/** FDA-authorised indications cover adults aged 22 and over (reference section 1). */
export const ageCheck = defineCheck({
  name: 'age',
  produces: ['under-22'],
  sources: ['skinpen-den160029'],
  run: ({ ctx: { profile } }) =>
    profile.ageBand === 'under-18' || profile.ageBand === '18-21'
      ? [finding('under-22', 'warn', ['skinpen-den160029'], { ageBand: profile.ageBand })]
      : [],
});
