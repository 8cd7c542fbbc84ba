import { readStatusView, type StatusView } from '../../store/status-view';
import { fillCountdowns } from '../shared/saved-view-render';
import { loadPopupModule } from './load-popup-module';
import { popupEnvironment, type ShellHandoff, setShellHandoff } from './shell-handoff';

/** How long the first script waits for storage before the popup's own code starts without it. */
export const SHELL_WAIT_MS = 1000;

/**
 * The popup's first script (entrypoints/popup-shell.ts): a classic script at the end of the
 * popup's body, with no imports to fetch, so that it runs before the popup's modules have loaded.
 * It starts the one storage read at once and paints the status as the popup last drew it when that
 * still holds (src/store/status-view.ts); then it loads the popup's module and hands over to it
 * (entrypoints/popup/main.ts), which loads the popup's own code.
 */
export function startShell(doc: Document = document, nowMs: number = Date.now()): ShellHandoff {
  const env = popupEnvironment(doc);
  // The view to paint and where, or null when there is none that holds.
  const saved = Promise.all([readStatusView(env, nowMs), appRoot(doc)])
    .then(([{ view }, root]) => (view && root ? { view, root } : null))
    .catch(() => null);
  // Storage that never answers must not leave the popup blank: past the wait, the popup's own
  // code starts (and says what it can), and a late answer paints nothing.
  const gaveUp = new Promise<null>((resolve) => setTimeout(() => resolve(null), SHELL_WAIT_MS));
  const painted = Promise.race([saved, gaveUp])
    .then((found) => (found ? paintView(found.root, found.view, nowMs) : false))
    .catch(() => false);
  const handoff = { env, painted };
  setShellHandoff(handoff);
  loadPopupModule(doc, painted);
  return handoff;
}

/** The popup's root element, once the page has been read that far. */
function appRoot(doc: Document): Promise<HTMLElement | null> {
  const root = doc.getElementById('app');
  if (root || doc.readyState !== 'loading') return Promise.resolve(root);
  return new Promise((resolve) =>
    doc.addEventListener('readystatechange', () => resolve(doc.getElementById('app')), { once: true }),
  );
}

/**
 * The first paint when the view the popup last drew still holds: that markup, countdowns written
 * out for now, in its language and theme. It cannot be used (`inert`) and says it is loading
 * (`aria-busy`) until the popup's own drawing replaces it (src/ui/popup/start.tsx). Returns
 * whether it painted.
 */
function paintView(root: HTMLElement, view: StatusView, nowMs: number): true {
  const page = root.ownerDocument.documentElement;
  page.lang = view.lang;
  if (view.theme) page.setAttribute('data-theme', view.theme);
  root.ownerDocument.title = view.title;
  root.innerHTML = fillCountdowns(view.html, nowMs, view.countdown);
  root.inert = true;
  root.setAttribute('aria-busy', 'true');
  performance.mark('rc:saved-view-painted');
  return true;
}
