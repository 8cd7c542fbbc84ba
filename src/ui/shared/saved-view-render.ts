/**
 * While the popup draws the view it saves for its next open (src/ui/popup/save-status-view.tsx),
 * what changes by the minute is left as a mark for the first script to fill in at that open:
 * a countdown is written as its target moment, not as "in 3 h". Parts that are not drawn from
 * storage (the current tab's "Check this page") are left out. Free of imports: the popup's first
 * script uses it.
 */
let drawingSavedView = false;

/** Draw with `draw` as the saved view: countdowns become marks, live-only parts are left out. */
export function drawSavedView<T>(draw: () => T): T {
  drawingSavedView = true;
  try {
    return draw();
  } finally {
    drawingSavedView = false;
  }
}

export function inSavedView(): boolean {
  return drawingSavedView;
}

const HOUR_MS = 3_600_000;
const MARK = /\uE000(-?\d+)\uE001/g;

/** A countdown of `ms` as days and hours, rounded up to the hour (at least one hour). */
export function countdownParts(ms: number): { days: number; hours: number } {
  const hoursTotal = Math.max(1, Math.ceil(ms / HOUR_MS));
  return { days: Math.floor(hoursTotal / 24), hours: hoursTotal % 24 };
}

/** The mark that stands for a countdown to `targetMs` in a saved view. */
export function countdownMark(targetMs: number): string {
  return `\uE000${Math.round(targetMs)}\uE001`;
}

/** The countdown's words from its two messages ("in {days} d {hours} h", "in {hours} h"). */
export function countdownWords(ms: number, messages: { days: string; hours: string }): string {
  const { days, hours } = countdownParts(ms);
  const template = days === 0 ? messages.hours : messages.days;
  return template.replace('{days}', String(days)).replace('{hours}', String(hours));
}

/** A saved view's markup with each countdown mark written out as seen at `nowMs`. */
export function fillCountdowns(
  html: string,
  nowMs: number,
  messages: { days: string; hours: string },
): string {
  return html.replace(MARK, (_m, target: string) => countdownWords(Number(target) - nowMs, messages));
}
