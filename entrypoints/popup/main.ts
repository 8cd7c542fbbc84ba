// The popup's module. The first script (entrypoints/popup-shell.ts, src/ui/popup/shell.ts) has
// already started reading the saved view and painting it; this loads the popup's code, whose own
// drawing takes its place (src/ui/popup/start.tsx). The stylesheets imported here are written
// into popup.html itself by the build (wxt.config.ts), so the first paint waits for no file.
import '../../src/ui/shared/base.css';
import '../../src/ui/popup/popup.css';
import { popupEnvironment, takeShellHandoff } from '../../src/ui/popup/shell-handoff';

// Without the first script's hand-over (it failed to load), nothing was painted yet.
const handoff = takeShellHandoff() ?? { env: popupEnvironment(document), painted: Promise.resolve(false) };
const root = document.getElementById('app');
// The popup's code is loaded once the saved view is on screen (or is known to be unusable): run
// earlier, its start would hold up that paint. A frame, then a task: after the frame is drawn.
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
void handoff.painted.then(async (shown) => {
  if (shown) await afterPaint();
  const { startPopup } = await import('../../src/ui/popup/start');
  startPopup({ shell: shown ? root : null, env: handoff.env });
});
