import { type PhotoMeta, photoMetaSchema } from '../core/photos';

/**
 * The photo store: IndexedDB on this computer, never storage.local (which is small and synced
 * code paths read it whole). Two object stores written in one transaction each time, so a photo
 * is either saved whole (metadata, image, thumbnail) or not at all:
 *   meta   PhotoMeta by id (small: listing photos never reads pixels)
 *   blobs  { image, thumb, original? } by the same id
 * A store that cannot be opened is reported (PhotoStoreError), never replaced by an empty one.
 */

export const PHOTO_DB = 'roller-coach-photos';

export type PhotoStoreFault = 'unavailable' | 'open' | 'quota' | 'write' | 'read';

export class PhotoStoreError extends Error {
  constructor(
    readonly fault: PhotoStoreFault,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoStoreError';
  }
}

export interface PhotoBlobs {
  image: Blob;
  thumb: Blob;
  original?: Blob;
}
export interface StoredPhoto extends PhotoBlobs {
  meta: PhotoMeta;
}

export interface PhotoList {
  photos: PhotoMeta[];
  /** Records that are in the store but could not be read (kept, never deleted silently). */
  damaged: number;
}

export interface PhotoStore {
  list(): Promise<PhotoList>;
  blobs(id: string): Promise<PhotoBlobs | undefined>;
  /** Adds or replaces photos, all in one transaction: all are saved or none. */
  put(photos: readonly StoredPhoto[]): Promise<void>;
  updateMeta(meta: PhotoMeta): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

const message = (e: unknown) =>
  e instanceof DOMException || e instanceof Error ? `${e.name}: ${e.message}` : String(e);

function faultOf(e: unknown): PhotoStoreFault {
  return e instanceof DOMException && e.name === 'QuotaExceededError' ? 'quota' : 'write';
}

function promised<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Resolves when the transaction committed; rejects (with the fault) when it aborted. */
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () =>
      reject(new PhotoStoreError(faultOf(tx.error), message(tx.error ?? 'transaction aborted')));
  });
}

/** Runs `fn` in a read-write transaction over both stores; a throw inside aborts it (nothing is kept). */
async function write(
  db: IDBDatabase,
  fn: (meta: IDBObjectStore, blobs: IDBObjectStore) => void,
): Promise<void> {
  let tx: IDBTransaction;
  try {
    tx = db.transaction(['meta', 'blobs'], 'readwrite');
  } catch (e) {
    throw new PhotoStoreError('write', message(e));
  }
  const finished = done(tx);
  try {
    fn(tx.objectStore('meta'), tx.objectStore('blobs'));
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    finished.catch(() => undefined);
    throw new PhotoStoreError(faultOf(e), message(e));
  }
  await finished;
}

function openDb(factory: IDBFactory, version?: number): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = version === undefined ? factory.open(PHOTO_DB) : factory.open(PHOTO_DB, version);
    } catch (e) {
      reject(new PhotoStoreError('open', message(e)));
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('blobs')) db.createObjectStore('blobs');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new PhotoStoreError('open', message(req.error)));
    req.onblocked = () => reject(new PhotoStoreError('open', 'the photo store is in use by an older page'));
  });
}

/**
 * Opens the store at whatever version it has (created on first use). A database that exists but
 * lacks its object stores holds no photos; it is upgraded to add them, never deleted.
 */
export async function openPhotoStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<PhotoStore> {
  if (!factory) throw new PhotoStoreError('unavailable', 'IndexedDB is not available');
  let db = await openDb(factory);
  if (!db.objectStoreNames.contains('meta') || !db.objectStoreNames.contains('blobs')) {
    const next = db.version + 1;
    db.close();
    db = await openDb(factory, next);
  }
  db.onversionchange = () => db.close();
  return storeOver(db);
}

function storeOver(db: IDBDatabase): PhotoStore {
  return {
    async list() {
      let raw: unknown[];
      try {
        raw = await promised(db.transaction('meta', 'readonly').objectStore('meta').getAll());
      } catch (e) {
        throw new PhotoStoreError('read', message(e));
      }
      const photos: PhotoMeta[] = [];
      let damaged = 0;
      for (const r of raw) {
        const p = photoMetaSchema.safeParse(r);
        if (p.success) photos.push(p.data);
        else damaged++;
      }
      return { photos, damaged };
    },
    async blobs(id) {
      try {
        const v = await promised(db.transaction('blobs', 'readonly').objectStore('blobs').get(id));
        return v && typeof v === 'object' && (v as PhotoBlobs).image instanceof Blob
          ? (v as PhotoBlobs)
          : undefined;
      } catch (e) {
        throw new PhotoStoreError('read', message(e));
      }
    },
    put(photos) {
      return write(db, (meta, blobs) => {
        for (const p of photos) {
          meta.put(p.meta);
          blobs.put(
            { image: p.image, thumb: p.thumb, ...(p.original ? { original: p.original } : {}) },
            p.meta.id,
          );
        }
      });
    },
    updateMeta(m) {
      return write(db, (meta) => {
        meta.put(m);
      });
    },
    remove(id) {
      return write(db, (meta, blobs) => {
        meta.delete(id);
        blobs.delete(id);
      });
    },
    clear() {
      return write(db, (meta, blobs) => {
        meta.clear();
        blobs.clear();
      });
    },
    close: () => db.close(),
  };
}

let shared: Promise<PhotoStore> | null = null;

/** The page's one connection; a failed open is retried on the next call, never cached. */
export function photoStore(): Promise<PhotoStore> {
  if (!shared) {
    shared = openPhotoStore();
    shared.catch(() => {
      shared = null;
    });
  }
  return shared;
}

/** Deletes every photo ("delete all data"). Rejects when the store cannot be opened or cleared. */
export async function deleteAllPhotos(): Promise<void> {
  await (await photoStore()).clear();
}
