// The popup's module, loaded by the popup's first script (entrypoints/popup-shell.ts,
// src/ui/popup/shell.ts) once the saved view is on screen or is known to be unusable. This loads
// the popup's code, whose own drawing takes the saved view's place (src/ui/popup/start.tsx). The
// stylesheets imported here are written into popup.html itself by the build (wxt.config.ts), so
// the first paint waits for no file.
import '../../src/ui/shared/base.css';
import '../../src/ui/popup/popup.css';
import { popupEnvironment, takeShellHandoff } from '../../src/ui/popup/shell-handoff';

// Without the first script's hand-over (in `wxt dev` the page loads this module itself, and the
// first script may have failed to load), nothing was painted yet.
const handoff = takeShellHandoff() ?? { env: popupEnvironment(document), painted: Promise.resolve(false) };
const root = document.getElementById('app');
void handoff.painted.then(async (shown) => {
  const { startPopup } = await import('../../src/ui/popup/start');
  startPopup({ shell: shown ? root : null, env: handoff.env });
});
