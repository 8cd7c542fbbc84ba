import { type BandId, bandById } from '../../core/bands';
import { isPrecheck } from '../../core/conditions';
import { PRODUCT_CONCERNS, type ProductConcern } from '../../core/products';
import type { EffectiveRules, RuleId } from '../../core/rules';
import type { Finding } from '../../core/schemas';
import { isExpectedEffect, isSeeDoctorEffect } from '../../core/side-effects';
import type { SourceId } from '../../core/sources';
import { parseInstant } from '../../core/time';
import { formatDate, type MessageKeyOf, t, tp } from '../../i18n/i18n';
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
      if (check === 'actives-48h' || check === 'redness-from-last-time')
        return t(`finding.precheck.${check}`, p);
      const label = isPrecheck(check) ? t(`precheck.${check}`) : check;
      return t('finding.precheck.block', { check: label });
    }
    case 'weekly-cap': {
      const parts = [tp('finding.weekly-cap', Number(f.params.cap))];
      if (p.safeFrom) parts.push(t('finding.weekly-cap.safeFrom', p));
      return parts.join(' ');
    }
    case 'product-active':
    case 'product-broken-skin':
      return t(`finding.${f.code}`, {
        product: String(f.params.product),
        matched: String(f.params.matched),
        concern: isConcern(String(f.params.concern))
          ? t(`concern.${String(f.params.concern) as ProductConcern}`)
          : '',
      });
    case 'safety-unanswered':
      return tp('finding.safety-unanswered', Number(f.params.count));
    case 'side-effect-see-doctor': {
      const effect = effectLabel(String(f.params.effect));
      return f.params.previous
        ? t('finding.side-effect-see-doctor.previous', { ...p, effect })
        : t('finding.side-effect-see-doctor', { effect: capitalise(effect) });
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

const isConcern = (x: string): x is ProductConcern => (PRODUCT_CONCERNS as readonly string[]).includes(x);

/** A recorded after-effect in words: one of the reference's, or the user's own text. */
export function effectLabel(id: string): string {
  return isSeeDoctorEffect(id) || isExpectedEffect(id) || id === 'long-redness' ? t(`effect.${id}`) : id;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** The one-line reasoning of a rule that is a proposal (no source gives its number), else null. */
export function ruleWhy(id: RuleId, rules: EffectiveRules): string | null {
  if (rules[id].def.reading !== 'proposal') return null;
  if (id.startsWith('interval-extended.')) return t('rule.why.interval-extended');
  if (id === 'wear.max-uses' || id === 'wear.max-days') return t('rule.why.wear');
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
