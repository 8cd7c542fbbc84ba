import { type RollStatus, statusTone } from '../../core/roll-status';
import type { EffectiveRules } from '../../core/rules';
import { formatDate, formatMm, t, tp } from '../../i18n/i18n';
import { findingText, RuleAndSource } from './Findings';
import { countdown } from './format';

/** The headline of a status, in the shared vocabulary (never "safe"). */
export function statusHeadline(
  status: RollStatus,
  needleMm: number | null,
  nowMs: number,
  tz: string,
): string {
  switch (status.kind) {
    case 'not-yet':
      return t('status.not-yet', {
        date: formatDate(status.untilMs ?? nowMs, tz, 'datetime'),
        countdown: countdown((status.untilMs ?? nowMs) - nowMs, nowMs),
      });
    case 'not-for-home':
      return t('status.not-for-home', { mm: needleMm === null ? '?' : formatMm(needleMm) });
    default:
      return t(`status.${status.kind}`);
  }
}

/**
 * A status with what decides it: the headline, then the first reason with its rule and source
 * (or, when possible, the rule that was checked), and how many more points there are.
 */
export function StatusBlock({
  status,
  needleMm,
  nowMs,
  tz,
  rules,
  maxReasons = 1,
  moreHint = true,
}: {
  status: RollStatus;
  needleMm: number | null;
  nowMs: number;
  tz: string;
  rules: EffectiveRules;
  maxReasons?: number;
  /** Point to "Can I roll now?" for the reasons not shown (off where they are listed below). */
  moreHint?: boolean;
}) {
  const tone = statusTone(status.kind);
  const shown = status.reasons.slice(0, maxReasons);
  const more = status.reasons.length - shown.length;
  return (
    <div class={`status-block ${tone}`} data-status={status.kind}>
      <strong class={`${tone}-text`}>{statusHeadline(status, needleMm, nowMs, tz)}</strong>
      {status.kind === 'not-for-home' && shown.length === 0 ? (
        <p class="status-reason">{t('status.not-for-home.more')}</p>
      ) : null}
      {status.kind === 'length-unknown' ? (
        <p class="status-reason">{t('status.length-unknown.more')}</p>
      ) : null}
      {status.kind === 'do-not-roll' ? <p class="status-reason">{t('status.seeDoctor')}</p> : null}
      {shown.map((f, i) => (
        <div class="status-reason" key={`${f.code}-${i}`} data-reason={f.code}>
          {/* The headline already says "answer the safety questions first". */}
          {status.kind === 'answer-first' && f.code === 'safety-unanswered' ? null : (
            <p>{findingText(f, tz)}</p>
          )}
          <RuleAndSource rule={f.rule} sources={f.sources} rules={rules} />
        </div>
      ))}
      {status.kind === 'possible' || (status.kind === 'not-yet' && shown.length === 0) ? (
        <div class="status-reason">
          {status.kind === 'possible' ? <p>{t('status.possible.more')}</p> : null}
          {status.rule ? (
            <RuleAndSource rule={status.rule} sources={rules[status.rule].def.sources} rules={rules} />
          ) : null}
        </div>
      ) : null}
      {more > 0 && moreHint ? <p class="muted small">{tp('status.moreReasons', more)}</p> : null}
    </div>
  );
}
