import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetStoreItems } from '../../src/store/items';
import { createRepository } from '../../src/store/repository';
import { createAppState } from '../../src/store/state';
import { Options } from '../../src/ui/options/Options';
import { makeRoller, makeSession } from '../support/factories';

const NOW = Date.parse('2026-11-21T10:00:00+01:00');
const TZ = 'Europe/Berlin';

beforeEach(() => resetStoreItems());
afterEach(() => cleanup());

async function mount() {
  const state = createAppState();
  state.connect();
  render(<Options state={state} now={() => NOW} tz={TZ} />);
  await screen.findByRole('heading', { name: 'Roller Coach settings' });
  return state;
}

describe('rules', () => {
  it('shows every default with its sources and "proposal" where no source gives a number', async () => {
    await mount();
    const table = screen.getByTestId('rules-table');
    const row = (id: string) => table.querySelector(`tr[data-rule="${id}"]`) as HTMLElement;
    expect(row('interval.cosmetic').textContent).toContain('(proposal)');
    expect((within(row('interval.professional')).getByRole('textbox') as HTMLInputElement).value).toBe('28');
    expect(row('interval.professional').textContent).not.toContain('proposal');
    expect(row('interval.professional').textContent).toContain('Harris 2015');
    expect(screen.getByText(/Harris AG, Naidoo C, Murrell DF/)).toBeTruthy();
  });

  it('saves a stricter value freely, and a looser one only with an explicit acknowledgement', async () => {
    const state = await mount();
    const input = screen.getByLabelText(
      /Minimum days between sessions, over 0.25 to 0.5 mm/,
    ) as HTMLInputElement;
    fireEvent.input(input, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() =>
      expect(state.settings.value.ruleOverrides['interval.caution']).toEqual({ value: 10 }),
    );
    fireEvent.input(input, { target: { value: '3' } });
    expect(screen.getByText(/looser than the default/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    expect((await screen.findByText(/needs your explicit acknowledgement/)).textContent).toBeTruthy();
    expect(state.settings.value.ruleOverrides['interval.caution']).toEqual({ value: 10 });
    fireEvent.click(screen.getByLabelText('I understand, make it looser'));
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() =>
      expect(state.settings.value.ruleOverrides['interval.caution']).toMatchObject({
        value: 3,
        looserAcknowledgedAt: expect.any(String),
      }),
    );
  });
});

describe('rollers', () => {
  it('assumes no needle length for a new roller: the field starts blank, and saving asks for one', async () => {
    const state = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Add a roller' }));
    const form = screen.getByRole('form', { name: 'Add a roller' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Scalp roller' } });
    fireEvent.input(within(form).getByLabelText('First used on'), { target: { value: '2026-11-01' } });
    expect((within(form).getByLabelText('Needle length (mm)') as HTMLInputElement).value).toBe('');
    fireEvent.click(within(form).getByRole('button', { name: 'Save roller' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('Enter the needle length');
    expect(state.rollers.value).toEqual([]);
  });

  it('assumes no first-use day for a new roller: the field starts blank, and saving asks for one', async () => {
    const state = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Add a roller' }));
    const form = screen.getByRole('form', { name: 'Add a roller' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Scalp roller' } });
    fireEvent.input(within(form).getByLabelText('Needle length (mm)'), { target: { value: '0.5' } });
    expect((within(form).getByLabelText('First used on') as HTMLInputElement).value).toBe('');
    fireEvent.click(within(form).getByRole('button', { name: 'Save roller' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('Enter the day you first used it');
    expect(state.rollers.value).toEqual([]);
    fireEvent.input(within(form).getByLabelText('First used on'), { target: { value: '2026-06-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save roller' }));
    await waitFor(() => expect(state.rollers.value.map((r) => r.firstUse)).toEqual(['2026-06-01']));
  });

  it('adds a roller with its band shown live, and refuses an absurd length next to the field', async () => {
    const state = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Add a roller' }));
    const form = screen.getByRole('form', { name: 'Add a roller' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Scalp roller' } });
    fireEvent.input(within(form).getByLabelText('First used on'), { target: { value: '2026-11-01' } });
    fireEvent.input(within(form).getByLabelText('Needle length (mm)'), { target: { value: '1.5' } });
    expect(within(form).getByTestId('needle-band').textContent).toContain('professionals only');
    fireEvent.input(within(form).getByLabelText('Needle length (mm)'), { target: { value: '-1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save roller' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('more than 0 mm');
    expect(state.rollers.value).toEqual([]);
    fireEvent.input(within(form).getByLabelText('Needle length (mm)'), { target: { value: '0.5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save roller' }));
    await waitFor(() =>
      expect(state.rollers.value.map((r) => [r.name, r.needleMm])).toEqual([['Scalp roller', 0.5]]),
    );
  });

  it('shows uses, age and "replace it now" once a roller has 10 uses, and can retire it', async () => {
    const repo = createRepository();
    await repo.saveRollers([makeRoller({ id: 'r1', name: 'Old roller', firstUse: '2026-10-01' })]);
    await repo.putSessions(
      Array.from({ length: 10 }, (_, i) =>
        makeSession({ rollerId: 'r1', when: `2026-10-${String(2 + i * 2).padStart(2, '0')}T09:00:00+02:00` }),
      ),
    );
    const state = await mount();
    const item = (await screen.findByTestId('roller-list')).querySelector(
      '[data-roller="r1"]',
    ) as HTMLElement;
    expect(item.textContent).toContain('Uses so far: 10');
    expect(within(item).getByTestId('replace-now').textContent).toContain('used 10 times');
    // Each roller's buttons are named with the roller, its visible word first.
    expect(
      within(item)
        .getByRole('button', { name: /^Edit: / })
        .getAttribute('aria-label'),
    ).toBe(`Edit: ${state.rollers.value[0]?.name}`);
    fireEvent.click(within(item).getByRole('button', { name: /^Retire: / }));
    await waitFor(() => expect(state.rollers.value[0]?.retired).toBe(true));
  });
});

describe('what the dermatologist asks for (issue 15)', () => {
  it('a field message goes once that field is edited, the link and the other extra fields too', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Add a roller' }));
    const form = screen.getByRole('form', { name: 'Add a roller' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Face roller' } });
    fireEvent.input(within(form).getByLabelText('Needle length (mm)'), { target: { value: '0.25' } });
    fireEvent.input(within(form).getByLabelText('First used on'), { target: { value: '2026-11-01' } });
    fireEvent.input(within(form).getByLabelText(/Where it was bought/), {
      target: { value: 'javascript:x' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save roller' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('https://');
    fireEvent.input(within(form).getByLabelText(/Where it was bought/), { target: { value: 'https://a' } });
    await waitFor(() => expect(within(form).queryByRole('alert')).toBeNull());
  });

  it('records brand, link, material and cleaning, and refuses a link that is not https', async () => {
    const state = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Add a roller' }));
    const form = screen.getByRole('form', { name: 'Add a roller' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Face roller' } });
    fireEvent.input(within(form).getByLabelText('First used on'), { target: { value: '2026-11-01' } });
    fireEvent.input(within(form).getByLabelText('Needle length (mm)'), { target: { value: '0.25' } });
    fireEvent.input(within(form).getByLabelText('Brand or product'), { target: { value: 'Acme 540' } });
    fireEvent.input(within(form).getByLabelText(/Where it was bought/), {
      target: { value: 'javascript:alert(1)' },
    });
    fireEvent.input(within(form).getByLabelText('How you clean it'), {
      target: { value: 'alcohol 70%, 10 min' },
    });
    fireEvent.change(within(form).getByLabelText(/Needle material/), { target: { value: 'titanium' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save roller' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('https://');
    expect(state.rollers.value).toEqual([]);
    fireEvent.input(within(form).getByLabelText(/Where it was bought/), {
      target: { value: 'https://shop.example/acme' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save roller' }));
    await waitFor(() =>
      expect(state.rollers.value[0]).toMatchObject({
        brand: 'Acme 540',
        link: 'https://shop.example/acme',
        cleaning: 'alcohol 70%, 10 min',
        material: 'titanium',
      }),
    );
  });

  it('replacing a roller retires it with the date and keeps its sessions; the new one starts today', async () => {
    const repo = createRepository();
    await repo.saveRollers([makeRoller({ id: 'r1', name: 'Old roller', firstUse: '2026-08-01' })]);
    await repo.putSessions([makeSession({ rollerId: 'r1', when: '2026-10-02T09:00:00+02:00' })]);
    const state = await mount();
    const item = (await screen.findByTestId('roller-list')).querySelector(
      '[data-roller="r1"]',
    ) as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: /^Replace with a new one: / }));
    await waitFor(() => expect(state.rollers.value).toHaveLength(2));
    const [old, fresh] = state.rollers.value;
    expect(old).toMatchObject({ id: 'r1', retired: true, replacedOn: '2026-11-21', replacedBy: fresh?.id });
    expect(fresh).toMatchObject({ name: 'Old roller', retired: false, firstUse: '2026-11-21' });
    expect(state.sessions.value[0]?.rollerId).toBe('r1');
    expect((await screen.findByTestId('replaced')).textContent).toContain('Replaced on');
  });

  it('goals are typed in the profile, and the product list marks what is made for broken skin', async () => {
    await createRepository().saveSettings({
      products: [
        { name: 'Vitamin C serum', brokenSkin: false },
        { name: 'Cicaplast', brokenSkin: false },
      ],
    });
    const state = await mount();
    const profile = screen.getByRole('region', { name: 'Safety profile' });
    fireEvent.input(within(profile).getByLabelText(/Goals/), { target: { value: 'acne scars, fine lines' } });
    fireEvent.click(within(profile).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(state.profile.value.goals).toEqual(['acne scars', 'fine lines']));
    const products = screen.getByRole('region', { name: 'Products' });
    const vitc = products.querySelector('[data-product="Vitamin C serum"]') as HTMLElement;
    expect(vitc.textContent).toContain('Matched: vitamin C');
    const cica = products.querySelector('[data-product="Cicaplast"]') as HTMLElement;
    expect(cica.textContent).toContain('Nothing in its name matched.');
    fireEvent.click(within(cica).getByLabelText(/Made for broken skin/));
    await waitFor(() =>
      expect(state.settings.value.products).toEqual([
        { name: 'Vitamin C serum', brokenSkin: false },
        { name: 'Cicaplast', brokenSkin: true },
      ]),
    );
  });
});

describe('safety profile', () => {
  it('records answers with dates and areas, which then feed the assessment', async () => {
    const state = await mount();
    const profile = screen.getByRole('region', { name: 'Safety profile' });
    expect(within(profile).getByTestId('unanswered-count').textContent).toContain(
      '17 questions not answered',
    );
    fireEvent.click(within(profile).getByRole('radio', { name: 'Yes: pregnancy or nursing' }));
    fireEvent.click(within(profile).getByRole('radio', { name: /^Yes: active acne/ }));
    fireEvent.click(within(profile).getByRole('radio', { name: /^No: heart problems/ }));
    const acne = profile.querySelector('[data-condition="active-acne"]') as HTMLElement;
    fireEvent.click(within(acne).getByLabelText('Cheeks'));
    const iso = profile.querySelector('[data-condition="isotretinoin"]') as HTMLElement;
    fireEvent.input(within(iso).getByLabelText('Last dose'), { target: { value: '2026-09-01' } });
    fireEvent.click(within(profile).getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(state.profile.value.conditions).toMatchObject({
        'pregnancy-nursing': { present: true },
        'active-acne': { present: true, areas: ['cheeks'] },
        isotretinoin: { present: false, date: '2026-09-01' },
        'heart-problems': { present: false },
      }),
    );
    // Questions not touched stay unanswered: never read as "no".
    expect(state.profile.value.conditions['skin-cancer']).toBeUndefined();
    expect(state.profile.value.safetyReviewedAt).toBeTruthy();
  });
});

describe('history', () => {
  async function seedHistory() {
    const repo = createRepository();
    const sessions = Array.from({ length: 120 }, (_, i) =>
      makeSession({
        id: `h${i}`,
        area: i % 3 === 0 ? 'scalp' : 'cheeks',
        needleMm: i % 2 ? 0.25 : 0.5,
        when: new Date(Date.UTC(2026, 0, 1) + i * 2 * 86_400_000).toISOString().replace('.000Z', '+00:00'),
      }),
    );
    await repo.putSessions(sessions);
    return sessions;
  }

  it('pages, filters by area and needle length, and sorts', async () => {
    await seedHistory();
    await mount();
    expect(screen.getByTestId('history-count').textContent).toBe('50 of 120');
    const history = screen.getByRole('region', { name: 'History' });
    fireEvent.change(within(history).getByLabelText('Area'), { target: { value: 'scalp' } });
    expect(screen.getByTestId('history-count').textContent).toBe('40 of 40');
    fireEvent.change(within(history).getByLabelText('Needle length'), { target: { value: '0.5' } });
    expect(screen.getByTestId('history-count').textContent).toBe('20 of 20');
    fireEvent.change(within(history).getByLabelText('Sort by'), { target: { value: 'when-asc' } });
    const firstRow = screen.getByTestId('history-table').querySelector('tbody tr') as HTMLElement;
    expect(firstRow.dataset.session).toBe('h0');
    fireEvent.input(within(history).getByLabelText('From'), { target: { value: '2026-03-01' } });
    expect(screen.getByTestId('history-count').textContent).toBe('15 of 15');
  });

  it('deletes with undo, and edits with validation', async () => {
    await seedHistory();
    const state = await mount();
    const row = () => screen.getByTestId('history-table').querySelector('tbody tr') as HTMLElement;
    const id = row().dataset.session as string;
    // A row's buttons are named with its session: its date as the table shows it, and its area.
    const [when, area] = [...row().querySelectorAll('td')].map((td) => td.textContent);
    expect(
      within(row())
        .getByRole('button', { name: /^Delete: / })
        .getAttribute('aria-label'),
    ).toBe(`Delete: session of ${when}, ${area}`);
    fireEvent.click(within(row()).getByRole('button', { name: /^Delete: session of / }));
    await waitFor(() => expect(state.sessions.value).toHaveLength(119));
    fireEvent.click(await within(screen.getByTestId('toast')).findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(state.sessions.value.map((s) => s.id)).toContain(id));
    fireEvent.click(within(row()).getByRole('button', { name: /^Edit: session of / }));
    const editor = screen.getByRole('form', { name: 'Edit session' });
    fireEvent.input(within(editor).getByLabelText('Needle length (mm)'), { target: { value: '9' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save changes' }));
    expect((await within(editor).findByRole('alert')).textContent).toContain('over 3.0 mm');
    fireEvent.input(within(editor).getByLabelText('Needle length (mm)'), { target: { value: '0.3' } });
    fireEvent.input(within(editor).getByLabelText('Notes'), { target: { value: 'edited' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(state.sessions.value.find((s) => s.id === id)).toMatchObject({ needleMm: 0.3, notes: 'edited' }),
    );
    expect(state.sessions.value).toHaveLength(120);
  });

  it('the calendar marks gaps shorter than the rule', async () => {
    await createRepository().putSessions([
      makeSession({ area: 'cheeks', needleMm: 0.5, when: '2026-11-01T09:00:00+01:00' }),
      makeSession({ area: 'cheeks', needleMm: 0.5, when: '2026-11-04T09:00:00+01:00' }),
      makeSession({ area: 'cheeks', needleMm: 0.5, when: '2026-11-15T09:00:00+01:00' }),
    ]);
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Calendar' }));
    const short = screen.getByTestId('short-gaps');
    expect(short.querySelectorAll('li')).toHaveLength(1);
    expect(short.textContent).toContain('3 days (rule: 7)');
  });
});

describe('notifications, display and data', () => {
  it('asks the browser for permission before turning a notification on', async () => {
    const state = await mount();
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    fireEvent.click(screen.getByLabelText(/Tell me when a session is possible again in an area/));
    expect(await screen.findByText('The browser did not allow notifications.')).toBeTruthy();
    expect(state.settings.value.notifications.areaSafe).toBe(false);
    request.mockResolvedValue(true as never);
    fireEvent.click(screen.getByLabelText(/Tell me when a session is possible again in an area/));
    await waitFor(() => expect(state.settings.value.notifications.areaSafe).toBe(true));
  });

  it('saves the theme and language choices', async () => {
    const state = await mount();
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    await waitFor(() => expect(state.settings.value.theme).toBe('dark'));
  });

  it('deletes all data only after typing DELETE', async () => {
    await createRepository().putSessions([makeSession()]);
    const state = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    const confirm = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Type DELETE to confirm'), { target: { value: 'delete' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Type DELETE to confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(state.sessions.value).toEqual([]));
  });
});
