import type { Page } from 'playwright-core';

/**
 * Test images for the photo e2e tests and the bench: made by real Chromium (a canvas with
 * gradients and noise, so the encoder has detail to work on), and a JPEG that carries EXIF with a
 * GPS position and a camera name, to prove that none of it is stored.
 */

/** A JPEG of `width` x `height` drawn in the page; `hue` makes photos tell apart. */
export async function makeJpeg(page: Page, width: number, height: number, hue = 20): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ({ width, height, hue }) => {
      const c = new OffscreenCanvas(width, height);
      const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
      const g = ctx.createLinearGradient(0, 0, width, height);
      g.addColorStop(0, `hsl(${hue} 60% 70%)`);
      g.addColorStop(1, `hsl(${hue + 30} 50% 40%)`);
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, width, height);
      // Skin-like texture: many small soft dots (detail the encoder must keep).
      let seed = hue * 7919 + 1;
      const rnd = () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
      };
      for (let i = 0; i < (width * height) / 400; i++) {
        ctx.fillStyle = `hsla(${hue + rnd() * 20} 40% ${30 + rnd() * 50}% / 0.5)`;
        ctx.beginPath();
        ctx.arc(rnd() * width, rnd() * height, 1 + rnd() * 4, 0, Math.PI * 2);
        ctx.fill();
      }
      const blob = await c.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    },
    { width, height, hue },
  );
  return Buffer.from(b64, 'base64');
}

export const EXIF_CAMERA = 'RollerTestCam';

/**
 * The same JPEG with an APP1 EXIF segment after its start marker: IFD0 holds Make
 * (EXIF_CAMERA) and a pointer to a GPS IFD with latitude 52° 31' 12" N, longitude 13° 24' 36" E.
 */
export function withExifGps(jpeg: Buffer): Buffer {
  const le = (n: number, bytes: number) => {
    const b = Buffer.alloc(bytes);
    if (bytes === 2) b.writeUInt16LE(n);
    else b.writeUInt32LE(n);
    return b;
  };
  const entry = (tag: number, type: number, count: number, value: Buffer) =>
    Buffer.concat([le(tag, 2), le(type, 2), le(count, 4), value]);
  const make = Buffer.from(`${EXIF_CAMERA}\0`, 'ascii');
  // Layout (offsets from the TIFF header): header 8, IFD0 at 8 (2 entries), GPS IFD, then data.
  const ifd0Size = 2 + 2 * 12 + 4;
  const gpsAt = 8 + ifd0Size;
  const gpsSize = 2 + 4 * 12 + 4;
  const dataAt = gpsAt + gpsSize;
  const makeAt = dataAt;
  const latAt = makeAt + make.length;
  const lonAt = latAt + 24;
  const rational = (pairs: [number, number][]) =>
    Buffer.concat(pairs.flatMap(([n, d]) => [le(n, 4), le(d, 4)]));
  const tiff = Buffer.concat([
    Buffer.from('II*\0', 'ascii'),
    le(8, 4),
    le(2, 2),
    entry(0x010f, 2, make.length, le(makeAt, 4)), // Make
    entry(0x8825, 4, 1, le(gpsAt, 4)), // GPSInfo IFD pointer
    le(0, 4),
    le(4, 2),
    entry(0x0001, 2, 2, Buffer.from('N\0\0\0', 'ascii')), // GPSLatitudeRef
    entry(0x0002, 5, 3, le(latAt, 4)), // GPSLatitude
    entry(0x0003, 2, 2, Buffer.from('E\0\0\0', 'ascii')), // GPSLongitudeRef
    entry(0x0004, 5, 3, le(lonAt, 4)), // GPSLongitude
    le(0, 4),
    make,
    rational([
      [52, 1],
      [31, 1],
      [12, 1],
    ]),
    rational([
      [13, 1],
      [24, 1],
      [36, 1],
    ]),
  ]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'ascii'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), Buffer.alloc(2), payload]);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

/** The byte pattern of the GPS latitude written by withExifGps (52/1, 31/1, 12/1 as little-endian rationals). */
export const GPS_LATITUDE_BYTES = Buffer.from([
  52, 0, 0, 0, 1, 0, 0, 0, 31, 0, 0, 0, 1, 0, 0, 0, 12, 0, 0, 0, 1, 0, 0, 0,
]);

export interface StoredPhotoDump {
  meta: Record<string, unknown>;
  image: string;
  thumb: string;
  original?: string;
}

/** Everything in the extension's photo store, images as base64, read straight from IndexedDB. */
export function readPhotoDb(page: Page): Promise<StoredPhotoDump[]> {
  return page.evaluate(async () => {
    const req = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await req(indexedDB.open('roller-coach-photos'));
    if (!db.objectStoreNames.contains('meta')) return [];
    const tx = db.transaction(['meta', 'blobs']);
    const metas = (await req(tx.objectStore('meta').getAll())) as { id: string }[];
    const blobs = tx.objectStore('blobs');
    const b64 = async (b: Blob) => {
      const bytes = new Uint8Array(await b.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    };
    const raw = await Promise.all(metas.map((m) => req(blobs.get(m.id))));
    db.close();
    const out = [];
    for (const [i, m] of metas.entries()) {
      const v = raw[i] as { image: Blob; thumb: Blob; original?: Blob } | undefined;
      out.push({
        meta: m as unknown as Record<string, unknown>,
        image: v ? await b64(v.image) : '',
        thumb: v ? await b64(v.thumb) : '',
        ...(v?.original ? { original: await b64(v.original) } : {}),
      });
    }
    return out;
  });
}
