import { type BandId, bandById } from '../../core/bands';
import { isPrecheck } from '../../core/conditions';
import type { EffectiveRules, RuleId } from '../../core/rules';
import type { Finding } from '../../core/schemas';
import { parseInstant } from '../../core/time';
import { formatDate, type MessageKeyOf, t } from '../../i18n/i18n';
import { readableParams } from './format';
import { SourceRefs } from './SourceList';

/** The plain-language sentence of a finding. */
export function findingText(f: Finding, tz: string): string {
  const p = readableParams(f.params, tz);
  switch (f.code) {
    case 'contraindication':
    case 'ask-doctor':
      return t(`finding.${f.code}`, {
        condition: t(`condition.${String(f.params.condition)}` as MessageKeyOf<'condition.'>),
      });
    case 'isotretinoin':
      return f.params.until ? t('finding.isotretinoin', p) : t('finding.isotretinoinNow', p);
    case 'precheck': {
      const check = String(f.params.check);
      const label = isPrecheck(check) ? t(`precheck.${check}`) : check;
      return t(f.severity === 'block' ? 'finding.precheck.block' : 'finding.precheck.warn', { check: label });
    }
    case 'too-soon': {
      const parts = [t('finding.too-soon', p)];
      if (p.safeFrom) parts.push(t('finding.too-soon.safeFrom', p));
      if (f.params.extended === 1) parts.push(t('finding.too-soon.extended'));
      return parts.join(' ');
    }
    case 'recent-procedure':
      return f.params.until ? t('finding.recent-procedure', p) : t('finding.recent-procedureUndated', p);
    default:
      return t(`finding.${f.code}`, p);
  }
}

/** "Minimum days between sessions, over 0.25 to 0.5 mm: 7" */
export function ruleText(id: RuleId, rules: EffectiveRules): string {
  const value = rules[id].value;
  const m = /^(interval|interval-extended|weekly-cap)\.(.+)$/.exec(id);
  if (m) {
    const band = t(`band.${bandById(m[2] as BandId).id}`);
    return t(`rule.${m[1] as 'interval' | 'interval-extended' | 'weekly-cap'}`, { band, value });
  }
  return t(`rule.${id as Exclude<RuleId, `${string}.${BandId}`>}`, { value });
}

export interface FindingListProps {
  findings: readonly Finding[];
  rules: EffectiveRules;
  tz: string;
  /** When given, unacknowledged block and warn findings get an "I have read this" button. */
  onAcknowledge?: (index: number) => void;
}

export function FindingList({ findings, rules, tz, onAcknowledge }: FindingListProps) {
  if (findings.length === 0) return null;
  return (
    <ul class="findings" data-testid="findings">
      {findings.map((f, i) => (
        <li
          key={`${f.code}-${i}`}
          class={`finding ${f.severity}`}
          data-code={f.code}
          data-severity={f.severity}
        >
          <p>
            <strong>{t(`finding.severity.${f.severity}`)}:</strong> {findingText(f, tz)}
          </p>
          <p class="finding-meta">
            {f.rule ? (
              <span>
                {t('finding.rule')}: {ruleText(f.rule, rules)}
                {rules[f.rule].def.reading === 'proposal' ? ` (${t('finding.proposal')})` : ''}.{' '}
              </span>
            ) : null}
            <span>
              {t('finding.source')}: <SourceRefs ids={f.sources} />
            </span>
          </p>
          {f.severity !== 'info' && onAcknowledge ? (
            f.acknowledgedAt ? (
              <p class="muted">
                {t('saved.acknowledged', {
                  date: formatDate(parseInstant(f.acknowledgedAt), tz, 'datetime'),
                })}
              </p>
            ) : (
              <button type="button" onClick={() => onAcknowledge(i)}>
                {t('saved.acknowledge')}
              </button>
            )
          ) : null}
        </li>
      ))}
    </ul>
  );
}
