import { describe, expect, it } from 'vitest';
import {
  checkPhotoFile,
  checkPixels,
  countBetween,
  defaultPair,
  fitWithin,
  looksLikePhotoBackup,
  PHOTO_LIMITS,
  type PhotoMeta,
  parsePhotoBackup,
  photoBackupFileName,
  photoBackupHeader,
  photoBackupSize,
  photoMetaSchema,
  photosOfArea,
  sessionDaysByArea,
  sessionsBetween,
  sniffImage,
} from '../../../src/core/photos';
import { makeSession } from '../../support/factories';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

function photo(over: Partial<PhotoMeta> = {}): PhotoMeta {
  return {
    id: 'p1',
    area: 'cheeks',
    date: '2026-10-01',
    addedAt: '2026-10-01T08:00:00.000Z',
    note: '',
    width: 1600,
    height: 1067,
    type: 'image/webp',
    bytes: 250_000,
    thumbBytes: 12_000,
    ...over,
  };
}

describe('what a file is, from its first bytes (never its name or declared type)', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a])],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['gif', bytes('GIF89a')],
    ['avif', bytes([0, 0, 0, 0x1c], 'ftypavif')],
    ['heic', bytes([0, 0, 0, 0x18], 'ftypheic')],
    ['bmp', bytes('BM', new Array(20).fill(0))],
    ['not-image', bytes('{"format":"roller-coach-backup"}')],
    ['not-image', bytes('%PDF-1.7')],
    ['not-image', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')],
    ['not-image', bytes([0, 0, 0, 0x18], 'ftypmp42')],
    ['not-image', new Uint8Array()],
  ])('%s', (kind, head) => {
    expect(sniffImage(head)).toBe(kind);
  });
});

describe('limits', () => {
  const jpeg = bytes([0xff, 0xd8, 0xff, 0xe1]);
  it.each([
    [0, jpeg, 'photos.error.empty'],
    [PHOTO_LIMITS.inputBytes + 1, jpeg, 'photos.error.tooLarge'],
    [1000, bytes('hello world, no image'), 'photos.error.notImage'],
    [1000, bytes([0, 0, 0, 0x18], 'ftypheic'), 'photos.error.heic'],
    [PHOTO_LIMITS.inputBytes, jpeg, null],
    [5_000_000, jpeg, null],
  ])('a file of %i bytes -> %s', (size, head, key) => {
    expect(checkPhotoFile(size, head)?.key ?? null).toBe(key);
  });

  it('states the size and the limit in MB', () => {
    expect(checkPhotoFile(50 * 1024 * 1024, jpeg)).toEqual({
      key: 'photos.error.tooLarge',
      params: { size: '50.0', max: 40 },
    });
  });

  it('refuses more than 100 megapixels, accepts a 12-megapixel camera photo', () => {
    expect(checkPixels(4000, 3000)).toBeNull();
    expect(checkPixels(12_000, 9_000)).toEqual({
      key: 'photos.error.tooManyPixels',
      params: { megapixels: 108, max: 100 },
    });
  });
});

describe('downscaling', () => {
  it.each([
    [4000, 3000, 1600, 1600, 1200],
    [3000, 4000, 1600, 1200, 1600],
    [6000, 1000, 1600, 1600, 267],
    [1200, 800, 1600, 1200, 800], // never enlarged
    [1600, 1600, 320, 320, 320],
    [5000, 3, 320, 320, 1], // never zero
  ])('%i x %i within %i -> %i x %i', (w, h, longest, ew, eh) => {
    expect(fitWithin(w, h, longest)).toEqual({ width: ew, height: eh });
  });
});

describe('timeline', () => {
  const a = photo({ id: 'a', date: '2026-10-01' });
  const b = photo({ id: 'b', date: '2026-11-15' });
  const c = photo({ id: 'c', date: '2026-10-01', addedAt: '2026-10-01T09:00:00.000Z' });
  const neck = photo({ id: 'n', area: 'neck', date: '2026-09-01' });

  it('orders an area by date, then by when added, and leaves other areas out', () => {
    expect(photosOfArea([b, neck, c, a], 'cheeks').map((p) => p.id)).toEqual(['a', 'c', 'b']);
  });

  it('counts the sessions of the area after the first photo’s day up to the later photo’s day, in the user’s zone', () => {
    const sessions = [
      makeSession({ id: 's0', when: '2026-10-01T20:00:00+02:00' }), // the first photo's day: before it
      makeSession({ id: 's1', when: '2026-10-01T23:30:00Z' }), // 2 Oct in Berlin
      makeSession({ id: 's2', when: '2026-11-15T09:00:00+01:00' }), // the later photo's day: counted
      makeSession({ id: 's3', when: '2026-11-16T09:00:00+01:00' }),
      makeSession({ id: 'n1', area: 'neck', when: '2026-10-10T09:00:00+02:00' }),
    ];
    expect(sessionsBetween(sessions, a, b, 'Europe/Berlin').map((s) => s.id)).toEqual(['s1', 's2']);
    expect(sessionsBetween(sessions, b, a, 'Europe/Berlin').map((s) => s.id)).toEqual(['s1', 's2']);
    expect(sessionsBetween(sessions, a, c, 'Europe/Berlin')).toEqual([]);
  });

  it('the report pair is the first and the latest photo; none with a single photo', () => {
    expect(defaultPair([b, a, c, neck], 'cheeks')).toEqual({ before: 'a', latest: 'b' });
    expect(defaultPair([neck], 'neck')).toBeNull();
    expect(defaultPair([], 'cheeks')).toBeNull();
  });
});

describe('photo backup file', () => {
  const exportedAt = '2026-11-21T10:00:00+01:00';
  const b64 = (n: number) => Buffer.alloc(n, 7).toString('base64');
  const entry = (m: PhotoMeta) => JSON.stringify({ meta: m, image: b64(m.bytes), thumb: b64(m.thumbBytes) });

  it('states its exact size before it is written', () => {
    const metas = [
      photo({ id: 'a', bytes: 1000, thumbBytes: 10 }),
      photo({ id: 'b', bytes: 2, thumbBytes: 1, note: 'ü “x”' }),
    ];
    const file = `${[photoBackupHeader(2, exportedAt), ...metas.map(entry)].join('\n')}\n`;
    expect(photoBackupSize(metas, exportedAt)).toBe(Buffer.byteLength(file, 'utf8'));
  });

  it('reads back what it wrote, and is recognised from its first bytes', () => {
    const metas = [photo({ id: 'a', bytes: 30, thumbBytes: 3 })];
    const text = `${[photoBackupHeader(1, exportedAt), ...metas.map(entry)].join('\n')}\n`;
    expect(looksLikePhotoBackup(text.slice(0, 64))).toBe(true);
    expect(looksLikePhotoBackup('{\n  "format": "roller-coach-backup"')).toBe(false);
    const r = parsePhotoBackup(text.split('\n'));
    expect(r.ok && r.entries.map((e) => e.meta)).toEqual(metas);
  });

  it.each([
    ['not a photo file', ['{"format":"roller-coach-backup"}'], 'photos.import.notPhotos'],
    ['not JSON', ['hello'], 'photos.import.notPhotos'],
    ['a newer version', ['{"format":"roller-coach-photos","version":2,"count":0}'], 'photos.import.version'],
    ['a damaged line', [photoBackupHeader(1, exportedAt), '{"meta":'], 'photos.import.line'],
    [
      'an invalid area',
      [
        photoBackupHeader(1, exportedAt),
        JSON.stringify({ meta: { ...photo(), area: 'eyelids' }, image: 'AAAA', thumb: '' }),
      ],
      'photos.import.line',
    ],
    [
      'an image that is not base64',
      [
        photoBackupHeader(1, exportedAt),
        JSON.stringify({ meta: photo(), image: '<svg onload=x>', thumb: '' }),
      ],
      'photos.import.line',
    ],
    [
      'cut off (fewer photos than announced)',
      [photoBackupHeader(3, exportedAt), entry(photo())],
      'photos.import.count',
    ],
  ])('refuses %s', (_, lines, key) => {
    const r = parsePhotoBackup(lines);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem.key).toBe(key);
  });

  it('is named by the day in the user’s calendar', () => {
    expect(photoBackupFileName(Date.parse('2026-11-20T23:30:00Z'), 'Europe/Berlin')).toBe(
      'roller-coach-photos-2026-11-21.jsonl',
    );
  });

  it('metadata rejects a note over the limit and a forbidden area', () => {
    expect(photoMetaSchema.safeParse(photo()).success).toBe(true);
    expect(photoMetaSchema.safeParse(photo({ note: 'x'.repeat(PHOTO_LIMITS.note + 1) })).success).toBe(false);
    expect(photoMetaSchema.safeParse({ ...photo(), area: 'lips' }).success).toBe(false);
  });
});

describe('counting sessions between photos fast', () => {
  it('countBetween agrees with sessionsBetween on every pair', () => {
    const sessions = Array.from({ length: 300 }, (_, i) =>
      makeSession({
        id: `x${i}`,
        area: i % 3 === 0 ? 'neck' : 'cheeks',
        when: new Date(Date.UTC(2026, 0, 1) + i * 23 * 3_600_000).toISOString(),
      }),
    );
    const photos = Array.from({ length: 12 }, (_, i) =>
      photo({ id: `p${i}`, date: new Date(Date.UTC(2026, 0, 1 + i * 7)).toISOString().slice(0, 10) }),
    );
    const days = sessionDaysByArea(sessions, 'Europe/Berlin');
    for (const a of photos)
      for (const b of photos)
        expect(countBetween(days, a, b)).toBe(sessionsBetween(sessions, a, b, 'Europe/Berlin').length);
    expect(countBetween(days, photos[0] as PhotoMeta, photos[11] as PhotoMeta)).toBeGreaterThan(0);
  });
});
