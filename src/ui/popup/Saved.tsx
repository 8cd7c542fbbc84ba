import { useSignal } from '@preact/signals';
import { aftercareFor } from '../../core/aftercare';
import { canRollNow } from '../../core/assess';
import { rollStatus } from '../../core/roll-status';
import type { EffectiveRules } from '../../core/rules';
import type { Session } from '../../core/schemas';
import { formatInstant } from '../../core/time';
import { t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { AftercareList } from '../shared/Aftercare';
import { assessContext } from '../shared/assess-context';
import { Disclaimer } from '../shared/Disclaimer';
import { FindingList } from '../shared/Findings';
import { StatusBlock } from '../shared/Status';
import { AftercareKept } from './AftercareKept';

export interface SavedProps {
  state: AppState;
  saved: Session[];
  now: () => number;
  tz: string;
  onDone: () => void;
}

/**
 * After saving: the findings to acknowledge, each area's status now (when it may next be rolled), the aftercare with its
 * countdowns, and an undo that removes exactly what was saved.
 */
export function Saved({ state, saved, now, tz, onDone }: SavedProps) {
  const nowMs = now();
  const undone = useSignal(false);
  const busy = useSignal(false);
  // The saved sessions as they are now in storage (acknowledgements update them).
  const current = saved.map((s) => state.sessions.value.find((x) => x.id === s.id) ?? s);
  const ctx = assessContext(state, tz);
  const rules = ctx.rules as EffectiveRules;
  const deviceKind = (s: Session) => state.rollers.value.find((r) => r.id === s.rollerId)?.kind ?? null;

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
  const aftercareOfFirst = first ? aftercareFor(first, nowMs, tz, deviceKind(first)) : [];
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
        {current.map((s) => (
          <li key={s.id}>
            <h3 class="status-area">{t(`area.${s.area}`)}</h3>
            <StatusBlock
              status={rollStatus(canRollNow(s.area, s.needleMm, s.rollerId, nowMs, ctx), s.needleMm)}
              needleMm={s.needleMm}
              nowMs={nowMs}
              tz={tz}
              rules={rules}
            />
          </li>
        ))}
      </ul>
      {first ? (
        <section aria-labelledby="aftercare-h">
          <h2 id="aftercare-h">{t('saved.aftercare')}</h2>
          <AftercareList items={aftercareOfFirst} nowMs={nowMs} tz={tz} withEffects />
          <AftercareKept state={state} sessions={current} items={aftercareOfFirst} now={now} tz={tz} />
        </section>
      ) : null}
      <div class="actions">
        <button type="button" class="primary" onClick={onDone}>
          {t('saved.done')}
        </button>
      </div>
      <Disclaimer />
    </section>
  );
}
