import { type Signal, useSignal } from '@preact/signals';
import type { Bleeding, Session } from '../../core/schemas';
import { t } from '../../i18n/i18n';
import { FieldError } from './FieldError';

export interface SessionDetailSignals {
  bleeding: Signal<Bleeding>;
  pain: Signal<string>;
  products: Signal<string>;
  notes: Signal<string>;
}

/** The optional details of a session as form state, from a session being edited or empty. */
export function useSessionDetails(from?: Session): SessionDetailSignals {
  return {
    bleeding: useSignal<Bleeding>(from?.bleeding ?? 'none'),
    pain: useSignal(from?.pain === undefined ? '' : String(from.pain)),
    products: useSignal(from?.products.join(', ') ?? ''),
    notes: useSignal(from?.notes ?? ''),
  };
}

/** The typed details as session fields (validated later with the session schema). */
export function sessionDetails(
  d: SessionDetailSignals,
): Pick<Session, 'bleeding' | 'products' | 'notes'> & { pain?: number } {
  return {
    bleeding: d.bleeding.value,
    ...(d.pain.value.trim() === '' ? {} : { pain: Number(d.pain.value) }),
    products: d.products.value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    notes: d.notes.value.trim(),
  };
}

/** Bleeding, pain, products and notes, with their messages; shared by logging and editing. */
export function SessionDetailsFields({
  details,
  errors,
  idPrefix,
}: {
  details: SessionDetailSignals;
  errors: Record<string, string>;
  idPrefix: string;
}) {
  const { bleeding, pain, products, notes } = details;
  return (
    <>
      <fieldset>
        <legend>{t('log.bleeding')}</legend>
        {(['none', 'pinpoint', 'more'] as const).map((b) => (
          <label key={b} class="inline">
            <input
              type="radio"
              name={`${idPrefix}-bleeding`}
              checked={bleeding.value === b}
              onChange={() => (bleeding.value = b)}
            />{' '}
            {t(`log.bleeding.${b}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('log.pain')}
        <input
          name="pain"
          type="number"
          min={0}
          max={10}
          step={1}
          value={pain.value}
          aria-invalid={errors.pain ? 'true' : undefined}
          aria-describedby={`${idPrefix}-err-pain`}
          onInput={(e) => (pain.value = e.currentTarget.value)}
        />
      </label>
      <FieldError id={`${idPrefix}-err-pain`} message={errors.pain} />
      <label>
        {t('log.products')}
        <input
          name="products"
          value={products.value}
          onInput={(e) => (products.value = e.currentTarget.value)}
        />
      </label>
      <FieldError id={`${idPrefix}-err-products`} message={errors.products} />
      <label>
        {t('log.notes')}
        <textarea
          name="notes"
          rows={2}
          maxLength={2000}
          value={notes.value}
          onInput={(e) => (notes.value = e.currentTarget.value)}
        />
      </label>
      <FieldError id={`${idPrefix}-err-notes`} message={errors.notes} />
    </>
  );
}
