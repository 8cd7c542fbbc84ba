import { describe, expect, it } from 'vitest';
import { markTitle, sharedRoot, sharedSkips } from '../../../scripts/lib/shared.mjs';

const REASON = 'fixtures/listings.jsonl is absent from /nonexistent';
const report = (tests: { title: string; status: string; ancestorTitles?: string[] }[]) => ({
  testResults: [
    {
      assertionResults: tests.map((t) => ({
        ancestorTitles: t.ancestorTitles ?? [],
        title: t.title,
        fullName: [...(t.ancestorTitles ?? []), t.title].join(' '),
        status: t.status,
      })),
    },
  ],
});

describe('npm test counts the tests skipped for want of ../shared (issue 17, point 8)', () => {
  it('counts skipped tests under a marked suite, and marked tests, grouped by reason', () => {
    const { count, reasons } = sharedSkips(
      report([
        { title: 'row 1', status: 'skipped', ancestorTitles: [markTitle('every listing', REASON)] },
        { title: 'row 2', status: 'pending', ancestorTitles: [markTitle('every listing', REASON)] },
        {
          title: markTitle('the real eBay page', 'fixtures/pages/real/x.html is absent from /n'),
          status: 'skipped',
        },
        { title: 'an ordinary skip', status: 'skipped' },
        { title: 'a pass', status: 'passed' },
      ]),
    );
    expect(count).toBe(3);
    expect([...reasons]).toEqual([
      [REASON, 2],
      ['fixtures/pages/real/x.html is absent from /n', 1],
    ]);
  });

  it('counts nothing when everything ran (a marked title that passed is not a skip)', () => {
    expect(sharedSkips(report([{ title: 'row', status: 'passed' }])).count).toBe(0);
    expect(sharedSkips(report([{ title: markTitle('x', REASON), status: 'failed' }])).count).toBe(0);
    expect(sharedSkips(undefined).count).toBe(0);
  });

  it('finds ../shared beside the project unless ROLLER_COACH_SHARED says otherwise', () => {
    expect(sharedRoot({})).toMatch(/[\\/]shared$/);
    expect(sharedRoot({ ROLLER_COACH_SHARED: '/nonexistent' })).toBe('/nonexistent');
  });
});
