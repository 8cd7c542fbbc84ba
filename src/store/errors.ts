/**
 * The browser refused a write because the extension's storage quota is used up (Chrome:
 * "Resource::kQuotaBytes quota exceeded"; Firefox: QuotaExceededError). Nothing of that write
 * was stored: each write of the repository is a single `storage.set`.
 */
export class StorageFull extends Error {
  constructor(override readonly cause: unknown) {
    super('storage full');
    this.name = 'StorageFull';
  }
}

export function isQuotaError(e: unknown): boolean {
  if (e instanceof StorageFull) return true;
  const name = (e as { name?: unknown } | null)?.name;
  const message = String((e as { message?: unknown } | null)?.message ?? e);
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

/** The same error, or `StorageFull` when it was the quota. */
export function storeError(e: unknown): unknown {
  return !(e instanceof StorageFull) && isQuotaError(e) ? new StorageFull(e) : e;
}
