import { useSignal } from '@preact/signals';
import type { Area } from '../../core/areas';
import { CONDITIONS, type ConditionDef, type ConditionId } from '../../core/conditions';
import { type ConditionAnswer, issuesOf, type Profile, profileSchema } from '../../core/schemas';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { AreaPicker } from '../shared/AreaPicker';
import { FieldError, fieldErrors } from '../shared/FieldError';
import { SourceRefs } from '../shared/SourceList';
import { showToast } from '../shared/Toast';

function ConditionRow({
  def,
  answer,
  error,
  onChange,
}: {
  def: ConditionDef;
  answer: ConditionAnswer | undefined;
  error?: string | undefined;
  onChange: (a: ConditionAnswer) => void;
}) {
  const a: ConditionAnswer = answer ?? { present: false, areas: [] };
  const id = `cond-${def.id}`;
  return (
    <li class="condition" data-condition={def.id}>
      <label class="check-q">
        <input
          type="checkbox"
          id={id}
          checked={a.present}
          onChange={(e) => onChange({ ...a, present: e.currentTarget.checked })}
        />
        <span>
          {t(`condition.${def.id}`)} <SourceRefs ids={def.sources} />
        </span>
      </label>
      {def.dateMeaning && (a.present || def.dateMeaning === 'last-dose') ? (
        <label class="indent">
          {t(`options.profile.date.${def.dateMeaning}`)}
          <input
            type="date"
            value={a.date ?? ''}
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => {
              const v = e.currentTarget.value;
              const { date: _drop, ...rest } = a;
              onChange(v ? { ...rest, date: v } : rest);
            }}
          />
        </label>
      ) : null}
      <FieldError id={`${id}-err`} message={error} />
      {def.perArea && a.present ? (
        <div class="indent">
          <AreaPicker
            selected={a.areas}
            onChange={(areas: Area[]) => onChange({ ...a, areas })}
            preferred={[]}
            legend={t('options.profile.onlyAreas')}
          />
        </div>
      ) : null}
    </li>
  );
}

/** The contraindication questions of the reference, grouped as it groups them, with dates where they matter. */
export function ProfileSection({ state }: { state: AppState }) {
  const draft = useSignal<Profile>(state.profile.value);
  const errors = useSignal<Record<string, string>>({});
  const dirty = useSignal(false);
  // Follow changes made elsewhere until the user starts editing here.
  const view = dirty.value ? draft.value : state.profile.value;
  const set = (p: Profile) => {
    dirty.value = true;
    draft.value = p;
  };
  const setCondition = (id: ConditionId, a: ConditionAnswer) =>
    set({ ...view, conditions: { ...view.conditions, [id]: a } });

  const save = async () => {
    const r = profileSchema.safeParse(view);
    if (!r.success) {
      const byCondition: Record<string, string> = {};
      for (const i of issuesOf(r.error))
        if (i.path[0] === 'conditions') byCondition[String(i.path[1])] ??= i.key;
      errors.value = { ...fieldErrors(issuesOf(r.error)), ...byCondition };
      return;
    }
    errors.value = {};
    await state.repo.saveProfile(r.data);
    dirty.value = false;
    showToast({ text: t('options.profile.saved') });
  };

  const group = (g: 'do-not-roll' | 'ask-doctor') => (
    <fieldset class="conditions">
      <legend>{t(g === 'do-not-roll' ? 'options.profile.doNotRoll' : 'options.profile.askDoctor')}</legend>
      <ul>
        {CONDITIONS.filter((c) => c.group === g).map((def) => (
          <ConditionRow
            key={def.id}
            def={def}
            answer={view.conditions[def.id]}
            error={errors.value[def.id]}
            onChange={(a) => setCondition(def.id, a)}
          />
        ))}
      </ul>
    </fieldset>
  );

  return (
    <section id="profile" aria-labelledby="profile-h">
      <h2 id="profile-h">{t('options.profile')}</h2>
      <p>{t('options.profile.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {group('do-not-roll')}
        {group('ask-doctor')}
        <div class="row">
          <label>
            {t('options.profile.ageBand')}
            <select
              value={view.ageBand ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value as Profile['ageBand'] | '';
                const { ageBand: _a, ...rest } = view;
                set(v ? { ...rest, ageBand: v } : rest);
              }}
            >
              <option value="">{t('options.profile.ageBand.none')}</option>
              {(['under-18', '18-21', '22-plus'] as const).map((b) => (
                <option key={b} value={b}>
                  {t(`options.profile.ageBand.${b}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('options.profile.skinType')}
            <select
              value={view.skinType ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                const { skinType: _s, ...rest } = view;
                set(v ? { ...rest, skinType: Number(v) } : rest);
              }}
            >
              <option value="">{t('options.profile.skinType.none')}</option>
              {[1, 2, 3, 4, 5, 6].map((n) => (
                <option key={n} value={n}>
                  {['I', 'II', 'III', 'IV', 'V', 'VI'][n - 1]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <AreaPicker
          selected={view.areas}
          onChange={(areas) => set({ ...view, areas })}
          preferred={[]}
          legend={t('options.profile.areas')}
        />
        <div class="actions">
          <button type="submit" class="primary">
            {t('options.profile.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
