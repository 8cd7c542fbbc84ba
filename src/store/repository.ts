import { storage } from 'wxt/utils/storage';
import type { ZodMiniType } from 'zod/mini';
import { type BackupMemo, backupMemoSchema, DEFAULT_BACKUP_MEMO } from '../core/backup-due';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  issuesOf,
  type Profile,
  profileSchema,
  type Roller,
  rollerSchema,
  type Session,
  type Settings,
  sessionSchema,
  settingsSchema,
  type ValidationIssue,
} from '../core/schemas';
import { parseInstant } from '../core/time';
import { decodeChunk, encodeChunk } from './chunks';
import { storeError } from './errors';
import { type BackgroundMemo, type QuarantineEntry, type SessionIndex, storeItems } from './items';
import { areaKey, CHUNK_PREFIX, chunkKey, KEYS, monthOf } from './keys';
import { type Lock, storeLock } from './lock';
import { parseList, parseRecord, type Rejected, ROLLER_FIELDS } from './validate';

export interface Snapshot {
  profile: Profile;
  settings: Settings;
  rollers: Roller[];
  /** All sessions, oldest first. */
  sessions: Session[];
}

export interface LoadResult extends Snapshot {
  /** Stored values that did not validate: set aside in quarantine, never silently dropped. */
  rejected: Rejected[];
}

/** A write that could not be made because the data did not validate; storage is unchanged. */
export class ValidationFailed extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`invalid data: ${issues.map((i) => `${i.path.join('.')}: ${i.key}`).join('; ')}`);
    this.name = 'ValidationFailed';
  }
}

const QUARANTINE_MAX = 200;

/** Oldest first, by instant (not by string: offsets differ), ties broken by id. */
export function sortByWhen(sessions: Session[]): Session[] {
  const keyed = sessions.map((s) => ({ s, ms: parseInstant(s.when) }));
  keyed.sort((a, b) => a.ms - b.ms || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
  return keyed.map((k) => k.s);
}

/**
 * The index: every month that is well formed is kept; each entry that is not is set aside. When
 * the index was unreadable in any way, `load` also looks for the months that exist in storage.
 */
export function parseIndex(raw: unknown): { index: SessionIndex; rejected: Rejected[] } {
  if (raw === null || raw === undefined) return { index: { months: [] }, rejected: [] };
  const key = KEYS.sessionIndex;
  const months = (raw as SessionIndex | null)?.months;
  if (!Array.isArray(months))
    return {
      index: { months: [] },
      rejected: [{ key, issues: [{ path: ['months'], key: 'errors.invalid' }], raw }],
    };
  const good: string[] = [];
  const rejected: Rejected[] = [];
  months.forEach((m, i) => {
    if (typeof m === 'string' && /^\d{4}-\d{2}$/.test(m)) good.push(m);
    else
      rejected.push({
        key,
        path: ['months', i],
        issues: [{ path: ['months', i], key: 'errors.month' }],
        raw: m,
      });
  });
  return { index: { months: [...new Set(good)].sort() }, rejected };
}

/** The months that have a chunk in storage, whatever the index says. */
async function storedMonths(): Promise<string[]> {
  const all = await storage.snapshot('local');
  return Object.keys(all)
    .filter((k) => k.startsWith(CHUNK_PREFIX) && /^\d{4}-\d{2}$/.test(k.slice(CHUNK_PREFIX.length)))
    .map((k) => k.slice(CHUNK_PREFIX.length));
}

function validateAll<T>(values: unknown[], schema: ZodMiniType<T>): T[] {
  const out: T[] = [];
  const issues: ValidationIssue[] = [];
  values.forEach((v, i) => {
    const r = schema.safeParse(v);
    if (r.success) out.push(r.data);
    else for (const issue of issuesOf(r.error)) issues.push({ ...issue, path: [i, ...issue.path] });
  });
  if (issues.length > 0) throw new ValidationFailed(issues);
  return out;
}

/**
 * The quarantine as stored; it can be damaged too. Whatever is not an entry is kept as one (raw),
 * so that nothing, not even a damaged quarantine, is lost without the user deciding.
 */
export function normalizeQuarantine(raw: unknown, at: string): QuarantineEntry[] {
  if (raw === null || raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((e) => {
    const x = e as Partial<QuarantineEntry> | null;
    const ok =
      typeof x === 'object' &&
      x !== null &&
      typeof x.key === 'string' &&
      typeof x.at === 'string' &&
      Array.isArray(x.issues) &&
      x.issues.every((i) => typeof i?.key === 'string' && Array.isArray(i.path)) &&
      (x.index === undefined || typeof x.index === 'number') &&
      (x.path === undefined || Array.isArray(x.path));
    return ok
      ? (x as QuarantineEntry)
      : { key: KEYS.quarantine, at, issues: [{ path: [], key: 'errors.invalid' }], raw: e };
  });
}

/**
 * JSON with object keys in order: Chrome's storage hands objects back with their keys sorted, so
 * the same value set aside by two contexts must compare equal whatever its key order.
 */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : value,
  );
}

export interface RepositoryOptions {
  lock?: Lock;
  now?: () => number;
}

/**
 * The only code that reads and writes extension storage. Every read is validated; every write
 * is validated first and made under the store lock as one `storage.set` call, so concurrent
 * writers in the popup, options page and background never lose each other's sessions.
 */
export function createRepository(opts: RepositoryOptions = {}) {
  const baseLock = opts.lock ?? storeLock;
  // Every write runs under the lock: a full quota comes out of it as `StorageFull`.
  const lock: Lock = (fn) =>
    baseLock(async () => {
      try {
        return await fn();
      } catch (e) {
        throw storeError(e);
      }
    });
  const now = opts.now ?? (() => Date.now());

  async function readIndex(): Promise<{ index: SessionIndex; rejected: Rejected[] }> {
    return parseIndex(await storeItems().sessionIndex.getValue());
  }

  async function readChunks(
    months: string[],
  ): Promise<Map<string, { sessions: Session[]; rejected: Rejected[] }>> {
    const out = new Map<string, { sessions: Session[]; rejected: Rejected[] }>();
    if (months.length === 0) return out;
    const values = await storage.getItems(months.map(chunkKey));
    values.forEach(({ key, value }, i) => {
      out.set(months[i] as string, decodeChunk(value, key));
    });
    return out;
  }

  async function quarantine(rejected: Rejected[]): Promise<void> {
    if (rejected.length === 0) return;
    const at = new Date(now()).toISOString();
    const item = storeItems().quarantine;
    const current = normalizeQuarantine(await item.getValue(), at);
    const id = (e: Pick<Rejected, 'key' | 'index' | 'path' | 'raw'>) =>
      stableJson([e.key, e.index, e.path, e.raw]);
    const seen = new Set(current.map(id));
    const fresh: QuarantineEntry[] = rejected
      .filter((r) => !seen.has(id(r)))
      .map((r) => ({
        key: r.key,
        ...(r.index === undefined ? {} : { index: r.index }),
        ...(r.path === undefined ? {} : { path: r.path }),
        ...(r.of === undefined ? {} : { of: r.of }),
        at,
        issues: r.issues,
        raw: r.raw,
      }));
    if (fresh.length === 0) return;
    await item.setValue([...current, ...fresh].slice(-QUARANTINE_MAX));
  }

  /**
   * Read everything. Values that do not validate are copied to quarantine and left out; the
   * stored value is then rewritten with what validated, so the next read is clean and the raw
   * value survives in quarantine for the user to see, export or discard.
   */
  async function load(): Promise<LoadResult> {
    const it = storeItems();
    const [rawProfile, rawSettings, rawRollers, idx] = await Promise.all([
      it.profile.getValue(),
      it.settings.getValue(),
      it.rollers.getValue(),
      readIndex(),
    ]);
    const rejected: Rejected[] = [];
    const profile = parseRecord(rawProfile, profileSchema, DEFAULT_PROFILE, KEYS.profile);
    const settings = parseRecord(rawSettings, settingsSchema, DEFAULT_SETTINGS, KEYS.settings);
    const rollers = parseList(rawRollers, rollerSchema, KEYS.rollers, ROLLER_FIELDS);
    rejected.push(...profile.rejected, ...settings.rejected, ...rollers.rejected, ...idx.rejected);
    // An index that could not be read whole may have lost months: read every month that exists.
    const months =
      idx.rejected.length > 0
        ? [...new Set([...idx.index.months, ...(await storedMonths())])].sort()
        : idx.index.months;
    const chunks = await readChunks(months);
    const byId = new Map<string, Session>();
    for (const { sessions, rejected: r } of chunks.values()) {
      rejected.push(...r);
      for (const s of sessions) {
        const prev = byId.get(s.id);
        if (!prev || (s.updatedAt ?? s.loggedAt) > (prev.updatedAt ?? prev.loggedAt)) byId.set(s.id, s);
      }
    }
    if (rejected.length > 0) await lock(() => repair(rejected));
    return {
      profile: profile.value,
      settings: settings.value,
      rollers: rollers.items,
      sessions: sortByWhen([...byId.values()]),
      rejected,
    };
  }

  /** Set rejected values aside, then rewrite each affected key with what validates (under the lock). */
  async function repair(rejected: Rejected[]): Promise<void> {
    await quarantine(rejected);
    const keys = new Set(rejected.map((r) => r.key));
    const it = storeItems();
    for (const key of keys) {
      if (key === KEYS.profile)
        await it.profile.setValue(
          parseRecord(await it.profile.getValue(), profileSchema, DEFAULT_PROFILE, key).value,
        );
      else if (key === KEYS.settings)
        await it.settings.setValue(
          parseRecord(await it.settings.getValue(), settingsSchema, DEFAULT_SETTINGS, key).value,
        );
      else if (key === KEYS.rollers)
        await it.rollers.setValue(
          parseList(await it.rollers.getValue(), rollerSchema, key, ROLLER_FIELDS).items,
        );
      else if (key === KEYS.sessionIndex) {
        // Rebuild the index: the months it still names that exist, and every month that exists.
        const kept = parseIndex(await it.sessionIndex.getValue()).index.months;
        const stored = await storedMonths();
        const months = [...new Set([...kept.filter((m) => stored.includes(m)), ...stored])].sort();
        await it.sessionIndex.setValue({ months });
      } else if (areaKey(key).startsWith(CHUNK_PREFIX)) {
        const raw = await storage.getItem<unknown>(key as `local:${string}`);
        await storage.setItem(key as `local:${string}`, encodeChunk(decodeChunk(raw, key).sessions));
      }
    }
  }

  /**
   * Read only the months given, let `mutate` change them, and write back the changed months plus
   * the index (when months appear) in one call. Appending one session reads and writes one month.
   */
  async function writeMonths(
    months: Iterable<string>,
    mutate: (chunks: Map<string, Session[]>) => Set<string>,
  ): Promise<void> {
    const { index } = await readIndex();
    const known = new Set(index.months);
    const chunks = new Map<string, Session[]>();
    const wanted = [...new Set(months)];
    for (const [m, c] of await readChunks(wanted.filter((m) => known.has(m)))) chunks.set(m, c.sessions);
    for (const m of wanted) if (!chunks.has(m)) chunks.set(m, []);
    const touched = mutate(chunks);
    if (touched.size === 0) return;
    const writes: { key: `local:${string}`; value: unknown }[] = [];
    for (const m of touched) writes.push({ key: chunkKey(m), value: encodeChunk(chunks.get(m) ?? []) });
    const added = [...touched].filter((m) => !known.has(m));
    if (added.length > 0)
      writes.push({ key: KEYS.sessionIndex, value: { months: [...known, ...added].sort() } });
    await storage.setItems(writes);
  }

  async function allMonths(): Promise<string[]> {
    return (await readIndex()).index.months;
  }

  /**
   * Add sessions, or replace them by id. Only the months of the sessions and of `previous` are
   * read: a new (or restored) session needs nothing else, and an edit must pass the session as it
   * was (`previous`), so that a change of month removes it from its old month. (Should an id still
   * end up in two months, `load` keeps the most recently updated copy.)
   */
  async function putSessions(
    input: unknown[],
    previous: readonly Pick<Session, 'when'>[] = [],
  ): Promise<Session[]> {
    const sessions = validateAll(input, sessionSchema);
    const ids = new Set(sessions.map((s) => s.id));
    await lock(async () => {
      const months = new Set([...sessions, ...previous].map((s) => monthOf(s.when)));
      await writeMonths(months, (chunks) => {
        const touched = new Set<string>();
        for (const [m, list] of chunks) {
          if (list.some((s) => ids.has(s.id))) {
            chunks.set(
              m,
              list.filter((s) => !ids.has(s.id)),
            );
            touched.add(m);
          }
        }
        for (const s of sessions) {
          const m = monthOf(s.when);
          chunks.get(m)?.push(s);
          touched.add(m);
        }
        return touched;
      });
    });
    return sessions;
  }

  /**
   * Delete sessions; returns what was removed, for undo. Each is looked for in the month of its
   * `when` first; ids not found there are looked for in every month.
   */
  async function deleteSessions(targets: readonly Pick<Session, 'id' | 'when'>[]): Promise<Session[]> {
    const removed: Session[] = [];
    const remove = (chunks: Map<string, Session[]>, drop: Set<string>) => {
      const touched = new Set<string>();
      for (const [m, list] of chunks) {
        const keep = list.filter((s) => {
          if (!drop.has(s.id)) return true;
          removed.push(s);
          drop.delete(s.id);
          return false;
        });
        if (keep.length !== list.length) {
          chunks.set(m, keep);
          touched.add(m);
        }
      }
      return touched;
    };
    await lock(async () => {
      const drop = new Set(targets.map((t) => t.id));
      await writeMonths(
        targets.map((t) => monthOf(t.when)),
        (chunks) => remove(chunks, drop),
      );
      if (drop.size > 0) await writeMonths(await allMonths(), (chunks) => remove(chunks, drop));
    });
    return removed;
  }

  async function saveRollers(input: unknown[]): Promise<Roller[]> {
    const rollers = validateAll(input, rollerSchema);
    await lock(async () => {
      const current = parseList(
        await storeItems().rollers.getValue(),
        rollerSchema,
        KEYS.rollers,
        ROLLER_FIELDS,
      ).items;
      const byId = new Map(current.map((r) => [r.id, r]));
      for (const r of rollers) byId.set(r.id, r);
      await storeItems().rollers.setValue([...byId.values()]);
    });
    return rollers;
  }

  async function saveProfile(input: unknown): Promise<Profile> {
    const [profile] = validateAll([input], profileSchema) as [Profile];
    await lock(() => storeItems().profile.setValue(profile));
    return profile;
  }

  async function saveSettings(input: unknown): Promise<Settings> {
    const [settings] = validateAll([input], settingsSchema) as [Settings];
    await lock(() => storeItems().settings.setValue(settings));
    return settings;
  }

  /**
   * Replace everything at once (import "replace", or undo of "delete all"). Validated first; the
   * new data and the new index are written in one call, and only then are stale chunks removed
   * (unreferenced by the index, they are already invisible if the browser dies in between).
   */
  async function replaceAll(input: Snapshot): Promise<void> {
    const sessions = validateAll(input.sessions, sessionSchema);
    const rollers = validateAll(input.rollers, rollerSchema);
    const [profile] = validateAll([input.profile], profileSchema);
    const [settings] = validateAll([input.settings], settingsSchema);
    await lock(async () => {
      const { index: old } = await readIndex();
      const chunks = new Map<string, Session[]>();
      for (const s of sessions) {
        const m = monthOf(s.when);
        chunks.set(m, [...(chunks.get(m) ?? []), s]);
      }
      const months = [...chunks.keys()].sort();
      await storage.setItems([
        { key: KEYS.profile, value: profile },
        { key: KEYS.settings, value: settings },
        { key: KEYS.rollers, value: rollers },
        ...months.map((m) => ({ key: chunkKey(m), value: encodeChunk(chunks.get(m) ?? []) })),
        { key: KEYS.sessionIndex, value: { months } },
      ]);
      const stale = old.months.filter((m) => !chunks.has(m)).map(chunkKey);
      if (stale.length > 0) await storage.removeItems(stale);
    });
  }

  /** The background's memo of what it last told the user; null when missing or unreadable. */
  async function readBackgroundMemo(): Promise<BackgroundMemo | null> {
    const v = await storeItems().background.getValue();
    return v && typeof v.checkedAt === 'number' && Array.isArray(v.safeAreas) ? v : null;
  }

  async function saveBackgroundMemo(memo: BackgroundMemo): Promise<void> {
    await storeItems().background.setValue(memo);
  }

  /** The backup memo; a field that cannot be read is set aside like any other. */
  async function readBackupMemo(): Promise<BackupMemo> {
    const raw = await storeItems().backup.getValue();
    const r = parseRecord(raw, backupMemoSchema, DEFAULT_BACKUP_MEMO, KEYS.backup);
    if (r.rejected.length > 0)
      await lock(async () => {
        await quarantine(r.rejected);
        await storeItems().backup.setValue(r.value);
      });
    return r.value;
  }

  async function saveBackupMemo(change: Partial<BackupMemo>): Promise<BackupMemo> {
    return lock(async () => {
      const current = parseRecord(
        await storeItems().backup.getValue(),
        backupMemoSchema,
        DEFAULT_BACKUP_MEMO,
        KEYS.backup,
      ).value;
      const [next] = validateAll([{ ...current, ...change }], backupMemoSchema) as [BackupMemo];
      await storeItems().backup.setValue(next);
      return next;
    });
  }

  async function readQuarantine(): Promise<QuarantineEntry[]> {
    return normalizeQuarantine(await storeItems().quarantine.getValue(), new Date(now()).toISOString());
  }

  async function clearQuarantine(): Promise<void> {
    await lock(() => storeItems().quarantine.setValue([]));
  }

  // --- Reading only what a page shows (issue 12 point 2): the options history pages through
  // months, the report reads its period, the privacy page reads the settings. Each validates and
  // sets aside what does not validate exactly as load() does.

  /** The months that hold sessions, newest first. An index not readable whole is repaired, and every stored month listed. */
  async function listMonths(): Promise<string[]> {
    const idx = await readIndex();
    if (idx.rejected.length === 0) return [...idx.index.months].reverse();
    await lock(() => repair(idx.rejected));
    return [...new Set([...idx.index.months, ...(await storedMonths())])].sort().reverse();
  }

  /** The sessions of the months given (and only those), validated, oldest first. */
  async function loadMonths(
    months: readonly string[],
  ): Promise<{ sessions: Session[]; rejected: Rejected[] }> {
    const chunks = await readChunks([...new Set(months)]);
    const rejected: Rejected[] = [];
    const byId = new Map<string, Session>();
    for (const { sessions, rejected: r } of chunks.values()) {
      rejected.push(...r);
      for (const s of sessions) {
        const prev = byId.get(s.id);
        if (!prev || (s.updatedAt ?? s.loggedAt) > (prev.updatedAt ?? prev.loggedAt)) byId.set(s.id, s);
      }
    }
    if (rejected.length > 0) await lock(() => repair(rejected));
    return { sessions: sortByWhen([...byId.values()]), rejected };
  }

  /** How many values each month holds as stored, unvalidated (a count to show before its months are read). */
  async function countMonths(months: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (months.length === 0) return out;
    const values = await storage.getItems(months.map(chunkKey));
    values.forEach(({ value }, i) => {
      let v: unknown = value;
      if (typeof v === 'string')
        try {
          v = JSON.parse(v);
        } catch {
          v = [];
        }
      out.set(months[i] as string, Array.isArray(v) ? v.length : 0);
    });
    return out;
  }

  /** Profile, settings and rollers without any session, validated and repaired as load() does. */
  async function loadRecords(): Promise<Omit<LoadResult, 'sessions'>> {
    const it = storeItems();
    const [rawProfile, rawSettings, rawRollers] = await Promise.all([
      it.profile.getValue(),
      it.settings.getValue(),
      it.rollers.getValue(),
    ]);
    const profile = parseRecord(rawProfile, profileSchema, DEFAULT_PROFILE, KEYS.profile);
    const settings = parseRecord(rawSettings, settingsSchema, DEFAULT_SETTINGS, KEYS.settings);
    const rollers = parseList(rawRollers, rollerSchema, KEYS.rollers, ROLLER_FIELDS);
    const rejected = [...profile.rejected, ...settings.rejected, ...rollers.rejected];
    if (rejected.length > 0) await lock(() => repair(rejected));
    return { profile: profile.value, settings: settings.value, rollers: rollers.items, rejected };
  }

  /** The settings alone (a page that shows no data needs only the theme and the language). */
  async function readSettings(): Promise<Settings> {
    const r = parseRecord(
      await storeItems().settings.getValue(),
      settingsSchema,
      DEFAULT_SETTINGS,
      KEYS.settings,
    );
    if (r.rejected.length > 0) await lock(() => repair(r.rejected));
    return r.value;
  }

  return {
    listMonths,
    loadMonths,
    countMonths,
    loadRecords,
    readSettings,
    load,
    putSessions,
    deleteSessions,
    saveRollers,
    saveProfile,
    saveSettings,
    replaceAll,
    readQuarantine,
    clearQuarantine,
    readBackupMemo,
    saveBackupMemo,
    readBackgroundMemo,
    saveBackgroundMemo,
  };
}

export type Repository = ReturnType<typeof createRepository>;
