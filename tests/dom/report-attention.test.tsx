import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportData } from '../../src/core/report';
import type { Session } from '../../src/core/schemas';
import { ReportAttention } from '../../src/ui/report/ReportAttention';
import { makeSession } from '../support/factories';

// Unknown is not "no": the report tells the dermatologist "no heavy bleeding, no long redness"
// only when the period's sessions recorded bleeding and redness.
afterEach(() => cleanup());

const data = (sessions: Session[]) =>
  ({ sessions, attention: [], productConcerns: [], unverifiedProducts: [] }) as unknown as ReportData;
const recorded = { bleeding: 'none', rednessHours: 6 } as const;

describe('report: after-effects that need attention', () => {
  it('says "no heavy bleeding, no redness over 48 hours" when every session recorded both', () => {
    render(
      <ReportAttention data={data([makeSession(recorded), makeSession(recorded)])} tz="Europe/Berlin" />,
    );
    expect(screen.getByText(/None recorded: no heavy bleeding, no redness over 48 hours/)).toBeTruthy();
  });

  it('says how many sessions did not record them, and claims no absence, when some did not', () => {
    const sessions = [
      makeSession(recorded),
      makeSession({ rednessHours: 2, bleeding: undefined }),
      makeSession({ bleeding: undefined, rednessHours: undefined }),
    ];
    render(<ReportAttention data={data(sessions)} tz="Europe/Berlin" />);
    const line = screen.getByTestId('report-attention-unrecorded').textContent ?? '';
    expect(line).toBe(
      'None recorded, but not everything was. Sessions without bleeding recorded: 2 of 3; without redness recorded: 1 of 3.',
    );
    expect(line).not.toMatch(/no heavy bleeding|no redness/);
  });

  it('names only what is missing: bleeding recorded everywhere, redness not', () => {
    const sessions = [makeSession(recorded), makeSession({ bleeding: 'none', rednessHours: undefined })];
    render(<ReportAttention data={data(sessions)} tz="Europe/Berlin" />);
    expect(screen.getByTestId('report-attention-unrecorded').textContent).toBe(
      'None recorded, but not everything was. Sessions without redness recorded: 1 of 2.',
    );
  });
});
