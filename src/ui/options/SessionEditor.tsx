import { useSignal } from '@preact/signals';
import { AREAS, type Area } from '../../core/areas';
import { issuesOf, type Session, sessionInputSchema } from '../../core/schemas';
import { formatInstant, instantOfWall, parseInstant } from '../../core/time';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { FieldError, fieldErrors } from '../shared/FieldError';
import { NeedleBand } from '../shared/RollerFields';
import { SessionDetailsFields, sessionDetails, useSessionDetails } from '../shared/SessionDetails';
import { writeFailureText } from '../shared/write-failure';
import '../../i18n/packs/options';

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
  const details = useSessionDetails(session);
  const errors = useSignal<Record<string, string>>({});
  const failure = useSignal<string | null>(null);

  const save = async () => {
    const wall = parseInstant(`${when.value}:00Z`);
    // The details' optional fields come from the form alone (one set back to "not recorded" is dropped).
    const { bleeding: _bl, pain: _p, rednessHours: _r, productsBefore: _b, ...rest } = session;
    const nowMs = now();
    const next: Session = {
      ...rest,
      when: Number.isNaN(wall) ? when.value : formatInstant(instantOfWall(wall, tz), tz),
      area: area.value,
      needleMm: Number(needle.value.replace(',', '.')),
      ...sessionDetails(details),
      updatedAt: formatInstant(nowMs, tz),
    };
    const r = sessionInputSchema(nowMs).safeParse(next);
    if (!r.success) {
      errors.value = fieldErrors(issuesOf(r.error));
      return;
    }
    try {
      await state.repo.putSessions([r.data], [session]);
    } catch (e) {
      // The form stays open with what was typed; nothing was written.
      failure.value = writeFailureText(e);
      return;
    }
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
      </div>
      <FieldError id="edit-err-when" message={errors.value.when} />
      <FieldError id="edit-err-needle" message={errors.value.needleMm} />
      <NeedleBand value={needle.value} />
      <SessionDetailsFields
        details={details}
        errors={errors.value}
        idPrefix={`edit-${session.id}`}
        knownProducts={state.settings.value.products.map((p) => p.name)}
      />
      {failure.value ? (
        <p class="notice error" role="alert" data-testid="edit-failed">
          {failure.value}
        </p>
      ) : null}
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
