import { browser } from 'wxt/browser';
import { formatLocale, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { asideSummary } from './aside-words';

/**
 * Tells the user, on every view (first run included), when stored data could not be read: one
 * sentence saying what was set aside and that nothing else was lost, and a link to the list in
 * the options page. It stays until the user discards what was set aside, whichever surface found it.
 */
export function DataNotices({
  state,
  where = 'here',
}: {
  state: Pick<AppState, 'loadError' | 'quarantine'>;
  where?: 'here' | 'options';
}) {
  const href = where === 'here' ? '#quarantine' : `${browser.runtime.getURL('/options.html')}#quarantine`;
  const error = state.loadError.value;
  const aside = state.quarantine.value;
  if (!error && aside.length === 0) return null;
  return (
    <div class="notice data-notice" role="alert" data-testid="data-notice">
      <p>
        {error
          ? t('app.loadError', { message: error })
          : t('aside.notice', { what: asideSummary(aside, formatLocale.value) })}{' '}
        {error ? null : (
          <a href={href} target={where === 'here' ? undefined : '_blank'} rel="noreferrer">
            {t('aside.notice.link')}
          </a>
        )}
      </p>
    </div>
  );
}
