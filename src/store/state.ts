import { batch, computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { type BackupMemo, backupMemoSchema, DEFAULT_BACKUP_MEMO } from '../core/backup-due';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  type Profile,
  profileSchema,
  type Roller,
  rollerSchema,
  type Session,
  type Settings,
  settingsSchema,
} from '../core/schemas';
import { decodeChunk } from './chunks';
import type { QuarantineEntry } from './items';
import { areaKey, CHUNK_PREFIX, isChunkAreaKey, KEYS } from './keys';
import { createRepository, normalizeQuarantine, type Repository, sortByWhen } from './repository';
import { parseList, parseRecord, type Rejected, ROLLER_FIELDS } from './validate';

/**
 * Signals that mirror storage. Each open surface (popup, options page, report) creates one
 * AppState and connects it; writes from any context reach every other through
 * `storage.onChanged`, and only the changed month of sessions is parsed again.
 */
export function createAppState(repo: Repository = createRepository()) {
  const profile = signal<Profile>(DEFAULT_PROFILE);
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const rollers = signal<Roller[]>([]);
  const chunks = signal<ReadonlyMap<string, Session[]>>(new Map());
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

  const sessions = computed<Session[]>(() => {
    const out: Session[] = [];
    for (const list of chunks.value.values()) out.push(...list);
    return sortByWhen(out);
  });

  function setChunks(all: Session[]): void {
    const map = new Map<string, Session[]>();
    for (const s of all) {
      const m = s.when.slice(0, 7);
      const list = map.get(m);
      if (list) list.push(s);
      else map.set(m, [s]);
    }
    chunks.value = map;
  }

  async function refresh(): Promise<void> {
    try {
      const r = await repo.load();
      const memo = await repo.readBackupMemo();
      const aside = await repo.readQuarantine();
      batch(() => {
        quarantine.value = aside;
        backup.value = memo;
        profile.value = r.profile;
        settings.value = r.settings;
        rollers.value = r.rollers;
        setChunks(r.sessions);
        rejected.value = r.rejected;
        loadError.value = null;
        ready.value = true;
      });
    } catch (e) {
      loadError.value = e instanceof Error ? e.message : String(e);
      ready.value = true;
    }
  }

  function onChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
    if (area !== 'local') return;
    let needsFullLoad = false;
    batch(() => {
      for (const [key, change] of Object.entries(changes)) {
        if (key === areaKey(KEYS.quarantine)) {
          quarantine.value = normalizeQuarantine(change.newValue, new Date().toISOString());
        } else if (key === areaKey(KEYS.backup)) {
          const r = parseRecord(change.newValue, backupMemoSchema, DEFAULT_BACKUP_MEMO, KEYS.backup);
          backup.value = r.value;
          needsFullLoad ||= r.rejected.length > 0;
        } else if (key === areaKey(KEYS.profile)) {
          const r = parseRecord(change.newValue, profileSchema, DEFAULT_PROFILE, KEYS.profile);
          profile.value = r.value;
          needsFullLoad ||= r.rejected.length > 0;
        } else if (key === areaKey(KEYS.settings)) {
          const r = parseRecord(change.newValue, settingsSchema, DEFAULT_SETTINGS, KEYS.settings);
          settings.value = r.value;
          needsFullLoad ||= r.rejected.length > 0;
        } else if (key === areaKey(KEYS.rollers)) {
          const r = parseList(change.newValue, rollerSchema, KEYS.rollers, ROLLER_FIELDS);
          rollers.value = r.items;
          needsFullLoad ||= r.rejected.length > 0;
        } else if (isChunkAreaKey(key)) {
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

  /** Load and follow storage; returns the function that stops following. */
  function connect(): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) =>
      onChanged(changes, area);
    browser.storage.onChanged.addListener(listener);
    void refresh();
    return () => browser.storage.onChanged.removeListener(listener);
  }

  return {
    profile,
    settings,
    rollers,
    sessions,
    ready,
    rejected,
    quarantine,
    quarantined,
    backup,
    loadError,
    refresh,
    connect,
    repo,
  };
}

export type AppState = ReturnType<typeof createAppState>;
