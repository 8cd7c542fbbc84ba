import { type Signal, useSignal } from '@preact/signals';
import type { Bleeding, Session } from '../../core/schemas';
import {
  EXPECTED_EFFECT_IDS,
  isExpectedEffect,
  isSeeDoctorEffect,
  SEE_DOCTOR_EFFECT_IDS,
  type SideEffectId,
} from '../../core/side-effects';
import { t } from '../../i18n/i18n';
import { FieldError } from './FieldError';

export interface SessionDetailSignals {
  /** '' while not recorded (never read as "none"). */
  bleeding: Signal<Bleeding | ''>;
  pain: Signal<string>;
  /** Hours of redness as typed by the choice ('' when not recorded). */
  redness: Signal<string>;
  /** Side effects from the reference's lists, by id. */
  effects: Signal<SideEffectId[]>;
  /** Other side effects in the user's words, comma-separated. */
  otherEffects: Signal<string>;
  products: Signal<string>;
  productsBefore: Signal<string>;
  notes: Signal<string>;
}

/** The redness choices, in hours; over 48 h lengthens the next gap, over 72 h means "see a doctor". */
const REDNESS_CHOICES = [
  { hours: 0, key: 'redness.none' },
  { hours: 24, key: 'redness.upTo24' },
  { hours: 48, key: 'redness.upTo48' },
  { hours: 72, key: 'redness.upTo72' },
  { hours: 96, key: 'redness.over72' },
] as const;

const isListed = (x: string): x is SideEffectId => isExpectedEffect(x) || isSeeDoctorEffect(x);

/** The optional details of a session as form state, from a session being edited or empty. */
export function useSessionDetails(from?: Session): SessionDetailSignals {
  return {
    bleeding: useSignal<Bleeding | ''>(from?.bleeding ?? ''),
    pain: useSignal(from?.pain === undefined ? '' : String(from.pain)),
    redness: useSignal(from?.rednessHours === undefined ? '' : String(from.rednessHours)),
    effects: useSignal<SideEffectId[]>((from?.sideEffects ?? []).filter(isListed)),
    otherEffects: useSignal((from?.sideEffects ?? []).filter((x) => !isListed(x)).join(', ')),
    products: useSignal(from?.products.join(', ') ?? ''),
    productsBefore: useSignal(from?.productsBefore?.join(', ') ?? ''),
    notes: useSignal(from?.notes ?? ''),
  };
}

/** The typed details as session fields (validated later with the session schema). */
export function sessionDetails(d: SessionDetailSignals): Pick<
  Session,
  'bleeding' | 'products' | 'notes' | 'sideEffects'
> & {
  pain?: number;
  rednessHours?: number;
  productsBefore?: string[];
} {
  const before = splitList(d.productsBefore.value);
  return {
    ...(d.bleeding.value === '' ? {} : { bleeding: d.bleeding.value }),
    ...(d.pain.value.trim() === '' ? {} : { pain: Number(d.pain.value) }),
    ...(d.redness.value === '' ? {} : { rednessHours: Number(d.redness.value) }),
    sideEffects: [...d.effects.value, ...splitList(d.otherEffects.value)],
    products: splitList(d.products.value),
    // Absent when none: an empty list is never stored (the CSV round trip stays exact).
    ...(before.length > 0 ? { productsBefore: before } : {}),
    notes: d.notes.value.trim(),
  };
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

function EffectChoices({ ids, effects }: { ids: readonly SideEffectId[]; effects: Signal<SideEffectId[]> }) {
  return (
    <>
      {ids.map((id) => (
        <label key={id} class="check-q">
          <input
            type="checkbox"
            name="sideEffect"
            value={id}
            checked={effects.value.includes(id)}
            onChange={(e) =>
              (effects.value = e.currentTarget.checked
                ? [...effects.value, id]
                : effects.value.filter((x) => x !== id))
            }
          />{' '}
          {t(`effect.${id}`)}
        </label>
      ))}
    </>
  );
}

/**
 * Bleeding, redness, side effects, pain, products and notes, with their messages; shared by
 * logging and editing. Redness over 48 hours lengthens the next gap; a "see a doctor" effect
 * or redness over 3 days is a stop (reference, section 3).
 */
export function SessionDetailsFields({
  details,
  errors,
  idPrefix,
  knownProducts = [],
}: {
  details: SessionDetailSignals;
  errors: Record<string, string>;
  idPrefix: string;
  /** Products logged before, suggested as the user types. */
  knownProducts?: readonly string[];
}) {
  const { bleeding, pain, redness, effects, otherEffects, products, productsBefore, notes } = details;
  const listId = `${idPrefix}-known-products`;
  const custom = redness.value !== '' && !REDNESS_CHOICES.some((c) => String(c.hours) === redness.value);
  return (
    <>
      <fieldset>
        <legend>{t('log.bleeding')}</legend>
        {(['', 'none', 'pinpoint', 'more'] as const).map((b) => (
          <label key={b} class="inline">
            <input
              type="radio"
              name={`${idPrefix}-bleeding`}
              checked={bleeding.value === b}
              onChange={() => (bleeding.value = b)}
            />{' '}
            {t(`log.bleeding.${b || 'unrecorded'}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('redness.legend')}
        <select
          name="rednessHours"
          value={redness.value}
          onChange={(e) => (redness.value = e.currentTarget.value)}
        >
          <option value="">{t('redness.unknown')}</option>
          {REDNESS_CHOICES.map((c) => (
            <option key={c.hours} value={String(c.hours)}>
              {t(c.key)}
            </option>
          ))}
          {custom ? (
            <option value={redness.value}>{t('redness.hours', { hours: redness.value })}</option>
          ) : null}
        </select>
      </label>
      <FieldError id={`${idPrefix}-err-rednessHours`} message={errors.rednessHours} />
      <fieldset class="effects">
        <legend>{t('effects.legend')}</legend>
        <p class="small muted">{t('effects.expected')}</p>
        <EffectChoices ids={EXPECTED_EFFECT_IDS} effects={effects} />
        <p class="small warning">{t('effects.seeDoctor')}</p>
        <EffectChoices ids={SEE_DOCTOR_EFFECT_IDS} effects={effects} />
        <label>
          {t('effects.other')}
          <input
            name="otherEffects"
            value={otherEffects.value}
            onInput={(e) => (otherEffects.value = e.currentTarget.value)}
          />
        </label>
        <FieldError id={`${idPrefix}-err-sideEffects`} message={errors.sideEffects} />
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
      <datalist id={listId}>
        {knownProducts.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <label>
        {t('log.productsBefore')}
        <input
          name="productsBefore"
          list={listId}
          value={productsBefore.value}
          onInput={(e) => (productsBefore.value = e.currentTarget.value)}
        />
      </label>
      <FieldError id={`${idPrefix}-err-productsBefore`} message={errors.productsBefore} />
      <label>
        {t('log.productsAfter')}
        <input
          name="products"
          list={listId}
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
