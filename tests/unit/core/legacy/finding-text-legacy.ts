// A frozen copy of findingText() as it was before the message table (src/ui/shared/finding-messages.ts),
// for the equivalence test. Not used by the extension.
import { isPrecheck } from '../../../../src/core/conditions';
import { PRODUCT_CONCERNS, type ProductConcern } from '../../../../src/core/products';
import type { Finding } from '../../../../src/core/schemas';
import { isExpectedEffect, isSeeDoctorEffect } from '../../../../src/core/side-effects';
import { type MessageKeyOf, t, tp } from '../../../../src/i18n/i18n';
import { readableParams } from '../../../../src/ui/shared/format';

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
function effectLabel(id: string): string {
  return isSeeDoctorEffect(id) || isExpectedEffect(id) || id === 'long-redness' ? t(`effect.${id}`) : id;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
