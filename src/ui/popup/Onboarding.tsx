import { useSignal } from '@preact/signals';
import type { Area } from '../../core/areas';
import { issuesOf, type Profile, rollerSchema } from '../../core/schemas';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { AreaPicker } from '../shared/AreaPicker';
import { newId } from '../shared/assess-context';
import { Disclaimer } from '../shared/Disclaimer';
import { fieldErrors } from '../shared/FieldError';
import { type RollerDraft, RollerFields, rollerFormErrors, typedNeedleMm } from '../shared/RollerFields';
import { SafetyQuestions } from '../shared/SafetyQuestions';

type Step = 'welcome' | 'roller' | 'areas' | 'safety';

/**
 * First run: what Roller Coach is and is not, the first roller, the areas, then the safety
 * questions before the first status. Every step has a way back; skipping leaves the questions
 * unanswered, and every status then says so.
 */
export function Onboarding({
  state,
  nowMs,
  tz,
  onDone,
}: {
  state: AppState;
  nowMs: number;
  tz: string;
  onDone: () => void;
}) {
  const step = useSignal<Step>('welcome');
  const draft = useSignal<RollerDraft>({
    name: '',
    kind: 'roller',
    // No length is assumed: the user types theirs (the schema asks for it when blank).
    needleMm: '',
    // Nor a first-use day (RollerFields: rollerFormErrors).
    firstUse: '',
  });
  const errors = useSignal<Record<string, string>>({});
  const areas = useSignal<Area[]>(state.profile.value.areas);
  const profile = useSignal<Profile>(state.profile.value);
  const saving = useSignal(false);

  const rollerCandidate = () => ({
    id: newId(),
    name: draft.value.name.trim(),
    kind: draft.value.kind,
    needleMm: typedNeedleMm(draft.value.needleMm),
    firstUse: draft.value.firstUse,
    retired: false,
    createdAt: new Date(nowMs).toISOString(),
  });

  const checkRoller = () => {
    const r = rollerSchema.safeParse(rollerCandidate());
    errors.value = r.success ? {} : rollerFormErrors(fieldErrors(issuesOf(r.error)), draft.value);
    if (r.success) step.value = 'areas';
  };

  /** Save what was set up; `answers` false when the safety step was skipped (nothing is assumed). */
  const finish = async (withRoller: boolean, answers: boolean) => {
    saving.value = true;
    try {
      if (withRoller) await state.repo.saveRollers([rollerCandidate()]);
      const nowIso = new Date(nowMs).toISOString();
      await state.repo.saveProfile({
        ...(answers ? { ...profile.value, safetyReviewedAt: nowIso } : state.profile.value),
        areas: withRoller ? areas.value : state.profile.value.areas,
        onboardedAt: nowIso,
      });
      onDone();
    } finally {
      saving.value = false;
    }
  };

  if (step.value === 'welcome')
    return (
      <section class="view" aria-labelledby="onb-h">
        <h1 id="onb-h">{t('onboarding.title')}</h1>
        <p>{t('onboarding.what')}</p>
        <p>
          <strong>{t('onboarding.whatNot')}</strong>
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={() => (step.value = 'roller')}>
            {t('onboarding.start')}
          </button>
          <button type="button" onClick={() => void finish(false, false)} disabled={saving.value}>
            {t('onboarding.skip')}
          </button>
        </div>
        <Disclaimer />
      </section>
    );

  if (step.value === 'roller')
    return (
      <form
        class="view"
        aria-labelledby="onb-roller-h"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          checkRoller();
        }}
      >
        <h1 id="onb-roller-h">{t('onboarding.rollerTitle')}</h1>
        <RollerFields draft={draft} errors={errors} />
        <div class="actions">
          <button type="button" onClick={() => (step.value = 'welcome')}>
            {t('popup.back')}
          </button>
          <button type="submit" class="primary">
            {t('onboarding.next')}
          </button>
        </div>
      </form>
    );

  if (step.value === 'areas')
    return (
      <form
        class="view"
        aria-labelledby="onb-areas-h"
        onSubmit={(e) => {
          e.preventDefault();
          step.value = 'safety';
        }}
      >
        <h1 id="onb-areas-h">{t('onboarding.areasTitle')}</h1>
        <AreaPicker
          selected={areas.value}
          onChange={(a) => (areas.value = a)}
          preferred={[]}
          legend={t('onboarding.areasTitle')}
        />
        <div class="actions">
          <button type="button" onClick={() => (step.value = 'roller')}>
            {t('popup.back')}
          </button>
          <button type="submit" class="primary">
            {t('onboarding.next')}
          </button>
        </div>
      </form>
    );

  return (
    <form
      class="view safety-step"
      aria-labelledby="onb-safety-h"
      onSubmit={(e) => {
        e.preventDefault();
        void finish(true, true);
      }}
    >
      <h1 id="onb-safety-h">{t('safety.title')}</h1>
      <p>{t('safety.intro')}</p>
      <SafetyQuestions
        profile={profile.value}
        onChange={(update) => (profile.value = update(profile.peek()))}
        nowIso={new Date(nowMs).toISOString()}
        tz={tz}
        withAreas={false}
      />
      <div class="actions">
        <button type="button" onClick={() => (step.value = 'areas')}>
          {t('popup.back')}
        </button>
        <button type="button" onClick={() => void finish(true, false)} disabled={saving.value}>
          {t('safety.skip')}
        </button>
        <button type="submit" class="primary" disabled={saving.value}>
          {t('onboarding.finish')}
        </button>
      </div>
      <Disclaimer />
    </form>
  );
}
