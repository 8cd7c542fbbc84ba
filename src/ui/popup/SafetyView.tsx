import { useSignal } from '@preact/signals';
import type { Profile } from '../../core/schemas';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { Disclaimer } from '../shared/Disclaimer';
import { SafetyQuestions } from '../shared/SafetyQuestions';

/** The safety questions from the popup: answer what was skipped, or check old answers. */
export function SafetyView({
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
  const profile = useSignal<Profile>(state.profile.value);
  const saving = useSignal(false);
  const save = async () => {
    saving.value = true;
    try {
      await state.repo.saveProfile({ ...profile.value, safetyReviewedAt: new Date(nowMs).toISOString() });
      onDone();
    } finally {
      saving.value = false;
    }
  };
  return (
    <form
      class="view safety-step"
      aria-labelledby="safety-h"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1 id="safety-h">{t('safety.title')}</h1>
      <p>{t('safety.intro')}</p>
      <SafetyQuestions
        profile={profile.value}
        onChange={(update) => (profile.value = update(profile.peek()))}
        nowIso={new Date(nowMs).toISOString()}
        tz={tz}
        withAreas={false}
      />
      <div class="actions">
        <button type="button" onClick={onDone}>
          {t('popup.back')}
        </button>
        <button type="submit" class="primary" disabled={saving.value}>
          {t('safety.save')}
        </button>
      </div>
      <Disclaimer />
    </form>
  );
}
