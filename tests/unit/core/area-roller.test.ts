import { describe, expect, it } from 'vitest';
import type { Area } from '../../../src/core/areas';
import type { Roller } from '../../../src/core/schemas';
import { areaRoller } from '../../../src/core/status';
import { makeRoller, makeSession } from '../../support/factories';

// "Can I roll now?" starts from the roller the area's status was computed with (the length of the
// area's last session), never from a shorter roller last used on another area.
const face = makeRoller({ id: 'face', name: 'Face 0.25', needleMm: 0.25 });
const scalp = makeRoller({ id: 'scalp', name: 'Scalp 0.5', needleMm: 0.5 });
const oldScalp = makeRoller({ id: 'old-scalp', needleMm: 0.5, retired: true, replacedBy: 'scalp' });
const gone = makeRoller({ id: 'gone', needleMm: 0.5, retired: true });
const on = (area: Area, rollerId: string | null, day: number) =>
  makeSession({
    area,
    rollerId,
    needleMm: 0.5,
    when: `2026-11-${String(day).padStart(2, '0')}T09:00:00+01:00`,
  });

const CASES: [string, Area, Roller[], ReturnType<typeof on>[], string | null][] = [
  [
    'the area last used the scalp roller, the face roller came after elsewhere',
    'scalp',
    [face, scalp],
    [on('scalp', 'scalp', 1), on('cheeks', 'face', 3)],
    'scalp',
  ],
  [
    'the other area keeps its own roller',
    'cheeks',
    [face, scalp],
    [on('scalp', 'scalp', 1), on('cheeks', 'face', 3)],
    'face',
  ],
  [
    'an area with no session: the usual roller (the last used)',
    'neck',
    [face, scalp],
    [on('scalp', 'scalp', 1), on('cheeks', 'face', 3)],
    'face',
  ],
  [
    "the area's roller was replaced: its successor",
    'scalp',
    [face, oldScalp, scalp],
    [on('scalp', 'old-scalp', 1), on('cheeks', 'face', 3)],
    'scalp',
  ],
  [
    "the area's roller is retired with no successor: none (the length is typed)",
    'scalp',
    [face, gone],
    [on('scalp', 'gone', 1), on('cheeks', 'face', 3)],
    null,
  ],
  [
    "the area's last session had no roller: none (the length is typed)",
    'scalp',
    [face],
    [on('scalp', null, 1), on('cheeks', 'face', 3)],
    null,
  ],
  ['no history at all: the newest active roller', 'cheeks', [face, scalp], [], 'scalp'],
];

describe('areaRoller: the roller "can I roll now?" starts from', () => {
  it.each(CASES)('%s', (_, area, rollers, sessions, expected) => {
    expect(areaRoller(area, rollers, sessions)?.id ?? null).toBe(expected);
  });
});
