import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { type BackupMemo, DEFAULT_BACKUP_MEMO } from '../core/backup-due';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  type Profile,
  type Roller,
  type Session,
  type Settings,
} from '../core/schemas';
import {
  horizonForSettings,
  type Summary,
  summaryCovers,
  summaryFits,
  summarySchema,
  summarySessions,
} from '../core/summary';
import { parseInstant } from '../core/time';
import { decodeChunk } from './chunks';
import { ITEM_VERSIONS, type QuarantineEntry } from './items';
import { areaKey, CHUNK_PREFIX, isChunkAreaKey, KEYS, monthOf } from './keys';
import {
  createRepository,
  type LoadResult,
  normalizeQuarantine,
  type Repository,
  sortByWhen,
} from './repository';
import { recordOfKey } from './table';
import type { Rejected } from './validate';

type Changes = Record<string, { newValue?: unknown }>;
/** Profile, settings and rollers as read, with what could not be read. */
type StoredRecords = Pick<LoadResult, 'profile' | 'settings' | 'rollers' | 'rejected'>;

/** The signals every surface reads, whether it holds the whole history or the summary. */
function createRecords(repo: Repository) {
  const profile = signal<Profile>(DEFAULT_PROFILE);
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const rollers = signal<Roller[]>([]);
  const ready = signal(false);
  /** Stored values that could not be read when last loaded (they are kept in quarantine). */
  const rejected = signal<Rejected[]>([]);
  /** What is kept aside (until the user discards it), whoever found it. */
  const quarantine = signal<QuarantineEntry[]>([]);
  /** How many unreadable values are kept aside. */
  const quarantined = computed(() => quarantine.value.length);
  /** When a backup was last downloaded, and the reminder's state. */
  const backup = signal<BackupMemo>(DEFAULT_BACKUP_MEMO);
  const loadError = signal<string | null>(null);
  const signals = { profile, settings, rollers, backup } as const;

  /**
   * A change of a stored record (the table of stored items says which key is which). Returns
   * whether it was handled, and whether something in it could not be read (a full load then
   * sets it aside and tells the user).
   */
  function recordChanged(key: string, newValue: unknown): { handled: boolean; unreadable: boolean } {
    if (key === areaKey(KEYS.quarantine)) {
      quarantine.value = normalizeQuarantine(newValue, new Date().toISOString());
      return { handled: true, unreadable: false };
    }
    const entry = recordOfKey(key);
    if (!entry) return { handled: false, unreadable: false };
    const r = entry.parse(newValue);
    (signals[entry.name as keyof typeof signals] as { value: unknown }).value = r.value;
    return { handled: true, unreadable: r.rejected.length > 0 };
  }

  /**
   * Read what `read` reads and the backup memo side by side (each storage call is a round trip to
   * the browser), then what is set aside (each read may add to it), and show it all at once. A
   * failure is said, and the page stops waiting.
   */
  async function showRead(read: () => Promise<{ records: StoredRecords; show: () => void }>): Promise<void> {
    try {
      const [{ records, show }, memo] = await Promise.all([read(), repo.readBackupMemo()]);
      const aside = await repo.readQuarantine();
      batch(() => {
        quarantine.value = aside;
        backup.value = memo;
        profile.value = records.profile;
        settings.value = records.settings;
        rollers.value = records.rollers;
        rejected.value = records.rejected;
        show();
        loadError.value = null;
        ready.value = true;
      });
    } catch (e) {
      loadError.value = e instanceof Error ? e.message : String(e);
      ready.value = true;
    }
  }

  return {
    profile,
    settings,
    rollers,
    ready,
    rejected,
    quarantine,
    quarantined,
    backup,
    loadError,
    recordChanged,
    showRead,
    repo,
  };
}

function follow(onChanged: (changes: Changes, area: string) => void, refresh: () => Promise<void>) {
  return (): (() => void) => {
    const listener = (changes: Changes, area: string) => onChanged(changes, area);
    browser.storage.onChanged.addListener(listener);
    void refresh();
    return () => browser.storage.onChanged.removeListener(listener);
  };
}

/**
 * Signals that mirror storage. Each open surface (options page, report) creates one AppState
 * and connects it; writes from any context reach every other through `storage.onChanged`, and
 * only the changed month of sessions is parsed again. The popup uses `createSummaryState`.
 */
export function createAppState(repo: Repository = createRepository()) {
  const base = createRecords(repo);
  const chunks = signal<ReadonlyMap<string, Session[]>>(new Map());

  const sessions = computed<Session[]>(() => {
    const out: Session[] = [];
    for (const list of chunks.value.values()) out.push(...list);
    return sortByWhen(out);
  });
  /** How many sessions the history holds, and when it starts (the backup reminder, the count). */
  const sessionCount: ReadonlySignal<number> = computed(() => sessions.value.length);
  const firstSessionMs: ReadonlySignal<number | null> = computed(() => {
    const first = sessions.value[0];
    return first ? parseInstant(first.when) : null;
  });

  function setChunks(all: Session[]): void {
    const map = new Map<string, Session[]>();
    for (const s of all) {
      const m = monthOf(s.when);
      const list = map.get(m);
      if (list) list.push(s);
      else map.set(m, [s]);
    }
    chunks.value = map;
  }

  function refresh(): Promise<void> {
    return base.showRead(async () => {
      const r = await repo.load();
      return { records: r, show: () => setChunks(r.sessions) };
    });
  }

  function onChanged(changes: Changes, area: string): void {
    if (area !== 'local') return;
    let needsFullLoad = false;
    batch(() => {
      for (const [key, change] of Object.entries(changes)) {
        if (base.recordChanged(key, change.newValue).unreadable) needsFullLoad = true;
        else if (isChunkAreaKey(key)) {
          const month = key.slice(CHUNK_PREFIX.length);
          const r = decodeChunk(change.newValue, key);
          const next = new Map(chunks.value);
          if (r.sessions.length > 0) next.set(month, r.sessions);
          else next.delete(month);
          chunks.value = next;
          needsFullLoad ||= r.rejected.length > 0;
        }
      }
    });
    // Something unreadable arrived: the full load sets it aside and tells the user.
    if (needsFullLoad) void refresh();
  }

  const { recordChanged: _, ...signals } = base;
  return {
    ...signals,
    sessions,
    sessionCount,
    firstSessionMs,
    /** False: `sessions` is the whole history. */
    partial: false as boolean,
    /** The sessions an assessment of a candidate at `ms` needs (here: the whole history). */
    sessionsAround: (_ms: number): Promise<readonly Session[]> => Promise.resolve(sessions.value),
    refresh,
    /** Load and follow storage; returns the function that stops following. */
    connect: follow(onChanged, refresh),
  };
}

export type AppState = ReturnType<typeof createAppState>;

export interface SummaryStateOptions {
  now?: () => number;
  tz?: string;
}

/**
 * The popup's state: the same signals as `createAppState`, read from the stored summary instead
 * of every month (its cost does not grow with the history). `sessions` holds the sessions the
 * rules read (see core/summary), with each roller's days of use, so assessments, statuses, the
 * badge and wear equal those of the whole history; `sessionCount` and `firstSessionMs` are the
 * history's. Anything that needs every session (a backup) loads it (`partial` is true).
 */
export function createSummaryState(
  repo: Repository = createRepository(),
  o: SummaryStateOptions = {},
): AppState {
  const base = createRecords(repo);
  const now = o.now ?? (() => Date.now());
  const tz = o.tz ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const summary = signal<Summary | null>(null);
  const sessions = computed<Session[]>(() => (summary.value ? summarySessions(summary.value) : []));
  const sessionCount = computed(() => summary.value?.count ?? 0);
  const firstSessionMs = computed(() => {
    const first = summary.value?.firstWhen;
    return first ? parseInstant(first) : null;
  });

  async function readSummary(): Promise<void> {
    summary.value = await repo.readSummary({ nowMs: now(), tz });
  }

  function refresh(): Promise<void> {
    return base.showRead(async () => {
      const [summaryRead, records] = await Promise.all([
        repo.readSummary({ nowMs: now(), tz }),
        repo.loadRecords(),
      ]);
      return {
        records,
        show: () => {
          summary.value = summaryRead;
        },
      };
    });
  }

  /** A summary that arrived with a write: used as it is when it fits, else read (rebuilt) again. */
  function summaryChanged(raw: unknown, months: readonly string[] | null): boolean {
    const r = summarySchema.safeParse(raw);
    if (!r.success) return false;
    const fits = summaryFits(r.data, {
      nowMs: now(),
      tz,
      horizonDays: horizonForSettings(base.settings.peek()),
      dataVersion: ITEM_VERSIONS.sessionIndex.version,
      months: months ?? Object.keys(r.data.stamps).sort(),
    });
    if (fits) summary.value = r.data;
    return fits;
  }

  function onChanged(changes: Changes, area: string): void {
    if (area !== 'local') return;
    let needsFullLoad = false;
    let needsSummary = false;
    batch(() => {
      const index = changes[areaKey(KEYS.sessionIndex)];
      const months = index ? ((index.newValue as { months?: string[] } | undefined)?.months ?? null) : null;
      for (const [key, change] of Object.entries(changes)) {
        if (base.recordChanged(key, change.newValue).unreadable) needsFullLoad = true;
        else if (key === areaKey(KEYS.summary)) needsSummary ||= !summaryChanged(change.newValue, months);
        // Months written without their summary (a migration, another version): read it again.
        else if (isChunkAreaKey(key) || key === areaKey(KEYS.sessionIndex))
          needsSummary ||= !(areaKey(KEYS.summary) in changes);
        else if (key === areaKey(KEYS.settings)) needsSummary = true;
      }
    });
    if (needsFullLoad) void refresh();
    else if (needsSummary) void readSummary().catch((e) => (base.loadError.value = String(e)));
  }

  async function sessionsAround(ms: number): Promise<readonly Session[]> {
    const s = summary.value;
    if (s && summaryCovers(s, ms, horizonForSettings(base.settings.value))) return sessions.value;
    return (await repo.load()).sessions;
  }

  const { recordChanged: _, ...signals } = base;
  return {
    ...signals,
    sessions,
    sessionCount,
    firstSessionMs,
    partial: true,
    sessionsAround,
    refresh,
    connect: follow(onChanged, refresh),
  };
}
