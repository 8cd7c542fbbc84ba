import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../i18n/i18n';
import { inSavedView } from '../shared/saved-view-render';

type Outcome = 'card' | 'turned-off' | 'not-a-device' | 'not-a-product' | 'not-checked' | 'failed';

/**
 * "Check this page": on a shop without a standing permission, the toolbar click grants this tab
 * (activeTab), and the detector is injected once. "Always check this shop" asks the browser for
 * that one origin; the background then keeps the detector registered there.
 */
export function CheckPage() {
  // Drawn from the current tab, not from storage: not part of the view saved for the next open.
  return inSavedView() ? null : <CheckThisTab />;
}

function CheckThisTab() {
  const tab = useSignal<{ id: number; origin: string } | null>(null);
  const outcome = useSignal<Outcome | null>(null);
  const busy = useSignal(false);

  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => {
        const url = active?.url ? new URL(active.url) : null;
        if (active?.id !== undefined && url && (url.protocol === 'https:' || url.protocol === 'http:'))
          tab.value = { id: active.id, origin: url.origin };
      })
      .catch(() => undefined);
  }, []);

  if (!tab.value) return null;
  const { id, origin } = tab.value;

  const check = async () => {
    busy.value = true;
    try {
      const [r] = await browser.scripting.executeScript({
        target: { tabId: id },
        files: ['/content-scripts/retailer.js'],
      });
      const result = r?.result as Outcome | undefined;
      // No answer from the page's script is not "no product": the page was not checked.
      outcome.value = result && result !== 'failed' ? result : 'not-checked';
    } catch {
      outcome.value = 'failed';
    } finally {
      busy.value = false;
    }
  };

  return (
    <section class="check-page" aria-labelledby="check-page-h">
      <h2 id="check-page-h" class="visually-hidden">
        {t('checkPage.title')}
      </h2>
      <div class="row">
        <button type="button" onClick={() => void check()} disabled={busy.value} data-testid="check-page">
          {t('checkPage.button')}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => {
            // Called straight from the click: browsers only ask for permissions on a user gesture.
            void browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
          }}
        >
          {t('checkPage.always')}
        </button>
      </div>
      {outcome.value ? (
        <p role="status" data-testid="check-page-result">
          {t(`checkPage.result.${outcome.value}`)}
        </p>
      ) : null}
    </section>
  );
}
