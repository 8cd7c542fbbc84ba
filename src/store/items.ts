import { storage } from 'wxt/utils/storage';
import { KEYS } from './keys';
import { SESSION_MIGRATIONS } from './migrations';

/** The index of session chunks: which months hold sessions. */
export interface SessionIndex {
  months: string[];
}

export interface QuarantineEntry {
  key: string;
  index?: number;
  /** The field set aside, within the record or list element; absent when the whole value was. */
  path?: (string | number)[];
  /** For a field of a list element: the element's name or time, to say which it was. */
  of?: { name?: string; when?: string };
  at: string;
  issues: { path: (string | number)[]; key: string }[];
  raw: unknown;
}

export interface BackgroundMemo {
  /** When the background last looked. */
  checkedAt: number;
  /** Areas that were safe to roll then. */
  safeAreas: string[];
}

/** A stored item's schema version and the migrations that lead to it (WXT storage convention). */
export interface ItemVersion {
  version: number;
  /** Keyed by the version each produces; each returns the rewritten value. */
  migrations: Record<number, (value: unknown) => unknown>;
}

export type ItemName =
  | 'profile'
  | 'settings'
  | 'rollers'
  | 'sessionIndex'
  | 'quarantine'
  | 'backup'
  | 'background';

const V1: ItemVersion = { version: 1, migrations: {} };

/**
 * The current version of every stored item. Bumping one means a new entry in its migrations; the
 * sessions dataset is versioned through its index, whose migration rewrites every chunk.
 */
export const ITEM_VERSIONS: Readonly<Record<ItemName, ItemVersion>> = {
  profile: V1,
  settings: V1,
  rollers: V1,
  sessionIndex: { version: 1, migrations: SESSION_MIGRATIONS },
  quarantine: V1,
  backup: V1,
  background: V1,
};

function define(v: Readonly<Record<ItemName, ItemVersion>>) {
  const opts = (name: ItemName) => ({ version: v[name].version, migrations: v[name].migrations });
  return {
    // Values are read as `unknown` and validated with zod by the repository: storage may hold
    // anything (older versions, hand edits, corruption).
    profile: storage.defineItem<unknown>(KEYS.profile, { fallback: null, ...opts('profile') }),
    settings: storage.defineItem<unknown>(KEYS.settings, { fallback: null, ...opts('settings') }),
    rollers: storage.defineItem<unknown>(KEYS.rollers, { fallback: null, ...opts('rollers') }),
    // The sessions dataset is versioned through its index: a migration rewrites every chunk.
    sessionIndex: storage.defineItem<unknown>(KEYS.sessionIndex, { fallback: null, ...opts('sessionIndex') }),
    quarantine: storage.defineItem<QuarantineEntry[]>(KEYS.quarantine, {
      fallback: [],
      ...opts('quarantine'),
    }),
    backup: storage.defineItem<unknown>(KEYS.backup, { fallback: null, ...opts('backup') }),
    background: storage.defineItem<BackgroundMemo | null>(KEYS.background, {
      fallback: null,
      ...opts('background'),
    }),
    // Derived data, versioned inside its value: a summary of another version is rebuilt from the
    // history, never migrated (see core/summary).
    summary: storage.defineItem<unknown>(KEYS.summary, { fallback: null }),
  };
}

let items: ReturnType<typeof define> | undefined;
let versions: Readonly<Record<ItemName, ItemVersion>> = ITEM_VERSIONS;

/** Defined on first use: nothing touches `browser` at module load (WXT imports entrypoints at build time). */
export function storeItems(): ReturnType<typeof define> {
  items ??= define(versions);
  return items;
}

/**
 * For tests that reset the fake browser between cases. `next` defines the items at other
 * versions (a future version's migrations, proven before they are needed); none: the current.
 */
export function resetStoreItems(next: Partial<Record<ItemName, ItemVersion>> = {}): void {
  items = undefined;
  versions = { ...ITEM_VERSIONS, ...next };
}
