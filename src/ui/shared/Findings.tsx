import { readFinding, storedFinding, type TypedFinding } from '../../core/findings';
import type { EffectiveRules, RuleId } from '../../core/rules';
import type { Finding } from '../../core/schemas';
import type { SourceId } from '../../core/sources';
import { parseInstant } from '../../core/time';
import { formatDate, t } from '../../i18n/i18n';
import { messageOf } from './finding-messages';
import { readableParams } from './format';
import { SourceRefs } from './SourceList';

export { effectLabel } from './finding-messages';

/** The plain-language sentence of a finding, typed or as stored. */
export function findingText(stored: Finding | TypedFinding, tz: string): string {
  const f = readFinding(stored);
  return messageOf(f.code).text(f.params, readableParams(storedFinding(f).params, tz));
}

/** The one-line reasoning of a rule that is a proposal (no source gives its number), else null. */
export function ruleWhy(id: RuleId, rules: EffectiveRules): string | null {
  const { def } = rules[id];
  if (def.reading !== 'proposal') return null;
  if (def.kind === 'interval-extended') return t('rule.why.interval-extended');
  if (def.kind === 'wear.max-uses' || def.kind === 'wear.max-days') return t('rule.why.wear');
  switch (id) {
    case 'interval.cosmetic':
    case 'interval.caution':
    case 'interval.not-for-home':
    case 'interval.do-not-use':
    case 'weekly-cap.cosmetic':
    case 'actives.hours':
    case 'procedure.days':
      return t(`rule.why.${id}`);
    default:
      return null;
  }
}

/** "Rule: ... (a proposal: why). Source: ..." for a finding or a status. */
export function RuleAndSource({
  rule,
  sources,
  rules,
}: {
  rule?: RuleId | undefined;
  sources: readonly SourceId[];
  rules: EffectiveRules;
}) {
  const why = rule ? ruleWhy(rule, rules) : null;
  return (
    <p class="finding-meta">
      {rule ? (
        <span>
          {t('finding.rule')}: {ruleText(rule, rules)}
          {why ? ` (${t('finding.proposal')}: ${why})` : ''}.{' '}
        </span>
      ) : null}
      <span>
        {t('finding.source')}: <SourceRefs ids={sources} />
      </span>
    </p>
  );
}

/** "Minimum days between sessions, over 0.25 to 0.5 mm: 7" */
export function ruleText(id: RuleId, rules: EffectiveRules): string {
  const { def, value } = rules[id];
  if (def.kind === 'interval' || def.kind === 'interval-extended' || def.kind === 'weekly-cap')
    return t(`rule.${def.kind}`, { band: def.band ? t(`band.${def.band}`) : '', value });
  return t(`rule.${def.kind}`, { value });
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
          <RuleAndSource rule={f.rule} sources={f.sources} rules={rules} />
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
