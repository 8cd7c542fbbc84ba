import { storage } from 'wxt/utils/storage';
import { chunkKey } from './keys';

/**
 * Ordered migrations of the sessions dataset, keyed by the version they produce (WXT storage
 * convention). Version 1 is the first shape; a future version 2 adds `2: async (index) => {...}`,
 * which may rewrite every chunk (read them with `storage.getItems`, transform, write back) and
 * returns the new index (`rewriteEveryChunk` does that). Backups carry their own schema version
 * and migrate in the import code.
 */
export const SESSION_MIGRATIONS: Record<number, (index: unknown) => unknown | Promise<unknown>> = {};

/**
 * A sessions migration that rewrites every month chunk with `transform` (given each chunk's raw
 * stored value and its month). Every chunk is transformed in memory first and all are written in
 * one `storage.setItems` call, so a transform that throws leaves every chunk as it was (and WXT
 * then keeps the old version number: the data stays readable by the code that wrote it).
 */
export function rewriteEveryChunk(
  transform: (raw: unknown, month: string) => unknown,
): (index: unknown) => Promise<unknown> {
  return async (index) => {
    const listed = (index as { months?: unknown } | null)?.months;
    const months = Array.isArray(listed)
      ? listed.filter((m): m is string => typeof m === 'string' && /^\d{4}-\d{2}$/.test(m))
      : [];
    const values = await storage.getItems(months.map(chunkKey));
    const rewritten = values.map(({ key, value }, i) => ({
      key,
      value: transform(value, months[i] as string),
    }));
    await storage.setItems(rewritten);
    return index;
  };
}
