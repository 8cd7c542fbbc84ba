import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACE_ROLLER, sessionRecord, userStorage } from './seed';
import { type Harness, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
});
afterAll(async () => {
  await h?.close();
});

const when = (d: number) => new Date(Date.UTC(2026, 9, d, 8)).toISOString().replace('.000Z', '+00:00');
const session = (id: string, d: number, notes = '') =>
  sessionRecord(when(d), { id, needleMm: 0.25, products: ['=HYPERLINK("http://evil")'], notes });
const SEED = userStorage([session('a', 1, 'line one\nline, "two"'), session('b', 5)], { areas: ['cheeks'] }, [
  { ...FACE_ROLLER, needleMm: 0.25 },
]);

describe('export and import in real Chromium', () => {
  it('exports a JSON backup and a CSV whose content is right', async () => {
    await h.clear();
    await h.seed(SEED);
    const { page, errors } = await h.open('options.html');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-json').click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^roller-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(readFileSync((await json.path()) as string, 'utf8'));
    expect(backup).toMatchObject({ format: 'roller-coach-backup', schemaVersion: 1 });
    expect(backup.sessions.map((s: { id: string }) => s.id)).toEqual(['a', 'b']);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/^roller-coach-sessions-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await csv.path()) as string, 'utf8');
    expect(text.startsWith('\uFEFFid,when,area')).toBe(true);
    expect(text).toContain('"line one\nline, ""two"""');
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports a good backup after a preview, and a bad file changes nothing', async () => {
    await h.clear();
    await h.seed(SEED);
    const { page: exporter } = await h.open('options.html');
    const [json] = await Promise.all([
      exporter.waitForEvent('download'),
      exporter.getByTestId('export-json').click(),
    ]);
    const good = readFileSync((await json.path()) as string);
    await exporter.close();
    await h.clear();
    await h.seed(
      userStorage([session('b', 5), session('c', 9)], { areas: ['cheeks'] }, [
        { ...FACE_ROLLER, needleMm: 0.25 },
      ]),
    );
    const { page } = await h.open('options.html');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: good });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain(
      'Sessions in the file: 2 (1 new, 1 already here, 0 different',
    );
    await preview.getByRole('button', { name: /Merge/ }).click();
    await page.getByTestId('toast').getByText('you now have 3 sessions').waitFor();
    expect(await page.getByTestId('history-count').textContent()).toBe('3 of 3');

    // The user's data, without the background's own memo (its refresh after the merge may land at
    // any moment on a busy machine; it is not something an import writes).
    const userData = async () => {
      const { background: _memo, ...rest } = await h.readStorage();
      return rest;
    };
    const before = await userData();
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: truncated });
    const refused = page.getByTestId('import-errors');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/line \d+/i);
    await page.getByTestId('import-file').setInputFiles({
      name: 'photo.json',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
    });
    await refused.waitFor();
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await userData()).toEqual(before);
    await page.close();
  });
});
