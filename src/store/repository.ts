import { storage } from 'wxt/utils/storage';
import type { ZodMiniType } from 'zod/mini';
import { type BackupMemo, backupMemoSchema, DEFAULT_BACKUP_MEMO } from '../core/backup-due';
import {
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
import {
  appendToSummary,
  buildSummary,
  horizonForSettings,
  type Summary,
  stampOf,
  summaryCountsSchema,
  summaryFits,
  summarySchema,
} from '../core/summary';
import { parseInstantOnce } from '../core/time';
import { decodeChunk, encodeChunk } from './chunks';
import { storeError } from './errors';
import {
  type BackgroundMemo,
  ITEM_VERSIONS,
  type QuarantineEntry,
  type SessionIndex,
  storeItems,
} from './items';
import { areaKey, CHUNK_PREFIX, chunkKey, KEYS, monthOf } from './keys';
import { type Lock, storeLock } from './lock';
import { summaryWrites } from './summary-stamp';
import { type RecordName, type RecordValue, readRecord, recordOfKey, writeRecord } from './table';
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
  const keyed = sessions.map((s) => ({ s, ms: parseInstantOnce(s.when) }));
  keyed.sort((a, b) => a.ms - b.ms || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
  return keyed.map((k) => k.s);
}

const byId = (a: Session, b: Session) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The order of two sessions that validated (each `when` an instant), as sortByWhen orders them.
 * Two times written with the seconds and the same offset ("2026-11-21T20:30:00+01:00") compare as
 * text: fixed-width fields, the same zone. Any other pair is compared by instant.
 */
function compareValidated(a: Session, b: Session): number {
  const x = a.when;
  const y = b.when;
  const sameForm =
    x.length === 25 && y.length === 25 && (x[19] === '+' || x[19] === '-') && x.endsWith(y.slice(19));
  const d = sameForm ? (x < y ? -1 : x > y ? 1 : 0) : parseInstantOnce(x) - parseInstantOnce(y);
  return d || byId(a, b);
}

/**
 * sortByWhen for sessions that validated: months are read in order and are mostly written in
 * order, so the list is first checked pair by pair (most pairs as text, issue 12) and returned as
 * it is when already in order (a stable sort would not move anything); otherwise it is sorted.
 */
export function sortValidatedByWhen(sessions: Session[]): Session[] {
  for (let i = 1; i < sessions.length; i++)
    if (compareValidated(sessions[i - 1] as Session, sessions[i] as Session) > 0) return sortByWhen(sessions);
  return sessions.slice();
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
  /** The zone the summary counts days of use in (the user's). */
  tz?: () => string;
}

/** Newest copy of each id (by updatedAt, else loggedAt), as load keeps them. */
function latestById(lists: Iterable<readonly Session[]>): Session[] {
  const byId = new Map<string, Session>();
  for (const list of lists)
    for (const s of list) {
      const prev = byId.get(s.id);
      if (!prev || (s.updatedAt ?? s.loggedAt) > (prev.updatedAt ?? prev.loggedAt)) byId.set(s.id, s);
    }
  return [...byId.values()];
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
  const tz = opts.tz ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const dataVersion = () => ITEM_VERSIONS.sessionIndex.version;

  async function readIndex(): Promise<{ index: SessionIndex; rejected: Rejected[] }> {
    return parseIndex(await storeItems().sessionIndex.getValue());
  }

  async function readChunks(
    months: string[],
  ): Promise<Map<string, { sessions: Session[]; rejected: Rejected[]; stamp: string }>> {
    const out = new Map<string, { sessions: Session[]; rejected: Rejected[]; stamp: string }>();
    if (months.length === 0) return out;
    const values = await storage.getItems(months.map(chunkKey));
    values.forEach(({ key, value }, i) => {
      const decoded = decodeChunk(value, key);
      let stamp: string | undefined;
      // The fingerprint is computed only when asked for (a load with no summary never needs it).
      out.set(months[i] as string, {
        ...decoded,
        get stamp() {
          stamp ??= stampOf(value);
          return stamp;
        },
      });
    });
    return out;
  }

  /** Every month the index lists (and, when it was unreadable, every month stored), decoded. */
  async function readAll(): Promise<{
    months: string[];
    chunks: Map<string, { sessions: Session[]; rejected: Rejected[]; stamp: string }>;
    rejected: Rejected[];
  }> {
    const idx = await readIndex();
    // An index that could not be read whole may have lost months: read every month that exists.
    const months =
      idx.rejected.length > 0
        ? [...new Set([...idx.index.months, ...(await storedMonths())])].sort()
        : idx.index.months;
    const chunks = await readChunks(months);
    const rejected = [...idx.rejected];
    for (const c of chunks.values()) rejected.push(...c.rejected);
    return { months, chunks, rejected };
  }

  async function summaryHorizon(): Promise<number> {
    return horizonForSettings((await readRecord('settings')).value);
  }

  /** The summary of the history as stored now (read under the lock by the caller). */
  async function rebuildSummary(
    anchorMs = now(),
    zone = tz(),
  ): Promise<{ summary: Summary; rejected: Rejected[] }> {
    const all = await readAll();
    const stamps: Record<string, string> = {};
    for (const [m, c] of all.chunks) stamps[m] = c.stamp;
    const summary = buildSummary(latestById([...all.chunks.values()].map((c) => c.sessions)), {
      anchorMs,
      tz: zone,
      horizonDays: await summaryHorizon(),
      dataVersion: dataVersion(),
      stamps,
    });
    return { summary, rejected: all.rejected };
  }

  /**
   * Every month was read: when a stored summary was built from other contents (a month changed
   * by a writer that did not keep it in step), it is rebuilt now. A missing one is left to its
   * first reader.
   */
  async function checkSummary(chunks: Map<string, { stamp: string }>): Promise<void> {
    const stampsInStep = (stamps: unknown) =>
      typeof stamps === 'object' &&
      stamps !== null &&
      Object.keys(stamps).length === chunks.size &&
      [...chunks].every(([m, c]) => (stamps as Record<string, unknown>)[m] === c.stamp);
    const inStep = (s: Summary | null) => s === null || stampsInStep(s.stamps);
    // Stamps already in step need no validation (issue 12: the summary's schema covers hundreds of
    // sessions and days): a valid summary is then in step, an invalid one is left to its first
    // reader like a missing one. Only one out of step is validated before it is rebuilt.
    const raw = await storeItems().summary.getValue();
    if (raw === null || raw === undefined || stampsInStep((raw as { stamps?: unknown }).stamps)) return;
    if (inStep(parseSummary(raw))) return;
    await lock(async () => {
      const current = await readStoredSummary();
      if (inStep(current) || current === null) return;
      const built = await rebuildSummary(current.anchorMs, current.tz);
      if (built.rejected.length === 0) await storage.setItems(summaryWrites(built.summary));
    });
  }

  function parseSummary(raw: unknown): Summary | null {
    const r = summarySchema.safeParse(raw);
    return r.success ? r.data : null;
  }

  async function readStoredSummary(): Promise<Summary | null> {
    return parseSummary(await storeItems().summary.getValue());
  }

  /**
   * The summary the popup, badge and background read instead of every month, for a reader at
   * `nowMs` in zone `zone`. When it is missing, of another version, built for other months (or
   * zone, or rules needing more days) or does not validate, it is rebuilt from the whole history
   * under the lock and written (when storage is full the rebuilt one is still returned).
   */
  async function readSummary(want: { nowMs?: number; tz?: string } = {}): Promise<Summary> {
    const nowMs = want.nowMs ?? now();
    const zone = want.tz ?? tz();
    const fits = async (): Promise<Summary | null> => {
      const [summary, idx, horizonDays] = await Promise.all([
        readStoredSummary(),
        readIndex(),
        summaryHorizon(),
      ]);
      if (!summary || idx.rejected.length > 0) return null;
      const ok = summaryFits(summary, {
        nowMs,
        tz: zone,
        horizonDays,
        dataVersion: dataVersion(),
        months: idx.index.months,
      });
      return ok ? summary : null;
    };
    const fresh = await fits();
    if (fresh) return fresh;
    return lock(async () => {
      // Another context may have rebuilt it while this one waited.
      const again = await fits();
      if (again) return again;
      const built = await rebuildSummary(Math.min(now(), nowMs), zone);
      if (built.rejected.length > 0) await repair(built.rejected, { summary: false });
      try {
        await storage.setItems(summaryWrites(built.summary));
      } catch (e) {
        console.warn('Roller Coach: the summary could not be written', e);
      }
      return built.summary;
    });
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
    const [profile, settings, rollers, all] = await Promise.all([
      readRecord('profile'),
      readRecord('settings'),
      readRecord('rollers'),
      readAll(),
    ]);
    const rejected: Rejected[] = [
      ...profile.rejected,
      ...settings.rejected,
      ...rollers.rejected,
      ...all.rejected,
    ];
    if (rejected.length > 0) await lock(() => repair(rejected));
    else await checkSummary(all.chunks);
    return {
      profile: profile.value,
      settings: settings.value,
      rollers: rollers.value,
      sessions: sortValidatedByWhen(latestById([...all.chunks.values()].map((c) => c.sessions))),
      rejected,
    };
  }

  /** Profile, settings and rollers, validated (what does not validate is set aside, as in load). */
  async function loadRecords(): Promise<Omit<LoadResult, 'sessions'>> {
    const [profile, settings, rollers] = await Promise.all([
      readRecord('profile'),
      readRecord('settings'),
      readRecord('rollers'),
    ]);
    const rejected = [...profile.rejected, ...settings.rejected, ...rollers.rejected];
    if (rejected.length > 0) await lock(() => repair(rejected));
    return { profile: profile.value, settings: settings.value, rollers: rollers.value, rejected };
  }

  /** Set rejected values aside, then rewrite each affected key with what validates (under the lock). */
  async function repair(rejected: Rejected[], o: { summary?: boolean } = {}): Promise<void> {
    await quarantine(rejected);
    const keys = new Set(rejected.map((r) => r.key));
    const it = storeItems();
    let sessionsTouched = false;
    for (const key of keys) {
      const entry = recordOfKey(key);
      if (entry)
        await writeRecord(entry.name as RecordName, (await readRecord(entry.name as RecordName)).value);
      else if (key === KEYS.sessionIndex) {
        sessionsTouched = true;
        // Rebuild the index: the months it still names that exist, and every month that exists.
        const kept = parseIndex(await it.sessionIndex.getValue()).index.months;
        const stored = await storedMonths();
        const months = [...new Set([...kept.filter((m) => stored.includes(m)), ...stored])].sort();
        await it.sessionIndex.setValue({ months });
      } else if (areaKey(key).startsWith(CHUNK_PREFIX)) {
        sessionsTouched = true;
        const raw = await storage.getItem<unknown>(key as `local:${string}`);
        await storage.setItem(key as `local:${string}`, encodeChunk(decodeChunk(raw, key).sessions));
      }
    }
    // The months changed: the summary follows (built from what is now stored, all of it valid).
    if (sessionsTouched && o.summary !== false)
      await storage.setItems(summaryWrites((await rebuildSummary()).summary));
  }

  /**
   * Read only the months given, let `mutate` change them, and write back the changed months plus
   * the index (when months appear) in one call. Appending one session reads and writes one month.
   */
  async function writeMonths(
    months: Iterable<string>,
    mutate: (chunks: Map<string, Session[]>) => Set<string>,
    /** The sessions added, when the change only added new ids (the summary is then updated, not rebuilt). */
    appended: () => Session[] | null = () => null,
  ): Promise<void> {
    const { index } = await readIndex();
    const known = new Set(index.months);
    const chunks = new Map<string, Session[]>();
    const wanted = [...new Set(months)];
    const read = await readChunks(wanted.filter((m) => known.has(m)));
    for (const [m, c] of read) chunks.set(m, c.sessions);
    for (const m of wanted) if (!chunks.has(m)) chunks.set(m, []);
    const touched = mutate(chunks);
    if (touched.size === 0) return;
    const writes: { key: `local:${string}`; value: unknown }[] = [];
    const stamps: Record<string, string> = {};
    for (const m of touched) {
      const value = encodeChunk(chunks.get(m) ?? []);
      stamps[m] = stampOf(value);
      writes.push({ key: chunkKey(m), value });
    }
    const added = [...touched].filter((m) => !known.has(m));
    if (added.length > 0)
      writes.push({ key: KEYS.sessionIndex, value: { months: [...known, ...added].sort() } });
    // The summary is written in the same call as the months: it is never out of step with them.
    const summary = await summaryAfter(index.months, read, chunks, stamps, appended());
    writes.push(...summaryWrites(summary));
    await storage.setItems(writes);
  }

  /**
   * The summary after a write: updated from the stored one when the write only added sessions and
   * the stored one was built from the months as read; otherwise rebuilt from every month (the
   * months in memory as changed, the others as stored).
   */
  async function summaryAfter(
    oldMonths: readonly string[],
    read: Map<string, { stamp: string }>,
    changed: Map<string, Session[]>,
    stamps: Record<string, string>,
    added: Session[] | null,
  ): Promise<Summary> {
    if (added) {
      const current = await readStoredSummary();
      const listed = current ? Object.keys(current.stamps).sort() : [];
      const inStep =
        current !== null &&
        current.dataVersion === dataVersion() &&
        listed.length === oldMonths.length &&
        listed.every((m, i) => m === oldMonths[i]) &&
        [...read].every(([m, c]) => current.stamps[m] === c.stamp);
      if (current && inStep)
        return appendToSummary(current, added, { anchorMs: now(), stamps: { ...current.stamps, ...stamps } });
    }
    const others = oldMonths.filter((m) => !changed.has(m));
    const rest = await readChunks(others);
    const all = new Map<string, Session[]>();
    const allStamps: Record<string, string> = {};
    for (const [m, c] of rest) {
      all.set(m, c.sessions);
      allStamps[m] = c.stamp;
    }
    for (const [m, list] of changed) {
      if (!oldMonths.includes(m) && !(m in stamps)) continue;
      all.set(m, list);
      allStamps[m] = stamps[m] ?? (read.get(m)?.stamp as string);
    }
    return buildSummary(latestById(all.values()), {
      anchorMs: now(),
      tz: tz(),
      horizonDays: await summaryHorizon(),
      dataVersion: dataVersion(),
      stamps: allStamps,
    });
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
      let replaced = previous.length > 0;
      await writeMonths(
        months,
        (chunks) => {
          const touched = new Set<string>();
          for (const [m, list] of chunks) {
            if (list.some((s) => ids.has(s.id))) {
              replaced = true;
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
        },
        () => (replaced || ids.size !== sessions.length ? null : sessions),
      );
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
   * Read-modify-write of one stored record under one take of the lock: `change` gets the value as
   * stored (validated; the default when missing) and returns the new one, which is validated
   * before it is written. Concurrent updates from any context never lose each other's change.
   */
  async function update<N extends 'profile' | 'settings'>(
    name: N,
    change: (current: RecordValue<N>) => RecordValue<N>,
  ): Promise<RecordValue<N>> {
    const schema = (name === 'profile' ? profileSchema : settingsSchema) as unknown as ZodMiniType<
      RecordValue<N>
    >;
    return lock(async () => {
      const current = await readRecord(name);
      if (current.rejected.length > 0) await quarantine(current.rejected);
      const next = validateAll([change(current.value)], schema)[0] as RecordValue<N>;
      await writeRecord(name, next);
      return next;
    });
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
      const encoded = months.map((m) => ({ key: chunkKey(m), value: encodeChunk(chunks.get(m) ?? []) }));
      const stamps = Object.fromEntries(months.map((m, i) => [m, stampOf(encoded[i]?.value)]));
      const summary = buildSummary(latestById([sessions]), {
        anchorMs: now(),
        tz: tz(),
        horizonDays: horizonForSettings(settings as Settings),
        dataVersion: dataVersion(),
        stamps,
      });
      await storage.setItems([
        { key: KEYS.profile, value: profile },
        { key: KEYS.settings, value: settings },
        { key: KEYS.rollers, value: rollers },
        ...encoded,
        { key: KEYS.sessionIndex, value: { months } },
        ...summaryWrites(summary),
      ]);
      // The popup's saved view holds the old history's words: it goes with the history.
      const stale = [...old.months.filter((m) => !chunks.has(m)).map(chunkKey), KEYS.statusView];
      await storage.removeItems(stale);
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
    return { sessions: sortValidatedByWhen([...byId.values()]), rejected };
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

  /**
   * How many sessions each month holds, from the summary without reading the months: the stored
   * counts when the summary is of this version and built from the months the index lists (only
   * that part is validated: the counts are all the options history needs of it), else those of
   * `readSummary` (rebuilt from the months when it must be).
   */
  async function readMonthCounts(): Promise<Record<string, number>> {
    const [raw, idx] = await Promise.all([storeItems().summary.getValue(), readIndex()]);
    const r = summaryCountsSchema.safeParse(raw);
    const built = r.success ? Object.keys(r.data.stamps).sort() : [];
    const inStep =
      r.success &&
      idx.rejected.length === 0 &&
      r.data.dataVersion === dataVersion() &&
      built.length === idx.index.months.length &&
      built.every((m, i) => m === idx.index.months[i]);
    if (r.success && inStep) return r.data.monthCounts;
    return (await readSummary()).monthCounts;
  }

  /** The settings alone (a page that shows no data needs only the theme and the language). */
  async function readSettings(): Promise<Settings> {
    const r = await readRecord('settings');
    if (r.rejected.length > 0) await lock(() => repair(r.rejected));
    return r.value;
  }

  return {
    listMonths,
    loadMonths,
    countMonths,
    readMonthCounts,
    loadRecords,
    readSettings,
    load,
    readSummary,
    update,
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
