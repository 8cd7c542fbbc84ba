import { useComputed } from '@preact/signals';
import { effectiveRules } from '../../core/rules';
import { type AreaStatus, areaStatuses } from '../../core/status';
import { DAY_MS, HOUR_MS, parseInstant } from '../../core/time';
import { formatDate, formatMm, t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { DataNotices } from '../shared/DataNotices';
import { Disclaimer } from '../shared/Disclaimer';

export interface PopupProps {
  state: AppState;
  now: () => number;
  tz: string;
  openOptions: () => void;
}

function countdown(ms: number): string {
  if (ms >= DAY_MS) return tp('popup.inDays', Math.ceil(ms / DAY_MS));
  return tp('popup.inHours', Math.max(1, Math.ceil(ms / HOUR_MS)));
}

function StatusRow({ status, nowMs, tz }: { status: AreaStatus; nowMs: number; tz: string }) {
  const { area, last, safe, safeNow, homeSchedule } = status;
  return (
    <li class={`status ${safeNow ? 'ok' : homeSchedule ? 'wait' : 'stop'}`} data-testid={`status-${area}`}>
      <div class="status-area">{t(`area.${area}`)}</div>
      <div class="status-when">
        {!homeSchedule ? (
          <strong class="stop-text">{t('popup.noHomeSchedule', { mm: formatMm(status.needleMm) })}</strong>
        ) : safeNow ? (
          <strong class="ok-text">{t('popup.safeNow')}</strong>
        ) : (
          <strong class="wait-text">
            {t('popup.safeFrom', { date: formatDate(safe.safeFromMs, tz) })} (
            {countdown(safe.safeFromMs - nowMs)})
          </strong>
        )}
      </div>
      <div class="status-last muted">
        {last
          ? t('popup.lastSession', {
              date: formatDate(parseInstant(last.when), tz, 'datetime'),
              mm: formatMm(last.needleMm),
            })
          : t('popup.neverRolled')}
      </div>
    </li>
  );
}

/** The toolbar popup: a status per treated area. The issue on the popup builds logging on this. */
export function Popup({ state, now, tz, openOptions }: PopupProps) {
  const nowMs = now();
  const statuses = useComputed(() =>
    areaStatuses({
      areas: state.profile.value.areas,
      sessions: state.sessions.value,
      rollers: state.rollers.value,
      rules: effectiveRules(state.settings.value.ruleOverrides),
      nowMs,
      tz,
    }),
  );
  if (!state.ready.value) return <p aria-busy="true">{t('app.loading')}</p>;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popup.title')}</h1>
        <button type="button" onClick={openOptions}>
          {t('popup.openOptions')}
        </button>
      </header>
      <DataNotices state={state} />
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('popup.status')}</h2>
        {statuses.value.length === 0 ? (
          <div class="empty">
            <p>{t('popup.noAreas')}</p>
            <button type="button" class="primary" onClick={openOptions}>
              {t('popup.setup')}
            </button>
          </div>
        ) : (
          <ul class="status-list">
            {statuses.value.map((s) => (
              <StatusRow key={s.area} status={s} nowMs={nowMs} tz={tz} />
            ))}
          </ul>
        )}
        <p class="muted" data-testid="session-count">
          {tp('popup.sessions', state.sessions.value.length)}
        </p>
      </section>
      <Disclaimer />
    </main>
  );
}
