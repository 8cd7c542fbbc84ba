import { textFingerprint } from '../core/text-hash';
import { areaKey, KEYS } from './keys';

/**
 * The popup's status as it was last drawn, kept so that the next open can show it at once,
 * before the popup's code has loaded (see src/ui/popup/shell.ts). It is shown only when nothing
 * it was drawn from has changed (the fingerprint of every stored item the status reads, the
 * build, the time zone and the browser's languages) and the clock is inside the span for which
 * the popup checked that its drawing stays the same (`shownFrom` to `validUntil`). Then the
 * popup's own drawing replaces it.
 *
 * This file reads storage directly (no WXT storage, no polyfill, no zod): it runs in the popup's
 * first script, which must stay small. It is checked by hand below instead.
 */
export interface StatusView {
  v: 1;
  fingerprint: string;
  /** The clock when it was drawn: before it (a clock set back), the view is not used. */
  shownFrom: number;
  /** The first moment at which the drawing might read differently. */
  validUntil: number;
  /** The popup's markup, countdowns left as marks (see src/ui/shared/saved-view-render.ts). */
  html: string;
  lang: string;
  /** The page's `data-theme` (null: follow the system). */
  theme: string | null;
  title: string;
  /** The two countdown messages, "in {days} d {hours} h" and "in {hours} h", in its language. */
  countdown: { days: string; hours: string };
}

export const STATUS_VIEW_KEY = areaKey(KEYS.statusView);
export const STATUS_VIEW_VERSION = 1;

/** The stored items the popup's status is drawn from, with WXT's version marks beside them. */
const INPUT_KEYS = [
  KEYS.profile,
  KEYS.settings,
  KEYS.rollers,
  KEYS.sessionIndex,
  KEYS.quarantine,
  KEYS.backup,
  // The summary's fingerprint, not the summary: it grows with the years of use (summary-stamp.ts).
  KEYS.summaryStamp,
].flatMap((k) => [areaKey(k), `${areaKey(k)}$`]);

/** The items whose change may change the drawing: the inputs, and the summary itself. */
const TRIGGER_KEYS = [...INPUT_KEYS, areaKey(KEYS.summary), `${areaKey(KEYS.summary)}$`];

/** Whether a storage change touches what the status is drawn from. */
export function changesStatusInputs(keys: readonly string[]): boolean {
  return keys.some((k) => TRIGGER_KEYS.includes(k));
}

/** What else the drawing depends on: the build, the time zone and the browser's languages. */
export interface ViewEnvironment {
  build: string;
  tz: string;
  languages: readonly string[];
}

interface RawArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Bytes stored, and the most the area holds (Chrome's; not every browser's area has them). */
  getBytesInUse?(keys: null): Promise<number>;
  QUOTA_BYTES?: number;
}

/**
 * The room a drawing leaves for the user's data: with less free than this, no view is saved
 * (it is a convenience; a session is not). A month and the summary of years fit in it.
 */
export const VIEW_RESERVE_BYTES = 1024 * 1024;

/** The browser's `storage.local` without the polyfill (Firefox's `browser`, else Chrome's `chrome`). */
function localArea(): RawArea {
  const g = globalThis as {
    browser?: { storage?: { local?: RawArea } };
    chrome?: { storage?: { local?: RawArea } };
  };
  const area = g.browser?.storage?.local ?? g.chrome?.storage?.local;
  if (!area) throw new Error('storage.local is not available');
  return area;
}

function fingerprintOf(stored: Record<string, unknown>, env: ViewEnvironment): string {
  const text = JSON.stringify([env.build, env.tz, env.languages, INPUT_KEYS.map((k) => stored[k] ?? null)]);
  return textFingerprint(text);
}

function isStatusView(v: unknown): v is StatusView {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  const cd = o.countdown as Record<string, unknown> | undefined;
  return (
    o.v === STATUS_VIEW_VERSION &&
    typeof o.fingerprint === 'string' &&
    typeof o.shownFrom === 'number' &&
    typeof o.validUntil === 'number' &&
    typeof o.html === 'string' &&
    typeof o.lang === 'string' &&
    (o.theme === null || typeof o.theme === 'string') &&
    typeof o.title === 'string' &&
    typeof cd?.days === 'string' &&
    typeof cd?.hours === 'string'
  );
}

/**
 * The saved view when it may be shown at `nowMs`, else null; and the fingerprint of what is
 * stored now (for the popup to save its next drawing under). One storage read.
 */
export async function readStatusView(
  env: ViewEnvironment,
  nowMs: number,
): Promise<{ view: StatusView | null; fingerprint: string }> {
  const stored = await localArea().get([STATUS_VIEW_KEY, ...INPUT_KEYS]);
  const fingerprint = fingerprintOf(stored, env);
  const saved = stored[STATUS_VIEW_KEY];
  const usable =
    isStatusView(saved) &&
    saved.fingerprint === fingerprint &&
    nowMs >= saved.shownFrom &&
    nowMs < saved.validUntil;
  return { view: usable ? saved : null, fingerprint };
}

/** The fingerprint of what is stored now. */
export async function statusInputsFingerprint(env: ViewEnvironment): Promise<string> {
  return fingerprintOf(await localArea().get(INPUT_KEYS), env);
}

/**
 * Save the drawing for the next open; not when storage is nearly full (VIEW_RESERVE_BYTES), where
 * its bytes could be the ones a session save then lacks. Returns whether it was saved.
 */
export async function saveStatusView(view: StatusView): Promise<boolean> {
  const area = localArea();
  if (await nearlyFull(area)) return false;
  await area.set({ [STATUS_VIEW_KEY]: view });
  return true;
}

/** Whether less than the reserve is free; false when the area cannot tell (its write may then fail, harmlessly). */
async function nearlyFull(area: RawArea): Promise<boolean> {
  if (typeof area.getBytesInUse !== 'function' || typeof area.QUOTA_BYTES !== 'number') return false;
  try {
    return area.QUOTA_BYTES - (await area.getBytesInUse(null)) < VIEW_RESERVE_BYTES;
  } catch {
    return false;
  }
}

/** Forget the saved view (its markup holds history: "delete everything" removes it too). */
export function removeStatusView(): Promise<void> {
  return localArea().remove([STATUS_VIEW_KEY]);
}

type StorageListener = (changes: Record<string, unknown>, area: string) => void;
interface RawEvents {
  addListener(l: StorageListener): void;
  removeListener(l: StorageListener): void;
}

/** Calls `onChange` on every change of what the status is drawn from; returns the function that stops. */
export function onStatusInputsChanged(onChange: () => void): () => void {
  const g = globalThis as {
    browser?: { storage?: { onChanged?: RawEvents } };
    chrome?: { storage?: { onChanged?: RawEvents } };
  };
  const events = g.browser?.storage?.onChanged ?? g.chrome?.storage?.onChanged;
  if (!events) return () => undefined;
  const listener: StorageListener = (changes, area) => {
    if (area === 'local' && changesStatusInputs(Object.keys(changes))) onChange();
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
