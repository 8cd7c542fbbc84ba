import { useSignal } from '@preact/signals';
import './photos.css';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { AREAS, type Area } from '../../core/areas';
import {
  areasWithPhotos,
  countBetween,
  PHOTO_LIMITS,
  type PhotoMeta,
  photosOfArea,
  sessionDaysByArea,
  todayIso,
} from '../../core/photos';
import type { Session } from '../../core/schemas';
import { isIsoDate, parseInstant, type TimeZone } from '../../core/time';
import type { MessageKey } from '../../i18n/en';
import { formatDate, formatMm, t, tp } from '../../i18n/i18n';
import { type PhotoStore, PhotoStoreError, photoStore } from '../../store/photos';
import type { AppState } from '../../store/state';
import { grabFrame, preparePhoto } from './encode';
import { photosChanged } from './hooks';
import { PhotoCompare } from './PhotoCompare';
import { EAGER_THUMBS, freshThumbs, PhotoImg, photoDate } from './PhotoImg';
import '../../i18n/packs/options';
import './messages';

type Problem = { key: MessageKey; params?: Record<string, string | number> };

function storeProblem(e: unknown): Problem {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof PhotoStoreError) {
    if (e.fault === 'quota') return { key: 'photos.error.quota' };
    if (e.fault === 'unavailable' || e.fault === 'open')
      return { key: 'photos.error.storeOpen', params: { message } };
  }
  return { key: 'photos.error.write', params: { message } };
}

function newId(): string {
  const c = globalThis.crypto;
  return c?.randomUUID ? c.randomUUID() : `p${Date.now()}${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Progress photos, kept on this computer (issue 16): add from a file or the camera, a timeline per
 * area with the sessions between two photos, and a compare view. Loaded lazily by LazyPhotos.
 */
export function PhotosSection({
  state,
  now,
  tz,
  openStore = photoStore,
}: {
  state: AppState;
  now: () => number;
  tz: TimeZone;
  openStore?: () => Promise<PhotoStore>;
}) {
  const store = useSignal<PhotoStore | null>(null);
  const openError = useSignal<string | null>(null);
  const photos = useSignal<PhotoMeta[] | null>(null);
  const damaged = useSignal(0);
  const problem = useSignal<Problem | null>(null);
  const status = useSignal('');
  const busy = useSignal(false);
  const comparing = useSignal(false);
  const areas = state.profile.value.areas;
  const area = useSignal<Area>(areas[0] ?? 'cheeks');
  const date = useSignal(todayIso(now(), tz));
  const note = useSignal('');
  const sessionId = useSignal('');
  const keepOriginal = useSignal(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const changed = photosChanged.value;

  const reload = async (s: PhotoStore) => {
    try {
      const l = await s.list();
      photos.value = l.photos;
      damaged.value = l.damaged;
    } catch (e) {
      openError.value = e instanceof Error ? e.message : String(e);
    }
  };

  useEffect(() => {
    let live = true;
    openStore()
      .then(async (s) => {
        if (!live) return;
        openError.value = null;
        store.value = s;
        await reload(s);
      })
      .catch((e) => {
        if (live) openError.value = e instanceof Error ? e.message : String(e);
      });
    return () => {
      live = false;
    };
  }, [changed]);

  const add = async (file: Blob, original?: File) => {
    const s = store.value;
    problem.value = null;
    status.value = '';
    if (!s) return;
    if (!isIsoDate(date.value) || date.value > todayIso(now(), tz)) {
      problem.value = { key: 'photos.error.date' };
      return;
    }
    busy.value = true;
    status.value = t('photos.adding');
    try {
      const r = await preparePhoto(file);
      if (!r.ok) {
        const p = r.refusal;
        problem.value = { key: p.key, params: 'params' in p ? p.params : undefined };
        status.value = '';
        return;
      }
      const keep = keepOriginal.value && original !== undefined;
      const meta: PhotoMeta = {
        id: newId(),
        area: area.value,
        date: date.value,
        addedAt: new Date(now()).toISOString(),
        note: note.value.trim().slice(0, PHOTO_LIMITS.note),
        ...(sessionId.value ? { sessionId: sessionId.value } : {}),
        width: r.photo.width,
        height: r.photo.height,
        type: r.photo.type,
        bytes: r.photo.image.size,
        thumbBytes: r.photo.thumb.size,
        ...(keep ? { originalBytes: original.size, originalType: original.type.slice(0, 100) } : {}),
      };
      await s.put([{ meta, image: r.photo.image, thumb: r.photo.thumb, ...(keep ? { original } : {}) }]);
      freshThumbs.set(meta.id, r.photo.thumb);
      note.value = '';
      sessionId.value = '';
      await reload(s);
      status.value = t('photos.added', { area: t(`area.${meta.area}`), date: photoDate(meta.date) });
    } catch (e) {
      problem.value = storeProblem(e);
      status.value = '';
    } finally {
      busy.value = false;
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const remove = async (id: string) => {
    const s = store.value;
    if (!s) return;
    try {
      await s.remove(id);
      await reload(s);
      status.value = t('photos.deleted');
    } catch (e) {
      problem.value = storeProblem(e);
    }
  };

  const list = photos.value ?? [];
  const shownAreas = areasWithPhotos(list, AREAS);
  const sessions = state.sessions.value;
  const areaSessions = sessions
    .filter((x) => x.area === area.value)
    .slice(-100)
    .reverse();

  return (
    <section id="photos" aria-labelledby="photos-h" class="photos">
      <h2 id="photos-h">{t('photos.title')}</h2>
      <p class="muted">{t('photos.intro')}</p>
      {openError.value !== null ? (
        <div class="notice error" role="alert" data-testid="photo-store-error">
          <p>{t('photos.error.storeOpen', { message: openError.value })}</p>
          <p>{t('photos.error.storeOpenKept')}</p>
        </div>
      ) : null}
      {damaged.value > 0 ? (
        <p class="notice" role="alert">
          {tp('photos.damaged', damaged.value)}
        </p>
      ) : null}
      <fieldset class="photo-add" disabled={!store.value || busy.value}>
        <legend>{t('photos.add')}</legend>
        <div class="photo-fields">
          <label>
            {t('photos.area')}
            <select
              value={area.value}
              data-testid="photo-area"
              onChange={(e) => {
                area.value = e.currentTarget.value as Area;
                sessionId.value = '';
              }}
            >
              {[...areas, ...AREAS.filter((a) => !areas.includes(a))].map((a) => (
                <option key={a} value={a}>
                  {t(`area.${a}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('photos.date')}
            <input
              type="date"
              data-testid="photo-date"
              value={date.value}
              max={todayIso(now(), tz)}
              onInput={(e) => (date.value = e.currentTarget.value)}
            />
          </label>
          <label>
            {t('photos.session')}
            <select value={sessionId.value} onChange={(e) => (sessionId.value = e.currentTarget.value)}>
              <option value="">{t('photos.session.none')}</option>
              {areaSessions.map((x) => (
                <option key={x.id} value={x.id}>
                  {formatDate(parseInstant(x.when), tz, 'datetime')}, {formatMm(x.needleMm)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {t('photos.note')}
          <textarea
            maxLength={PHOTO_LIMITS.note}
            rows={2}
            value={note.value}
            onInput={(e) => (note.value = e.currentTarget.value)}
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={keepOriginal.value}
            onChange={(e) => (keepOriginal.value = e.currentTarget.checked)}
          />{' '}
          {t('photos.keepOriginal')}
        </label>
        <p class="muted">
          {t('photos.limits', {
            max: PHOTO_LIMITS.inputBytes / 1024 / 1024,
            side: PHOTO_LIMITS.longestSide,
          })}
        </p>
        <label>
          {t('photos.file')}
          <input
            ref={fileInput}
            type="file"
            accept="image/*"
            data-testid="photo-file"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void add(f, f);
            }}
          />
        </label>
        <Camera onFrame={(b) => add(b)} />
      </fieldset>
      <p role="status" aria-live="polite" data-testid="photo-status">
        {status.value}
      </p>
      {problem.value ? (
        <p class="notice error" role="alert" data-testid="photo-error">
          {t(problem.value.key, problem.value.params)}
        </p>
      ) : null}

      {photos.value === null ? null : list.length === 0 ? (
        <p data-testid="photo-empty">{t('photos.none')}</p>
      ) : (
        <>
          <p>
            <button
              type="button"
              data-testid="photo-compare-open"
              aria-expanded={comparing.value}
              onClick={() => (comparing.value = !comparing.value)}
            >
              {comparing.value ? t('photos.compare.close') : t('photos.compare.open')}
            </button>
          </p>
          {comparing.value && store.value ? (
            <PhotoCompare photos={list} sessions={sessions} store={store.value} tz={tz} />
          ) : null}
          <h3>{t('photos.timeline')}</h3>
          {shownAreas.map((a) => (
            <Timeline
              key={a}
              area={a}
              photos={photosOfArea(list, a)}
              sessions={sessions}
              store={store.value as PhotoStore}
              tz={tz}
              onDelete={remove}
            />
          ))}
        </>
      )}
    </section>
  );
}

function Timeline({
  area,
  photos,
  sessions,
  store,
  tz,
  onDelete,
}: {
  area: Area;
  photos: PhotoMeta[];
  sessions: readonly Session[];
  store: PhotoStore;
  tz: TimeZone;
  onDelete: (id: string) => void;
}) {
  const confirming = useSignal<string | null>(null);
  const days = useMemo(() => sessionDaysByArea(sessions, tz), [sessions, tz]);
  return (
    <section
      class="photo-area"
      aria-labelledby={`photo-area-${area}`}
      data-testid="photo-timeline"
      data-area={area}
    >
      <h4 id={`photo-area-${area}`}>
        {t(`area.${area}`)} ({tp('count.photos', photos.length)})
      </h4>
      <ol class="photo-timeline">
        {photos.map((p, i) => {
          const prev = photos[i - 1];
          const between = prev ? countBetween(days, prev, p) : null;
          const linked = p.sessionId ? sessions.find((x) => x.id === p.sessionId) : undefined;
          return (
            <li key={p.id} data-testid="photo-item">
              {between !== null ? <p class="between muted">{tp('photos.sessionsBetween', between)}</p> : null}
              <div class="photo-card">
                <PhotoImg store={store} meta={p} kind="thumb" class="thumb" eager={i < EAGER_THUMBS} />
                <div>
                  <p>
                    <strong>{photoDate(p.date)}</strong> · {t(`area.${p.area}`)}
                  </p>
                  {p.note ? <p class="note">{p.note}</p> : null}
                  {p.sessionId ? (
                    <p class="muted">
                      {linked
                        ? t('photos.linkedSession', {
                            date: formatDate(parseInstant(linked.when), tz, 'datetime'),
                          })
                        : t('photos.linkedSessionGone')}
                    </p>
                  ) : null}
                  {p.originalBytes !== undefined ? <p class="muted">{t('photos.originalKept')}</p> : null}
                  {confirming.value === p.id ? (
                    <div class="actions">
                      <button type="button" onClick={() => (confirming.value = null)}>
                        {t('options.rollers.cancel')}
                      </button>
                      <button type="button" class="danger-button" onClick={() => onDelete(p.id)}>
                        {t('photos.delete.confirm')}
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      aria-label={t('photos.delete.label', {
                        area: t(`area.${p.area}`),
                        date: photoDate(p.date),
                      })}
                      onClick={() => (confirming.value = p.id)}
                    >
                      {t('photos.delete')}
                    </button>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The camera through getUserMedia where the browser allows it on this page; it says so when not. */
function Camera({ onFrame }: { onFrame: (b: Blob) => Promise<void> }) {
  const stream = useSignal<MediaStream | null>(null);
  const error = useSignal<MessageKey | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const supported = typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
  const stop = () => {
    for (const tr of stream.value?.getTracks() ?? []) tr.stop();
    stream.value = null;
  };
  useEffect(() => stop, []);
  useEffect(() => {
    if (video.current && stream.value) {
      video.current.srcObject = stream.value;
      void video.current.play().catch(() => undefined);
    }
  }, [stream.value]);
  if (!supported)
    return (
      <p class="muted" data-testid="camera-unsupported">
        {t('photos.camera.unsupported')}
      </p>
    );
  const start = async () => {
    error.value = null;
    try {
      stream.value = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 1920 } },
        audio: false,
      });
    } catch (e) {
      const name = e instanceof DOMException ? e.name : '';
      error.value =
        name === 'NotAllowedError' || name === 'SecurityError'
          ? 'photos.camera.denied'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'photos.camera.none'
            : 'photos.camera.failed';
    }
  };
  return (
    <div class="camera">
      {stream.value ? (
        <>
          <video ref={video} muted playsInline aria-label={t('photos.camera.preview')} />
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={async () => {
                if (!video.current) return;
                const b = await grabFrame(video.current);
                stop();
                await onFrame(b);
              }}
            >
              {t('photos.camera.take')}
            </button>
            <button type="button" onClick={stop}>
              {t('photos.camera.stop')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" onClick={() => void start()}>
          {t('photos.camera.start')}
        </button>
      )}
      {error.value ? (
        <p class="notice" role="alert">
          {t(error.value)}
        </p>
      ) : null}
    </div>
  );
}
