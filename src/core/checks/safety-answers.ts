import { finding } from '../findings';
import { answersStale, unansweredQuestions } from '../safety-answers';
import { defineCheck } from './check';

/** Unanswered is not "no": every assessment says so until the questions are answered (and reviewed). */
export const safetyAnswersCheck = defineCheck({
  name: 'safety-answers',
  produces: ['safety-unanswered', 'safety-stale'],
  sources: ['skinpen-den160029', 'isotretinoin-pi', 'roller-coach-proposal'],
  run({ candidate, ctx }) {
    const unanswered = unansweredQuestions(ctx.profile);
    if (unanswered.length > 0)
      return [
        finding('safety-unanswered', 'warn', ['skinpen-den160029', 'isotretinoin-pi'], {
          count: unanswered.length,
        }),
      ];
    if (answersStale(ctx.profile, candidate.whenMs, ctx.tz))
      return [finding('safety-stale', 'warn', ['roller-coach-proposal'], {})];
    return [];
  },
});
