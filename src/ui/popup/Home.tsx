import { activeAftercare } from '../../core/aftercare';
import { canRollNow, hasHomeSchedule, type RollAnswer } from '../../core/assess';
import { type TreatedArea, treatedAreas, usualRoller } from '../../core/status';
import { localDay, parseInstant } from '../../core/time';
import { rollerWear } from '../../core/wear';
import { formatDate, formatMm, t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { AftercareList } from '../shared/Aftercare';
import { assessContext } from '../shared/assess-context';
import { BackupReminder } from '../shared/BackupReminder';
import { Disclaimer } from '../shared/Disclaimer';
import { findingText } from '../shared/Findings';
import { countdown } from '../shared/format';
import { CheckPage } from './CheckPage';

function StatusRow({
  status,
  answer,
  nowMs,
  tz,
}: {
  status: TreatedArea;
  answer: RollAnswer;
  nowMs: number;
  tz: string;
}) {
  const { area, last } = status;
  const homeSchedule = hasHomeSchedule(status.needleMm);
  const block = answer.findings.find((f) => f.severity === 'block');
  const kind = !homeSchedule || answer.answer === 'no' ? 'stop' : answer.answer === 'yes' ? 'ok' : 'wait';
  return (
    <li class={`status ${kind}`} data-testid={`status-${area}`} data-answer={answer.answer}>
      <div class="status-area">{t(`area.${area}`)}</div>
      <div class="status-when">
        {!homeSchedule ? (
          <strong class="stop-text">{t('popup.noHomeSchedule', { mm: formatMm(status.needleMm) })}</strong>
        ) : block ? (
          <strong class="stop-text">{findingText(block, tz)}</strong>
        ) : answer.answer === 'not-yet' ? (
          <strong class="wait-text">
            {t('popup.safeFrom', { date: formatDate(answer.untilMs, tz) })} (
            {countdown(answer.untilMs - nowMs)})
          </strong>
        ) : (
          <strong class="ok-text">{t('popup.safeNow')}</strong>
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

export interface HomeProps {
  state: AppState;
  nowMs: number;
  tz: string;
  openOptions: () => void;
  onLog: () => void;
  onCheck: () => void;
}

/** Status at a glance: each area's answer to "can I roll now?", the roller's wear, running aftercare. */
export function Home({ state, nowMs, tz, openOptions, onLog, onCheck }: HomeProps) {
  const ctx = assessContext(state, tz);
  const sessions = state.sessions.value;
  const usual = usualRoller(state.rollers.value, sessions);
  // The answer per area (canRollNow) already holds the next safe moment: no separate schedule pass.
  const statuses = treatedAreas(state.profile.value.areas, sessions, state.rollers.value);
  const wear = usual ? rollerWear(usual, sessions, ctx.rules!, localDay(nowMs, tz), tz) : null;
  const aftercare = activeAftercare(sessions, nowMs, tz);
  return (
    <main class="view home">
      <header class="popup-header">
        <h1>{t('popup.title')}</h1>
        <button type="button" onClick={openOptions}>
          {t('popup.openOptions')}
        </button>
      </header>
      <div class="actions main-actions">
        <button type="button" class="primary big" onClick={onLog} data-testid="log-button">
          {t('popup.logNow')}
        </button>
        <button type="button" class="big" onClick={onCheck}>
          {t('popup.checkNow')}
        </button>
      </div>
      {wear?.worn && usual ? (
        <p class="notice" role="status" data-testid="roller-worn">
          {t('popup.rollerWorn', { roller: usual.name })}
        </p>
      ) : null}
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('popup.status')}</h2>
        {statuses.length === 0 ? (
          <div class="empty">
            <p>{t('popup.noAreas')}</p>
            <button type="button" onClick={openOptions}>
              {t('popup.setup')}
            </button>
          </div>
        ) : (
          <ul class="status-list">
            {statuses.map((s) => (
              <StatusRow
                key={s.area}
                status={s}
                answer={canRollNow(s.area, s.needleMm, usual?.id ?? null, nowMs, ctx)}
                nowMs={nowMs}
                tz={tz}
              />
            ))}
          </ul>
        )}
        <p class="muted" data-testid="session-count">
          {tp('popup.sessions', sessions.length)}
        </p>
      </section>
      <CheckPage />
      {aftercare.length > 0 ? (
        <section aria-labelledby="aftercare-home-h">
          <h2 id="aftercare-home-h">{t('popup.aftercareActive')}</h2>
          <AftercareList items={aftercare} nowMs={nowMs} tz={tz} />
        </section>
      ) : null}
      <BackupReminder state={state} now={() => nowMs} tz={tz} />
      <Disclaimer />
    </main>
  );
}
