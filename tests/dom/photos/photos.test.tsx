import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PhotoMeta } from '../../../src/core/photos';
import { localeSetting } from '../../../src/i18n/i18n';
import { resetStoreItems } from '../../../src/store/items';
import {
  type PhotoBlobs,
  type PhotoStore,
  PhotoStoreError,
  type StoredPhoto,
} from '../../../src/store/photos';
import { createRepository } from '../../../src/store/repository';
import { createAppState } from '../../../src/store/state';
import { PhotoCompare } from '../../../src/ui/photos/PhotoCompare';
import { PhotosSection } from '../../../src/ui/photos/PhotosSection';
import { ReportPhotos } from '../../../src/ui/report/ReportPhotos';
import { makeSession } from '../../support/factories';

const NOW = Date.parse('2026-11-21T10:00:00+01:00');
const TZ = 'Europe/Berlin';

beforeEach(() => {
  resetStoreItems();
  localeSetting.value = 'en';
});
afterEach(() => cleanup());

function meta(id: string, date: string, over: Partial<PhotoMeta> = {}): PhotoMeta {
  return {
    id,
    area: 'cheeks',
    date,
    addedAt: `${date}T08:00:00.000Z`,
    note: '',
    width: 1600,
    height: 1200,
    type: 'image/webp',
    bytes: 4,
    thumbBytes: 4,
    ...over,
  };
}

/** An in-memory photo store with the real interface. */
function memoryStore(photos: PhotoMeta[]): PhotoStore & { items: Map<string, StoredPhoto> } {
  const items = new Map<string, StoredPhoto>();
  const blob = () => new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/webp' });
  for (const m of photos) items.set(m.id, { meta: m, image: blob(), thumb: blob() });
  return {
    items,
    list: async () => ({ photos: [...items.values()].map((p) => p.meta), damaged: 0 }),
    blobs: async (id): Promise<PhotoBlobs | undefined> => items.get(id),
    put: async (ps) => {
      for (const p of ps) items.set(p.meta.id, p);
    },
    updateMeta: async (m) => {
      const p = items.get(m.id);
      if (p) items.set(m.id, { ...p, meta: m });
    },
    remove: async (id) => {
      items.delete(id);
    },
    clear: async () => items.clear(),
    close: () => undefined,
  };
}

const PHOTOS = [
  meta('a', '2026-10-01', { note: 'before the first session' }),
  meta('b', '2026-10-20'),
  meta('c', '2026-11-15'),
  meta('n', '2026-11-01', { area: 'neck' }),
];
const SESSIONS = [
  makeSession({ id: 's1', when: '2026-10-03T09:00:00+02:00' }),
  makeSession({ id: 's2', when: '2026-11-01T09:00:00+01:00' }),
  makeSession({ id: 's3', when: '2026-11-20T09:00:00+01:00' }),
];

describe('compare view', () => {
  it('shows the first and latest photo of an area with date and area as text, and the sessions between them', async () => {
    render(<PhotoCompare photos={PHOTOS} sessions={SESSIONS} store={memoryStore(PHOTOS)} tz={TZ} />);
    const view = screen.getByRole('region', { name: 'Compare' });
    expect(screen.getByTestId('compare-summary').textContent).toBe(
      'Cheeks: Oct 1, 2026 and Nov 15, 2026, 45 days apart, 2 sessions in between.',
    );
    await waitFor(() =>
      expect(
        within(view)
          .getAllByRole('img')
          .map((i) => i.getAttribute('alt')),
      ).toEqual(['Cheeks, Oct 1, 2026', 'Cheeks, Nov 15, 2026']),
    );
    expect(view.textContent).toContain('Earlier: Cheeks, Oct 1, 2026');
    expect(view.textContent).toContain('Later: Cheeks, Nov 15, 2026');
    // The neck has one photo only: it is not offered for comparison.
    expect(
      [...(screen.getByTestId('compare-area') as HTMLSelectElement).options].map((o) => o.value),
    ).toEqual(['cheeks']);
  });

  it('picking another pair updates the text; the slider speaks its position with both dates', async () => {
    render(<PhotoCompare photos={PHOTOS} sessions={SESSIONS} store={memoryStore(PHOTOS)} tz={TZ} />);
    fireEvent.change(screen.getByTestId('compare-later'), { target: { value: 'b' } });
    expect(screen.getByTestId('compare-summary').textContent).toBe(
      'Cheeks: Oct 1, 2026 and Oct 20, 2026, 19 days apart, 1 session in between.',
    );
    fireEvent.click(screen.getByLabelText('One over the other, with a slider'));
    const slider = screen.getByRole('slider', { name: 'Share of the later photo shown' }) as HTMLInputElement;
    expect(slider.getAttribute('aria-valuetext')).toBe(
      '50% later photo (Oct 20, 2026), the rest earlier photo (Oct 1, 2026)',
    );
    fireEvent.input(slider, { target: { value: '75' } });
    expect(slider.getAttribute('aria-valuetext')).toBe(
      '75% later photo (Oct 20, 2026), the rest earlier photo (Oct 1, 2026)',
    );
    expect(
      screen.getByText(/Left: earlier, Cheeks, Oct 1, 2026\. Right: later, Cheeks, Oct 20, 2026\./),
    ).toBeTruthy();
  });

  it('says so when no area has two photos', () => {
    render(<PhotoCompare photos={[PHOTOS[0] as PhotoMeta]} sessions={[]} store={memoryStore([])} tz={TZ} />);
    expect(screen.getByText('An area needs at least two photos to compare.')).toBeTruthy();
  });
});

describe('photos section', () => {
  it('lists a timeline per area with the sessions between photos, and deletes after a confirmation', async () => {
    await createRepository().putSessions(SESSIONS);
    const state = createAppState();
    state.connect();
    await waitFor(() => expect(state.sessions.value.length).toBe(3));
    const store = memoryStore(PHOTOS);
    render(<PhotosSection state={state} now={() => NOW} tz={TZ} openStore={async () => store} />);
    const timelines = await screen.findAllByTestId('photo-timeline');
    expect(timelines.map((t) => t.dataset.area)).toEqual(['cheeks', 'neck']);
    const cheeks = timelines[0] as HTMLElement;
    expect(within(cheeks).getByRole('heading').textContent).toBe('Cheeks (3 photos)');
    expect(cheeks.textContent).toContain('1 session between these photos');
    expect(cheeks.textContent).toContain('before the first session');
    fireEvent.click(within(cheeks).getByRole('button', { name: 'Delete the photo of Cheeks, Oct 20, 2026' }));
    fireEvent.click(within(cheeks).getByRole('button', { name: 'Delete this photo' }));
    await waitFor(() => expect(store.items.has('b')).toBe(false));
    expect(store.items.size).toBe(3);
  });

  it('reports a store that cannot be opened, and never shows it as empty', async () => {
    const state = createAppState();
    state.connect();
    await waitFor(() => expect(state.ready.value).toBe(true));
    render(
      <PhotosSection
        state={state}
        now={() => NOW}
        tz={TZ}
        openStore={async () => {
          throw new PhotoStoreError('open', 'UnknownError: backing store');
        }}
      />,
    );
    const alert = await screen.findByTestId('photo-store-error');
    expect(alert.textContent).toContain('The photo store could not be opened: UnknownError: backing store');
    expect(alert.textContent).toContain('Your photos were not deleted');
    expect(screen.queryByTestId('photo-empty')).toBeNull();
    expect(
      (screen.getByTestId('photo-file') as HTMLInputElement).disabled ||
        screen.getByRole('group').hasAttribute('disabled'),
    ).toBe(true);
  });

  it('says when the camera cannot be used on this page', async () => {
    const state = createAppState();
    state.connect();
    await waitFor(() => expect(state.ready.value).toBe(true));
    render(<PhotosSection state={state} now={() => NOW} tz={TZ} openStore={async () => memoryStore([])} />);
    await screen.findByTestId('photo-empty');
    // happy-dom has no navigator.mediaDevices, like a browser that does not allow the camera here.
    expect(screen.getByTestId('camera-unsupported').textContent).toContain(
      'The camera cannot be used on this page',
    );
  });
});

describe('report photos', () => {
  it('are off by default; ticked, they show before and latest per area with captions', async () => {
    const state = createAppState();
    state.connect();
    await waitFor(() => expect(state.ready.value).toBe(true));
    render(<ReportPhotos state={state} tz={TZ} openStore={async () => memoryStore(PHOTOS)} />);
    const tick = screen.getByTestId('report-photos-tick') as HTMLInputElement;
    expect(tick.checked).toBe(false);
    expect(screen.queryByTestId('report-photos')).toBeNull();
    fireEvent.click(tick);
    const appendix = await screen.findByTestId('report-photos');
    expect(appendix.textContent).toContain('Before: Cheeks, Oct 1, 2026');
    expect(appendix.textContent).toContain('Latest: Cheeks, Nov 15, 2026');
    expect(appendix.textContent).toContain('not medical advice');
    // One photo of the neck: no pair, not printed.
    expect(appendix.querySelector('[data-area=neck]')).toBeNull();
    fireEvent.change(screen.getByLabelText('Before'), { target: { value: 'b' } });
    await waitFor(() => expect(appendix.textContent).toContain('Before: Cheeks, Oct 20, 2026'));
  });
});
