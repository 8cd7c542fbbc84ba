import { useSignal } from '@preact/signals';
import type { Area } from '../../core/areas';
import { canRollNow } from '../../core/assess';
import { PRECHECK_IDS, type PrecheckId } from '../../core/conditions';
import { usualRoller } from '../../core/status';
import { formatDate, formatMm, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { assessContext } from '../shared/assess-context';
import { FindingList } from '../shared/Findings';
import { countdown } from '../shared/format';

/**
 * "Can I roll now?": for one area and roller, the spacing rules, the profile, and a short check of
 * how the skin is right now (reference, section 2). A clear yes, not yet (until when), or no.
 */
export function Check({
  state,
  nowMs,
  tz,
  onBack,
}: {
  state: AppState;
  nowMs: number;
  tz: string;
  onBack: () => void;
}) {
  const sessions = state.sessions.value;
  const rollers = state.rollers.value.filter((r) => !r.retired);
  const usual = usualRoller(rollers, sessions);
  const areasOffered: Area[] = [
    ...new Set<Area>([...state.profile.value.areas, ...sessions.map((s) => s.area)]),
  ];
  const area = useSignal<Area>(sessions[sessions.length - 1]?.area ?? areasOffered[0] ?? 'cheeks');
  const rollerId = useSignal(usual?.id ?? '');
  const pre = useSignal<Partial<Record<PrecheckId, boolean>>>({});

  const roller = rollers.find((r) => r.id === rollerId.value) ?? null;
  const needleMm = roller?.needleMm ?? usual?.needleMm ?? 0.25;
  const ctx = { ...assessContext(state, tz), precheck: pre.value };
  const answer = canRollNow(area.value, needleMm, roller?.id ?? null, nowMs, ctx);
  const blocked = answer.findings.some((f) => f.severity === 'block');

  return (
    <section class="view check" aria-labelledby="check-h">
      <h1 id="check-h">{t('check.title')}</h1>
      <div class="row">
        <label>
          {t('check.area')}
          <select value={area.value} onChange={(e) => (area.value = e.currentTarget.value as Area)}>
            {(areasOffered.length > 0 ? areasOffered : (['cheeks'] as Area[])).map((a) => (
              <option key={a} value={a}>
                {t(`area.${a}`)}
              </option>
            ))}
          </select>
        </label>
        {rollers.length > 0 ? (
          <label>
            {t('check.roller')}
            <select value={rollerId.value} onChange={(e) => (rollerId.value = e.currentTarget.value)}>
              {rollers.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} ({formatMm(r.needleMm)})
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <fieldset>
        <legend>{t('check.questions')}</legend>
        {PRECHECK_IDS.map((id) => (
          <label key={id} class="check-q">
            <input
              type="checkbox"
              name={id}
              checked={!!pre.value[id]}
              onChange={(e) => (pre.value = { ...pre.value, [id]: e.currentTarget.checked })}
            />{' '}
            {t(`precheck.${id}`)}
          </label>
        ))}
      </fieldset>
      <div
        class={`answer ${answer.answer}`}
        role="status"
        aria-live="polite"
        data-testid="answer"
        data-answer={answer.answer}
      >
        {answer.answer === 'yes' ? (
          <p>
            <strong>{t('check.yes')}</strong>
            {answer.findings.some((f) => f.severity === 'warn') ? ` ${t('check.readWarnings')}` : ''}
          </p>
        ) : answer.answer === 'not-yet' ? (
          <p>
            <strong>
              {t('check.notYet', {
                date: formatDate(answer.untilMs, tz, 'datetime'),
                countdown: countdown(answer.untilMs - nowMs),
              })}
            </strong>
          </p>
        ) : (
          <p>
            <strong>{t('check.no')}</strong> {blocked ? t('check.seeDoctor') : null}
          </p>
        )}
      </div>
      <FindingList findings={answer.findings} rules={ctx.rules!} tz={tz} />
      <div class="actions">
        <button type="button" onClick={onBack}>
          {t('popup.back')}
        </button>
      </div>
    </section>
  );
}
