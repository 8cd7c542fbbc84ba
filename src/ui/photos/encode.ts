import {
  checkPhotoFile,
  checkPixels,
  fitWithin,
  PHOTO_LIMITS,
  type PhotoImageType,
  type PhotoRefusal,
} from '../../core/photos';
import './messages';

/**
 * Turns a picked file (or a camera frame) into what is stored: decoded and drawn again on this
 * computer at most 1600 px on its longest side, re-encoded as JPEG (quality 0.85). Drawing onto a
 * canvas keeps pixels only: EXIF, GPS position, camera serial and any other metadata of the file
 * are not carried into the new image.
 */

export interface PreparedPhoto {
  image: Blob;
  thumb: Blob;
  width: number;
  height: number;
  type: PhotoImageType;
}

export type PrepareResult =
  | { ok: true; photo: PreparedPhoto }
  | { ok: false; refusal: PhotoRefusal | { key: 'photos.error.undecodable' } };

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

function canvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  return c;
}

function toBlob(c: AnyCanvas, type: string, quality: number): Promise<Blob> {
  if ('convertToBlob' in c) return c.convertToBlob({ type, quality });
  return new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('encoding failed'))), type, quality),
  );
}

/**
 * JPEG, not WebP: Chromium encodes a 1600 px JPEG about eight times faster than a WebP (measured
 * 64 ms against 520 ms), which keeps adding a 12-megapixel photo well within 1.5 s; the file is
 * larger (about 140 to 400 KB) but within the 600 KB per photo. A canvas JPEG carries a JFIF
 * header and pixels only: no EXIF block, no GPS, no camera name.
 */
const TYPE: PhotoImageType = 'image/jpeg';

function draw(source: CanvasImageSource, width: number, height: number): AnyCanvas {
  const c = canvas(width, height);
  const ctx = c.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new Error('no 2d context');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  return c;
}

/** Encodes at the first quality whose result fits the per-photo limit (the last one otherwise). */
async function encode(c: AnyCanvas, qualities: readonly number[]): Promise<Blob> {
  let blob: Blob | undefined;
  for (const q of qualities) {
    blob = await toBlob(c, TYPE, q);
    if (blob.size <= PHOTO_LIMITS.storedBytes) break;
  }
  if (!blob) throw new Error('encoding failed');
  return blob;
}

/** Checks, decodes and re-encodes a file; never throws for a bad file, it says why instead. */
export async function preparePhoto(file: Blob): Promise<PrepareResult> {
  const head = new Uint8Array(await file.slice(0, 32).arrayBuffer());
  const refused = checkPhotoFile(file.size, head);
  if (refused) return { ok: false, refusal: refused };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, refusal: { key: 'photos.error.undecodable' } };
  }
  try {
    const pixels = checkPixels(bitmap.width, bitmap.height);
    if (pixels) return { ok: false, refusal: pixels };
    const size = fitWithin(bitmap.width, bitmap.height, PHOTO_LIMITS.longestSide);
    const main = draw(bitmap, size.width, size.height);
    bitmap.close();
    // The thumbnail is drawn from the 1600 px image, not from the full-size bitmap (far fewer
    // pixels), and both are encoded at once.
    const t = fitWithin(size.width, size.height, PHOTO_LIMITS.thumbSide);
    const [image, thumb] = await Promise.all([
      encode(main, PHOTO_LIMITS.qualities),
      encode(draw(main, t.width, t.height), [0.8, 0.6]),
    ]);
    return { ok: true, photo: { image, thumb, width: size.width, height: size.height, type: TYPE } };
  } catch {
    return { ok: false, refusal: { key: 'photos.error.undecodable' } };
  } finally {
    bitmap.close();
  }
}

/** A still of a playing camera stream, as a JPEG to feed `preparePhoto`. */
export async function grabFrame(video: HTMLVideoElement): Promise<Blob> {
  const c = canvas(video.videoWidth, video.videoHeight);
  const ctx = c.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(video, 0, 0);
  return toBlob(c, 'image/jpeg', 0.95);
}
