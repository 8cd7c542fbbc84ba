import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { AREAS, type Area, FORBIDDEN_AREAS } from '../../core/areas';
import { t } from '../../i18n/i18n';
import { NeverRollOver } from './AfterEffects';

/**
 * Checkboxes for the areas, the user's own first. The eyes and lips are listed as buttons that
 * explain why they can never be picked (reference, section 2: never roll over them).
 */
export function AreaPicker({
  selected,
  onChange,
  preferred,
  legend,
  hint,
}: {
  selected: readonly Area[];
  onChange: (areas: Area[]) => void;
  preferred: readonly Area[];
  legend: string;
  hint?: string;
}) {
  const showAll = useSignal(preferred.length === 0);
  const why = useSignal(false);
  const whyId = useId();
  const first = preferred.length > 0 ? preferred : AREAS;
  const rest = AREAS.filter((a) => !first.includes(a));
  const shown = showAll.value ? [...first, ...rest] : [...first, ...rest.filter((a) => selected.includes(a))];
  const toggle = (a: Area) =>
    onChange(selected.includes(a) ? selected.filter((x) => x !== a) : [...selected, a]);
  return (
    <fieldset class="area-picker">
      <legend>{legend}</legend>
      {hint ? <p class="muted small">{hint}</p> : null}
      <div class="chips">
        {shown.map((a) => (
          <label key={a} class={`chip ${selected.includes(a) ? 'on' : ''}`}>
            <input
              type="checkbox"
              name="area"
              value={a}
              checked={selected.includes(a)}
              onChange={() => toggle(a)}
            />
            {t(`area.${a}`)}
          </label>
        ))}
      </div>
      <div class="row">
        {!showAll.value && rest.length > 0 ? (
          <button type="button" class="link" onClick={() => (showAll.value = true)}>
            {t('areas.more')}
          </button>
        ) : null}
        <button
          type="button"
          class="link"
          aria-expanded={why.value}
          aria-controls={whyId}
          onClick={() => (why.value = !why.value)}
        >
          {t('log.forbiddenAreas')}
        </button>
      </div>
      {why.value ? (
        <div id={whyId} class="notice" role="note" data-testid="forbidden-why">
          <p>{FORBIDDEN_AREAS.map((a) => t(`area.${a}`)).join(', ')}</p>
          <p>{t('area.forbidden')}</p>
          <NeverRollOver />
        </div>
      ) : null}
    </fieldset>
  );
}
