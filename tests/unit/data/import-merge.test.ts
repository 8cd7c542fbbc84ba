import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DataSnapshot, makeBackup } from '../../../src/core/backup';
import { conflictKey, mergeSnapshots, previewImport, sameData } from '../../../src/core/import-merge';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { isMessageKey } from '../../../src/i18n/i18n';
import { makeRoller, makeSession } from '../../support/factories';
import { NOW_MS, snapshot } from './arbitraries';
// The import and export messages load with the data tools' code: register them as they do.
import '../../../src/i18n/packs/data';

const at = (d: string) => `2026-05-${d}T09:00:00+02:00`;
const snap = (over: Partial<DataSnapshot> = {}): DataSnapshot => ({
  profile: DEFAULT_PROFILE,
  settings: DEFAULT_SETTINGS,
  rollers: [],
  sessions: [],
  ...over,
});

describe('import preview', () => {
  const kept = makeSession({ id: 'kept', when: at('01') });
  const same = makeSession({ id: 'same', when: at('02') });
  const editedHere = makeSession({ id: 'c1', when: at('03'), notes: 'here', updatedAt: at('20') });
  const editedThere = { ...editedHere, notes: 'there', updatedAt: at('10') };
  const newerThere = makeSession({ id: 'c2', when: at('04'), notes: 'old' });
  const newerThereIncoming = { ...newerThere, notes: 'new', updatedAt: at('21') };
  const tieHere = makeSession({ id: 'c3', when: at('05'), pain: 1 });
  const tieThere = { ...tieHere, pain: 2 };
  const added = makeSession({ id: 'added', when: at('06') });
  const roller = makeRoller({ id: 'r1' });
  const current = snap({
    rollers: [roller],
    sessions: [kept, same, editedHere, newerThere, tieHere],
    profile: { ...DEFAULT_PROFILE, ageBand: '22-plus' },
  });
  const incoming = makeBackup(
    snap({
      rollers: [{ ...roller, retired: true }, makeRoller({ id: 'r2' })],
      sessions: [same, editedThere, newerThereIncoming, tieThere, added],
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
    }),
    NOW_MS,
    'UTC',
  );

  it('counts new, identical and conflicting records, and what each mode leaves', () => {
    expect(previewImport(current, incoming)).toEqual({
      sessions: { incoming: 5, added: 1, identical: 1, conflicts: 3, onlyCurrent: 1 },
      rollers: { incoming: 2, added: 1, identical: 0, conflicts: 1, onlyCurrent: 0 },
      profile: { differs: true, merge: 'current' },
      // This browser still has default settings (a fresh install): a merge takes the file's.
      settings: { differs: true, merge: 'incoming' },
      conflicts: [
        { kind: 'roller', id: 'r1', kept: 'current', reason: 'no-edit-time' },
        { kind: 'session', id: 'c1', kept: 'current', reason: 'later' },
        { kind: 'session', id: 'c2', kept: 'incoming', reason: 'later' },
        { kind: 'session', id: 'c3', kept: 'current', reason: 'tie' },
      ],
      after: { merge: { sessions: 6, rollers: 2 }, replace: { sessions: 5, rollers: 2 } },
    });
  });

  it('merges: later edit wins, ties keep this browser’s copy, sessions in time order', () => {
    const { snapshot: m } = mergeSnapshots(current, incoming);
    expect(m.sessions.map((s) => s.id)).toEqual(['kept', 'same', 'c1', 'c2', 'c3', 'added']);
    expect(m.sessions.find((s) => s.id === 'c1')?.notes).toBe('here');
    expect(m.sessions.find((s) => s.id === 'c2')?.notes).toBe('new');
    expect(m.sessions.find((s) => s.id === 'c3')?.pain).toBe(1);
    expect(m.rollers).toEqual([roller, incoming.rollers[1]]);
    expect(m.profile).toEqual(current.profile);
    expect(m.settings.theme).toBe('dark');
  });

  it('compares by instant, not by the text of the time', () => {
    const a = makeSession({
      id: 'z',
      when: at('03'),
      notes: 'tokyo',
      updatedAt: '2026-05-10T08:00:00+09:00',
    });
    const b = { ...a, notes: 'london', updatedAt: '2026-05-10T00:30:00+00:00' }; // later, though "smaller" text
    expect(mergeSnapshots(snap({ sessions: [a] }), snap({ sessions: [b] })).snapshot.sessions[0]?.notes).toBe(
      'london',
    );
  });

  it('every conflict has a message', () => {
    for (const c of previewImport(current, incoming).conflicts)
      expect(isMessageKey(conflictKey(c))).toBe(true);
  });

  it('merging a snapshot with itself changes nothing; merging is idempotent (property)', () => {
    fc.assert(
      fc.property(snapshot(8), snapshot(8), (a, b) => {
        const self = mergeSnapshots(a, a);
        expect(self.conflicts).toEqual([]);
        expect(
          sameData(self.snapshot.sessions.map((s) => s.id).sort(), a.sessions.map((s) => s.id).sort()),
        ).toBe(true);
        const once = mergeSnapshots(a, b).snapshot;
        const twice = mergeSnapshots(once, b).snapshot;
        expect(twice).toEqual(once);
        const ids = new Set([...a.sessions, ...b.sessions].map((s) => s.id));
        expect(once.sessions).toHaveLength(ids.size);
      }),
      { numRuns: 100 },
    );
  });

  it('sameData ignores key order and undefined keys, not values', () => {
    expect(sameData({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameData({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
