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

function define() {
  return {
    // Values are read as `unknown` and validated with zod by the repository: storage may hold
    // anything (older versions, hand edits, corruption).
    profile: storage.defineItem<unknown>(KEYS.profile, { fallback: null, version: 1, migrations: {} }),
    settings: storage.defineItem<unknown>(KEYS.settings, { fallback: null, version: 1, migrations: {} }),
    rollers: storage.defineItem<unknown>(KEYS.rollers, { fallback: null, version: 1, migrations: {} }),
    // The sessions dataset is versioned through its index: a migration rewrites every chunk.
    sessionIndex: storage.defineItem<unknown>(KEYS.sessionIndex, {
      fallback: null,
      version: 1,
      migrations: SESSION_MIGRATIONS,
    }),
    quarantine: storage.defineItem<QuarantineEntry[]>(KEYS.quarantine, {
      fallback: [],
      version: 1,
      migrations: {},
    }),
    backup: storage.defineItem<unknown>(KEYS.backup, { fallback: null, version: 1, migrations: {} }),
    background: storage.defineItem<BackgroundMemo | null>(KEYS.background, {
      fallback: null,
      version: 1,
      migrations: {},
    }),
  };
}

let items: ReturnType<typeof define> | undefined;

/** Defined on first use: nothing touches `browser` at module load (WXT imports entrypoints at build time). */
export function storeItems(): ReturnType<typeof define> {
  items ??= define();
  return items;
}

/** For tests that reset the fake browser between cases. */
export function resetStoreItems(): void {
  items = undefined;
}
