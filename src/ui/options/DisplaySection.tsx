import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Settings } from '../../core/schemas';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import '../../i18n/packs/options';

const LANGUAGES: Record<Settings['locale'], string> = {
  auto: '',
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
};

/** Notifications (off by default; the browser asks for permission when one is turned on), language, theme, card. */
export function DisplaySection({ state }: { state: AppState }) {
  const denied = useSignal(false);
  const s = state.settings.value;
  // Read-modify-write in the store, under its lock: a card choice made meanwhile in a shop tab is kept.
  const save = (patch: (current: Settings) => Partial<Settings>) =>
    state.repo.update('settings', (current) => ({ ...current, ...patch(current) }));

  const toggleNotification = async (key: 'areaSafe' | 'aftercare', on: boolean) => {
    denied.value = false;
    if (on) {
      // Must run inside the click: browsers only ask for permissions on a user gesture.
      const granted = await browser.permissions
        .request({ permissions: ['notifications'] })
        .catch(() => false);
      if (!granted) {
        denied.value = true;
        return;
      }
    }
    await save((cur) => ({ notifications: { ...cur.notifications, [key]: on } }));
  };

  return (
    <section id="display" aria-labelledby="display-h">
      <h2 id="display-h">{t('options.display')}</h2>
      <label class="check-q">
        <input
          type="checkbox"
          checked={s.notifications.areaSafe}
          onChange={(e) => void toggleNotification('areaSafe', e.currentTarget.checked)}
        />{' '}
        {t('options.display.notifyAreaSafe')}
      </label>
      <label class="check-q">
        <input
          type="checkbox"
          checked={s.notifications.aftercare}
          onChange={(e) => void toggleNotification('aftercare', e.currentTarget.checked)}
        />{' '}
        {t('options.display.notifyAftercare')}
      </label>
      {denied.value ? (
        <p class="field-error" role="alert">
          {t('options.display.permissionDenied')}
        </p>
      ) : null}
      <div class="row">
        <label>
          {t('options.display.language')}
          <select
            value={s.locale}
            onChange={(e) => {
              const locale = e.currentTarget.value as Settings['locale'];
              void save(() => ({ locale }));
            }}
          >
            {(Object.keys(LANGUAGES) as Settings['locale'][]).map((l) => (
              <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
                {l === 'auto' ? t('options.display.language.auto') : LANGUAGES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('options.display.theme')}
          <select
            value={s.theme}
            onChange={(e) => {
              const theme = e.currentTarget.value as Settings['theme'];
              void save(() => ({ theme }));
            }}
          >
            {(['auto', 'light', 'dark'] as const).map((th) => (
              <option key={th} value={th}>
                {t(`options.display.theme.${th}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="check-q">
        <input
          type="checkbox"
          checked={s.card.enabled}
          onChange={(e) => {
            const enabled = e.currentTarget.checked;
            void save((cur) => ({ card: { ...cur.card, enabled } }));
          }}
        />{' '}
        {t('options.display.card')}
      </label>
      {s.card.disabledSites.length > 0 ? (
        <p>
          {t('options.display.cardSites', { sites: s.card.disabledSites.join(', ') })}{' '}
          <button
            type="button"
            onClick={() => void save((cur) => ({ card: { ...cur.card, disabledSites: [] } }))}
          >
            {t('options.display.cardSitesReset')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
