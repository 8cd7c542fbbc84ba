import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetStoreItems } from '../../src/store/items';
import { createRepository } from '../../src/store/repository';
import { createAppState } from '../../src/store/state';
import { Popup } from '../../src/ui/popup/Popup';
import { makeRoller, makeSession } from '../support/factories';

const NOW = Date.parse('2026-11-21T10:00:00+01:00');
const TZ = 'Europe/Berlin';
const ONBOARDED = { areas: ['cheeks', 'forehead'], onboardedAt: '2026-10-01T08:00:00+02:00' };

beforeEach(() => resetStoreItems());
afterEach(() => cleanup());

function mount() {
  const state = createAppState();
  const stop = state.connect();
  const openOptions = vi.fn();
  render(<Popup state={state} now={() => NOW} tz={TZ} openOptions={openOptions} />);
  return { state, stop, openOptions };
}

async function setUpUser(extra: { sessions?: ReturnType<typeof makeSession>[] } = {}) {
  const repo = createRepository();
  const roller = makeRoller({ id: 'r1', name: 'Face roller', needleMm: 0.5, firstUse: '2026-10-01' });
  await repo.saveRollers([roller]);
  await repo.saveProfile(ONBOARDED);
  if (extra.sessions) await repo.putSessions(extra.sessions);
  return { repo, roller };
}

describe('first run', () => {
  it('explains what it is and is not, takes the first roller with its band live, then the areas', async () => {
    const { state } = mount();
    expect(
      await screen.findByText(
        'It is not a medical device and gives no medical advice. It promises no results.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Set up my roller' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Derma roller' } });
    fireEvent.input(screen.getByLabelText('Needle length (mm)'), { target: { value: '0.75' } });
    expect(screen.getByTestId('needle-band').textContent).toContain('Not for home use');
    expect(screen.getByTestId('needle-band').textContent).toContain('Class II medical devices');
    fireEvent.input(screen.getByLabelText('Needle length (mm)'), { target: { value: '0.25' } });
    expect(screen.getByTestId('needle-band').textContent).toContain('Fine for home use');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByLabelText('Scalp'));
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await screen.findByTestId('status-scalp');
    expect(state.rollers.value.map((r) => [r.name, r.needleMm])).toEqual([['Derma roller', 0.25]]);
    expect(state.profile.value.areas).toEqual(['scalp']);
  });

  it('refuses an absurd needle length with a message next to the field and keeps what was typed', async () => {
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Set up my roller' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Roller' } });
    fireEvent.input(screen.getByLabelText('Needle length (mm)'), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect((await screen.findByRole('alert')).textContent).toContain('over 3.0 mm');
    expect((screen.getByLabelText('Needle length (mm)') as HTMLInputElement).value).toBe('25');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Roller');
  });

  it('has a way back from every step and can be skipped', async () => {
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Set up my roller' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(await screen.findByTestId('log-button')).toBeTruthy();
  });
});

describe('status', () => {
  it('shows per area when it is next safe, in calendar days, with a days-and-hours countdown', async () => {
    // 0.5 mm on the cheeks on Nov 19 at 23:30: 7 calendar days -> safe from Nov 26, 00:00.
    await setUpUser({
      sessions: [makeSession({ area: 'cheeks', needleMm: 0.5, when: '2026-11-19T23:30:00+01:00' })],
    });
    mount();
    const cheeks = await screen.findByTestId('status-cheeks');
    expect(cheeks.textContent).toContain('Next safe Nov 26, 2026');
    expect(cheeks.textContent).toContain('in 4 d 14 h');
    expect(screen.getByTestId('status-forehead').textContent).toContain('Safe to roll now');
  });

  it('never suggests a home schedule for professional lengths (1.0 mm and over)', async () => {
    await setUpUser({
      sessions: [makeSession({ area: 'scalp', needleMm: 1.5, when: '2026-11-01T09:00:00+01:00' })],
    });
    mount();
    const scalp = await screen.findByTestId('status-scalp');
    expect(scalp.textContent).toContain('for professionals only');
    expect(scalp.textContent).not.toContain('Next safe');
  });

  it('says "do not roll" with the reason when the profile has a contraindication', async () => {
    await setUpUser();
    await createRepository().saveProfile({
      ...ONBOARDED,
      conditions: { 'pregnancy-nursing': { present: true } },
    });
    mount();
    const cheeks = await screen.findByTestId('status-cheeks');
    expect(cheeks.textContent).toContain('pregnancy or nursing');
    expect(cheeks.dataset.answer).toBe('no');
  });

  it('tells the user when stored data could not be read, and still shows the rest', async () => {
    await setUpUser();
    await fakeBrowser.storage.local.set({
      sessions: { months: ['2026-11'] },
      'sessions:2026-11': [
        makeSession({ area: 'neck', when: '2026-11-20T08:00:00+01:00' }),
        { broken: true },
      ],
    });
    mount();
    expect((await screen.findByTestId('data-notice')).textContent).toContain(
      'Roller Coach could not read 1 session: it was set aside unchanged, and nothing else was lost.',
    );
    expect(await screen.findByTestId('status-neck')).toBeTruthy();
  });

  it('updates when another context writes a session', async () => {
    await setUpUser();
    mount();
    await screen.findByTestId('status-cheeks');
    await createRepository().putSessions([makeSession({ area: 'neck', when: '2026-11-21T08:00:00+01:00' })]);
    await waitFor(() => expect(screen.getByTestId('status-neck').textContent).toContain('Next safe'));
  });
});

describe('logging', () => {
  it('logs with the defaults in two clicks, then shows aftercare, next safe date and undo', async () => {
    await setUpUser({
      sessions: [makeSession({ area: 'forehead', rollerId: 'r1', when: '2026-11-01T09:00:00+01:00' })],
    });
    const { state } = mount();
    fireEvent.click(await screen.findByTestId('log-button'));
    fireEvent.click(screen.getByRole('button', { name: 'Save session' }));
    await screen.findByTestId('saved');
    const added = state.sessions.value.filter((s) => s.when.startsWith('2026-11-21'));
    expect(added).toMatchObject([
      { area: 'forehead', rollerId: 'r1', needleMm: 0.5, when: '2026-11-21T10:00:00+01:00' },
    ]);
    expect(screen.getByTestId('next-safe').textContent).toContain('Forehead: next safe Nov 28, 2026');
    const aftercare = screen.getByTestId('aftercare');
    expect(aftercare.querySelector('[data-item="no-makeup"]')?.textContent).toContain('until Nov 22, 2026');
    expect(aftercare.querySelector('[data-item="no-makeup"]')?.textContent).toContain('in 1 d 0 h');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Removed. Nothing was kept.');
    expect(state.sessions.value.filter((s) => s.when.startsWith('2026-11-21'))).toEqual([]);
  });

  it('logs several areas at once as one session per area', async () => {
    await setUpUser();
    const { state } = mount();
    fireEvent.click(await screen.findByTestId('log-button'));
    fireEvent.click(screen.getByLabelText('Forehead'));
    fireEvent.click(screen.getByRole('button', { name: 'Save 2 sessions' }));
    await screen.findByTestId('saved');
    expect(state.sessions.value.map((s) => s.area).sort()).toEqual(['cheeks', 'forehead']);
  });

  it('records a too-soon session anyway, with the rule and source, and records the acknowledgement', async () => {
    await setUpUser({
      sessions: [
        makeSession({ area: 'cheeks', needleMm: 0.5, rollerId: 'r1', when: '2026-11-19T09:00:00+01:00' }),
      ],
    });
    const { state } = mount();
    fireEvent.click(await screen.findByTestId('log-button'));
    fireEvent.click(screen.getByRole('button', { name: 'Save session' }));
    await screen.findByTestId('saved');
    const finding = screen.getByTestId('findings').querySelector('[data-code="too-soon"]') as HTMLElement;
    expect(finding.textContent).toContain('needs 7 days between sessions');
    expect(finding.textContent).toContain('Rule: Minimum days between sessions, over 0.25 to 0.5 mm: 7');
    expect(finding.textContent).toContain('FDA 2020');
    fireEvent.click(finding.querySelector('button') as HTMLButtonElement);
    await waitFor(() => {
      const logged = state.sessions.value.find((s) => s.when.startsWith('2026-11-21'));
      expect(logged?.findings.find((f) => f.code === 'too-soon')?.acknowledgedAt).toBe(
        '2026-11-21T10:00:00+01:00',
      );
    });
    expect((await screen.findByTestId('findings')).textContent).toContain('Read on');
  });

  it('explains why the eyes and lips cannot be picked', async () => {
    await setUpUser();
    mount();
    fireEvent.click(await screen.findByTestId('log-button'));
    fireEvent.click(screen.getByRole('button', { name: /Why can’t I pick the eyes or lips/ }));
    expect(screen.getByTestId('forbidden-why').textContent).toContain('Never roll over the eyelids');
  });

  it('refuses a time in the future with a message and saves nothing', async () => {
    await setUpUser();
    const { state } = mount();
    fireEvent.click(await screen.findByTestId('log-button'));
    fireEvent.click(screen.getByLabelText('Earlier:'));
    fireEvent.input(screen.getByLabelText('When'), { target: { value: '2026-11-25T10:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save session' }));
    expect((await screen.findByRole('alert')).textContent).toContain('in the future');
    expect(state.sessions.value).toEqual([]);
  });
});

describe('can I roll now?', () => {
  it('answers not yet with the moment, and no (see a dermatologist) with an active breakout', async () => {
    await setUpUser({
      sessions: [
        makeSession({ area: 'cheeks', needleMm: 0.5, rollerId: 'r1', when: '2026-11-19T09:00:00+01:00' }),
      ],
    });
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Can I roll now?' }));
    const answer = screen.getByTestId('answer');
    expect(answer.dataset.answer).toBe('not-yet');
    expect(answer.textContent).toContain('Nov 26, 2026');
    fireEvent.click(screen.getByLabelText(/An active breakout/));
    await waitFor(() => expect(screen.getByTestId('answer').dataset.answer).toBe('no'));
    expect(screen.getByTestId('answer').textContent).toContain('See a dermatologist');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(await screen.findByTestId('log-button')).toBeTruthy();
  });

  it('answers yes when nothing stops a session', async () => {
    await setUpUser();
    mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Can I roll now?' }));
    expect(screen.getByTestId('answer').dataset.answer).toBe('yes');
  });
});
