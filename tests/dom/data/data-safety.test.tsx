import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { createAppState } from '../../../src/store/state';
import { Options } from '../../../src/ui/options/Options';
import { Popup } from '../../../src/ui/popup/Popup';
import { Privacy } from '../../../src/ui/privacy/Privacy';
import { makeRoller, makeSession } from '../../support/factories';

// Issue 14: data that cannot be read is never hidden; a full storage is never a mystery.
const NOW = Date.parse('2026-11-21T10:00:00+01:00');
const TZ = 'Europe/Berlin';
const DAY = 86_400_000;

beforeEach(() => resetStoreItems());
afterEach(() => cleanup());

function popup() {
  const state = createAppState();
  state.connect();
  render(<Popup state={state} now={() => NOW} tz={TZ} openOptions={vi.fn()} />);
  return state;
}

async function options() {
  const state = createAppState();
  state.connect();
  render(<Options state={state} now={() => NOW} tz={TZ} />);
  await screen.findByRole('heading', { name: 'Roller Coach settings' });
  return state;
}

const BAD_PROFILE = {
  areas: ['cheeks', 'eyelids', 'neck'],
  onboardedAt: '2026-10-01T08:00:00+02:00',
  conditions: { isotretinoin: { present: false, date: '2026-02-31' } },
};

describe('the notice is on every view, first run included', () => {
  it('first run (everything unreadable): the welcome screen says what was set aside and links to it', async () => {
    await fakeBrowser.storage.local.set({ profile: 'garbage', rollers: 17 });
    popup();
    const notice = await screen.findByTestId('data-notice');
    expect(notice.textContent).toContain(
      'Roller Coach could not read your safety profile and your list of rollers: it was set aside unchanged, and nothing else was lost.',
    );
    const link = within(notice).getByRole('link', { name: 'See what was set aside' }) as HTMLAnchorElement;
    expect(link.href).toMatch(/options\.html#quarantine$/);
    expect(await screen.findByRole('heading', { name: /Welcome/ })).toBeTruthy();
  });

  it('one bad area and one bad date: the other areas stay on the status, and the notice says two entries', async () => {
    await createRepository().saveRollers([makeRoller({ id: 'r1' })]);
    await fakeBrowser.storage.local.set({ profile: BAD_PROFILE });
    popup();
    expect((await screen.findByTestId('data-notice')).textContent).toContain(
      'could not read 2 entries of your safety profile',
    );
    expect(await screen.findByTestId('status-cheeks')).toBeTruthy();
    expect(await screen.findByTestId('status-neck')).toBeTruthy();
  });

  it('the options page says it in a sentence at the top, and lists it in words with download and discard', async () => {
    await createRepository().saveRollers([makeRoller({ id: 'r1', name: 'Face roller' })]);
    await fakeBrowser.storage.local.set({
      profile: BAD_PROFILE,
      rollers: [
        makeRoller({ id: 'r1', name: 'Face roller' }),
        { ...makeRoller({ name: 'Old' }), needleCount: 0 },
      ],
    });
    const state = await options();
    const notice = await screen.findByTestId('data-notice');
    expect(notice.textContent).toContain('2 entries of your safety profile and 1 roller entry');
    expect(within(notice).getByRole('link', { name: 'See what was set aside' }).getAttribute('href')).toBe(
      '#quarantine',
    );
    const list = await screen.findByTestId('quarantine');
    const rows = within(list)
      .getAllByTestId('quarantine-entry')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      expect.stringMatching(/^Safety profileAreas you treat › entry 2.*eyelids/),
      expect.stringMatching(/^Safety profileHealth questions › isotretinoin.*real date.*2026-02-31/),
      expect.stringMatching(/^Roller 2 \(Old\)Number of needles.*whole number from 1 to 2000.*0$/),
    ]);
    // The roller with the bad needle count is kept, without it.
    expect(state.rollers.value.map((r) => r.name)).toEqual(['Face roller', 'Old']);
    const created: Blob[] = [];
    const url = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:x';
    });
    fireEvent.click(within(list).getByTestId('quarantine-download'));
    const saved = JSON.parse(await (created[0] as Blob).text());
    expect(saved.entries.map((e: { raw: unknown }) => e.raw)).toEqual([
      'eyelids',
      { present: false, date: '2026-02-31' },
      0,
    ]);
    url.mockRestore();
    fireEvent.click(within(list).getByTestId('quarantine-discard'));
    await waitFor(() => expect(screen.queryByTestId('data-notice')).toBeNull());
    expect(screen.queryByTestId('quarantine')).toBeNull();
  });
});

describe('storage full', () => {
  it('logging says nothing was saved, why and what to do, in words; the form keeps what was typed', async () => {
    await createRepository().saveRollers([makeRoller({ id: 'r1' })]);
    await createRepository().saveProfile({ areas: ['cheeks'], onboardedAt: '2026-10-01T08:00:00+02:00' });
    popup();
    fireEvent.click(await screen.findByTestId('log-button'));
    const notes = (await screen.findByLabelText(/Notes/)) as HTMLTextAreaElement;
    fireEvent.input(notes, { target: { value: 'left side only' } });
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    fireEvent.submit(notes.closest('form') as HTMLFormElement);
    const alert = await screen.findByText(/Nothing was saved/);
    set.mockRestore();
    expect(alert.textContent).toContain('storage for Roller Coach is full');
    expect(alert.textContent).toContain('Download a backup');
    expect(alert.textContent).not.toContain('kQuotaBytes');
    expect((screen.getByLabelText(/Notes/) as HTMLTextAreaElement).value).toBe('left side only');
  });
});

describe('backup reminder', () => {
  const history = (n: number, firstDaysAgo: number) =>
    Array.from({ length: n }, (_, i) =>
      makeSession({ id: `b${i}`, when: new Date(NOW - (firstDaysAgo - i) * DAY).toISOString() }),
    );

  it.each([
    ['no history: no reminder', 0, 0, undefined, false],
    ['history of 70 days and no backup: reminder', 3, 70, undefined, true],
    ['history of 10 days, 5 sessions, no backup: no reminder yet', 5, 10, undefined, false],
    ['50 sessions in 20 days, no backup: reminder', 50, 20, undefined, true],
    [
      'a backup 61 days ago: reminder',
      2,
      90,
      { lastAt: new Date(NOW - 61 * DAY).toISOString(), sessionsAtLast: 1 },
      true,
    ],
    [
      'a backup 10 days ago: no reminder',
      2,
      90,
      { lastAt: new Date(NOW - 10 * DAY).toISOString(), sessionsAtLast: 2 },
      false,
    ],
    ['snoozed: no reminder', 3, 70, { snoozedUntil: new Date(NOW + DAY).toISOString() }, false],
    ['turned off: no reminder', 3, 70, { off: true }, false],
  ])('%s', async (_name, n, days, memo, shown) => {
    await fakeBrowser.storage.local.set({
      profile: { areas: ['cheeks'], onboardedAt: '2026-01-01T08:00:00+01:00' },
      ...(memo ? { backup: memo } : {}),
    });
    if (n > 0) await createRepository().putSessions(history(n, days));
    await options();
    await screen.findByTestId('backup-last');
    expect(screen.queryByTestId('backup-reminder') !== null).toBe(shown);
  });

  it('one click downloads a backup and records its date; "later" and "off" are remembered', async () => {
    await fakeBrowser.storage.local.set({
      profile: { areas: ['cheeks'], onboardedAt: '2026-01-01T08:00:00+01:00' },
    });
    await createRepository().putSessions(history(3, 70));
    const state = await options();
    expect(screen.getByTestId('backup-last').textContent).toBe('No backup downloaded yet.');
    const url = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    fireEvent.click(within(await screen.findByTestId('backup-reminder')).getByTestId('backup-now'));
    await waitFor(() => expect(screen.queryByTestId('backup-reminder')).toBeNull());
    url.mockRestore();
    expect(state.backup.value.sessionsAtLast).toBe(3);
    expect(screen.getByTestId('backup-last').textContent).toContain('Last backup downloaded: Nov 21, 2026');
    await state.repo.saveBackupMemo({ lastAt: undefined, sessionsAtLast: undefined });
    fireEvent.click(within(await screen.findByTestId('backup-reminder')).getByTestId('backup-later'));
    await waitFor(() => expect(screen.queryByTestId('backup-reminder')).toBeNull());
    expect(Date.parse(state.backup.value.snoozedUntil ?? '')).toBe(NOW + 14 * DAY);
    await state.repo.saveBackupMemo({ snoozedUntil: undefined });
    fireEvent.click(within(await screen.findByTestId('backup-reminder')).getByTestId('backup-off'));
    await waitFor(() =>
      expect((screen.getByTestId('backup-remind') as HTMLInputElement).checked).toBe(false),
    );
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });
});

describe('privacy page', () => {
  it('lists what the manifest asks for, each with why, and shows an unknown one by its name', () => {
    render(
      <Privacy
        manifest={{
          permissions: ['storage', 'alarms', 'newThing'],
          host_permissions: ['https://*.shop.example/*'],
          optional_permissions: ['notifications'],
          optional_host_permissions: ['https://*/*'],
        }}
      />,
    );
    const required = screen.getByTestId('permissions-required');
    expect(
      [...required.querySelectorAll('[data-permission]')].map((e) => e.getAttribute('data-permission')),
    ).toEqual(['storage', 'alarms', 'newThing', 'hosts']);
    expect(required.querySelector('[data-permission="newThing"] dd')).toBeNull();
    expect(screen.getByTestId('permission-hosts').textContent).toBe('https://*.shop.example/*');
    const optional = screen.getByTestId('permissions-optional');
    expect(optional.textContent).toContain('Any other shop');
    expect(optional.querySelectorAll('dd').length).toBe(2);
    expect(screen.queryByTestId('web-accessible')).toBeNull();
  });

  it('says which file pages may load and why, when the manifest has one (Chrome)', () => {
    render(
      <Privacy
        manifest={{
          permissions: ['storage'],
          web_accessible_resources: [{ resources: ['retailer-card.js'], matches: [], use_dynamic_url: true }],
        }}
      />,
    );
    expect(screen.getByTestId('web-accessible').textContent).toMatch(
      /safety card’s own script.*holds no data.*address changes with each browser session/,
    );
  });
});
