import { effect } from '@preact/signals';
import { render } from 'preact';
import { ensureCatalogue, locale, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import {
  onStatusInputsChanged,
  STATUS_VIEW_VERSION,
  saveStatusView,
  statusInputsFingerprint,
  type ViewEnvironment,
} from '../../store/status-view';
import { DataNotices } from '../shared/DataNotices';
import { drawSavedView } from '../shared/saved-view-render';
import { isFirstRun } from './first-run';
import { Home } from './Home';
import { savedViewSpan } from './saved-view-span';

const noop = () => undefined;

/** The popup's home view as it reads at `nowMs`, drawn off screen as the saved view. */
export function statusViewMarkup(state: AppState, tz: string, nowMs: number): string {
  const box = document.createElement('div');
  try {
    drawSavedView(() =>
      render(
        <>
          <DataNotices state={state} where="options" />
          <Home
            state={state}
            nowMs={nowMs}
            tz={tz}
            openOptions={noop}
            onLog={noop}
            onCheck={noop}
            onSafety={noop}
          />
        </>,
        box,
      ),
    );
    return box.innerHTML;
  } finally {
    render(null, box);
  }
}

/** Wait after the last change before drawing: a burst of writes is saved once. */
const SETTLE_MS = 300;
/** The first drawing waits until the popup's own has taken the screen (it may be closed soon after). */
const FIRST_DRAWING_MS = 100;

/**
 * Keeps the view the next open shows at once (see src/store/status-view.ts) in step with what
 * this popup shows: drawn when the popup has read its data, and again after every change of what
 * the status is drawn from. A drawing is saved only when nothing it was drawn from changed while
 * it was drawn. Returns the function that stops.
 */
export function followStatusView(
  state: AppState,
  tz: string,
  env: ViewEnvironment,
  now: () => number = () => Date.now(),
): () => void {
  let changes = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (waitMs = SETTLE_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => void save().catch(noop), waitMs);
  };

  async function save(): Promise<void> {
    const seen = changes;
    if (!state.ready.peek() || state.loadError.peek() || isFirstRun(state)) return;
    await ensureCatalogue(locale.peek());
    const before = await statusInputsFingerprint(env);
    const nowMs = now();
    // One drawing per task (each a few ms): the popup stays responsive while it checks the span.
    const { html, validUntil } = await savedViewSpan((atMs) => statusViewMarkup(state, tz, atMs), nowMs, {
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
    const after = await statusInputsFingerprint(env);
    // Something changed meanwhile: the change itself schedules the next drawing.
    if (before !== after || seen !== changes) return;
    const root = document.documentElement;
    await saveStatusView({
      v: STATUS_VIEW_VERSION,
      fingerprint: after,
      shownFrom: nowMs,
      validUntil,
      html,
      lang: root.lang,
      theme: root.getAttribute('data-theme'),
      title: document.title,
      countdown: { days: t('popup.countdown'), hours: t('popup.countdownHours') },
    });
  }

  const stopListening = onStatusInputsChanged(() => {
    changes++;
    schedule();
  });
  const stopWatching = effect(() => {
    if (state.ready.value) schedule(FIRST_DRAWING_MS);
  });
  return () => {
    clearTimeout(timer);
    stopListening();
    stopWatching();
  };
}
