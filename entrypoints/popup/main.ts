// The popup's first script: small on purpose. It paints the status as the popup last drew it
// when nothing it was drawn from has changed (src/ui/popup/shell.ts), then loads the popup's code,
// whose own drawing takes its place (src/ui/popup/start.tsx).
import '../../src/ui/shared/base.css';
import '../../src/ui/popup/popup.css';
import { systemTimeZone } from '../../src/core/time';
import type { ViewEnvironment } from '../../src/store/status-view';
import { paintSavedStatus } from '../../src/ui/popup/shell';

const env: ViewEnvironment = {
  // The built file's address changes with every build: a view drawn by another build is not used.
  build: import.meta.url,
  tz: systemTimeZone(),
  languages: [...(navigator.languages ?? [])],
};
const root = document.getElementById('app');
const painted = root ? paintSavedStatus(root, env, Date.now()).catch(() => false) : Promise.resolve(false);
// The popup's code is loaded once the saved view is on screen (or is known to be unusable): run
// earlier, its start would hold up that paint. A frame, then a task: after the frame is drawn.
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
void painted.then(async (shown) => {
  if (shown) await afterPaint();
  const { startPopup } = await import('../../src/ui/popup/start');
  startPopup({ shell: shown ? root : null, env });
});
