import { useSignal } from '@preact/signals';
import { AREAS, type Area } from '../../core/areas';
import { type Bleeding, issuesOf, type Session, sessionInputSchema } from '../../core/schemas';
import { formatInstant, instantOfWall, parseInstant } from '../../core/time';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { FieldError, fieldErrors } from '../shared/FieldError';
import { NeedleBand } from '../shared/RollerFields';

/** Edit what was logged. The findings shown at logging time are kept as they were: they are history. */
export function SessionEditor({
  state,
  session,
  now,
  tz,
  onClose,
}: {
  state: AppState;
  session: Session;
  now: () => number;
  tz: string;
  onClose: () => void;
}) {
  const when = useSignal(formatInstant(parseInstant(session.when), tz).slice(0, 16));
  const area = useSignal<Area>(session.area);
  const needle = useSignal(String(session.needleMm));
  const bleeding = useSignal<Bleeding>(session.bleeding);
  const pain = useSignal(session.pain === undefined ? '' : String(session.pain));
  const products = useSignal(session.products.join(', '));
  const notes = useSignal(session.notes);
  const errors = useSignal<Record<string, string>>({});

  const save = async () => {
    const wall = parseInstant(`${when.value}:00Z`);
    const { pain: _p, ...rest } = session;
    const nowMs = now();
    const next: Session = {
      ...rest,
      when: Number.isNaN(wall) ? when.value : formatInstant(instantOfWall(wall, tz), tz),
      area: area.value,
      needleMm: Number(needle.value.replace(',', '.')),
      bleeding: bleeding.value,
      ...(pain.value.trim() === '' ? {} : { pain: Number(pain.value) }),
      products: products.value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
      notes: notes.value.trim(),
      updatedAt: formatInstant(nowMs, tz),
    };
    const r = sessionInputSchema(nowMs).safeParse(next);
    if (!r.success) {
      errors.value = fieldErrors(issuesOf(r.error));
      return;
    }
    await state.repo.putSessions([r.data], [session]);
    onClose();
  };

  return (
    <form
      class="card-form session-editor"
      noValidate
      aria-label={t('options.history.editTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div class="row">
        <label>
          {t('options.history.col.when')}
          <input
            type="datetime-local"
            value={when.value}
            aria-invalid={errors.value.when ? 'true' : undefined}
            aria-describedby="edit-err-when"
            onInput={(e) => (when.value = e.currentTarget.value)}
          />
        </label>
        <label>
          {t('options.history.col.area')}
          <select value={area.value} onChange={(e) => (area.value = e.currentTarget.value as Area)}>
            {AREAS.map((a) => (
              <option key={a} value={a}>
                {t(`area.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('log.needle')}
          <input
            inputMode="decimal"
            value={needle.value}
            aria-invalid={errors.value.needleMm ? 'true' : undefined}
            aria-describedby="edit-err-needle"
            onInput={(e) => (needle.value = e.currentTarget.value)}
          />
        </label>
        <label>
          {t('log.pain')}
          <input
            type="number"
            min={0}
            max={10}
            value={pain.value}
            aria-invalid={errors.value.pain ? 'true' : undefined}
            aria-describedby="edit-err-pain"
            onInput={(e) => (pain.value = e.currentTarget.value)}
          />
        </label>
      </div>
      <FieldError id="edit-err-when" message={errors.value.when} />
      <FieldError id="edit-err-needle" message={errors.value.needleMm} />
      <FieldError id="edit-err-pain" message={errors.value.pain} />
      <NeedleBand value={needle.value} />
      <fieldset>
        <legend>{t('log.bleeding')}</legend>
        {(['none', 'pinpoint', 'more'] as const).map((b) => (
          <label key={b} class="inline">
            <input
              type="radio"
              name={`bleeding-${session.id}`}
              checked={bleeding.value === b}
              onChange={() => (bleeding.value = b)}
            />{' '}
            {t(`log.bleeding.${b}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('log.products')}
        <input value={products.value} onInput={(e) => (products.value = e.currentTarget.value)} />
      </label>
      <label>
        {t('log.notes')}
        <textarea rows={2} value={notes.value} onInput={(e) => (notes.value = e.currentTarget.value)} />
      </label>
      <FieldError id="edit-err-notes" message={errors.value.notes} />
      <div class="actions">
        <button type="button" onClick={onClose}>
          {t('options.history.cancel')}
        </button>
        <button type="submit" class="primary">
          {t('options.history.save')}
        </button>
      </div>
    </form>
  );
}
