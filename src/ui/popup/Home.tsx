import { activeAftercare } from '../../core/aftercare';
import { areaRollStatuses } from '../../core/badge';
import { type RollStatus, statusTone } from '../../core/roll-status';
import type { EffectiveRules } from '../../core/rules';
import { answersStale, unansweredQuestions } from '../../core/safety-answers';
import { type TreatedArea, usualRoller } from '../../core/status';
import { localDay, parseInstant } from '../../core/time';
import { rollerWear } from '../../core/wear';
import { formatDate, formatMm, t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { AftercareList } from '../shared/Aftercare';
import { AfterEffectsInfo } from '../shared/AfterEffects';
import { assessContext } from '../shared/assess-context';
import { BackupReminder } from '../shared/BackupReminder';
import { Disclaimer } from '../shared/Disclaimer';
import { StatusBlock } from '../shared/Status';
import { CheckPage } from './CheckPage';

function StatusRow({
  treated,
  status,
  nowMs,
  tz,
  rules,
}: {
  treated: TreatedArea;
  status: RollStatus;
  nowMs: number;
  tz: string;
  rules: EffectiveRules;
}) {
  const { area, last } = treated;
  return (
    <li class={`status ${statusTone(status.kind)}`} data-testid={`status-${area}`} data-status={status.kind}>
      <div class="status-area">{t(`area.${area}`)}</div>
      <div class="status-when">
        <StatusBlock status={status} needleMm={treated.needleMm} nowMs={nowMs} tz={tz} rules={rules} />
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
  onSafety: () => void;
}

/** Status at a glance: each area's answer to "can I roll now?", the roller's wear, running aftercare. */
export function Home({ state, nowMs, tz, openOptions, onLog, onCheck, onSafety }: HomeProps) {
  const ctx = assessContext(state, tz);
  const sessions = state.sessions.value;
  const usual = usualRoller(state.rollers.value, sessions);
  // The answer per area (canRollNow) already holds the next possible moment: no separate schedule pass.
  const statuses = areaRollStatuses(ctx, nowMs);
  const profile = state.profile.value;
  const unanswered = unansweredQuestions(profile).length;
  const stale = answersStale(profile, nowMs, tz);
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
      {unanswered > 0 || stale ? (
        <div class="notice warn" role="status" data-testid="safety-notice">
          <p>{unanswered > 0 ? tp('finding.safety-unanswered', unanswered) : t('safety.stale')}</p>
          <button type="button" class="primary" onClick={onSafety}>
            {unanswered > 0 ? t('safety.open') : t('safety.review')}
          </button>
        </div>
      ) : null}
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
                key={s.area.area}
                treated={s.area}
                status={s.status}
                nowMs={nowMs}
                tz={tz}
                rules={ctx.rules as EffectiveRules}
              />
            ))}
          </ul>
        )}
        <p class="muted" data-testid="session-count">
          {tp('popup.sessions', state.sessionCount.value)}
        </p>
      </section>
      <CheckPage />
      {aftercare.length > 0 ? (
        <section aria-labelledby="aftercare-home-h">
          <h2 id="aftercare-home-h">{t('popup.aftercareActive')}</h2>
          <AftercareList items={aftercare} nowMs={nowMs} tz={tz} />
        </section>
      ) : null}
      <AfterEffectsInfo />
      <BackupReminder state={state} now={() => nowMs} tz={tz} />
      <Disclaimer />
    </main>
  );
}
