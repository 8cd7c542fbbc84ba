import { type BackupMemo, backupMemoSchema, DEFAULT_BACKUP_MEMO } from '../core/backup-due';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  type Profile,
  profileSchema,
  type Roller,
  rollerSchema,
  type Settings,
  settingsSchema,
} from '../core/schemas';
import { type ItemName, storeItems } from './items';
import { areaKey, KEYS } from './keys';
import { parseList, parseRecord, type Rejected, ROLLER_FIELDS } from './validate';

/**
 * The stored records, each declared once: its key, its default and how a stored value is read
 * (validated; what does not validate is returned as `rejected`, to set aside in quarantine).
 * `repository.load`, `repository.repair` and `state.onChanged` all read through this table.
 */
export interface StoredRecord<T> {
  name: ItemName;
  key: (typeof KEYS)[keyof typeof KEYS];
  fallback: T;
  parse(raw: unknown): { value: T; rejected: Rejected[] };
}

function record<T extends object>(
  name: ItemName,
  key: StoredRecord<T>['key'],
  schema: Parameters<typeof parseRecord>[1],
  fallback: T,
): StoredRecord<T> {
  return { name, key, fallback, parse: (raw) => parseRecord<T>(raw, schema, fallback, key) };
}

export const RECORDS = {
  profile: record<Profile>('profile', KEYS.profile, profileSchema, DEFAULT_PROFILE),
  settings: record<Settings>('settings', KEYS.settings, settingsSchema, DEFAULT_SETTINGS),
  rollers: {
    name: 'rollers',
    key: KEYS.rollers,
    fallback: [],
    parse(raw: unknown) {
      const r = parseList(raw, rollerSchema, KEYS.rollers, ROLLER_FIELDS);
      return { value: r.items, rejected: r.rejected };
    },
  } satisfies StoredRecord<Roller[]> as StoredRecord<Roller[]>,
  backup: record<BackupMemo>('backup', KEYS.backup, backupMemoSchema, DEFAULT_BACKUP_MEMO),
} as const;

export type RecordName = keyof typeof RECORDS;
export type RecordValue<N extends RecordName> = (typeof RECORDS)[N]['fallback'];

/** The record stored under `key` (with or without the `local:` prefix), if it is one. */
export function recordOfKey(key: string): (typeof RECORDS)[RecordName] | undefined {
  const k = areaKey(key);
  return Object.values(RECORDS).find((r) => areaKey(r.key) === k);
}

/** The stored value of a record, read and validated. */
export async function readRecord<N extends RecordName>(
  name: N,
): Promise<{ value: RecordValue<N>; rejected: Rejected[] }> {
  const entry = RECORDS[name] as StoredRecord<RecordValue<N>>;
  return entry.parse(await storeItems()[entry.name].getValue());
}

export async function writeRecord<N extends RecordName>(name: N, value: RecordValue<N>): Promise<void> {
  await storeItems()[RECORDS[name].name].setValue(value as never);
}
