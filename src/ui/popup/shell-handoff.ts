import { systemTimeZone } from '../../core/time';
import type { ViewEnvironment } from '../../store/status-view';
import { popupModuleAddress } from './load-popup-module';

/**
 * What the popup's first script (src/ui/popup/shell.ts) hands to the popup's module: the
 * environment it judged the saved view under, and whether it painted it. The two are separate
 * scripts (one classic, one a module), so the hand-over is a property of the page's global.
 */
export interface ShellHandoff {
  env: ViewEnvironment;
  painted: Promise<boolean>;
}

const HANDOFF_KEY = '__rollerCoachShell';

type WithHandoff = typeof globalThis & { [HANDOFF_KEY]?: ShellHandoff };

export function setShellHandoff(handoff: ShellHandoff): void {
  (globalThis as WithHandoff)[HANDOFF_KEY] = handoff;
}

/** The first script's hand-over, once; undefined when it did not run. */
export function takeShellHandoff(): ShellHandoff | undefined {
  const g = globalThis as WithHandoff;
  const handoff = g[HANDOFF_KEY];
  delete g[HANDOFF_KEY];
  return handoff;
}

/**
 * What the saved view's drawing depends on besides the data. The build is the address of the
 * popup's module, which the build writes on the first script (`data-module`, wxt.config.ts): its
 * name carries a hash of its code and of every chunk it loads, so a view drawn by another build
 * is not used.
 */
export function popupEnvironment(doc: Document): ViewEnvironment {
  return {
    build: popupModuleAddress(doc),
    tz: systemTimeZone(),
    languages: [...(navigator.languages ?? [])],
  };
}
