import type { DataSnapshot } from './backup';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS, type Roller, type Session } from './schemas';
import { parseInstant } from './time';

/**
 * What an import would do, and the merge itself. Merge de-duplicates by id: an id on both sides
 * with the same content is one record; with different content it is a conflict, settled by the
 * later edit (a session's `updatedAt`, else `loggedAt`); ties, and rollers (which carry no edit
 * time), keep what this browser has. Profile and settings are kept unless this browser still
 * has the defaults (a fresh install), in which case the file's are taken.
 */

export type ImportMode = 'merge' | 'replace';

/** Deep equality of JSON-like values, ignoring key order and keys whose value is undefined. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameData(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => Object.hasOwn(bo, k) && sameData(ao[k], bo[k]));
}

export interface Conflict {
  kind: 'session' | 'roller';
  id: string;
  /** Which copy the merge keeps. */
  kept: 'current' | 'incoming';
  /** Why: the kept copy was edited later, or the times are equal / unknown (then this browser's copy stays). */
  reason: 'later' | 'tie' | 'no-edit-time';
}

export interface ListPreview {
  /** In the file. */
  incoming: number;
  /** In the file and not here: added by a merge. */
  added: number;
  /** Same id, same content. */
  identical: number;
  /** Same id, different content. */
  conflicts: number;
  /** Here and not in the file: kept by a merge, removed by a replace. */
  onlyCurrent: number;
}

export interface ImportPreview {
  sessions: ListPreview;
  rollers: ListPreview;
  profile: { differs: boolean; merge: 'current' | 'incoming' };
  settings: { differs: boolean; merge: 'current' | 'incoming' };
  conflicts: Conflict[];
  /** Record counts after each mode. */
  after: Record<ImportMode, { sessions: number; rollers: number }>;
}

const editedAt = (s: Session): number => parseInstant(s.updatedAt ?? s.loggedAt);

function settleSession(current: Session, incoming: Session): Conflict {
  const a = editedAt(current);
  const b = editedAt(incoming);
  if (b > a) return { kind: 'session', id: current.id, kept: 'incoming', reason: 'later' };
  if (a > b) return { kind: 'session', id: current.id, kept: 'current', reason: 'later' };
  return { kind: 'session', id: current.id, kept: 'current', reason: 'tie' };
}

function mergeList<T extends { id: string }>(
  current: readonly T[],
  incoming: readonly T[],
  settle: (a: T, b: T) => Conflict,
): { items: T[]; preview: ListPreview; conflicts: Conflict[] } {
  const byId = new Map(current.map((x) => [x.id, x]));
  const seen = new Set<string>();
  const conflicts: Conflict[] = [];
  const preview: ListPreview = {
    incoming: incoming.length,
    added: 0,
    identical: 0,
    conflicts: 0,
    onlyCurrent: 0,
  };
  for (const x of incoming) {
    seen.add(x.id);
    const here = byId.get(x.id);
    if (!here) {
      preview.added++;
      byId.set(x.id, x);
    } else if (sameData(here, x)) preview.identical++;
    else {
      preview.conflicts++;
      const c = settle(here, x);
      conflicts.push(c);
      if (c.kept === 'incoming') byId.set(x.id, x);
    }
  }
  preview.onlyCurrent = current.filter((x) => !seen.has(x.id)).length;
  return { items: [...byId.values()], preview, conflicts };
}

/** Oldest first by instant, ties by id (the repository's order). */
export function sortSessions(sessions: readonly Session[]): Session[] {
  return sessions
    .map((s) => ({ s, ms: parseInstant(s.when) }))
    .sort((a, b) => a.ms - b.ms || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0))
    .map((k) => k.s);
}

function merged(current: DataSnapshot, incoming: DataSnapshot) {
  const sessions = mergeList(current.sessions, incoming.sessions, settleSession);
  const rollers = mergeList<Roller>(current.rollers, incoming.rollers, (a) => ({
    kind: 'roller',
    id: a.id,
    kept: 'current',
    reason: 'no-edit-time',
  }));
  const takeProfile = sameData(current.profile, DEFAULT_PROFILE);
  const takeSettings = sameData(current.settings, DEFAULT_SETTINGS);
  return {
    snapshot: {
      profile: takeProfile ? incoming.profile : current.profile,
      settings: takeSettings ? incoming.settings : current.settings,
      rollers: rollers.items,
      sessions: sortSessions(sessions.items),
    } satisfies DataSnapshot,
    sessions,
    rollers,
    takeProfile,
    takeSettings,
  };
}

/** What merging or replacing with `incoming` would do to `current`. */
export function previewImport(current: DataSnapshot, incoming: DataSnapshot): ImportPreview {
  const m = merged(current, incoming);
  return {
    sessions: m.sessions.preview,
    rollers: m.rollers.preview,
    profile: {
      differs: !sameData(current.profile, incoming.profile),
      merge: m.takeProfile ? 'incoming' : 'current',
    },
    settings: {
      differs: !sameData(current.settings, incoming.settings),
      merge: m.takeSettings ? 'incoming' : 'current',
    },
    conflicts: [...m.rollers.conflicts, ...m.sessions.conflicts],
    after: {
      merge: { sessions: m.snapshot.sessions.length, rollers: m.snapshot.rollers.length },
      replace: { sessions: incoming.sessions.length, rollers: incoming.rollers.length },
    },
  };
}

/** Both sides together: de-duplicated by id, conflicts settled (and listed), sessions in time order. */
export function mergeSnapshots(
  current: DataSnapshot,
  incoming: DataSnapshot,
): { snapshot: DataSnapshot; conflicts: Conflict[] } {
  const m = merged(current, incoming);
  return { snapshot: m.snapshot, conflicts: [...m.rollers.conflicts, ...m.sessions.conflicts] };
}

/** The data an import in `mode` leaves behind. */
export function importResult(current: DataSnapshot, incoming: DataSnapshot, mode: ImportMode): DataSnapshot {
  if (mode === 'merge') return mergeSnapshots(current, incoming).snapshot;
  return {
    profile: incoming.profile,
    settings: incoming.settings,
    rollers: incoming.rollers,
    sessions: sortSessions(incoming.sessions),
  };
}

/** The i18n key that explains how a conflict was settled (its message takes `{id}`). */
export function conflictKey(c: Conflict): string {
  if (c.kind === 'roller') return 'import.conflict.roller';
  if (c.reason === 'tie') return 'import.conflict.tie';
  return c.kept === 'incoming' ? 'import.conflict.later.incoming' : 'import.conflict.later.current';
}
