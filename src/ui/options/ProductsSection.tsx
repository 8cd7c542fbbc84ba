import { productConcerns } from '../../core/products';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import '../../i18n/packs/options';

/**
 * The products logged with sessions, each with what its name matched and a mark the user sets
 * when its maker says it is made for broken skin (it silences only the "not known" note).
 */
export function ProductsSection({ state }: { state: AppState }) {
  const settings = state.settings.value;
  const save = (products: typeof settings.products) =>
    // Read-modify-write under the store lock: a card choice or a rule saved meanwhile is kept.
    void state.repo.update('settings', (current) => ({ ...current, products }));
  return (
    <section id="products" aria-labelledby="products-h">
      <h2 id="products-h">{t('options.products')}</h2>
      <p>{t('options.products.intro')}</p>
      {settings.products.length === 0 ? (
        <p class="muted">{t('options.products.empty')}</p>
      ) : (
        <ul class="product-list" data-testid="product-list">
          {settings.products.map((p, i) => {
            const matches = productConcerns(p.name);
            return (
              <li key={p.name} data-product={p.name}>
                <strong>{p.name}</strong>{' '}
                <span class={matches.length > 0 ? 'warning' : 'muted'}>
                  {matches.length > 0
                    ? t('options.products.matched', {
                        what: matches.map((m) => `${t(`concern.${m.concern}`)} (“${m.matched}”)`).join(', '),
                      })
                    : t('options.products.noMatch')}
                </span>
                <label class="check-q">
                  <input
                    type="checkbox"
                    checked={p.brokenSkin}
                    onChange={(e) =>
                      save(
                        settings.products.map((x, j) =>
                          j === i ? { ...x, brokenSkin: e.currentTarget.checked } : x,
                        ),
                      )
                    }
                  />{' '}
                  {t('options.products.brokenSkin')}
                </label>
                <button
                  type="button"
                  class="link"
                  onClick={() => save(settings.products.filter((_, j) => j !== i))}
                >
                  {t('options.products.remove', { name: p.name })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
