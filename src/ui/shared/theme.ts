import { effect } from '@preact/signals';
import { locale, localeSetting } from '../../i18n/i18n';
import type { AppState } from '../../store/state';

/** Applies the user's theme and language choices to the document as they change. */
export function followDisplaySettings(
  state: Pick<AppState, 'settings'>,
  doc: Document = document,
): () => void {
  return effect(() => {
    const { theme, locale: chosen } = state.settings.value;
    if (theme === 'auto') doc.documentElement.removeAttribute('data-theme');
    else doc.documentElement.setAttribute('data-theme', theme);
    localeSetting.value = chosen;
    doc.documentElement.lang = locale.value;
  });
}
