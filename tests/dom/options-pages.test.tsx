import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Session } from '../../src/core/schemas';
import { parseInstant } from '../../src/core/time';
import { resetStoreItems } from '../../src/store/items';
import { createRepository } from '../../src/store/repository';
import { createAppState, createSummaryState } from '../../src/store/state';
import { Options } from '../../src/ui/options/Options';
import { FIRST_PAINT, WITH_HISTORY } from '../../src/ui/options/section-code';
import { createMonthsState } from '../../src/ui/shared/months-state';
import { makeRoller, makeSession } from '../support/factories';

// Issue 12 point 2: the options page shows the first history page from the newest months only,
// reads older months on demand, and reads the whole history for filters only when asked.
const NOW = Date.parse('2026-11-21T10:00:00+01:00');
const TZ = 'Europe/Berlin';

// The sections are chunks fetched once per page; here each is transformed on its first import,
// which on a busy machine can outlast a `waitFor`. Fetched once up front, as a page that has been
// open a moment has them.
beforeAll(() => Promise.all([...FIRST_PAINT, ...WITH_HISTORY].map((c) => c.load())));
beforeEach(() => resetStoreItems());
afterEach(() => cleanup());

/** 300 sessions, one a day back from 2026-11-20: about ten months, newest month partly filled. */
async function seed(): Promise<Session[]> {
  const sessions = Array.from({ length: 300 }, (_, i) => {
    const when = new Date(Date.parse('2026-11-20T08:00:00Z') - i * 86_400_000)
      .toISOString()
      .replace('.000Z', '+00:00');
    return makeSession({ id: `p${i}`, when, loggedAt: when, area: i % 3 === 0 ? 'scalp' : 'cheeks' });
  });
  await createRepository().putSessions(sessions);
  return sessions; // newest first
}

async function mountPaged() {
  const history = createMonthsState({ atLeast: 50 }, undefined, { countUnread: true });
  history.connect();
  const state = createAppState();
  const loadAll = vi.fn();
  render(<Options state={state} history={history} loadAll={loadAll} now={() => NOW} tz={TZ} />);
  await screen.findByTestId('history-count');
  return { history, state, loadAll };
}

const rowIds = () =>
  [...screen.getByTestId('history-table').querySelectorAll('tbody tr')].map((r) =>
    r.getAttribute('data-session'),
  );

describe('history pages through months (options page)', () => {
  it('shows the newest page from the newest months only, with the whole count, and reads older months on Next', async () => {
    const sessions = await seed();
    await createRepository().saveRollers([makeRoller({ id: 'r-face', name: 'Face roller 0.25' })]);
    await createRepository().putSessions([{ ...(sessions[0] as Session), rollerId: 'r-face' }]);
    const { history, state } = await mountPaged();
    expect(screen.getByTestId('history-count').textContent).toBe('50 of 300');
    // The rollers are read with the first page: a row names its roller, never "none" for unknown.
    expect(screen.getByTestId('history-table').querySelector('tbody tr')?.textContent).toContain(
      'Face roller 0.25',
    );
    expect(rowIds()).toEqual(sessions.slice(0, 50).map((s) => s.id));
    // Only the newest months were read: 20 + 31 days hold the first 50.
    expect(history.sessions.value.length).toBeLessThan(100);
    expect(history.from.value).toBe('2026-10');
    expect(state.ready.value).toBe(false);
    expect(screen.getByText('Page 1 of 6')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Page 1 of 6' });
    fireEvent.click(within(nav).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(rowIds()).toEqual(sessions.slice(50, 100).map((s) => s.id)));
    expect((history.from.value ?? '') < '2026-10').toBe(true);
    expect(screen.getByTestId('history-count').textContent).toBe('50 of 300');
    // "Show older" reads more; at the end nothing is left to read.
    while (screen.queryByTestId('history-older')) {
      fireEvent.click(screen.getByTestId('history-older'));
      await waitFor(() => expect(history.sessions.value.length).toBeGreaterThan(0));
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(history.complete.value).toBe(true);
    expect(history.sessions.value).toHaveLength(300);
    expect(screen.getByTestId('history-count').textContent).toBe('50 of 300');
  });

  it('counts the months it does not show from the summary: the first page reads only its own months', async () => {
    await seed();
    const asked: string[] = [];
    const local = fakeBrowser.storage.local;
    const get = local.get.bind(local);
    local.get = ((keys?: unknown) => {
      if (keys === null || keys === undefined) asked.push('(everything)');
      else if (typeof keys === 'string') asked.push(keys);
      else if (Array.isArray(keys)) asked.push(...keys);
      else asked.push(...Object.keys(keys as object));
      return get(keys as never);
    }) as typeof local.get;
    try {
      await mountPaged();
      expect(screen.getByTestId('history-count').textContent).toBe('50 of 300');
    } finally {
      local.get = get;
    }
    expect(asked).not.toContain('(everything)');
    expect(asked).toContain('summary');
    expect([...new Set(asked.filter((k) => k.startsWith('sessions:')))].sort()).toEqual([
      'sessions:2026-10',
      'sessions:2026-11',
    ]);
  });

  it('filters over the whole history: asks for it, keeps the view until it is read, then shows the match', async () => {
    await seed();
    const { state, loadAll } = await mountPaged();
    const history = screen.getByRole('region', { name: 'History' });
    fireEvent.change(within(history).getByLabelText('Area'), { target: { value: 'scalp' } });
    await waitFor(() => expect(loadAll).toHaveBeenCalled());
    expect(screen.getByTestId('history-reading').textContent).toBe('Reading the whole history…');
    expect(screen.getByTestId('history-count').textContent).toBe('50 of 300');
    state.connect();
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('50 of 100'));
    expect(screen.queryByTestId('history-reading')).toBeNull();
    fireEvent.change(within(history).getByLabelText('Sort by'), { target: { value: 'when-asc' } });
    expect(rowIds()[0]).toBe('p297');
  });

  it('follows writes from other contexts: a new session on top, a change in a month not read in the count', async () => {
    const sessions = await seed();
    const { history } = await mountPaged();
    const repo = createRepository();
    const fresh = makeSession({ id: 'fresh', when: '2026-11-21T09:00:00+01:00' });
    await repo.putSessions([fresh]);
    await waitFor(() => expect(rowIds()[0]).toBe('fresh'));
    expect(screen.getByTestId('history-count').textContent).toBe('50 of 301');
    // Deleted elsewhere in a month this page has not read: the count follows.
    const old = sessions[250] as Session;
    expect(history.sessions.value.some((s) => s.id === old.id)).toBe(false);
    await repo.deleteSessions([old]);
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('50 of 300'));
  });

  it('deletes with undo on a page read by months', async () => {
    const sessions = await seed();
    const { history } = await mountPaged();
    const first = screen.getByTestId('history-table').querySelector('tbody tr') as HTMLElement;
    fireEvent.click(within(first).getByRole('button', { name: /^Delete: session of / }));
    await waitFor(() => expect(rowIds()[0]).toBe(sessions[1]?.id));
    expect(screen.getByTestId('history-count').textContent).toBe('50 of 299');
    fireEvent.click(await within(screen.getByTestId('toast')).findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowIds()[0]).toBe(sessions[0]?.id));
    expect(history.sessions.value.map((s) => parseInstant(s.when))).toEqual(
      [...history.sessions.value].map((s) => parseInstant(s.when)).sort((a, b) => a - b),
    );
  });

  it('counts roller wear from the summary (days of use) as the whole history gives it', async () => {
    const sessions = await seed();
    const repo = createRepository({ tz: () => TZ });
    await repo.saveRollers([makeRoller({ id: 'r-face', name: 'Face roller', firstUse: '2026-01-01' })]);
    // Two sessions a day on 30 days, and 40 days older than the summary keeps in full.
    const used = sessions.slice(0, 30).concat(sessions.slice(200, 240));
    await repo.putSessions(
      used.flatMap((s) => [
        { ...s, rollerId: 'r-face' },
        { ...s, id: `${s.id}-b`, area: 'forehead' as const, rollerId: 'r-face' },
      ]),
    );
    const uses = async (withSummary: boolean) => {
      const history = createMonthsState({ atLeast: 50 }, undefined, { countUnread: true });
      const stop = history.connect();
      const state = createMonthsState(null);
      const stopAll = state.connect();
      const wear = withSummary ? createSummaryState(undefined, { tz: TZ }) : undefined;
      const stopWear = wear?.connect();
      render(<Options state={state} history={history} wear={wear} now={() => NOW} tz={TZ} />);
      const item = await waitFor(
        () => {
          if (wear) expect(wear.ready.value).toBe(true);
          const li = screen.getByTestId('roller-list').querySelector('[data-roller="r-face"]');
          expect(li).toBeTruthy();
          return li as HTMLElement;
        },
        { timeout: 5000 },
      );
      const text = item.textContent ?? '';
      cleanup();
      stop();
      stopAll();
      stopWear?.();
      return text;
    };
    const fromHistory = await uses(false);
    expect(fromHistory).toContain('Uses so far: 70');
    expect(await uses(true)).toBe(fromHistory);
  });

  it('the sections that need the whole history wait for it, and then show', async () => {
    await seed();
    const { state } = await mountPaged();
    expect(screen.getByRole('region', { name: 'Rollers' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByTestId('data-summary')).toBeNull();
    state.connect();
    await waitFor(() => expect(screen.getByTestId('data-summary').textContent).toContain('300 sessions'));
  });
});
