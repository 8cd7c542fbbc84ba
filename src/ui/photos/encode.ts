import {
  checkPhotoFile,
  checkPixels,
  fitWithin,
  PHOTO_LIMITS,
  type PhotoImageType,
  type PhotoRefusal,
} from '../../core/photos';

/**
 * Turns a picked file (or a camera frame) into what is stored: decoded and drawn again on this
 * computer at most 1600 px on its longest side, re-encoded as WebP (JPEG where the browser cannot
 * write WebP). Drawing pixels onto a canvas keeps pixels only: EXIF, GPS position, camera serial
 * and any other metadata of the file are not carried into the new image.
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

let webpWorks: boolean | undefined;

/** Encodes at the first quality whose result fits the per-photo limit (the last one otherwise). */
async function encode(
  source: CanvasImageSource,
  sw: number,
  sh: number,
  longest: number,
  qualities: readonly number[],
): Promise<{ blob: Blob; width: number; height: number; type: PhotoImageType }> {
  const { width, height } = fitWithin(sw, sh, longest);
  const c = canvas(width, height);
  const ctx = c.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new Error('no 2d context');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  let blob: Blob | undefined;
  let type: PhotoImageType = webpWorks === false ? 'image/jpeg' : 'image/webp';
  for (const q of qualities) {
    blob = await toBlob(c, type, q);
    if (type === 'image/webp' && blob.type !== 'image/webp') {
      // This browser cannot write WebP: it fell back to PNG. Use JPEG from now on.
      webpWorks = false;
      type = 'image/jpeg';
      blob = await toBlob(c, type, q);
    } else if (type === 'image/webp') webpWorks = true;
    if (blob.size <= PHOTO_LIMITS.storedBytes) break;
  }
  if (!blob) throw new Error('encoding failed');
  if ('width' in c && c instanceof HTMLCanvasElement) c.width = 0;
  return { blob, width, height, type };
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
    const main = await encode(
      bitmap,
      bitmap.width,
      bitmap.height,
      PHOTO_LIMITS.longestSide,
      PHOTO_LIMITS.qualities,
    );
    const thumb = await encode(bitmap, bitmap.width, bitmap.height, PHOTO_LIMITS.thumbSide, [0.8, 0.6]);
    return {
      ok: true,
      photo: { image: main.blob, thumb: thumb.blob, width: main.width, height: main.height, type: main.type },
    };
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
