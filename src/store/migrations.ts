/**
 * Ordered migrations of the sessions dataset, keyed by the version they produce (WXT storage
 * convention). Version 1 is the first shape; a future version 2 adds `2: async (index) => {...}`,
 * which may rewrite every chunk (read them with `storage.getItems`, transform, write back) and
 * returns the new index. Backups carry their own schema version and migrate in the import code.
 */
export const SESSION_MIGRATIONS: Record<number, (index: unknown) => unknown | Promise<unknown>> = {};
