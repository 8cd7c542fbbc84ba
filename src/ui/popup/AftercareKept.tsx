import type { AftercareId, AftercareItem } from '../../core/aftercare';
import type { Session } from '../../core/schemas';
import { formatInstant } from '../../core/time';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';

/**
 * "Which aftercare did you keep?": an optional tick list after saving, stored on the sessions
 * (for the dermatologist's report). Nothing ticked and never touched stays "not said".
 */
export function AftercareKept({
  state,
  sessions,
  items,
  now,
  tz,
}: {
  state: AppState;
  sessions: readonly Session[];
  items: readonly AftercareItem[];
  now: () => number;
  tz: string;
}) {
  const first = sessions[0];
  if (!first) return null;
  const kept = new Set(first.aftercareKept ?? []);
  const toggle = async (id: AftercareId, on: boolean) => {
    const next = items.map((i) => i.id).filter((x) => (x === id ? on : kept.has(x)));
    const at = formatInstant(now(), tz);
    await state.repo.putSessions(
      sessions.map((s) => ({ ...s, aftercareKept: next, updatedAt: at })),
      [...sessions],
    );
  };
  return (
    <fieldset class="aftercare-kept" data-testid="aftercare-kept">
      <legend>{t('saved.aftercareKept')}</legend>
      {items.map((item) => (
        <label key={item.id} class="check-q">
          <input
            type="checkbox"
            name="aftercareKept"
            value={item.id}
            checked={kept.has(item.id)}
            onChange={(e) => void toggle(item.id, e.currentTarget.checked)}
          />{' '}
          {t(`aftercare.${item.id}`)}
        </label>
      ))}
    </fieldset>
  );
}
