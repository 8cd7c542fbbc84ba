/** Storage keys of the `local` area. Sessions are kept in monthly chunks so that appending one
 * rewrites a month, not years, and change events carry a month, not the whole history. */
export const KEYS = {
  profile: 'local:profile',
  settings: 'local:settings',
  rollers: 'local:rollers',
  sessionIndex: 'local:sessions',
  quarantine: 'local:quarantine',
  /** When a backup was last downloaded, and the reminder's snooze (see core/backup-due). */
  backup: 'local:backup',
  /** What the background last told the user (badge and notifications), to notify each change once. */
  background: 'local:background',
  /** What the popup, badge and background read instead of every month (see core/summary). */
  summary: 'local:summary',
  /**
   * A fingerprint of the summary, written in the same call as the summary itself, always: the
   * popup's first script reads it instead of the summary (see summary-stamp.ts).
   */
  summaryStamp: 'local:summaryStamp',
  /** The popup's status as it last drew it, shown at once by the next open (see status-view.ts). */
  statusView: 'local:statusView',
} as const;

export const CHUNK_PREFIX = 'sessions:';

/** The chunk a session belongs to: the calendar month written in its `when` ("2026-11"). */
export { monthOf } from '../core/time';

export function chunkKey(month: string): `local:${string}` {
  return `local:${CHUNK_PREFIX}${month}`;
}

/** The key as the storage area itself names it (without the `local:` prefix). */
export function areaKey(key: string): string {
  return key.startsWith('local:') ? key.slice(6) : key;
}

export function isChunkAreaKey(key: string): boolean {
  return /^sessions:\d{4}-\d{2}$/.test(key);
}
