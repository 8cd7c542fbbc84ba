import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as flows from './flows';
import { flowHarness, type Harness, startHarness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
});
afterAll(async () => {
  await h?.close();
});

describe('export and import in real Chromium', () => {
  it('exports a JSON backup and a CSV whose content is right', async () => {
    await h.clear();
    await h.seed(flows.BACKUP_SEED);
    const { page, errors } = await h.open('options.html');
    const saved = async (id: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
      return { name: d.suggestedFilename(), text: readFileSync((await d.path()) as string, 'utf8') };
    };
    flows.checkExports(await saved('export-json'), await saved('export-csv'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports a good backup after a preview, and a bad file changes nothing', async () => {
    await h.clear();
    await h.seed(flows.BACKUP_SEED);
    const { page: exporter } = await h.open('options.html');
    const [json] = await Promise.all([
      exporter.waitForEvent('download'),
      exporter.getByTestId('export-json').click(),
    ]);
    const good = readFileSync((await json.path()) as string);
    await exporter.close();
    await flows.importBackup(flowHarness(h), good);
  });
});
