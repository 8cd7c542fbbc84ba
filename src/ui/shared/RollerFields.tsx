import type { Signal } from '@preact/signals';
import { type Band, bandOf } from '../../core/bands';
import type { RollerKind } from '../../core/schemas';
import { t } from '../../i18n/i18n';
import { errorsAfterEdit, FieldError } from './FieldError';
import { SourceRefs } from './SourceList';

export interface RollerDraft {
  name: string;
  kind: RollerKind;
  needleMm: string;
  firstUse: string;
}

/** The home-use verdict of a band, in the reference's words (professional and do-not-use apart). */
export function verdictKey(band: Band) {
  return band.id === 'professional' || band.id === 'do-not-use'
    ? (`verdict.${band.id}` as const)
    : (`verdict.${band.verdict}` as const);
}

/**
 * The needle length a form's field holds, in mm: NaN when it is blank (a length the user has not
 * given is never assumed; the schema then asks for one). A decimal comma is read as a point.
 */
export function typedNeedleMm(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
}

/**
 * The form's errors, with the blank first-use day named as such: the day is never assumed (today
 * would be the newest, most reassuring answer, and a replacement reminder would then come late).
 */
export function rollerFormErrors(errors: Record<string, string>, draft: RollerDraft): Record<string, string> {
  return draft.firstUse.trim() === '' && errors.firstUse
    ? { ...errors, firstUse: 'errors.firstUse.missing' }
    : errors;
}

/** Live band and warning for a typed needle length (reference, section 1). */
export function NeedleBand({ value }: { value: string }) {
  const mm = Number(value.replace(',', '.'));
  const band = value.trim() === '' ? null : bandOf(mm);
  if (!band) return null;
  return (
    <div class={`band band-${band.id}`} role="status" data-testid="needle-band">
      <p>{t('roller.bandLive', { band: t(`band.${band.id}`), verdict: t(verdictKey(band)) })}</p>
      {mm >= 1 ? (
        <p class="warning strong">{t('roller.warnOver10')}</p>
      ) : mm > 0.5 ? (
        <p class="warning strong">{t('roller.warnOver05')}</p>
      ) : null}
    </div>
  );
}

/** Name, kind, needle length (with its band as you type) and first use of a roller. */
export function RollerFields({
  draft,
  errors: errorsSignal,
}: {
  draft: Signal<RollerDraft>;
  /** The form's messages by field: a field's message goes once it is edited (checked again on Next or Save). */
  errors: Signal<Record<string, string>>;
}) {
  const set = (patch: Partial<RollerDraft>) => {
    draft.value = { ...draft.value, ...patch };
    errorsSignal.value = errorsAfterEdit(errorsSignal.value, patch);
  };
  const errors = errorsSignal.value;
  const d = draft.value;
  return (
    <div class="fields">
      <label>
        {t('roller.name')}
        <input
          name="name"
          value={d.name}
          placeholder={t('roller.namePlaceholder')}
          maxLength={80}
          aria-invalid={errors.name ? 'true' : undefined}
          aria-describedby={errors.name ? 'err-name' : undefined}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
      </label>
      <FieldError id="err-name" message={errors.name} />
      <fieldset>
        <legend>{t('roller.kind')}</legend>
        {(['roller', 'stamp', 'pen'] as const).map((k) => (
          <label key={k} class="inline">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={d.kind === k}
              onChange={() => set({ kind: k })}
            />{' '}
            {t(`roller.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('roller.needleMm')}
        <input
          name="needleMm"
          inputMode="decimal"
          value={d.needleMm}
          aria-invalid={errors.needleMm ? 'true' : undefined}
          aria-describedby="err-needleMm needle-band-live"
          onInput={(e) => set({ needleMm: e.currentTarget.value })}
        />
      </label>
      <FieldError id="err-needleMm" message={errors.needleMm} />
      <div id="needle-band-live" aria-live="polite">
        <NeedleBand value={d.needleMm} />
      </div>
      <label>
        {t('roller.firstUse')}
        <input
          type="date"
          name="firstUse"
          value={d.firstUse}
          aria-invalid={errors.firstUse ? 'true' : undefined}
          aria-describedby={errors.firstUse ? 'err-firstUse firstUse-hint' : 'firstUse-hint'}
          onInput={(e) => set({ firstUse: e.currentTarget.value })}
        />
      </label>
      <FieldError id="err-firstUse" message={errors.firstUse} />
      <p class="muted small" id="firstUse-hint">
        {t('roller.firstUse.hint')}
      </p>
      <p class="muted small" data-testid="rf-never">
        {t('rf.never')} <SourceRefs ids={['fda-rf-2024']} />
      </p>
    </div>
  );
}
