import { useSignal } from '@preact/signals';
import { aftercareFor } from '../../core/aftercare';
import { hasHomeSchedule } from '../../core/assess';
import { effectiveRules } from '../../core/rules';
import { nextSafeMoment } from '../../core/schedule';
import type { Session } from '../../core/schemas';
import { formatInstant } from '../../core/time';
import { formatDate, formatMm, t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { AftercareList } from '../shared/Aftercare';
import { FindingList } from '../shared/Findings';
import { countdown } from '../shared/format';

export interface SavedProps {
  state: AppState;
  saved: Session[];
  now: () => number;
  tz: string;
  onDone: () => void;
}

/**
 * After saving: the findings to acknowledge, when each area is next safe, the aftercare with its
 * countdowns, and an undo that removes exactly what was saved.
 */
export function Saved({ state, saved, now, tz, onDone }: SavedProps) {
  const nowMs = now();
  const undone = useSignal(false);
  const busy = useSignal(false);
  // The saved sessions as they are now in storage (acknowledgements update them).
  const current = saved.map((s) => state.sessions.value.find((x) => x.id === s.id) ?? s);
  const rules = effectiveRules(state.settings.value.ruleOverrides);

  const undo = async () => {
    busy.value = true;
    try {
      await state.repo.deleteSessions(current);
      undone.value = true;
    } finally {
      busy.value = false;
    }
  };

  const acknowledge = async (session: Session, index: number) => {
    const findings = session.findings.map((f, i) =>
      i === index ? { ...f, acknowledgedAt: formatInstant(now(), tz) } : f,
    );
    await state.repo.putSessions([{ ...session, findings, updatedAt: formatInstant(now(), tz) }], [session]);
  };

  if (undone.value)
    return (
      <section class="view" aria-labelledby="saved-h">
        <h1 id="saved-h">{t('saved.undone')}</h1>
        <div class="actions">
          <button type="button" class="primary" onClick={onDone}>
            {t('saved.done')}
          </button>
        </div>
      </section>
    );

  const first = current[0];
  return (
    <section class="view saved" aria-labelledby="saved-h" data-testid="saved">
      <div class="row spread">
        <h1 id="saved-h">{tp('saved.title', current.length)}</h1>
        <button type="button" onClick={() => void undo()} disabled={busy.value}>
          {t('saved.undo')}
        </button>
      </div>
      {current.some((s) => s.findings.length > 0) ? (
        <section aria-labelledby="findings-h">
          <h2 id="findings-h">{t('saved.findings')}</h2>
          {current.map((s) => (
            <div key={s.id}>
              {current.length > 1 && s.findings.length > 0 ? <h3>{t(`area.${s.area}`)}</h3> : null}
              <FindingList
                findings={s.findings}
                rules={rules}
                tz={tz}
                onAcknowledge={(i) => void acknowledge(s, i)}
              />
            </div>
          ))}
        </section>
      ) : null}
      <ul class="next-safe" data-testid="next-safe">
        {current.map((s) => {
          if (!hasHomeSchedule(s.needleMm))
            return <li key={s.id}>{t('popup.noHomeSchedule', { mm: formatMm(s.needleMm) })}</li>;
          const next = nextSafeMoment(s.area, s.needleMm, state.sessions.value, rules, tz);
          if (next.safeFromMs <= nowMs)
            return (
              <li key={s.id}>
                {t(`area.${s.area}`)}: {t('popup.safeNow')}
              </li>
            );
          return (
            <li key={s.id}>
              {t('saved.nextSafe', {
                area: t(`area.${s.area}`),
                date: formatDate(next.safeFromMs, tz),
                countdown: countdown(next.safeFromMs - nowMs),
              })}
            </li>
          );
        })}
      </ul>
      {first ? (
        <section aria-labelledby="aftercare-h">
          <h2 id="aftercare-h">{t('saved.aftercare')}</h2>
          <AftercareList items={aftercareFor(first, nowMs, tz)} nowMs={nowMs} tz={tz} />
        </section>
      ) : null}
      <div class="actions">
        <button type="button" class="primary" onClick={onDone}>
          {t('saved.done')}
        </button>
      </div>
    </section>
  );
}
