import * as z from 'zod/mini';
import type { Area } from './areas';
import { areaSchema, idSchema, instantSchema, isoDateSchema } from './schemas';
import { formatIsoDate, localDay, parseInstant, parseIsoDate, type TimeZone } from './time';

/**
 * Progress photos (issue 16): pure rules. The pixels live in IndexedDB (src/store/photos.ts), are
 * re-encoded on this computer (src/ui/photos/encode.ts) and never leave it.
 */

export const PHOTO_LIMITS = {
  /** The largest file accepted from the picker (a 50 MP camera JPEG is about 25 MB). */
  inputBytes: 40 * 1024 * 1024,
  /** The most pixels decoded (about 100 megapixels: beyond, decoding alone can exhaust memory). */
  inputPixels: 100_000_000,
  /** Longest side of the stored image, in pixels. */
  longestSide: 1600,
  /** Longest side of the thumbnail shown in lists. */
  thumbSide: 320,
  /** The most bytes one stored image may take; a larger encoding is redone at lower quality. */
  storedBytes: 560 * 1024,
  /** Encoder qualities tried in turn until the image fits `storedBytes`. */
  qualities: [0.85, 0.75, 0.65, 0.5] as readonly number[],
  note: 500,
  photos: 2000,
} as const;

export type PhotoImageType = 'image/webp' | 'image/jpeg';

/** What is known of a stored photo, without its pixels. */
export const photoMetaSchema = z.object({
  id: idSchema,
  area: areaSchema,
  /** The day the photo shows (YYYY-MM-DD), which the user may change. */
  date: isoDateSchema,
  addedAt: instantSchema,
  note: z.string().check(z.maxLength(PHOTO_LIMITS.note, { error: 'errors.tooLong' })),
  sessionId: z.optional(idSchema),
  width: z.number().check(z.int(), z.positive()),
  height: z.number().check(z.int(), z.positive()),
  type: z.enum(['image/webp', 'image/jpeg']),
  bytes: z.number().check(z.int(), z.nonnegative()),
  thumbBytes: z.number().check(z.int(), z.nonnegative()),
  /** Set only when the user asked to keep the original file (with whatever metadata it carries). */
  originalBytes: z.optional(z.number().check(z.int(), z.nonnegative())),
  originalType: z.optional(z.string().check(z.maxLength(100))),
});
export type PhotoMeta = z.infer<typeof photoMetaSchema>;

/** What kind of file the first bytes say this is (never the file name or the declared type). */
export type SniffedImage = 'jpeg' | 'png' | 'webp' | 'gif' | 'bmp' | 'avif' | 'heic' | 'not-image';

export function sniffImage(head: Uint8Array): SniffedImage {
  const b = (i: number) => head[i] ?? -1;
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if (b(0) === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 2) === 'BM' && head.length > 14) return 'bmp';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (/^(heic|heix|hevc|hevx|mif1|msf1)$/.test(brand)) return 'heic';
  }
  return 'not-image';
}

/** Why a file cannot become a photo, as an i18n key with its parameters. */
export type PhotoRefusal =
  | { key: 'photos.error.notImage' }
  | { key: 'photos.error.heic' }
  | { key: 'photos.error.empty' }
  | { key: 'photos.error.tooLarge'; params: { size: string; max: number } }
  | { key: 'photos.error.tooManyPixels'; params: { megapixels: number; max: number } };

/** Checks that need only the file's size and first bytes; null when it may be decoded. */
export function checkPhotoFile(size: number, head: Uint8Array): PhotoRefusal | null {
  if (size === 0) return { key: 'photos.error.empty' };
  if (size > PHOTO_LIMITS.inputBytes)
    return {
      key: 'photos.error.tooLarge',
      params: { size: (size / 1024 / 1024).toFixed(1), max: PHOTO_LIMITS.inputBytes / 1024 / 1024 },
    };
  const kind = sniffImage(head);
  if (kind === 'heic') return { key: 'photos.error.heic' };
  if (kind === 'not-image') return { key: 'photos.error.notImage' };
  return null;
}

export function checkPixels(width: number, height: number): PhotoRefusal | null {
  if (width * height > PHOTO_LIMITS.inputPixels)
    return {
      key: 'photos.error.tooManyPixels',
      params: {
        megapixels: Math.round((width * height) / 1_000_000),
        max: PHOTO_LIMITS.inputPixels / 1_000_000,
      },
    };
  return null;
}

/** The size to draw an image at so its longest side is at most `longest` (never enlarged). */
export function fitWithin(width: number, height: number, longest: number): { width: number; height: number } {
  const scale = Math.min(1, longest / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Photos of one area, oldest first (by date, then by when they were added). */
export function photosOfArea(photos: readonly PhotoMeta[], area: Area): PhotoMeta[] {
  return photos.filter((p) => p.area === area).sort(byDate);
}

export function byDate(a: PhotoMeta, b: PhotoMeta): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.addedAt < b.addedAt
        ? -1
        : a.addedAt > b.addedAt
          ? 1
          : 0;
}

/** The areas that have photos, in the order of `order` (the app's area list). */
export function areasWithPhotos(photos: readonly PhotoMeta[], order: readonly Area[]): Area[] {
  const have = new Set(photos.map((p) => p.area));
  return order.filter((a) => have.has(a));
}

interface SessionLike {
  id: string;
  when: string;
  area: Area;
}

/**
 * Sessions of the photos' area after the earlier photo's day and up to and including the later
 * photo's day (a session on the day of the first photo is counted before it: people photograph
 * the skin before rolling), oldest first.
 */
export function sessionsBetween<S extends SessionLike>(
  sessions: readonly S[],
  a: PhotoMeta,
  b: PhotoMeta,
  tz: TimeZone,
): S[] {
  const [first, last] = byDate(a, b) <= 0 ? [a, b] : [b, a];
  const from = parseIsoDate(first.date);
  const to = parseIsoDate(last.date);
  return sessions
    .filter((s) => {
      if (s.area !== first.area) return false; // before the costly time-zone conversion
      const day = localDay(parseInstant(s.when), tz);
      return day > from && day <= to;
    })
    .sort((x, y) => parseInstant(x.when) - parseInstant(y.when));
}

/**
 * The local days of every session, per area, sorted: made once for a list of sessions, it lets
 * `countBetween` answer for each pair of photos in O(log n) (10k sessions x 200 photos would
 * otherwise mean two million time-zone conversions).
 */
export function sessionDaysByArea(sessions: readonly SessionLike[], tz: TimeZone): Map<Area, number[]> {
  const days = new Map<Area, number[]>();
  for (const s of sessions) {
    const list = days.get(s.area) ?? [];
    list.push(localDay(parseInstant(s.when), tz));
    days.set(s.area, list);
  }
  for (const list of days.values()) list.sort((x, y) => x - y);
  return days;
}

/** The index of the first element of sorted `xs` greater than `v`. */
function upperBound(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many sessions `sessionsBetween` would return, from `sessionDaysByArea`. */
export function countBetween(days: Map<Area, number[]>, a: PhotoMeta, b: PhotoMeta): number {
  const [first, last] = byDate(a, b) <= 0 ? [a, b] : [b, a];
  const list = days.get(first.area) ?? [];
  return upperBound(list, parseIsoDate(last.date)) - upperBound(list, parseIsoDate(first.date));
}

/** The report's default pair for an area: its first photo (before) and its latest; null with fewer than two. */
export function defaultPair(
  photos: readonly PhotoMeta[],
  area: Area,
): { before: string; latest: string } | null {
  const list = photosOfArea(photos, area);
  const first = list[0];
  const last = list[list.length - 1];
  return first && last && first.id !== last.id ? { before: first.id, latest: last.id } : null;
}

/** The default date of a new photo: today in the user's calendar. */
export function todayIso(nowMs: number, tz: TimeZone): string {
  return formatIsoDate(localDay(nowMs, tz));
}

// ---- The photo backup: a separate file next to the JSON backup -------------------------------

export const PHOTO_BACKUP_FORMAT = 'roller-coach-photos';
export const PHOTO_BACKUP_VERSION = 1;

/** One line of the photo backup: the metadata and the images as base64. */
export const photoBackupEntrySchema = z.object({
  meta: photoMetaSchema,
  image: z.string(),
  thumb: z.string(),
  original: z.optional(z.string()),
});
export type PhotoBackupEntry = z.infer<typeof photoBackupEntrySchema>;

/** The first line of a photo backup: it says what the file is before anything large is read. */
export function photoBackupHeader(count: number, exportedAt: string): string {
  return JSON.stringify({ format: PHOTO_BACKUP_FORMAT, version: PHOTO_BACKUP_VERSION, exportedAt, count });
}

/** `roller-coach-photos-2026-11-19.jsonl`, dated in the user's calendar. */
export function photoBackupFileName(nowMs: number, tz: TimeZone): string {
  return `roller-coach-photos-${formatIsoDate(localDay(nowMs, tz))}.jsonl`;
}

const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

const utf8 = new TextEncoder();
const byteLength = (s: string) => utf8.encode(s).length;

/**
 * The exact size in bytes (UTF-8) of the photo backup written for these photos: the header, then
 * one JSON line per photo. Only the notes can hold non-ASCII characters; base64 is ASCII.
 */
export function photoBackupSize(metas: readonly PhotoMeta[], exportedAt: string): number {
  let total = byteLength(photoBackupHeader(metas.length, exportedAt)) + 1;
  for (const m of metas) {
    const skeleton = JSON.stringify({
      meta: m,
      image: '',
      thumb: '',
      ...(m.originalBytes !== undefined ? { original: '' } : {}),
    });
    total +=
      byteLength(skeleton) +
      base64Length(m.bytes) +
      base64Length(m.thumbBytes) +
      (m.originalBytes !== undefined ? base64Length(m.originalBytes) : 0) +
      1;
  }
  return total;
}

export type PhotoBackupProblem =
  | { key: 'photos.import.notPhotos' }
  | { key: 'photos.import.version'; params: { version: string } }
  | { key: 'photos.import.line'; params: { line: number } }
  | { key: 'photos.import.count'; params: { expected: number; found: number } };

/**
 * Reads a photo backup's lines (the header first). Every line is checked before anything is
 * stored: one damaged line refuses the whole file.
 */
export function parsePhotoBackup(
  lines: readonly string[],
): { ok: true; entries: PhotoBackupEntry[] } | { ok: false; problem: PhotoBackupProblem } {
  const body = lines.filter((l, i) => i === 0 || l.trim() !== '');
  let header: unknown;
  try {
    header = JSON.parse(body[0] ?? '');
  } catch {
    return { ok: false, problem: { key: 'photos.import.notPhotos' } };
  }
  const h = header as { format?: unknown; version?: unknown; count?: unknown };
  if (!h || typeof h !== 'object' || h.format !== PHOTO_BACKUP_FORMAT)
    return { ok: false, problem: { key: 'photos.import.notPhotos' } };
  if (h.version !== PHOTO_BACKUP_VERSION)
    return { ok: false, problem: { key: 'photos.import.version', params: { version: String(h.version) } } };
  const entries: PhotoBackupEntry[] = [];
  for (let i = 1; i < body.length; i++) {
    let value: unknown;
    try {
      value = JSON.parse(body[i] as string);
    } catch {
      return { ok: false, problem: { key: 'photos.import.line', params: { line: i + 1 } } };
    }
    const r = photoBackupEntrySchema.safeParse(value);
    if (!r.success || !/^[A-Za-z0-9+/]*={0,2}$/.test(r.data.image) || r.data.image === '')
      return { ok: false, problem: { key: 'photos.import.line', params: { line: i + 1 } } };
    entries.push(r.data);
  }
  if (typeof h.count === 'number' && h.count !== entries.length)
    return {
      ok: false,
      problem: { key: 'photos.import.count', params: { expected: h.count, found: entries.length } },
    };
  return { ok: true, entries };
}

/** Whether the start of a file is a photo backup's header (cheap: looks at the first bytes only). */
export function looksLikePhotoBackup(head: string): boolean {
  return head.startsWith(`{"format":"${PHOTO_BACKUP_FORMAT}"`);
}
