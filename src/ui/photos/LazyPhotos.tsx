import { useSignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import type { TimeZone } from '../../core/time';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { photoImportNotice } from './hooks';

/** A component whose code is a separate chunk, loaded after first paint; `fallback` until then. */
function Lazy<P extends object>({
  load,
  props,
  fallback,
}: {
  load: () => Promise<ComponentType<P>>;
  props: P;
  fallback?: (failed: string | null) => preact.ComponentChildren;
}) {
  const C = useSignal<ComponentType<P> | null>(null);
  const failed = useSignal<string | null>(null);
  useEffect(() => {
    load()
      .then((c) => (C.value = c))
      .catch((e) => (failed.value = String(e)));
  }, []);
  const Loaded = C.value;
  return Loaded ? <Loaded {...props} /> : (fallback?.(failed.value) ?? null);
}

/**
 * The options page's Photos section: its code (IndexedDB, image encoding, compare view) and most
 * of its messages load after first paint, so the options page starts as fast as without photos.
 */
export function LazyPhotos(props: { state: AppState; now: () => number; tz: TimeZone }) {
  return (
    <Lazy
      load={() => import('./PhotosSection').then((m) => m.PhotosSection)}
      props={props}
      fallback={(failed) => (
        <section id="photos" aria-labelledby="photos-h" aria-busy={!failed}>
          <h2 id="photos-h">{t('photos.title')}</h2>
          {failed ? (
            <p class="notice error" role="alert">
              {t('photos.error.storeOpen', { message: failed })}
            </p>
          ) : null}
        </section>
      )}
    />
  );
}

/** The photo backup tick of the data section (PhotoBackupTick), loaded the same way. */
export function LazyBackupTick(props: { now: () => number; tz: TimeZone }) {
  return <Lazy load={() => import('./PhotoBackupTick').then((m) => m.PhotoBackupTick)} props={props} />;
}

/** The outcome of importing a photo file, beside the import picker. */
export function PhotoImportNotice() {
  const n = photoImportNotice.value;
  return n ? (
    <p
      class={n.error ? 'notice error' : 'notice'}
      role={n.error ? 'alert' : 'status'}
      data-testid="photo-import-notice"
    >
      {n.text}
    </p>
  ) : null;
}
