import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../src/core/schemas';
import { sortByWhen, sortValidatedByWhen } from '../../../src/store/repository';
import { makeSession } from '../../support/factories';
import { referenceInstant } from '../../support/reference-instant';

/** Oldest first by instant, ties by id: the order load() has always given. */
const reference = (list: Session[]) =>
  list
    .map((s) => ({ s, ms: referenceInstant(s.when) }))
    .sort((a, b) => a.ms - b.ms || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0))
    .map((k) => k.s);

const p2 = (n: number) => String(n).padStart(2, '0');

/** Valid times in every form the schema accepts, many of them equal or minutes apart. */
const when = fc
  .tuple(
    fc.integer({ min: 0, max: 3 }), // day
    fc.integer({ min: 0, max: 3 }), // hour
    fc.integer({ min: 0, max: 2 }), // second
    fc.constantFrom('+01:00', '+02:00', '-05:00', '+00:00', '-00:00', 'Z', '+05:45'),
    fc.constantFrom('seconds', 'minutes', 'fraction'),
  )
  .map(([d, h, sec, zone, form]) => {
    const base = `2026-10-${p2(30 + (d % 2))}T${p2(20 + h)}:${p2(d * 7)}`;
    const tail = form === 'minutes' ? '' : form === 'fraction' ? `:${p2(sec)}.5` : `:${p2(sec)}`;
    return `${base}${tail}${zone}`;
  });

const session = fc
  .tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), when)
  .map(([id, w]) => makeSession({ id, when: w, loggedAt: w }));

describe('sorting sessions that validated (issue 12)', () => {
  it('gives the order sortByWhen gives, for any list, sorted or not (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(session, { maxLength: 30 }), fc.boolean(), (list, presorted) => {
        const input = presorted ? reference(list) : list;
        const got = sortValidatedByWhen(input);
        expect(got).toEqual(reference(input));
        expect(got).toEqual(sortByWhen(input));
        expect(got).not.toBe(input);
      }),
      { numRuns: 3000 },
    );
  });

  it('same offsets compare as text, other pairs by instant', () => {
    const list = [
      makeSession({ id: 'x', when: '2026-10-31T23:30:00-05:00' }), // 1 Nov 04:30 UTC
      makeSession({ id: 'y', when: '2026-11-01T01:00:00+09:00' }), // 31 Oct 16:00 UTC
      makeSession({ id: 'z', when: '2026-11-01T01:00:00+09:00' }),
      makeSession({ id: 'a', when: '2026-11-01T01:00:00+09:00' }),
    ];
    expect(sortValidatedByWhen(list).map((s) => s.id)).toEqual(['a', 'y', 'z', 'x']);
  });
});
