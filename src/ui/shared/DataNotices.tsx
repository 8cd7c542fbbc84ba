import { t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';

/**
 * Tells the user when stored data could not be read. It is kept aside (quarantine) until they
 * discard it, so the notice stays on every surface until then, whichever surface found it.
 */
export function DataNotices({ state, canDiscard = false }: { state: AppState; canDiscard?: boolean }) {
  const error = state.loadError.value;
  const aside = state.quarantined.value;
  if (!error && aside === 0) return null;
  return (
    <div class="notice" role="alert" data-testid="data-notice">
      <p>{error ? t('app.loadError', { message: error }) : tp('app.quarantine', aside)}</p>
      {!error && canDiscard ? (
        <button type="button" onClick={() => void state.repo.clearQuarantine()}>
          {t('app.quarantine.discard')}
        </button>
      ) : null}
    </div>
  );
}
