import { signal } from '@preact/signals';
import type { TimeZone } from '../../core/time';

/**
 * The small, always-loaded side of the photos feature: what the data section needs (the backup
 * tick, delete-all, import of a photo file). Everything else is imported only when used.
 */

/** Bumped whenever photos were added, restored or deleted outside the photos section. */
export const photosChanged = signal(0);
/** "Also save my photos" in the data section: off by default. */
export const photoBackupTicked = signal(false);
/** The outcome of the last photo import, shown beside the import picker. */
export const photoImportNotice = signal<{ error: boolean; text: string } | null>(null);

/** Deletes every photo for "delete all data"; returns the problem when the photos could not be deleted. */
export async function deletePhotosOnDeleteAll(): Promise<string | null> {
  try {
    await (await import('../../store/photos')).deleteAllPhotos();
    photosChanged.value++;
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Writes the photo file next to the JSON backup when the tick is set. */
export async function exportPhotosIfTicked(nowMs: number, tz: TimeZone): Promise<void> {
  if (photoBackupTicked.value) await (await import('./photo-backup')).exportPhotos(nowMs, tz);
}

/** When `file` is a photo backup, restores it and returns true; otherwise returns false. */
export async function importIfPhotoBackup(file: File): Promise<boolean> {
  // The first bytes decide, before any photo code is loaded: a JSON or CSV import is not delayed.
  if (!(await file.slice(0, 64).text()).startsWith('{"format":"roller-coach-photos"')) return false;
  const m = await import('./photo-backup');
  photoImportNotice.value = null;
  const r = await m.importPhotoBackup(file);
  if (r.ok) photosChanged.value++;
  photoImportNotice.value = m.describePhotoImport(r);
  return true;
}
