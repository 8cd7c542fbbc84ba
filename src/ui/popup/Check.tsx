import { useSignal } from '@preact/signals';
import type { Area } from '../../core/areas';
import { canRollNow } from '../../core/assess';
import { bandOf } from '../../core/bands';
import { PRECHECK_IDS, type PrecheckId } from '../../core/conditions';
import { rollStatus, statusTone } from '../../core/roll-status';
import type { EffectiveRules } from '../../core/rules';
import { areaRoller } from '../../core/status';
import { formatMm, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { NeverRollOver } from '../shared/AfterEffects';
import { assessContext } from '../shared/assess-context';
import { Disclaimer } from '../shared/Disclaimer';
import { FindingList } from '../shared/Findings';
import { NeedleBand, typedNeedleMm } from '../shared/RollerFields';
import { StatusBlock } from '../shared/Status';

/**
 * "Can I roll now?": for one area and roller, the spacing rules, the profile, and a short check of
 * how the skin is right now (reference, section 2), answered in the shared status vocabulary:
 * never "yes" while something ticked or a warning applies.
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
  const areasOffered: Area[] = [
    ...new Set<Area>([...state.profile.value.areas, ...sessions.map((s) => s.area)]),
  ];
  const area = useSignal<Area>(sessions[sessions.length - 1]?.area ?? areasOffered[0] ?? 'cheeks');
  // The area's own roller (the one its status was computed with) until the user picks one.
  const rollerId = useSignal(areaRoller(area.value, state.rollers.value, sessions)?.id ?? '');
  const rollerPicked = useSignal(false);
  /**
   * The depth a pen is set to, as the area's status reads it: the area's last session with this
   * pen, else the pen's own length (as the log form offers it); '' for a roller or none.
   */
  const penDepth = (a: Area, id: string): string => {
    const pen = rollers.find((r) => r.id === id && r.kind === 'pen');
    if (!pen) return '';
    return String(sessions.findLast((s) => s.area === a && s.rollerId === id)?.needleMm ?? pen.needleMm);
  };
  const needle = useSignal(penDepth(area.value, rollerId.value));
  const needleTyped = useSignal(false);
  const pre = useSignal<Partial<Record<PrecheckId, boolean>>>({});
  // The quick check is questions: nothing ticked is not "none applies" until the user says so.
  const noneApplies = useSignal(false);

  const roller = rollers.find((r) => r.id === rollerId.value) ?? null;
  // No roller chosen: the length must be typed; none is ever assumed. A pen's depth is typed too
  // (a pen is set to a depth per session, as in the log form).
  const lengthTyped = !roller || roller.kind === 'pen';
  const typed = typedNeedleMm(needle.value);
  const needleMm = roller && !lengthTyped ? roller.needleMm : bandOf(typed) ? typed : null;
  const ctx = { ...assessContext(state, tz), precheck: pre.value };
  // With no known length the contraindications and the quick check still count (NaN matches no band).
  const answer = canRollNow(area.value, needleMm ?? Number.NaN, roller?.id ?? null, nowMs, ctx);
  const status = rollStatus(answer, needleMm);
  const rules = ctx.rules as EffectiveRules;
  // An answer that says a session is possible waits for the quick check; a stop or a wait does not.
  const checkFirst =
    !noneApplies.value &&
    !PRECHECK_IDS.some((id) => pre.value[id]) &&
    (status.kind === 'possible' || status.kind === 'warned');

  return (
    <section class="view check" aria-labelledby="check-h">
      <h1 id="check-h">{t('check.title')}</h1>
      <div class="row">
        <label>
          {t('check.area')}
          <select
            value={area.value}
            onChange={(e) => {
              area.value = e.currentTarget.value as Area;
              // The quick check is about this area: another area is asked again.
              pre.value = {};
              noneApplies.value = false;
              if (!rollerPicked.value)
                rollerId.value = areaRoller(area.value, state.rollers.value, sessions)?.id ?? '';
              if (!needleTyped.value) needle.value = penDepth(area.value, rollerId.value);
            }}
          >
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
            <select
              value={rollerId.value}
              onChange={(e) => {
                rollerId.value = e.currentTarget.value;
                rollerPicked.value = true;
                if (!needleTyped.value) needle.value = penDepth(area.value, rollerId.value);
              }}
            >
              {rollers.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} ({formatMm(r.needleMm)})
                </option>
              ))}
              <option value="">{t('log.noRoller')}</option>
            </select>
          </label>
        ) : null}
      </div>
      {lengthTyped ? (
        <>
          <label>
            {roller ? t('log.depth') : t('log.needle')}
            <input
              name="needleMm"
              inputMode="decimal"
              value={needle.value}
              aria-describedby="check-needle-hint"
              onInput={(e) => {
                needle.value = e.currentTarget.value;
                needleTyped.value = true;
              }}
            />
          </label>
          {needleMm === null ? (
            <p id="check-needle-hint" class="muted small">
              {t('check.needleRequired')}
            </p>
          ) : null}
          <NeedleBand value={needle.value} />
        </>
      ) : null}
      <fieldset>
        <legend>{t('check.questions')}</legend>
        {PRECHECK_IDS.map((id) => (
          <label key={id} class="check-q">
            <input
              type="checkbox"
              name={id}
              checked={!!pre.value[id]}
              onChange={(e) => {
                pre.value = { ...pre.value, [id]: e.currentTarget.checked };
                if (e.currentTarget.checked) noneApplies.value = false;
              }}
            />{' '}
            {t(`precheck.${id}`)}
          </label>
        ))}
        <label class="check-q">
          <input
            type="checkbox"
            name="none-applies"
            checked={noneApplies.value}
            onChange={(e) => {
              noneApplies.value = e.currentTarget.checked;
              if (e.currentTarget.checked) pre.value = {};
            }}
          />{' '}
          {t('check.noneApplies')}
        </label>
      </fieldset>
      <div
        class={`answer ${checkFirst ? 'warn' : statusTone(status.kind)}`}
        role="status"
        aria-live="polite"
        data-testid="answer"
        data-answer={checkFirst ? 'check-first' : needleMm === null ? 'unknown' : answer.answer}
        data-status={checkFirst ? 'check-first' : status.kind}
      >
        {checkFirst ? (
          <p class="strong">{t('check.answerFirst')}</p>
        ) : (
          <StatusBlock
            status={status}
            needleMm={needleMm}
            nowMs={nowMs}
            tz={tz}
            rules={rules}
            maxReasons={0}
            moreHint={false}
          />
        )}
      </div>
      <FindingList findings={answer.findings} rules={rules} tz={tz} />
      <NeverRollOver />
      <div class="actions">
        <button type="button" onClick={onBack}>
          {t('popup.back')}
        </button>
      </div>
      <Disclaimer />
    </section>
  );
}
