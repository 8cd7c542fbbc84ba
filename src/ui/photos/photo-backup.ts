import {
  looksLikePhotoBackup,
  type PhotoBackupProblem,
  type PhotoMeta,
  parsePhotoBackup,
  photoBackupFileName,
  photoBackupHeader,
  photoBackupSize,
  sniffImage,
} from '../../core/photos';
import { formatInstant, type TimeZone } from '../../core/time';
import type { MessageKey } from '../../i18n/en';
import { t } from '../../i18n/i18n';
import { type PhotoStore, photoStore, type StoredPhoto } from '../../store/photos';
import { showToast } from '../shared/Toast';
import './messages';

/**
 * The photo backup: a separate file next to the JSON backup (which stays exactly as it was),
 * one JSON line per photo with its images as base64. Its size is known before it is written.
 */

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(out);
}

function fromBase64(text: string, type: string): Blob {
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type });
}

export interface PhotoBackupPlan {
  count: number;
  bytes: number;
  exportedAt: string;
  metas: PhotoMeta[];
}

/** What the photo file would hold and its exact size, read from the metadata alone. */
export async function planPhotoBackup(
  nowMs: number,
  tz: TimeZone,
  store?: PhotoStore,
): Promise<PhotoBackupPlan> {
  const s = store ?? (await photoStore());
  const { photos } = await s.list();
  const exportedAt = formatInstant(nowMs, tz);
  return { count: photos.length, bytes: photoBackupSize(photos, exportedAt), exportedAt, metas: photos };
}

/** The photo file as a Blob, written photo by photo. */
export async function buildPhotoBackup(plan: PhotoBackupPlan, store?: PhotoStore): Promise<Blob> {
  const s = store ?? (await photoStore());
  const parts: string[] = [photoBackupHeader(plan.metas.length, plan.exportedAt), '\n'];
  for (const meta of plan.metas) {
    const b = await s.blobs(meta.id);
    if (!b) throw new Error(`photo ${meta.id} has no image`);
    parts.push(
      JSON.stringify({
        meta,
        image: await toBase64(b.image),
        thumb: await toBase64(b.thumb),
        ...(meta.originalBytes !== undefined && b.original ? { original: await toBase64(b.original) } : {}),
      }),
      '\n',
    );
  }
  return new Blob(parts, { type: 'application/x-ndjson' });
}

export function photoFileName(nowMs: number, tz: TimeZone): string {
  return photoBackupFileName(nowMs, tz);
}

/** Whether a picked file is a photo backup (its first bytes say so). */
export async function isPhotoBackupFile(file: Blob): Promise<boolean> {
  return looksLikePhotoBackup(await file.slice(0, 64).text());
}

export type PhotoImportResult =
  | { ok: true; count: number }
  | { ok: false; problem: PhotoBackupProblem | { key: 'photos.import.write'; params: { message: string } } };

/** Restores the photos of a backup file: every line is checked first, then all are stored in one transaction. */
export async function importPhotoBackup(file: Blob, store?: PhotoStore): Promise<PhotoImportResult> {
  const parsed = parsePhotoBackup((await file.text()).split('\n'));
  if (!parsed.ok) return parsed;
  const photos: StoredPhoto[] = [];
  for (const [i, e] of parsed.entries.entries()) {
    const image = fromBase64(e.image, e.meta.type);
    const head = new Uint8Array(await image.slice(0, 32).arrayBuffer());
    const kind = sniffImage(head);
    if (kind !== (e.meta.type === 'image/webp' ? 'webp' : 'jpeg'))
      return { ok: false, problem: { key: 'photos.import.line', params: { line: i + 2 } } };
    photos.push({
      meta: e.meta,
      image,
      thumb: fromBase64(e.thumb, e.meta.type),
      ...(e.original ? { original: fromBase64(e.original, e.meta.originalType ?? '') } : {}),
    });
  }
  try {
    const s = store ?? (await photoStore());
    await s.put(photos);
  } catch (e) {
    return { ok: false, problem: { key: 'photos.import.write', params: { message: String(e) } } };
  }
  return { ok: true, count: photos.length };
}

/** The outcome of a photo import in words. */
export function describePhotoImport(r: PhotoImportResult): { error: boolean; text: string } {
  if (r.ok) return { error: false, text: t('photos.import.done', { count: r.count }) };
  const p = r.problem;
  return {
    error: true,
    text: t(p.key as MessageKey, 'params' in p ? (p.params as Record<string, string | number>) : undefined),
  };
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Writes the photo file (a download: it stays on this computer); a failure is said in a toast. */
export async function exportPhotos(nowMs: number, tz: TimeZone): Promise<void> {
  try {
    const plan = await planPhotoBackup(nowMs, tz);
    downloadBlob(photoFileName(nowMs, tz), await buildPhotoBackup(plan));
  } catch (e) {
    showToast({ text: t('photos.backup.failed', { message: e instanceof Error ? e.message : String(e) }) });
  }
}
