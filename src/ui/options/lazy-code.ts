import { type ReadonlySignal, signal } from '@preact/signals';

/** A module's export fetched once, on first ask; once in, it is used synchronously ever after. */
export interface LazyCode<T> {
  /** The export once it arrived; null until then. */
  loaded: ReadonlySignal<T | null>;
  /** Starts fetching it (once); resolves when `loaded` holds it. */
  load: () => Promise<void>;
}

export function lazyCode<T>(fetch: () => Promise<T>): LazyCode<T> {
  const loaded = signal<T | null>(null);
  let pending: Promise<void> | null = null;
  const load = (): Promise<void> => {
    pending ??= fetch().then(
      (value) => {
        loaded.value = value;
      },
      // An extension's own file fails to arrive only in a broken install: said in the console,
      // and the section keeps saying it is loading.
      (e: unknown) => console.error('Roller Coach: a part of the page could not be loaded', e),
    );
    return pending;
  };
  return { loaded, load };
}
