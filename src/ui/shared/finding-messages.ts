import { isPrecheck } from '../../core/conditions';
import type { FindingParamsByCode } from '../../core/findings';
import { PRODUCT_CONCERNS, type ProductConcern } from '../../core/products';
import type { FindingCode } from '../../core/schemas';
import { isExpectedEffect, isSeeDoctorEffect } from '../../core/side-effects';
import type { MessageKey } from '../../i18n/en';
import { type Params, type PluralKey, t, tp } from '../../i18n/i18n';

/**
 * How a finding code is said: by default its one key `finding.<code>` filled with the readable
 * params; the codes in `FINDING_MESSAGES` choose between keys, plural forms or labels. Either way:
 * the message keys it uses (checked in all four catalogues by the convention test, `plural` ones
 * with their `.one` / `.other` forms) and the sentence from its typed params. `readable` is the
 * same params as the user reads them: dates in their zone and locale, `mm` for a needle length.
 */
export interface FindingMessage<C extends FindingCode> {
  keys: readonly MessageKey[];
  plural?: readonly PluralKey[];
  text: (params: FindingParamsByCode[C], readable: Params) => string;
}

/** Findings said otherwise than by their one key `finding.<code>` with the readable params. */
type FindingMessages = { readonly [C in FindingCode]?: FindingMessage<C> };

const isConcern = (x: string): x is ProductConcern => (PRODUCT_CONCERNS as readonly string[]).includes(x);

/** A recorded after-effect in words: one of the reference's, or the user's own text. */
export function effectLabel(id: string): string {
  return isSeeDoctorEffect(id) || isExpectedEffect(id) || id === 'long-redness' ? t(`effect.${id}`) : id;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

const product = (key: 'finding.product-active' | 'finding.product-broken-skin') => ({
  keys: [key],
  text: (p: FindingParamsByCode['product-active']) =>
    t(key, {
      product: p.product,
      matched: p.matched,
      // Stored findings are history: an id this version does not know is left out.
      concern: isConcern(p.concern) ? t(`concern.${p.concern}`) : '',
    }),
});

export const FINDING_MESSAGES: FindingMessages = {
  contraindication: {
    keys: ['finding.contraindication'],
    text: (p) => t('finding.contraindication', { condition: t(`condition.${p.condition}`) }),
  },
  'ask-doctor': {
    keys: ['finding.ask-doctor'],
    text: (p) => t('finding.ask-doctor', { condition: t(`condition.${p.condition}`) }),
  },
  isotretinoin: {
    keys: ['finding.isotretinoin', 'finding.isotretinoinNow'],
    text: (p, r) => (p.until ? t('finding.isotretinoin', r) : t('finding.isotretinoinNow', r)),
  },
  'recent-procedure': {
    keys: ['finding.recent-procedure', 'finding.recent-procedureUndated'],
    text: (p, r) => (p.until ? t('finding.recent-procedure', r) : t('finding.recent-procedureUndated', r)),
  },
  precheck: {
    keys: [
      'finding.precheck.block',
      'finding.precheck.actives-48h',
      'finding.precheck.redness-from-last-time',
    ],
    text: (p, r) => {
      if (p.check === 'actives-48h' || p.check === 'redness-from-last-time')
        return t(`finding.precheck.${p.check}`, r);
      return t('finding.precheck.block', { check: isPrecheck(p.check) ? t(`precheck.${p.check}`) : p.check });
    },
  },
  'too-soon': {
    keys: ['finding.too-soon', 'finding.too-soon.safeFrom', 'finding.too-soon.extended'],
    text: (p, r) => {
      const parts = [t('finding.too-soon', r)];
      if (r.safeFrom) parts.push(t('finding.too-soon.safeFrom', r));
      if (p.extended) parts.push(t('finding.too-soon.extended'));
      return parts.join(' ');
    },
  },
  'weekly-cap': {
    keys: ['finding.weekly-cap.safeFrom'],
    plural: ['finding.weekly-cap'],
    text: (p, r) => {
      const parts = [tp('finding.weekly-cap', p.cap)];
      if (r.safeFrom) parts.push(t('finding.weekly-cap.safeFrom', r));
      return parts.join(' ');
    },
  },
  'safety-unanswered': {
    keys: [],
    plural: ['finding.safety-unanswered'],
    text: (p) => tp('finding.safety-unanswered', p.count),
  },
  'side-effect-see-doctor': {
    keys: ['finding.side-effect-see-doctor', 'finding.side-effect-see-doctor.previous'],
    text: (p, r) => {
      const effect = effectLabel(p.effect);
      return p.previous
        ? t('finding.side-effect-see-doctor.previous', { ...r, effect })
        : t('finding.side-effect-see-doctor', { effect: capitalise(effect) });
    },
  },
  'product-active': product('finding.product-active'),
  'product-broken-skin': product('finding.product-broken-skin'),
};

/** How a finding code is said: its entry in `FINDING_MESSAGES`, else its one key `finding.<code>`. */
export function messageOf<C extends FindingCode>(code: C): FindingMessage<C> {
  const special = FINDING_MESSAGES[code] as FindingMessage<C> | undefined;
  if (special) return special;
  // The key's presence in all four catalogues is the convention test's to check.
  const key = `finding.${code}` as MessageKey;
  return { keys: [key], text: (_, readable) => t(key, readable) };
}
