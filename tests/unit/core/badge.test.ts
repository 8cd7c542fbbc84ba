import { describe, expect, it } from 'vitest';
import type { AssessContext } from '../../../src/core/assess';
import { badgeState } from '../../../src/core/badge';
import { effectiveRules } from '../../../src/core/rules';
import { DEFAULT_SETTINGS, type Profile, type Session } from '../../../src/core/schemas';
import { parseInstant } from '../../../src/core/time';
import { ANSWERED_PROFILE, makeRoller, makeSession } from '../../support/factories';

const TZ = 'Europe/Berlin';
const NOW = parseInstant('2026-11-21T10:00:00+01:00');

function ctx(sessions: Session[], profile: Partial<Profile> = {}): AssessContext {
  return {
    sessions,
    rollers: [],
    profile: { ...ANSWERED_PROFILE, ...profile },
    settings: DEFAULT_SETTINGS,
    tz: TZ,
    rules: effectiveRules(),
  };
}

describe('toolbar badge', () => {
  it('shows nothing without areas or history', () => {
    expect(badgeState(ctx([]), NOW)).toMatchObject({ kind: 'none', days: 0, nextChangeMs: null });
  });

  it('counts the days until the first waiting area is safe when every area waits', () => {
    const s = [
      makeSession({ area: 'cheeks', needleMm: 0.5, when: '2026-11-19T09:00:00+01:00' }), // safe Nov 26 00:00
      makeSession({ area: 'scalp', needleMm: 0.5, when: '2026-11-20T09:00:00+01:00' }), // safe Nov 27 00:00
    ];
    const b = badgeState(ctx(s), NOW);
    expect(b.kind).toBe('wait');
    expect(b.days).toBe(5); // 4 d 14 h, rounded up
    // The next change is the first aftercare milestone still ahead: exercise allowed again 72 h
    // after the latest session (running items of several sessions merge, the latest end wins).
    expect(b.nextChangeMs).toBe(parseInstant('2026-11-23T09:00:00+01:00'));
  });

  it('is ready when an area may be rolled now, and lists it', () => {
    const s = [makeSession({ area: 'cheeks', needleMm: 0.5, when: '2026-11-19T09:00:00+01:00' })];
    const x = { ...ctx(s, { areas: ['cheeks', 'neck'] }), rollers: [makeRoller({ needleMm: 0.25 })] };
    expect(badgeState(x, NOW)).toMatchObject({ kind: 'ready', possibleAreas: ['neck'] });
    // Without a roller the neck's needle length is unknown: a warning, never "ready".
    expect(badgeState(ctx(s, { areas: ['cheeks', 'neck'] }), NOW)).toMatchObject({
      kind: 'warn',
      possibleAreas: [],
    });
  });

  it("counts the wear of the area's own roller: a worn face roller is a warning on the cheeks, even when another roller was used last", () => {
    const face = makeRoller({ id: 'face', name: 'Face roller', needleMm: 0.25, firstUse: '2026-10-01' });
    const neck = makeRoller({ id: 'neck', name: 'Neck roller', needleMm: 0.25, firstUse: '2026-11-01' });
    const s = [
      ...Array.from({ length: 10 }, (_, i) =>
        makeSession({
          area: 'cheeks',
          needleMm: 0.25,
          rollerId: 'face',
          when: `2026-10-${String(2 + i * 2).padStart(2, '0')}T09:00:00+02:00`,
        }),
      ),
      makeSession({ area: 'neck', needleMm: 0.25, rollerId: 'neck', when: '2026-11-20T09:00:00+01:00' }),
    ];
    const b = badgeState({ ...ctx(s, { areas: ['cheeks', 'neck'] }), rollers: [face, neck] }, NOW);
    expect(b.possibleAreas).not.toContain('cheeks');
    expect(b.kind).toBe('warn');
  });

  it('changes when the longer wait an unrecorded bleeding or redness may need is over', () => {
    const s = [
      makeSession({
        area: 'cheeks',
        needleMm: 0.5,
        bleeding: undefined,
        rednessHours: undefined,
        when: '2026-11-12T09:00:00+01:00',
      }),
    ];
    const b = badgeState({ ...ctx(s, { areas: ['cheeks'] }), rollers: [makeRoller({ needleMm: 0.5 })] }, NOW);
    expect(b).toMatchObject({ kind: 'warn', possibleAreas: [] });
    // 14 days after the session (the running aftercare changes only on Dec 3, when SPF ends).
    expect(b.nextChangeMs).toBe(parseInstant('2026-11-26T09:00:00+01:00'));
  });

  it.each<[string, Profile['conditions'], 'block' | 'warn', string]>([
    [
      'an isotretinoin block, six months after the last dose',
      { isotretinoin: { present: false, areas: [], date: '2026-06-01' } },
      'block',
      '2026-12-01T00:00:00+01:00',
    ],
    [
      'a recent procedure’s warning, its days after the procedure',
      { 'recent-procedure': { present: true, areas: [], date: '2026-11-10' } },
      'warn',
      '2026-11-24T00:00:00+01:00',
    ],
  ])(
    'changes when %s is over (the day the finding ends, at midnight where the user is)',
    (_, conditions, kind, end) => {
      const b = badgeState(
        {
          ...ctx([], { areas: ['cheeks'], conditions: { ...ANSWERED_PROFILE.conditions, ...conditions } }),
          rollers: [makeRoller({ needleMm: 0.25 })],
        },
        NOW,
      );
      expect(b.kind).toBe(kind);
      expect(b.nextChangeMs).toBe(parseInstant(end));
    },
  );

  it('shows the warning mark while a contraindication blocks rolling', () => {
    const b = badgeState(
      ctx([], { areas: ['cheeks'], conditions: { 'pregnancy-nursing': { present: true, areas: [] } } }),
      NOW,
    );
    expect(b.kind).toBe('block');
  });

  it('never counts down to a professional-length session, and marks it as a warning', () => {
    const s = [makeSession({ area: 'scalp', needleMm: 1.5, when: '2026-11-20T09:00:00+01:00' })];
    expect(badgeState(ctx(s), NOW)).toMatchObject({ kind: 'warn', days: 0, possibleAreas: [] });
  });
});
