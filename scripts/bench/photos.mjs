// Progress photos (issue 16): adding a 12-megapixel photo until its thumbnail is shown, the bytes
// stored per photo, and the compare view with 200 photos stored, open to its first pair. Runs in
// the benchmark's Chromium with the built extension; every figure is a median of RUNS runs.
import { RUNS } from './fixtures.mjs';

const memo = new WeakMap();

/** A JPEG of `width` x `height` made in the page: gradients and fine noise, like skin close up. */
async function makeJpegInPage(page, width, height, hue) {
  return page.evaluate(
    async ({ width, height, hue }) => {
      const c = new OffscreenCanvas(width, height);
      const ctx = c.getContext('2d');
      const g = ctx.createLinearGradient(0, 0, width, height);
      g.addColorStop(0, `hsl(${hue} 55% 72%)`);
      g.addColorStop(1, `hsl(${hue + 15} 45% 48%)`);
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, width, height);
      let seed = hue * 7919 + 1;
      const rnd = () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
      };
      for (let i = 0; i < (width * height) / 300; i++) {
        ctx.fillStyle = `hsla(${hue + rnd() * 20} 40% ${35 + rnd() * 45}% / 0.35)`;
        ctx.beginPath();
        ctx.arc(rnd() * width, rnd() * height, 0.5 + rnd() * 3, 0, Math.PI * 2);
        ctx.fill();
      }
      // Sensor noise on every pixel: a camera JPEG of 12 MP is several MB, not a smooth gradient.
      const img = ctx.getImageData(0, 0, width, height);
      const d = img.data;
      for (let i = 0; i < d.length; i += 4) {
        const n = Math.floor(rnd() * 24) - 12;
        d[i] += n;
        d[i + 1] += n;
        d[i + 2] += n;
      }
      ctx.putImageData(img, 0, 0);
      const blob = await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    },
    { width, height, hue },
  );
}

/** Empties the extension's photo database (from one of its pages). */
function clearPhotos(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const r = indexedDB.open('roller-coach-photos');
        r.onsuccess = () => {
          const db = r.result;
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

export function photoFixtures(fx) {
  if (memo.has(fx)) return memo.get(fx);
  const once = (fn) => {
    let p;
    return () => (p ??= fn());
  };
  const optionsPage = async () => {
    const { context, extensionId } = await fx.browser();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1200, height: 1000 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`chrome-extension://${extensionId}/options.html#photos`);
    await page.getByTestId('photo-file').waitFor();
    return { page, errors };
  };
  const ready = (page) =>
    page.waitForFunction(() => {
      const input = document.querySelector('[data-testid=photo-file]');
      return input && !input.closest('fieldset')?.disabled;
    });

  const photos = {
    /** RUNS adds of a 4000 x 3000 JPEG through the file picker, each until its thumbnail is decoded on screen. */
    addRuns: once(async () => {
      const { page, errors } = await optionsPage();
      await clearPhotos(page);
      await page.reload();
      await page.getByTestId('photo-empty').waitFor();
      const jpeg = Buffer.from(await makeJpegInPage(page, 4000, 3000, 20), 'base64');
      const ms = [];
      const stored = [];
      console.log(
        `  ${RUNS} adds of a 12-megapixel photo (${(jpeg.length / 1024 / 1024).toFixed(1)} MB JPEG)`,
      );
      for (let i = 0; i < RUNS; i++) {
        await ready(page);
        // Each photo is dated a day before the previous one, so it comes first in the timeline,
        // in view (thumbnails load when they scroll into view, as they do for the user).
        await page.getByTestId('photo-date').fill(`2026-01-${String(28 - i).padStart(2, '0')}`);
        // The clock starts when the file input changes (after the file reached the page).
        await page.evaluate(() => {
          document.querySelector('#photos')?.scrollIntoView();
          globalThis.__photoT0 = 0;
          const onChange = (e) => {
            if (e.target?.dataset?.testid !== 'photo-file') return;
            globalThis.__photoT0 = performance.now();
            document.removeEventListener('change', onChange, true);
          };
          document.addEventListener('change', onChange, true);
        });
        const before = await page.evaluate(
          () =>
            document.querySelector('[data-testid=photo-item] [data-photo]')?.getAttribute('data-photo') ?? '',
        );
        await page
          .getByTestId('photo-file')
          .setInputFiles({ name: `p${i}.jpg`, mimeType: 'image/jpeg', buffer: jpeg });
        // Until the new photo's thumbnail is decoded and laid out on screen.
        const elapsed = await page.evaluate(
          (before) =>
            new Promise((resolve, reject) => {
              const limit = performance.now() + 30_000;
              const tick = () => {
                const img = document.querySelector('[data-testid=photo-item] img[data-kind=thumb]');
                const done =
                  img &&
                  img.getAttribute('data-photo') !== before &&
                  img.complete &&
                  img.naturalWidth > 0 &&
                  img.getBoundingClientRect().height > 0;
                if (done && globalThis.__photoT0 > 0) resolve(performance.now() - globalThis.__photoT0);
                else if (performance.now() > limit) reject(new Error('thumbnail not shown in 30 s'));
                else requestAnimationFrame(tick);
              };
              tick();
            }),
          before,
        );
        ms.push(elapsed);
      }
      const metas = await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const r = indexedDB.open('roller-coach-photos');
            r.onsuccess = () => {
              const q = r.result.transaction('meta').objectStore('meta').getAll();
              q.onsuccess = () => resolve(q.result);
              q.onerror = () => reject(q.error);
            };
          }),
      );
      for (const m of metas) stored.push((m.bytes + m.thumbBytes + JSON.stringify(m).length) / 1024);
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      await clearPhotos(page);
      await page.close();
      return {
        ms,
        storedKb: stored,
        inputBytes: jpeg.length,
        type: metas[0]?.type,
        size: `${metas[0]?.width}x${metas[0]?.height}`,
      };
    }),

    /** 200 photos stored (4 areas x 50); RUNS times: reload, then "Compare" until both images are decoded. */
    compareRuns: once(async () => {
      const { page, errors } = await optionsPage();
      await clearPhotos(page);
      await page.reload();
      await page.getByTestId('photo-empty').waitFor();
      // One real photo through the app, then 199 copies of its blobs under other ids, dates and areas.
      await ready(page);
      const jpeg = Buffer.from(await makeJpegInPage(page, 4000, 3000, 40), 'base64');
      await page
        .getByTestId('photo-file')
        .setInputFiles({ name: 'seed.jpg', mimeType: 'image/jpeg', buffer: jpeg });
      await page.getByTestId('photo-item').waitFor();
      await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const r = indexedDB.open('roller-coach-photos');
            r.onsuccess = () => {
              const db = r.result;
              const read = db.transaction(['meta', 'blobs']);
              const metaQ = read.objectStore('meta').getAll();
              const blobQ = read.objectStore('blobs').getAll();
              read.oncomplete = () => {
                const [m] = metaQ.result;
                const [b] = blobQ.result;
                const tx = db.transaction(['meta', 'blobs'], 'readwrite');
                const areas = ['cheeks', 'forehead', 'neck', 'chin'];
                for (let i = 1; i < 200; i++) {
                  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 4) * 7 * 86_400_000);
                  const id = `bench-${i}`;
                  tx.objectStore('meta').put({
                    ...m,
                    id,
                    area: areas[i % 4],
                    date: day.toISOString().slice(0, 10),
                  });
                  tx.objectStore('blobs').put(b, id);
                }
                tx.oncomplete = () => resolve();
                tx.onerror = () => reject(tx.error);
              };
            };
            r.onerror = () => reject(r.error);
          }),
      );
      const ms = [];
      console.log(`  ${RUNS} compare-view opens with 200 photos stored`);
      for (let i = 0; i < RUNS; i++) {
        await page.reload();
        await page.getByTestId('photo-compare-open').waitFor();
        if ((await page.locator('[data-testid=photo-item]').count()) !== 200)
          throw new Error('200 photos not listed');
        const elapsed = await page.evaluate(
          () =>
            new Promise((resolve, reject) => {
              const t0 = performance.now();
              document.querySelector('[data-testid=photo-compare-open]').click();
              const limit = t0 + 30_000;
              const tick = () => {
                const imgs = [...document.querySelectorAll('[data-testid=photo-compare] img')];
                if (imgs.length === 2 && imgs.every((img) => img.complete && img.naturalWidth > 0))
                  resolve(performance.now() - t0);
                else if (performance.now() > limit) reject(new Error('first pair not shown in 30 s'));
                else requestAnimationFrame(tick);
              };
              tick();
            }),
        );
        ms.push(elapsed);
      }
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      await clearPhotos(page);
      await page.close();
      return { ms };
    }),
  };
  memo.set(fx, photos);
  return photos;
}
