import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStoreItems } from '../../src/store/items';
import { createRepository } from '../../src/store/repository';
import { createAppState } from '../../src/store/state';
import { Report } from '../../src/ui/report/Report';
import { makeHistory } from '../support/factories';

// Issue 12: a long period's appendix shows a page of rows on screen; printing gets every one.
const TZ = 'Europe/Berlin';
const SESSIONS = 450;

beforeEach(() => resetStoreItems());
afterEach(() => cleanup());

/** 450 sessions from 2020-01-01 on, the report of everything over them. */
async function openReport() {
  const history = makeHistory(SESSIONS);
  await createRepository().putSessions(history);
  const state = createAppState();
  state.connect();
  const last = Date.parse(history[history.length - 1]?.when ?? '');
  render(<Report state={state} now={() => last + 86_400_000} tz={TZ} initialRange="all" />);
  await screen.findByTestId('report-sessions');
  return { history };
}

const rows = () => screen.getByTestId('report-sessions').querySelectorAll('tbody tr');

describe('the report’s appendix of a long period', () => {
  it('shows the first 200 sessions on screen, says how many there are, and shows more on request', async () => {
    const { history } = await openReport();
    expect(rows()).toHaveLength(200);
    // Oldest first, as the appendix has always listed them: the page is the first 200.
    expect(rows()[0]?.textContent).toContain('2020');
    expect(screen.getByTestId('report-appendix').querySelector('h2')?.textContent).toContain(`(${SESSIONS})`);
    expect(screen.getByTestId('report-more').textContent).toContain('the first 200 of 450 sessions');
    expect(screen.getByTestId('report-more').textContent).toContain(
      'The print and the PDF include every one.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show 200 more' }));
    await waitFor(() => expect(rows()).toHaveLength(400));
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    await waitFor(() => expect(rows()).toHaveLength(SESSIONS));
    expect(screen.queryByTestId('report-more')).toBeNull();
    // The last row is the newest session's.
    expect(rows()[SESSIONS - 1]?.firstElementChild?.textContent).toContain(
      String(new Date(history[SESSIONS - 1]?.when ?? '').getUTCFullYear()),
    );
  });

  it('"show all" puts every session on screen', async () => {
    await openReport();
    fireEvent.click(screen.getByRole('button', { name: 'Show all 450' }));
    await waitFor(() => expect(rows()).toHaveLength(SESSIONS));
    expect(screen.queryByTestId('report-more')).toBeNull();
  });

  it('printing gets every session, at once, and the screen its page again afterwards', async () => {
    await openReport();
    expect(rows()).toHaveLength(200);
    // Synchronously: the browser lays the print out right after its beforeprint handlers.
    window.dispatchEvent(new Event('beforeprint'));
    expect(rows()).toHaveLength(SESSIONS);
    // Row by row, in order: the last printed row is the newest session's.
    const printed = [...rows()].map((r) => r.firstElementChild?.textContent);
    expect(new Set(printed).size).toBe(SESSIONS);
    window.dispatchEvent(new Event('afterprint'));
    expect(rows()).toHaveLength(200);
  });

  it('the print button prints every session (window.print() runs beforeprint first)', async () => {
    await openReport();
    let printedRows = 0;
    const print = window.print;
    // happy-dom's print() does nothing: do what a browser does, beforeprint before the layout.
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      printedRows = rows().length;
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    } finally {
      window.print = print;
    }
    expect(printedRows).toBe(SESSIONS);
    expect(rows()).toHaveLength(200);
  });
});
