import { finding } from '../findings';
import { bled, SEE_DOCTOR_SOURCES, seeDoctorEffectsOf, seeDoctorSources } from '../side-effects';
import { defineCheck } from './check';

const SEE_DOCTOR = [
  ...new Set([...Object.values(SEE_DOCTOR_SOURCES).flat(), ...seeDoctorSources('long-redness')]),
];

/** What this session did to the skin, when it already happened (reference section 3). */
export const sessionEffectsCheck = defineCheck({
  name: 'session-effects',
  produces: ['side-effect-see-doctor'],
  sources: SEE_DOCTOR,
  run: ({ candidate }) =>
    seeDoctorEffectsOf(candidate).map((effect) =>
      finding('side-effect-see-doctor', 'block', seeDoctorSources(effect), { effect }),
    ),
});

/** With a <= 0.25 mm roller, bleeding suggests too much pressure or a damaged roller (a proposal). */
export const cosmeticBleedingCheck = defineCheck({
  name: 'cosmetic-bleeding',
  produces: ['cosmetic-bleeding'],
  sources: ['roller-coach-proposal'],
  run: ({ candidate, band }) =>
    band?.id === 'cosmetic' && bled(candidate)
      ? [finding('cosmetic-bleeding', 'warn', ['roller-coach-proposal'], {})]
      : [],
});

/** The last session in this area before this one recorded a "see a doctor" after-effect. */
export const previousEffectsCheck = defineCheck({
  name: 'previous-effects',
  produces: ['side-effect-see-doctor'],
  sources: SEE_DOCTOR,
  run({ candidate, timed }) {
    const previous = [...timed].reverse().find((t) => t.ms <= candidate.whenMs);
    if (!previous) return [];
    return seeDoctorEffectsOf(previous.session).map((effect) =>
      finding('side-effect-see-doctor', 'block', seeDoctorSources(effect), {
        effect,
        previous: previous.session.when,
      }),
    );
  },
});
