import { describe, expect, it } from 'vitest';
import { backupToJson, makeBackup, parseBackup } from '../../../src/core/backup';
import { sessionsToCsv } from '../../../src/core/csv';
import { parseSessionsCsv } from '../../../src/core/import-csv';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS, type Session } from '../../../src/core/schemas';
import { parseInstant } from '../../../src/core/time';
import { makeHistory, makeRoller } from '../../support/factories';

/**
 * 10,000 sessions (2020 to 2025, one every five hours) through export and import. The budgets are
 * loose (a slow CI machine must pass); the figures are printed for the issue note.
 */
const NOW_MS = parseInstant('2026-06-10T10:00:00Z');
const roller = makeRoller({
  id: 'r1',
  name: 'Face roller',
  firstUse: '2019-12-01',
  createdAt: '2019-12-01T08:00:00Z',
});
const sessions: Session[] = makeHistory(10_000, 5).map((s, i) => ({
  ...s,
  rollerId: 'r1',
  pain: i % 11,
  products: i % 3 === 0 ? ['hyaluronic serum', 'peptide cream, fragrance-free'] : [],
  notes: i % 5 === 0 ? 'Slight redness on the left cheek;\nfine next morning. "Better than last time."' : '',
  findings:
    i % 7 === 0
      ? [
          {
            code: 'too-soon',
            severity: 'warn',
            sources: ['aad-2018'],
            params: { days: 2 },
            acknowledgedAt: s.loggedAt,
          },
        ]
      : [],
}));
const snapshot = { profile: DEFAULT_PROFILE, settings: DEFAULT_SETTINGS, rollers: [roller], sessions };

// Speed budgets for these live in `npm run bench` (export.csv10k, export.json10k and the import
// figures), measured side by side there; a timed unit test fails on a busy machine, not on slow code.
describe('10,000 sessions', () => {
  it('export to CSV and JSON, and read both back exactly', () => {
    const csv = sessionsToCsv(sessions, [roller]);
    const json = backupToJson(makeBackup(snapshot, NOW_MS, 'UTC'));
    const back = parseBackup(json, { nowMs: NOW_MS });
    expect(back.ok && back.data.sessions).toEqual(sessions);
    const csvBack = parseSessionsCsv(csv, { rollers: [roller], nowMs: NOW_MS });
    expect(csvBack.ok && csvBack.data).toEqual(sessions);
  }, 30_000);
});
