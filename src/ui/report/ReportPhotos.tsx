import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { AREAS, type Area } from '../../core/areas';
import {
  areasWithPhotos,
  defaultPair,
  type PhotoMeta,
  photosOfArea,
  sessionsBetween,
} from '../../core/photos';
import { parseIsoDate, type TimeZone } from '../../core/time';
import { t, tp } from '../../i18n/i18n';
import { type PhotoStore, photoStore } from '../../store/photos';
import type { AppState } from '../../store/state';
import { PhotoImg, photoAlt, photoDate } from '../photos/PhotoImg';
import '../photos/messages';
import type { MonthReads } from './Report';
import { covers, monthForDay, READ_ALL } from './report-model';

/**
 * Progress photos in the report (issue 16): off by default. When ticked, two photos per area
 * (before and latest, both changeable) are printed small on an appendix page. The tick and the
 * choices are screen-only; the photos never leave this computer (printing is local).
 */
export function ReportPhotos({
  state,
  tz,
  openStore = photoStore,
  reads,
}: {
  state: AppState;
  tz: TimeZone;
  openStore?: () => Promise<PhotoStore>;
  /** How the page reads months on demand: the sessions between the photos need their months. */
  reads?: MonthReads;
}) {
  const on = useSignal(false);
  const store = useSignal<PhotoStore | null>(null);
  const photos = useSignal<PhotoMeta[] | null>(null);
  const error = useSignal<string | null>(null);
  const picks = useSignal<Partial<Record<Area, { before: string; latest: string }>>>({});
  useEffect(() => {
    if (!on.value || store.value) return;
    openStore()
      .then(async (s) => {
        store.value = s;
        photos.value = (await s.list()).photos;
      })
      .catch((e) => (error.value = e instanceof Error ? e.message : String(e)));
  }, [on.value]);

  const list = photos.value ?? [];
  // The sessions counted between two photos need the months from the oldest photo on.
  const oldest = list.reduce<number>((m, p) => Math.min(m, parseIsoDate(p.date)), Number.POSITIVE_INFINITY);
  const needFrom = on.value && Number.isFinite(oldest) ? monthForDay(oldest) : undefined;
  const read = reads ? { from: reads.from.value, complete: reads.complete.value } : READ_ALL;
  const counted = covers(read, needFrom);
  useEffect(() => {
    if (reads && needFrom !== undefined && !counted) void reads.readFrom(needFrom);
  }, [reads, needFrom, counted]);
  const areas = areasWithPhotos(list, AREAS).filter((a) => defaultPair(list, a));
  const pair = (a: Area) => {
    const d = defaultPair(list, a) as { before: string; latest: string };
    const p = picks.value[a] ?? d;
    const of = (id: string, fallback: string) =>
      list.find((x) => x.id === id) ?? (list.find((x) => x.id === fallback) as PhotoMeta);
    return { before: of(p.before, d.before), latest: of(p.latest, d.latest) };
  };
  const pick = (a: Area, which: 'before' | 'latest', id: string) => {
    const cur = picks.value[a] ?? (defaultPair(list, a) as { before: string; latest: string });
    picks.value = { ...picks.value, [a]: { ...cur, [which]: id } };
  };

  return (
    <>
      <div class="no-print photo-choice">
        <label class="check">
          <input
            type="checkbox"
            data-testid="report-photos-tick"
            checked={on.value}
            onChange={(e) => (on.value = e.currentTarget.checked)}
          />{' '}
          {t('report.photos.tick')}
        </label>
        {on.value && error.value ? (
          <p class="notice error" role="alert">
            {t('photos.error.storeOpen', { message: error.value })}
          </p>
        ) : null}
        {on.value && photos.value && areas.length === 0 ? <p>{t('report.photos.none')}</p> : null}
        {on.value
          ? areas.map((a) => {
              const p = pair(a);
              const options = photosOfArea(list, a).map((x) => (
                <option key={x.id} value={x.id}>
                  {photoDate(x.date)}
                </option>
              ));
              return (
                <fieldset key={a} class="inline">
                  <legend>{t(`area.${a}`)}</legend>
                  <label>
                    {t('report.photos.before')}
                    <select value={p.before.id} onChange={(e) => pick(a, 'before', e.currentTarget.value)}>
                      {options}
                    </select>
                  </label>
                  <label>
                    {t('report.photos.latest')}
                    <select value={p.latest.id} onChange={(e) => pick(a, 'latest', e.currentTarget.value)}>
                      {options}
                    </select>
                  </label>
                </fieldset>
              );
            })
          : null}
      </div>
      {on.value && store.value && areas.length > 0 ? (
        <section class="photo-appendix" data-testid="report-photos" aria-labelledby="report-photos-h">
          <h2 id="report-photos-h">{t('report.photos.title')}</h2>
          <p class="muted">{t('report.photos.intro')}</p>
          <div class="photo-rows">
            {areas.map((a) => {
              const p = pair(a);
              const n = counted ? sessionsBetween(state.sessions.value, p.before, p.latest, tz).length : null;
              return (
                <div key={a} class="photo-row" data-area={a}>
                  <h3>
                    {t(`area.${a}`)}
                    {n === null ? null : ` · ${tp('photos.sessionsBetween', n)}`}
                  </h3>
                  <figure>
                    <PhotoImg store={store.value as PhotoStore} meta={p.before} kind="image" />
                    <figcaption>{t('report.photos.beforeCaption', { photo: photoAlt(p.before) })}</figcaption>
                  </figure>
                  <figure>
                    <PhotoImg store={store.value as PhotoStore} meta={p.latest} kind="image" />
                    <figcaption>{t('report.photos.latestCaption', { photo: photoAlt(p.latest) })}</figcaption>
                  </figure>
                </div>
              );
            })}
          </div>
        </section>
      ) : null}
    </>
  );
}
