import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStoreItems } from '../../src/store/items';
import { createRepository } from '../../src/store/repository';
import { Report } from '../../src/ui/report/Report';
import { createMonthsState } from '../../src/ui/shared/months-state';
import { makeRoller, makeSession } from '../support/factories';

// Issue 12 point 2: the report reads its period; the devices' whole lives come after.
const NOW = Date.parse('2026-11-21T10:00:00+01:00');
const TZ = 'Europe/Berlin';

beforeEach(() => resetStoreItems());
afterEach(() => cleanup());

/** A session every 5 days for two years with the face roller, first used two years ago. */
async function seed() {
  const repo = createRepository();
  await repo.saveRollers([makeRoller({ id: 'face', name: 'Face roller', firstUse: '2024-11-01' })]);
  const sessions = Array.from({ length: 146 }, (_, i) => {
    const when = new Date(Date.parse('2026-11-20T19:00:00Z') - i * 5 * 86_400_000)
      .toISOString()
      .replace('.000Z', '+00:00');
    return makeSession({ id: `r${i}`, when, loggedAt: when, rollerId: 'face' });
  });
  await repo.putSessions(sessions);
  return sessions;
}

describe('the report reads what it shows', () => {
  it('reads the months of its period first, then the devices’ whole lives for their uses', async () => {
    await seed();
    const state = createMonthsState('2026-08');
    state.connect();
    render(<Report state={state} reads={state} now={() => NOW} tz={TZ} initialRange="3" />);
    await screen.findByTestId('report-devices');
    const rows = () => screen.getByTestId('report-sessions').querySelectorAll('tbody tr').length;
    const inPeriod = rows();
    expect(inPeriod).toBeGreaterThan(15);
    expect(inPeriod).toBeLessThan(20);
    // Then (after the first paint) the roller's first use on: every use is counted.
    await waitFor(() => expect(screen.getByTestId('report-devices').textContent).toContain('146 uses'));
    expect(state.from.value).toBe('2024-10');
    expect(rows()).toBe(inPeriod);
    expect(screen.getByTestId('report-devices').textContent).toContain('due for replacement');
  });

  it('until the devices are read, says their uses are not counted yet (never a low count)', async () => {
    await seed();
    const state = createMonthsState('2026-08');
    state.connect();
    // Reads that never go further: the period only.
    const reads = { from: state.from, complete: state.complete, readFrom: async () => undefined };
    render(<Report state={state} reads={reads} now={() => NOW} tz={TZ} initialRange="3" />);
    const devices = await screen.findByTestId('report-devices');
    expect(devices.textContent).toContain('uses not counted yet');
    expect(devices.textContent).not.toMatch(/\d+ uses/);
  });

  it('a longer period reads its months before it is shown', async () => {
    await seed();
    const state = createMonthsState('2026-08');
    state.connect();
    render(<Report state={state} reads={state} now={() => NOW} tz={TZ} initialRange="3" />);
    await screen.findByTestId('report-sessions');
    fireEvent.change(screen.getByRole('combobox', { name: 'Period' }), { target: { value: 'all' } });
    await waitFor(() =>
      expect(screen.getByTestId('report-sessions').querySelectorAll('tbody tr').length).toBe(146),
    );
    expect(state.complete.value).toBe(true);
  });
});
