import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ensureCatalogue, locale, t } from '../../i18n/i18n';
import { createRepository } from '../../store/repository';
import { createSummaryState } from '../../store/state';
import type { ViewEnvironment } from '../../store/status-view';
import { setSourcesPage } from '../shared/SourceList';
import { followDisplaySettings } from '../shared/theme';
import { followWriteFailures } from '../shared/write-failure';
import { Popup } from './Popup';
import { followStatusView } from './save-status-view';

/** However long the data takes, the saved view gives way after this (to "Loading"). */
const TAKE_OVER_LATEST_MS = 3000;

/**
 * The popup's own drawing. When the first script painted the saved view (`shell`), the popup
 * draws off screen and takes the shell's place once it has read its data and its language, so
 * that the two are never on screen together.
 */
export function startPopup({ shell, env }: { shell: HTMLElement | null; env: ViewEnvironment }): void {
  document.title = t('app.name');
  setSourcesPage(browser.runtime.getURL('/options.html'));
  // The popup reads the summary, not every month: its cost does not grow with the history.
  const { tz } = env;
  const state = createSummaryState(createRepository({ tz: () => tz }), { now: () => Date.now(), tz });
  followStatusView(state, tz, env);
  state.connect();
  followDisplaySettings(state);
  followWriteFailures();
  const root = shell ? document.createElement('div') : document.getElementById('app');
  if (!root) return;
  render(
    <Popup
      state={state}
      now={() => Date.now()}
      tz={tz}
      openOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />,
    root,
  );
  if (shell) takeOver(shell, root, state.ready);
}

function takeOver(shell: HTMLElement, root: HTMLElement, ready: { value: boolean }): void {
  let done = false;
  const swap = () => {
    if (done) return;
    done = true;
    root.id = 'app';
    shell.replaceWith(root);
  };
  setTimeout(swap, TAKE_OVER_LATEST_MS);
  const stop = effect(() => {
    if (!ready.value) return;
    queueMicrotask(() => stop());
    // Its language too, so that the swap never shows English for a moment; then one frame for
    // the drawing to settle.
    void ensureCatalogue(locale.peek())
      .catch(() => undefined)
      .then(() => requestAnimationFrame(swap));
  });
}
