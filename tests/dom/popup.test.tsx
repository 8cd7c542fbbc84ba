import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetStoreItems } from '../../src/store/items';
import { createRepository } from '../../src/store/repository';
import { createAppState } from '../../src/store/state';
import { Popup } from '../../src/ui/popup/Popup';
import { makeSession } from '../support/factories';

const NOW = Date.parse('2026-11-21T10:00:00+01:00');
const TZ = 'Europe/Berlin';

beforeEach(() => resetStoreItems());
afterEach(() => cleanup());

function mount() {
  const state = createAppState();
  const stop = state.connect();
  const openOptions = vi.fn();
  render(<Popup state={state} now={() => NOW} tz={TZ} openOptions={openOptions} />);
  return { state, stop, openOptions };
}

describe('popup', () => {
  it('with no data, offers set-up and says it is not medical advice', async () => {
    const { openOptions } = mount();
    const setup = await screen.findByRole('button', { name: 'Set up' });
    setup.click();
    expect(openOptions).toHaveBeenCalledOnce();
    expect(screen.getByTestId('disclaimer').textContent).toContain('not a medical device');
  });

  it('shows per area when it is next safe, counted in calendar days', async () => {
    // 0.5 mm on the cheeks on Nov 19 at 23:30: 7 calendar days -> safe from Nov 26, 00:00.
    await createRepository().putSessions([
      makeSession({ area: 'cheeks', needleMm: 0.5, when: '2026-11-19T23:30:00+01:00' }),
      makeSession({ area: 'forehead', needleMm: 0.25, when: '2026-11-10T09:00:00+01:00' }),
    ]);
    mount();
    const cheeks = await screen.findByTestId('status-cheeks');
    expect(cheeks.textContent).toContain('Next safe Nov 26, 2026');
    expect(cheeks.textContent).toContain('in 5 days');
    expect(screen.getByTestId('status-forehead').textContent).toContain('Safe to roll now');
    expect(screen.getByTestId('session-count').textContent).toBe('2 sessions logged');
  });

  it('never suggests a home schedule for professional lengths (1.0 mm and over)', async () => {
    await createRepository().putSessions([
      makeSession({ area: 'scalp', needleMm: 1.5, when: '2026-11-01T09:00:00+01:00' }),
    ]);
    mount();
    const scalp = await screen.findByTestId('status-scalp');
    expect(scalp.textContent).toContain('for professionals only');
    expect(scalp.textContent).not.toContain('Next safe');
    expect(scalp.textContent).not.toContain('Safe to roll now');
  });

  it('updates when another context writes a session', async () => {
    mount();
    await screen.findByRole('button', { name: 'Set up' });
    await createRepository().putSessions([makeSession({ area: 'neck', when: '2026-11-21T08:00:00+01:00' })]);
    await waitFor(() => expect(screen.getByTestId('status-neck').textContent).toContain('Next safe'));
  });

  it('tells the user when stored data could not be read, and still shows the rest', async () => {
    await fakeBrowser.storage.local.set({
      sessions: { months: ['2026-11'] },
      'sessions:2026-11': [
        makeSession({ area: 'scalp', when: '2026-11-20T08:00:00+01:00' }),
        { broken: true },
      ],
    });
    mount();
    expect((await screen.findByTestId('data-notice')).textContent).toContain(
      '1 stored record could not be read',
    );
    expect(screen.getByTestId('status-scalp')).toBeTruthy();
  });
});
