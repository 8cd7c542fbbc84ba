import * as z from 'zod/mini';
import { instantSchema } from './schemas';
import { DAY_MS, parseInstant } from './time';

/**
 * The backup reminder. All data lives in one browser profile and goes with an uninstall, so when
 * there is history and no backup was downloaded for a while, the popup and the options page
 * offer one.
 */
export const BACKUP_REMINDER = {
  /** Days without a backup (since the last one, or since the first session when there was none). */
  days: 60,
  /** Sessions logged since the last backup. */
  sessions: 50,
  /** How long "later" puts the reminder off. */
  snoozeDays: 14,
} as const;

export const backupMemoSchema = z.object({
  /** When a backup was last downloaded. */
  lastAt: z.optional(instantSchema),
  /** How many sessions there were then. */
  sessionsAtLast: z.optional(z.int().check(z.gte(0))),
  snoozedUntil: z.optional(instantSchema),
  /** The user turned the reminder off. */
  off: z._default(z.boolean(), false),
});
export type BackupMemo = z.infer<typeof backupMemoSchema>;
export const DEFAULT_BACKUP_MEMO: BackupMemo = { off: false };

export type BackupDue =
  | { due: false }
  | { due: true; reason: 'never' | 'days' | 'sessions'; days: number; sessions: number };

/** Whether to offer a backup now; `firstSessionMs` is when the history starts. */
export function backupDue(
  memo: BackupMemo,
  history: { count: number; firstSessionMs: number | null },
  nowMs: number,
): BackupDue {
  if (memo.off || history.count === 0) return { due: false };
  if (memo.snoozedUntil && parseInstant(memo.snoozedUntil) > nowMs) return { due: false };
  const sinceMs = memo.lastAt ? parseInstant(memo.lastAt) : (history.firstSessionMs ?? nowMs);
  const days = Math.max(0, Math.floor((nowMs - sinceMs) / DAY_MS));
  const sessions = Math.max(0, history.count - (memo.lastAt ? (memo.sessionsAtLast ?? 0) : 0));
  if (days >= BACKUP_REMINDER.days)
    return { due: true, reason: memo.lastAt ? 'days' : 'never', days, sessions };
  if (sessions >= BACKUP_REMINDER.sessions)
    return { due: true, reason: memo.lastAt ? 'sessions' : 'never', days, sessions };
  return { due: false };
}
