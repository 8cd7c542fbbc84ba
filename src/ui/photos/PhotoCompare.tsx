import { useSignal } from '@preact/signals';
import { AREAS, type Area } from '../../core/areas';
import { areasWithPhotos, type PhotoMeta, photosOfArea, sessionsBetween } from '../../core/photos';
import type { Session } from '../../core/schemas';
import { DAY_MS, parseInstant, type TimeZone } from '../../core/time';
import { formatDate, formatMm, t, tp } from '../../i18n/i18n';
import type { PhotoStore } from '../../store/photos';
import { PhotoImg, photoAlt, photoDate } from './PhotoImg';
import './messages';

/**
 * Two photos of one area, side by side or one over the other with a slider. Everything a sighted
 * user reads off the pictures is also text: each photo's date and area, the days and the sessions
 * between them. The slider is a native range input (arrow keys, Home, End; its value is spoken).
 */
export function PhotoCompare({
  photos,
  sessions,
  store,
  tz,
}: {
  photos: readonly PhotoMeta[];
  sessions: readonly Session[];
  store: PhotoStore;
  tz: TimeZone;
}) {
  const comparable = areasWithPhotos(photos, AREAS).filter((a) => photosOfArea(photos, a).length >= 2);
  const area = useSignal<Area | null>(comparable[0] ?? null);
  const earlierId = useSignal<string | null>(null);
  const laterId = useSignal<string | null>(null);
  const mode = useSignal<'side' | 'slider'>('side');
  const split = useSignal(50);
  const a = area.value && comparable.includes(area.value) ? area.value : (comparable[0] ?? null);
  if (!a)
    return (
      <div class="photo-compare" data-testid="photo-compare">
        <p>{t('photos.compare.needTwo')}</p>
      </div>
    );
  const list = photosOfArea(photos, a);
  const earlier = list.find((p) => p.id === earlierId.value) ?? (list[0] as PhotoMeta);
  const later = list.find((p) => p.id === laterId.value) ?? (list[list.length - 1] as PhotoMeta);
  const between = sessionsBetween(sessions, earlier, later, tz);
  const days = Math.round((Date.parse(later.date) - Date.parse(earlier.date)) / DAY_MS);
  const option = (p: PhotoMeta) => (
    <option key={p.id} value={p.id}>
      {photoDate(p.date)}
      {p.note ? ` – ${p.note.slice(0, 40)}` : ''}
    </option>
  );
  return (
    <section class="photo-compare" data-testid="photo-compare" aria-labelledby="photo-compare-h">
      <h3 id="photo-compare-h">{t('photos.compare.title')}</h3>
      <div class="photo-fields">
        <label>
          {t('photos.area')}
          <select
            value={a}
            data-testid="compare-area"
            onChange={(e) => {
              area.value = e.currentTarget.value as Area;
              earlierId.value = null;
              laterId.value = null;
            }}
          >
            {comparable.map((x) => (
              <option key={x} value={x}>
                {t(`area.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('photos.compare.earlier')}
          <select
            value={earlier.id}
            data-testid="compare-earlier"
            onChange={(e) => (earlierId.value = e.currentTarget.value)}
          >
            {list.map(option)}
          </select>
        </label>
        <label>
          {t('photos.compare.later')}
          <select
            value={later.id}
            data-testid="compare-later"
            onChange={(e) => (laterId.value = e.currentTarget.value)}
          >
            {list.map(option)}
          </select>
        </label>
        <fieldset class="inline">
          <legend>{t('photos.compare.mode')}</legend>
          <label class="check">
            <input
              type="radio"
              name="photo-mode"
              checked={mode.value === 'side'}
              onChange={() => (mode.value = 'side')}
            />{' '}
            {t('photos.compare.side')}
          </label>
          <label class="check">
            <input
              type="radio"
              name="photo-mode"
              checked={mode.value === 'slider'}
              onChange={() => (mode.value = 'slider')}
            />{' '}
            {t('photos.compare.slider')}
          </label>
        </fieldset>
      </div>
      <p data-testid="compare-summary">
        {t('photos.compare.summary', {
          area: t(`area.${a}`),
          earlier: photoDate(earlier.date),
          later: photoDate(later.date),
          days,
          sessions: tp('count.sessions', between.length),
        })}
      </p>
      {mode.value === 'side' ? (
        <div class="photo-pair">
          <figure>
            <PhotoImg store={store} meta={earlier} kind="image" />
            <figcaption>{t('photos.compare.earlierCaption', { photo: photoAlt(earlier) })}</figcaption>
          </figure>
          <figure>
            <PhotoImg store={store} meta={later} kind="image" />
            <figcaption>{t('photos.compare.laterCaption', { photo: photoAlt(later) })}</figcaption>
          </figure>
        </div>
      ) : (
        <figure class="photo-slider">
          <div class="slider-stage">
            <PhotoImg store={store} meta={earlier} kind="image" />
            <PhotoImg
              store={store}
              meta={later}
              kind="image"
              class="over"
              style={{ clipPath: `inset(0 0 0 ${100 - split.value}%)` }}
            />
          </div>
          <label>
            {t('photos.compare.sliderLabel')}
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              value={split.value}
              data-testid="compare-slider"
              aria-valuetext={t('photos.compare.sliderValue', {
                percent: split.value,
                later: photoDate(later.date),
                earlier: photoDate(earlier.date),
              })}
              onInput={(e) => (split.value = Number(e.currentTarget.value))}
            />
          </label>
          <figcaption>
            {t('photos.compare.sliderCaption', { earlier: photoAlt(earlier), later: photoAlt(later) })}
          </figcaption>
        </figure>
      )}
      {between.length > 0 ? (
        <details>
          <summary>{t('photos.compare.sessions')}</summary>
          <ul class="compact" data-testid="compare-sessions">
            {between.map((s) => (
              <li key={s.id}>
                {formatDate(parseInstant(s.when), tz, 'datetime')}, {formatMm(s.needleMm)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
