import { readStatusView, type ViewEnvironment } from '../../store/status-view';
import { fillCountdowns } from '../shared/saved-view-render';

/**
 * The popup's first paint when the view it last drew still holds (src/store/status-view.ts):
 * that markup, countdowns written out for now, in its language and theme. It cannot be used
 * (`inert`) and says it is loading (`aria-busy`) until the popup's own drawing replaces it
 * (src/ui/popup/start.tsx). Returns whether it painted.
 */
export async function paintSavedStatus(
  root: HTMLElement,
  env: ViewEnvironment,
  nowMs: number,
): Promise<boolean> {
  const { view } = await readStatusView(env, nowMs);
  if (!view) return false;
  const page = document.documentElement;
  page.lang = view.lang;
  if (view.theme) page.setAttribute('data-theme', view.theme);
  document.title = view.title;
  root.innerHTML = fillCountdowns(view.html, nowMs, view.countdown);
  root.inert = true;
  root.setAttribute('aria-busy', 'true');
  performance.mark('rc:saved-view-painted');
  return true;
}
