import { t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';

/** Tells the user when stored data could not be read (it is kept aside, not lost). */
export function DataNotices({ state }: { state: AppState }) {
  const error = state.loadError.value;
  const rejected = state.rejected.value.length;
  if (!error && rejected === 0) return null;
  return (
    <div class="notice" role="alert" data-testid="data-notice">
      {error ? t('app.loadError', { message: error }) : tp('app.quarantine', rejected)}
    </div>
  );
}
