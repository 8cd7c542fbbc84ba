import { readFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIF_CAMERA, GPS_LATITUDE_BYTES, makeJpeg, readPhotoDb, withExifGps } from './photo-support';
import { FACE_ROLLER, sessionRecord, userStorage } from './seed';
import { type Harness, startHarness } from './support';

let h: Harness;
const requests: string[] = [];
beforeAll(async () => {
  h = await startHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  h.context.on('request', (r: Request) => {
    const url = r.url();
    if (!/^(chrome-extension|data|blob):/.test(url)) requests.push(url);
  });
});
afterAll(async () => {
  await h?.close();
});

const iso = (y: number, m: number, d: number) =>
  new Date(Date.UTC(y, m - 1, d, 8)).toISOString().replace('.000Z', '+00:00');
// Cheeks sessions on 5 Sep, 3 Oct, 1 Nov and 20 Nov 2026: two of them lie between photos of 1 Oct and 15 Nov.
const SEED = userStorage(
  [
    sessionRecord(iso(2026, 9, 5), { id: 'a', needleMm: 0.25 }),
    sessionRecord(iso(2026, 10, 3), { id: 'b', needleMm: 0.25 }),
    sessionRecord(iso(2026, 11, 1), { id: 'c', needleMm: 0.25 }),
    sessionRecord(iso(2026, 11, 20), { id: 'd', needleMm: 0.25 }),
  ],
  { areas: ['cheeks'] },
  [{ ...FACE_ROLLER, needleMm: 0.25 }],
);

/** Adds a photo through the options page's file picker, dated `date`. */
async function addPhoto(page: Page, file: Buffer, date: string, name = 'photo.jpg', mimeType = 'image/jpeg') {
  // The form is disabled until the photo store is open (and while a photo is being added).
  await expect.poll(() => page.getByTestId('photo-file').isEnabled()).toBe(true);
  await page.getByTestId('photo-date').fill(date);
  await page.getByTestId('photo-file').setInputFiles({ name, mimeType, buffer: file });
}

async function emptyPhotoDb(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('roller-coach-photos');
        r.onsuccess = () => {
          const db = r.result;
          // Not made yet by the extension (opening it here created it empty): nothing to clear.
          if (!db.objectStoreNames.contains('meta')) {
            db.close();
            resolve();
            return;
          }
          const tx = db.transaction(['meta', 'blobs'], 'readwrite');
          tx.objectStore('meta').clear();
          tx.objectStore('blobs').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        r.onerror = () => reject(r.error);
      }),
  );
}

const loaded = (page: Page, selector: string) =>
  page.$$eval(selector, (imgs) =>
    (imgs as HTMLImageElement[]).map((i) => ({ ok: i.complete && i.naturalWidth > 0, alt: i.alt })),
  );

/** A 3000 x 2000 JPEG carrying EXIF with GPS (made in the first test). */
let withExif: Buffer;

describe('progress photos in real Chromium', () => {
  it('adds a photo from a file: stored as a JPEG of at most 1600 px, without the EXIF and GPS of the file', async () => {
    await h.clear();
    await h.seed(SEED);
    const { page, errors } = await h.open('options.html');
    await emptyPhotoDb(page);
    await page.reload();
    await page.getByTestId('photo-empty').waitFor();
    withExif = withExifGps(await makeJpeg(page, 3000, 2000, 20));
    // The control: the file itself carries the EXIF block, the camera name and the GPS position.
    expect(withExif.includes(Buffer.from('Exif\0\0'))).toBe(true);
    expect(withExif.includes(Buffer.from(EXIF_CAMERA))).toBe(true);
    expect(withExif.includes(GPS_LATITUDE_BYTES)).toBe(true);
    await addPhoto(page, withExif, '2026-10-01');
    await page.getByTestId('photo-status').getByText('Photo added: Cheeks, 1 Oct 2026.').waitFor();
    const item = page.getByTestId('photo-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('1 Oct 2026');
    // Thumbnails load when they scroll into view.
    await item.scrollIntoViewIfNeeded();
    await page.locator('[data-testid=photo-item] img[data-kind=thumb]').waitFor();
    expect(await loaded(page, '[data-testid=photo-item] img')).toEqual([
      { ok: true, alt: 'Cheeks, 1 Oct 2026' },
    ]);

    const [stored] = await readPhotoDb(page);
    expect(stored?.meta).toMatchObject({
      area: 'cheeks',
      date: '2026-10-01',
      width: 1600,
      height: 1067,
      type: 'image/jpeg',
    });
    expect(stored?.original).toBeUndefined();
    for (const b64 of [stored?.image ?? '', stored?.thumb ?? '']) {
      const bytes = Buffer.from(b64, 'base64');
      // A JPEG made by the canvas: start of image, then a JFIF header, and no APP1 (EXIF) segment.
      expect([...bytes.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
      expect(bytes.includes(Buffer.from([0xff, 0xe1]))).toBe(false);
      expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
      expect(bytes.includes(Buffer.from('EXIF'))).toBe(false);
      expect(bytes.includes(Buffer.from(EXIF_CAMERA))).toBe(false);
      expect(bytes.includes(GPS_LATITUDE_BYTES)).toBe(false);
    }
    expect(Buffer.from(stored?.image ?? '', 'base64').length).toBeLessThanOrEqual(600 * 1024);
    // Nothing about photos went into storage.local.
    expect(JSON.stringify(await h.readStorage())).not.toMatch(/JFIF|image\/jpeg|photo/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares two photos of an area side by side and with a keyboard slider, with the sessions between them', async () => {
    const { page, errors } = await h.open('options.html');
    await page.getByTestId('photo-item').first().waitFor();
    await addPhoto(page, await makeJpeg(page, 2400, 1800, 200), '2026-11-15', 'later.png', 'image/png');
    await page.getByTestId('photo-status').getByText('Photo added: Cheeks, 15 Nov 2026.').waitFor();
    // The timeline says how many sessions lie between the two photos (3 Oct and 1 Nov).
    expect(await page.getByTestId('photo-timeline').textContent()).toContain(
      '2 sessions between these photos',
    );
    await page.getByTestId('photo-compare-open').click();
    const compare = page.getByTestId('photo-compare');
    await compare.locator('img[data-kind=image]').nth(1).waitFor();
    await expect
      .poll(() => loaded(page, '[data-testid=photo-compare] img'))
      .toEqual([
        { ok: true, alt: 'Cheeks, 1 Oct 2026' },
        { ok: true, alt: 'Cheeks, 15 Nov 2026' },
      ]);
    expect(await page.getByTestId('compare-summary').textContent()).toBe(
      'Cheeks: 1 Oct 2026 and 15 Nov 2026, 45 days apart, 2 sessions in between.',
    );
    expect(await compare.textContent()).toContain('Earlier: Cheeks, 1 Oct 2026');
    expect(await compare.textContent()).toContain('Later: Cheeks, 15 Nov 2026');

    await compare.getByLabel('One over the other, with a slider').check();
    const slider = page.getByRole('slider', { name: 'Share of the later photo shown' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await slider.inputValue()).toBe('40');
    expect(await slider.getAttribute('aria-valuetext')).toBe(
      '40% later photo (15 Nov 2026), the rest earlier photo (1 Oct 2026)',
    );
    await page.keyboard.press('End');
    expect(await slider.inputValue()).toBe('100');
    const clip = await compare.locator('.over').evaluate((e) => (e as HTMLElement).style.clipPath);
    expect(clip).toBe('inset(0px 0px 0px 0%)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts the before and latest photos in the report only when ticked, small, on an appendix page', async () => {
    const { page, errors } = await h.open('report.html?range=all');
    await page.getByTestId('report-summary').waitFor();
    expect(await page.getByTestId('report-photos').count()).toBe(0);
    const tick = page.getByTestId('report-photos-tick');
    expect(await tick.isChecked()).toBe(false);
    await tick.check();
    const appendix = page.getByTestId('report-photos');
    await appendix.locator('img').nth(1).waitFor();
    await expect
      .poll(() => loaded(page, '[data-testid=report-photos] img'))
      .toEqual([
        { ok: true, alt: 'Cheeks, 1 Oct 2026' },
        { ok: true, alt: 'Cheeks, 15 Nov 2026' },
      ]);
    const text = await appendix.textContent();
    expect(text).toContain('Before: Cheeks, 1 Oct 2026');
    expect(text).toContain('Latest: Cheeks, 15 Nov 2026');
    expect(text).toContain('2 sessions between these photos');
    expect(text).toContain('not medical advice');
    await page.emulateMedia({ media: 'print' });
    expect(await appendix.evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    expect(await page.locator('.photo-choice').isVisible()).toBe(false);
    const height = await appendix
      .locator('img')
      .first()
      .evaluate((e) => e.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(6.5 * 37.8 + 1); // 6.5 cm at 96 dpi
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports photos as a separate file of the stated size, the JSON unchanged; deleting all removes them; import restores them', async () => {
    const { page, errors } = await h.open('options.html');
    // A fixed clock (timers still run): both exports carry the same exportedAt.
    await page.clock.setFixedTime(new Date('2026-11-21T10:00:00+01:00'));
    await page.reload();
    await page.getByTestId('photo-item').nth(1).waitFor();
    const [plain] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-json').click(),
    ]);
    const plainJson = readFileSync((await plain.path()) as string);

    await page.getByTestId('photo-backup-tick').check();
    const size = page.getByTestId('photo-backup-size');
    await size.getByText(/2 photos/).waitFor();
    const stated = Number(/about ([\d.]+) MB/.exec((await size.textContent()) ?? '')?.[1]);
    const downloads: import('playwright-core').Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByTestId('export-json').click();
    await expect.poll(() => downloads.length).toBe(2);
    const byName = Object.fromEntries(downloads.map((d) => [d.suggestedFilename(), d]));
    expect(Object.keys(byName).sort()).toEqual([
      'roller-coach-backup-2026-11-21.json',
      'roller-coach-photos-2026-11-21.jsonl',
    ]);
    const json = readFileSync((await byName['roller-coach-backup-2026-11-21.json']?.path()) as string);
    expect(json.equals(plainJson)).toBe(true);
    expect(json.toString()).not.toContain('photo');
    const photoFile = readFileSync((await byName['roller-coach-photos-2026-11-21.jsonl']?.path()) as string);
    expect(Math.abs(photoFile.length / 1024 / 1024 - stated)).toBeLessThanOrEqual(0.05);
    expect(photoFile.subarray(0, 40).toString()).toContain('"format":"roller-coach-photos"');
    const before = await readPhotoDb(page);

    // Delete all data: the photos go too.
    await page.getByRole('button', { name: 'Delete all data' }).click();
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByTestId('toast').getByText('All data was deleted.').waitFor();
    await page.getByTestId('photo-empty').waitFor();
    expect(await readPhotoDb(page)).toEqual([]);

    // Import the photo file: every photo is back, byte for byte.
    await page.getByTestId('import-file').setInputFiles({
      name: 'roller-coach-photos-2026-11-21.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: photoFile,
    });
    await page.getByTestId('photo-import-notice').getByText('Photos restored: 2.').waitFor();
    await expect.poll(() => page.getByTestId('photo-item').count()).toBe(2);
    const after = await readPhotoDb(page);
    const sort = (l: typeof after) =>
      [...l].sort((a, b) => String(a.meta.id).localeCompare(String(b.meta.id)));
    expect(sort(after)).toEqual(sort(before));

    // A damaged photo file restores nothing.
    await emptyPhotoDb(page);
    const lines = photoFile.toString().split('\n');
    lines[2] = (lines[2] ?? '').slice(0, 100);
    await page.getByTestId('import-file').setInputFiles({
      name: 'damaged.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page
      .getByTestId('photo-import-notice')
      .getByText(/damaged at line 3/)
      .waitFor();
    expect(await readPhotoDb(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('photo faults', () => {
  it('refuses a file that is not an image, and saves nothing', async () => {
    const { page } = await h.open('options.html');
    await page.getByTestId('photo-file').waitFor();
    await emptyPhotoDb(page);
    await addPhoto(page, Buffer.from('just some text, not a picture\n'), '2026-11-01', 'notes.jpg');
    expect(await page.getByTestId('photo-error').textContent()).toContain('This file is not an image');
    expect(await readPhotoDb(page)).toEqual([]);
    await page.close();
  });

  it('says the storage is full on a quota error, and nothing is half-saved', async () => {
    const page = await h.context.newPage();
    // The blob write fails as a full disk makes it fail; the metadata was already put in the
    // same transaction, so it must be rolled back too.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'blobs')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.goto(h.url('options.html'));
    await page.getByTestId('photo-file').waitFor();
    await emptyPhotoDb(page);
    await page.reload();
    await page.getByTestId('photo-empty').waitFor();
    await addPhoto(page, await makeJpeg(page, 800, 600, 90), '2026-11-01');
    await page.getByTestId('photo-error').waitFor();
    expect(await page.getByTestId('photo-error').textContent()).toContain('not enough room');
    expect(await readPhotoDb(page)).toEqual([]);
    expect(await page.getByTestId('photo-empty').isVisible()).toBe(true);
    await page.close();
  });

  it('reports a photo store that cannot be opened, and does not show it as empty', async () => {
    const page = await h.context.newPage();
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('Internal error opening backing store', 'UnknownError');
      };
    });
    await page.goto(h.url('options.html'));
    const alert = page.getByTestId('photo-store-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The photo store could not be opened');
    expect(await alert.textContent()).toContain('Your photos were not deleted');
    expect(await page.getByTestId('photo-empty').count()).toBe(0);
    await page.close();
  });
});

describe('photo code stays out of the popup', () => {
  it('the popup loads no photo chunk; the options page loads the photos section after it started', async () => {
    const loadedBy = async (pageName: string, ready: (p: Page) => Promise<unknown>) => {
      const files: string[] = [];
      const page = await h.context.newPage();
      page.on('request', (r) => files.push(r.url().split('/').pop() ?? ''));
      await page.goto(h.url(pageName));
      await ready(page);
      await page.close();
      return files.filter((f) => f.endsWith('.js'));
    };
    const photoChunk = /^(PhotosSection|PhotoImg|PhotoBackupTick|photo-backup|photos|messages|encode)-/;
    const popup = await loadedBy('popup.html', (p) => p.locator('h1, h2').first().waitFor());
    expect(popup.length).toBeGreaterThan(0);
    expect(popup.filter((f) => photoChunk.test(f))).toEqual([]);
    const options = await loadedBy('options.html', (p) => p.getByTestId('photo-file').waitFor());
    expect(options.filter((f) => /^PhotosSection-/.test(f))).toHaveLength(1);
  });
});

describe('photos make no network request', () => {
  it('adding, comparing, reporting and exporting photos requests nothing outside the extension', async () => {
    requests.length = 0;
    await h.clear();
    await h.seed(SEED);
    const { page } = await h.open('options.html');
    await page.getByTestId('photo-file').waitFor();
    await emptyPhotoDb(page);
    await page.reload();
    await page.getByTestId('photo-empty').waitFor();
    withExif ??= withExifGps(await makeJpeg(page, 3000, 2000, 20));
    await addPhoto(page, withExif, '2026-10-01');
    await page
      .getByTestId('photo-status')
      .getByText(/Photo added/)
      .waitFor();
    await addPhoto(page, await makeJpeg(page, 1200, 900, 150), '2026-11-10');
    await expect.poll(() => page.getByTestId('photo-item').count()).toBe(2);
    await page.getByTestId('photo-compare-open').click();
    await page.locator('[data-testid=photo-compare] img').nth(1).waitFor();
    await page.getByTestId('photo-backup-tick').check();
    await page
      .getByTestId('photo-backup-size')
      .getByText(/2 photos/)
      .waitFor();
    const downloads: unknown[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByTestId('export-json').click();
    await expect.poll(() => downloads.length).toBe(2);
    const { page: report } = await h.open('report.html?range=all');
    await report.getByTestId('report-photos-tick').check();
    await report.locator('[data-testid=report-photos] img').nth(1).waitFor();
    await report.close();
    await page.close();
    expect(requests).toEqual([]);
  });

  it('(control) a request from the options page would be recorded', async () => {
    const { page } = await h.open('options.html');
    await page.evaluate(() => fetch('https://example.invalid/photo-upload').catch(() => undefined));
    await expect.poll(() => requests.length).toBe(1);
    requests.length = 0;
    await page.close();
  });
});
