import { useSignal } from '@preact/signals';
import { answersStale } from '../../core/safety-answers';
import { issuesOf, type Profile, profileSchema } from '../../core/schemas';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { AreaPicker } from '../shared/AreaPicker';
import { FieldError, fieldErrors } from '../shared/FieldError';
import { SafetyQuestions } from '../shared/SafetyQuestions';
import { showToast } from '../shared/Toast';
import '../../i18n/packs/options';

const splitGoals = (text: string) =>
  text
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);

/** The contraindication questions of the reference, grouped as it groups them, with dates where they matter. */
export function ProfileSection({ state, now, tz }: { state: AppState; now: () => number; tz: string }) {
  const draft = useSignal<Profile>(state.profile.value);
  const errors = useSignal<Record<string, string>>({});
  const dirty = useSignal(false);
  // Follow changes made elsewhere until the user starts editing here.
  const view = dirty.value ? draft.value : state.profile.value;
  const set = (p: Profile) => {
    dirty.value = true;
    draft.value = p;
  };
  const stale = answersStale(view, now(), tz);
  // The goals as typed (commas and spaces kept while typing); null: show the stored ones.
  const goalsText = useSignal<string | null>(null);

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
    await state.repo.saveProfile({ ...r.data, safetyReviewedAt: new Date(now()).toISOString() });
    dirty.value = false;
    goalsText.value = null;
    showToast({ text: t('options.profile.saved') });
  };

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
        {stale ? (
          <p class="notice warn" role="status" data-testid="safety-stale">
            {t('safety.stale')}
          </p>
        ) : null}
        <SafetyQuestions
          profile={view}
          onChange={(update) => set(update(dirty.peek() ? draft.peek() : state.profile.peek()))}
          nowIso={new Date(now()).toISOString()}
          tz={tz}
          errors={errors.value}
        />
        <div class="row">
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
        <label>
          {t('options.profile.goals')}
          <input
            name="goals"
            maxLength={400}
            value={goalsText.value ?? view.goals.join(', ')}
            aria-invalid={errors.value.goals ? 'true' : undefined}
            aria-describedby="err-goals"
            onInput={(e) => {
              goalsText.value = e.currentTarget.value;
              set({ ...view, goals: splitGoals(e.currentTarget.value) });
            }}
          />
        </label>
        <FieldError id="err-goals" message={errors.value.goals} />
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
