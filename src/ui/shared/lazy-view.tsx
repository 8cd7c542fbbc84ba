import { signal } from '@preact/signals';
import type { ComponentType, JSX } from 'preact';
import { t } from '../../i18n/i18n';

export interface LazyView<P> {
  /** Renders the view once its code has arrived; until then a short "loading" line. */
  View: (props: P) => JSX.Element;
  /** Starts fetching the code (once); resolves when the view can render. */
  preload: () => Promise<void>;
}

/**
 * A view whose code is a separate chunk, fetched on first use (or ahead, with `preload`), so the
 * first paint carries only what it shows. Once loaded it renders synchronously ever after.
 */
export function lazyView<P>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  const loaded = signal<ComponentType<P> | null>(null);
  let pending: Promise<void> | null = null;
  const preload = (): Promise<void> => {
    pending ??= load().then((c) => {
      loaded.value = c;
    });
    return pending;
  };
  function View(props: P): JSX.Element {
    const Component = loaded.value;
    if (Component) return <Component {...(props as P & JSX.IntrinsicAttributes)} />;
    void preload();
    return (
      <p class="view" aria-busy="true">
        {t('app.loading')}
      </p>
    );
  }
  return { View, preload };
}
