import { CONDITIONS } from '../../src/core/conditions';
import { DEFAULT_PROFILE, type Profile, type Roller, type Session } from '../../src/core/schemas';

/**
 * A profile whose safety questions were all answered "no" (an adult), reviewed on the tests'
 * usual dates: the user most tests are about. `DEFAULT_PROFILE` is the user who answered nothing.
 */
export const ANSWERED_PROFILE: Profile = {
  ...DEFAULT_PROFILE,
  ageBand: '22-plus',
  conditions: Object.fromEntries(
    CONDITIONS.map((c) => [c.id, { present: false, areas: [], updatedAt: '2026-10-01T08:00:00+02:00' }]),
  ),
  safetyReviewedAt: '2026-10-01T08:00:00+02:00',
};

let counter = 0;

/** A valid session; override any field. `when` defaults to a fixed instant, `loggedAt` to `when`. */
export function makeSession(over: Partial<Session> = {}): Session {
  counter += 1;
  const when = over.when ?? '2026-11-01T09:00:00+01:00';
  return {
    id: `s${counter}`,
    when,
    area: 'cheeks',
    rollerId: null,
    needleMm: 0.25,
    bleeding: 'none',
    products: [],
    sideEffects: [],
    notes: '',
    findings: [],
    loggedAt: when,
    ...over,
  };
}

export function makeRoller(over: Partial<Roller> = {}): Roller {
  counter += 1;
  return {
    id: `r${counter}`,
    name: 'Face roller',
    kind: 'roller',
    needleMm: 0.25,
    firstUse: '2026-10-01',
    retired: false,
    createdAt: '2026-10-01T08:00:00+02:00',
    ...over,
  };
}

/** Sessions spread over `months` months, one every `everyDays` days, starting 2020-01-01. */
export function makeHistory(n: number, everyHours = 20): Session[] {
  const start = Date.UTC(2020, 0, 1, 8);
  const areas = ['cheeks', 'forehead', 'neck', 'scalp'] as const;
  return Array.from({ length: n }, (_, i) => {
    const when = new Date(start + i * everyHours * 3_600_000).toISOString().replace('.000Z', '+00:00');
    return makeSession({ id: `h${i}`, when, loggedAt: when, area: areas[i % areas.length], needleMm: 0.25 });
  });
}
