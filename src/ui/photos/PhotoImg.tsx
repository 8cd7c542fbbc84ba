import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { PhotoMeta } from '../../core/photos';
import { DAY_MS, parseIsoDate } from '../../core/time';
import { formatDate, t } from '../../i18n/i18n';
import type { PhotoStore } from '../../store/photos';
import './messages';

/** A photo's day as the user's locale writes it (the day is a calendar date, not an instant). */
export function photoDate(iso: string): string {
  return formatDate(parseIsoDate(iso) * DAY_MS + 12 * 3_600_000, 'UTC');
}

/** "Cheeks, 3 Nov 2026": what a screen reader hears for a photo. */
export function photoAlt(p: PhotoMeta): string {
  return t('photos.alt', { area: t(`area.${p.area}`), date: photoDate(p.date) });
}

/** Thumbnails just made on this page, shown at once instead of being read back from the store. */
export const freshThumbs = new Map<string, Blob>();

/** The first thumbnails of a list load at once; the rest when they scroll into view. */
export const EAGER_THUMBS = 8;

/**
 * One stored photo (its thumbnail or its image) from IndexedDB as an object URL, revoked when it
 * is no longer shown. Thumbnails load when they scroll into view.
 */
export function PhotoImg({
  store,
  meta,
  kind,
  class: cls,
  style,
  eager = false,
}: {
  store: PhotoStore;
  meta: PhotoMeta;
  kind: 'thumb' | 'image';
  class?: string;
  style?: Record<string, string>;
  eager?: boolean;
}) {
  const url = useSignal<string | null>(null);
  const failed = useSignal(false);
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let live = true;
    let made: string | null = null;
    const fresh = kind === 'thumb' ? freshThumbs.get(meta.id) : undefined;
    if (fresh) {
      made = URL.createObjectURL(fresh);
      url.value = made;
      freshThumbs.delete(meta.id);
      return () => {
        live = false;
        if (made) URL.revokeObjectURL(made);
      };
    }
    const load = () =>
      store
        .blobs(meta.id)
        .then((b) => {
          if (!live) return;
          if (!b) {
            failed.value = true;
            return;
          }
          made = URL.createObjectURL(kind === 'thumb' ? b.thumb : b.image);
          url.value = made;
        })
        .catch(() => {
          if (live) failed.value = true;
        });
    let observer: IntersectionObserver | undefined;
    if (kind === 'thumb' && !eager && typeof IntersectionObserver !== 'undefined' && ref.current) {
      observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer?.disconnect();
          void load();
        }
      });
      observer.observe(ref.current);
    } else void load();
    return () => {
      live = false;
      observer?.disconnect();
      if (made) URL.revokeObjectURL(made);
      url.value = null;
    };
  }, [meta.id, kind]);
  const w =
    kind === 'thumb' ? Math.round((meta.width / Math.max(meta.width, meta.height)) * 160) : meta.width;
  const h =
    kind === 'thumb' ? Math.round((meta.height / Math.max(meta.width, meta.height)) * 160) : meta.height;
  return (
    <span ref={ref} class={`photo-img ${cls ?? ''}`} style={style}>
      {url.value ? (
        <img
          src={url.value}
          alt={photoAlt(meta)}
          width={w}
          height={h}
          data-photo={meta.id}
          data-kind={kind}
        />
      ) : failed.value ? (
        <span class="photo-missing">{t('photos.missing')}</span>
      ) : (
        <span
          class="photo-placeholder"
          role="img"
          aria-label={photoAlt(meta)}
          style={{ aspectRatio: `${w} / ${h}` }}
        />
      )}
    </span>
  );
}
