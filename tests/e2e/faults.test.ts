import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACE_ROLLER, sessionRecord, userStorage } from './seed';
import { type Harness, startHarness } from './support';

/**
 * Issue 14: fault injection in real Chromium. For each stored item, garbage, wrong types, values
 * from a newer version and a truncated string are written; popup, options page and report are
 * opened; each must say what was set aside, keep the rest intact and usable, and throw nothing.
 * Then storage is filled to its quota during a log, an edit and an import: nothing half-written.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
});
afterAll(async () => {
  await h?.close();
});

const MARK = 'ZZ-FAULT';
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00');
const now = new Date();
const prevMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1, 8);
const thisMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1, 0, 0, 30);
const A = sessionRecord(iso(prevMonth + 9 * 86_400_000), { id: 'sa', area: 'cheeks' });
const B = sessionRecord(iso(prevMonth + 11 * 86_400_000), { id: 'sb', area: 'neck' });
const C = sessionRecord(iso(thisMonth), { id: 'sc', area: 'cheeks' });
const STAMP = { ...FACE_ROLLER, id: 'r2', name: 'Neck stamp', kind: 'stamp', needleMm: 0.25 };
const PROFILE = { areas: ['cheeks', 'neck'], onboardedAt: '2026-01-01T00:00:00+00:00', ageBand: '22-plus' };
const GOOD: Record<string, unknown> = {
  ...userStorage([A, B, C], PROFILE, [FACE_ROLLER, STAMP]),
  settings: { theme: 'light', locale: 'en' },
  backup: { lastAt: iso(Date.now() - 86_400_000), sessionsAtLast: 3, off: false },
};
const chunkKey = `sessions:${A.when.slice(0, 7)}`;
/** The stored text cut off just after the marker, as a write interrupted halfway would leave it. */
const truncate = (v: unknown) => {
  const text = JSON.stringify(v);
  return text.slice(0, text.indexOf(MARK) + MARK.length + 2);
};

interface FaultCase {
  item: string;
  key: string;
  fault: 'garbage' | 'wrong types' | 'from a newer version' | 'truncated string';
  value: unknown;
  /** What must still be there: sessions, rollers, and whether the treated areas survive. */
  sessions: number;
  rollers: number;
  areasKept: boolean;
}

const garbage = `${MARK}\u0000\uFFFD{{[[`;
const CASES: FaultCase[] = [
  // The safety profile: only the bad fields go.
  {
    item: 'profile',
    key: 'profile',
    fault: 'garbage',
    value: garbage,
    sessions: 3,
    rollers: 2,
    areasKept: false,
  },
  {
    item: 'profile',
    key: 'profile',
    fault: 'wrong types',
    value: { ...PROFILE, skinType: MARK, goals: 7, areas: ['cheeks', 'neck', 42] },
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'profile',
    key: 'profile',
    fault: 'from a newer version',
    value: { ...PROFILE, ageBand: `${MARK}-65-plus`, answeredAt: { pregnancy: MARK } },
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'profile',
    key: 'profile',
    fault: 'truncated string',
    value: truncate({ goals: [MARK], ...PROFILE }),
    sessions: 3,
    rollers: 2,
    areasKept: false,
  },
  // Settings.
  {
    item: 'settings',
    key: 'settings',
    fault: 'garbage',
    value: garbage,
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'settings',
    key: 'settings',
    fault: 'wrong types',
    value: {
      theme: 'light',
      notifications: MARK,
      card: { enabled: 'yes', disabledSites: ['shop.example', 3] },
    },
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'settings',
    key: 'settings',
    fault: 'from a newer version',
    value: { theme: `${MARK}-sepia`, locale: 'en', sync: { to: MARK } },
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'settings',
    key: 'settings',
    fault: 'truncated string',
    value: truncate({ theme: MARK }),
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  // Rollers: one bad roller never costs the other.
  {
    item: 'rollers',
    key: 'rollers',
    fault: 'garbage',
    value: garbage,
    sessions: 3,
    rollers: 0,
    areasKept: true,
  },
  {
    item: 'rollers',
    key: 'rollers',
    fault: 'wrong types',
    value: [FACE_ROLLER, { ...STAMP, needleMm: MARK }],
    sessions: 3,
    rollers: 1,
    areasKept: true,
  },
  {
    item: 'rollers',
    key: 'rollers',
    fault: 'from a newer version',
    value: [FACE_ROLLER, { ...STAMP, colour: MARK }],
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'rollers',
    key: 'rollers',
    fault: 'truncated string',
    value: truncate([{ ...FACE_ROLLER, name: MARK }, STAMP]),
    sessions: 3,
    rollers: 0,
    areasKept: true,
  },
  // The index of months: the months that exist are found anyway.
  {
    item: 'index',
    key: 'sessions',
    fault: 'garbage',
    value: garbage,
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'index',
    key: 'sessions',
    fault: 'wrong types',
    value: { months: [A.when.slice(0, 7), MARK, 11] },
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'index',
    key: 'sessions',
    fault: 'from a newer version',
    value: { months: [A.when.slice(0, 7), C.when.slice(0, 7), `${MARK}-2099-W01`] },
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'index',
    key: 'sessions',
    fault: 'truncated string',
    value: `{"months":["${MARK}`,
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  // A month of sessions: per session where the month can be read at all.
  {
    item: 'a month of sessions',
    key: chunkKey,
    fault: 'garbage',
    value: garbage,
    sessions: 1,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'a month of sessions',
    key: chunkKey,
    fault: 'wrong types',
    value: JSON.stringify([A, { ...B, needleMm: MARK }]),
    sessions: 2,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'a month of sessions',
    key: chunkKey,
    fault: 'from a newer version',
    value: JSON.stringify([A, { ...B, bleeding: `${MARK}-heavy` }]),
    sessions: 2,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'a month of sessions',
    key: chunkKey,
    fault: 'truncated string',
    value: truncate([{ ...A, notes: MARK }, B]),
    sessions: 1,
    rollers: 2,
    areasKept: true,
  },
  // The backup reminder's memo.
  {
    item: 'backup memo',
    key: 'backup',
    fault: 'garbage',
    value: garbage,
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'backup memo',
    key: 'backup',
    fault: 'wrong types',
    value: { lastAt: MARK, sessionsAtLast: '3' },
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'backup memo',
    key: 'backup',
    fault: 'from a newer version',
    value: { lastAt: iso(Date.now()), sessionsAtLast: 3, cloud: MARK },
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  {
    item: 'backup memo',
    key: 'backup',
    fault: 'truncated string',
    value: truncate({ lastAt: MARK }),
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
  // The quarantine itself.
  {
    item: 'quarantine',
    key: 'quarantine',
    fault: 'garbage',
    value: garbage,
    sessions: 3,
    rollers: 2,
    areasKept: true,
  },
];

/** What each surface showed, per case, for the issue note. */
const shown: Record<string, unknown>[] = [];

async function noticeOf(page: Page): Promise<string> {
  const notice = page.getByTestId('data-notice');
  await notice.waitFor();
  return (await notice.textContent()) ?? '';
}

describe('fault injection: every stored item, four kinds of fault, three surfaces', () => {
  it.each(CASES.map((c) => [`${c.item}: ${c.fault}`, c] as const))('%s', async (_name, c) => {
    await h.clear();
    await h.seed({ ...GOOD, [c.key]: c.value });

    const popup = await h.open('popup.html');
    const popupNotice = await noticeOf(popup.page);
    expect(popupNotice).toMatch(
      /^Roller Coach could not read .+: it was set aside unchanged, and nothing else was lost\./,
    );
    expect(
      await popup.page.getByRole('link', { name: 'See what was set aside' }).getAttribute('href'),
    ).toMatch(/options\.html#quarantine$/);
    if (c.areasKept) {
      await popup.page.getByTestId('status-cheeks').waitFor();
      await popup.page.getByTestId('status-neck').waitFor();
    } else
      await popup.page
        .getByTestId('log-button')
        .or(popup.page.getByRole('heading', { name: /Welcome/ }))
        .first()
        .waitFor();
    const popupView = (await popup.page.locator('h1').first().textContent()) ?? '';

    const options = await h.open('options.html');
    const optionsNotice = await noticeOf(options.page);
    const list = options.page.getByTestId('quarantine-entry');
    await list.first().waitFor();
    const entries = await list.allTextContents();
    // Each value set aside once, though the popup and the background may both have found it.
    expect(new Set(entries).size).toBe(entries.length);
    const summary = (await options.page.getByTestId('data-summary').textContent()) ?? '';
    expect(summary).toContain(`${c.sessions} session`);
    expect(summary).toContain(`${c.rollers} roller`);
    if (c.sessions > 0)
      expect(await options.page.getByTestId('history-count').textContent()).toBe(
        `${c.sessions} of ${c.sessions}`,
      );

    const report = await h.open('report.html?range=all');
    const reportNotice = await noticeOf(report.page);
    if (c.sessions > 0)
      await expect
        .poll(() => report.page.getByTestId('report-sessions').locator('tbody tr').count())
        .toBe(c.sessions);

    for (const s of [popup, options, report]) expect(s.errors).toEqual([]);

    // The rest of storage is exactly as it was; the faulty item was rewritten with what validates,
    // and its raw value (or the bad parts of it) is in quarantine.
    const stored = await h.readStorage();
    for (const [key, value] of Object.entries(GOOD))
      if (key !== c.key) expect(stored[key], `${key} must be unchanged`).toEqual(value);
    expect(JSON.stringify(stored.quarantine)).toContain(MARK);
    if (c.key !== 'quarantine') expect(JSON.stringify(stored[c.key] ?? null)).not.toContain(MARK);

    shown.push({
      case: `${c.item}: ${c.fault}`,
      popup: { view: popupView.trim(), notice: popupNotice },
      options: { notice: optionsNotice, setAside: entries, summary },
      report: { notice: reportNotice },
    });
    for (const s of [popup, options, report]) await s.page.close();
  });
});

describe('garbage in every item at once', () => {
  it('the first-run welcome and the empty report still say what was set aside; nothing throws', async () => {
    await h.clear();
    await h.seed(Object.fromEntries(Object.keys(GOOD).map((k) => [k, `${garbage}${k}`])));
    const popup = await h.open('popup.html');
    await noticeOf(popup.page);
    // The sentence grows as each item is read and set aside; the backup memo is read last.
    await popup.page
      .getByTestId('data-notice')
      .getByText(/the backup reminder/)
      .waitFor();
    const notice = await noticeOf(popup.page);
    await popup.page.getByRole('heading', { name: 'Welcome to Roller Coach' }).waitFor();
    expect(notice).toContain('your safety profile');
    expect(notice).toContain('your list of rollers');
    expect(notice).toContain('whole months of sessions');
    const report = await h.open('report.html');
    await noticeOf(report.page);
    await expect.poll(() => report.page.getByTestId('data-notice').textContent()).toBe(notice);
    const options = await h.open('options.html');
    await options.page.getByTestId('quarantine-entry').first().waitFor();
    // profile, settings, rollers, index, two months, backup memo: each kept whole, each listed once.
    expect(await options.page.getByTestId('quarantine-entry').count()).toBe(7);
    for (const s of [popup, report, options]) {
      expect(s.errors).toEqual([]);
      await s.page.close();
    }
    shown.push({ case: 'garbage in every item', popup: { view: 'Welcome to Roller Coach', notice } });
  });
});

afterAll(() => {
  if (shown.length === 0) return;
  const dir = resolve(import.meta.dirname, '../../test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'fault-cases.json'), `${JSON.stringify(shown, null, 2)}\n`);
});

/** Fill chrome.storage.local to its quota, leaving `room` bytes. */
async function fillQuota(room = 64): Promise<void> {
  await h.worker.evaluate(async (leave) => {
    const local = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: {
              QUOTA_BYTES: number;
              getBytesInUse(k: null): Promise<number>;
              set(v: unknown): Promise<void>;
            };
          };
        };
      }
    ).chrome.storage.local;
    // An open popup may write its saved view between the count and the fill: count again then.
    for (let attempt = 0; ; attempt++) {
      const used = await local.getBytesInUse(null);
      try {
        await local.set({ filler: 'x'.repeat(local.QUOTA_BYTES - used - 'filler'.length - 2 - leave) });
        return;
      } catch (e) {
        if (attempt >= 4) throw e;
      }
    }
  }, room);
}
/** User data as stored: without the filler, and without the background's memo of what it last told. */
const withoutFiller = async () => {
  const { filler: _f, background: _b, ...rest } = await h.readStorage();
  return rest;
};

describe('storage full, in real Chromium (no unlimitedStorage)', () => {
  it('logging: nothing saved, a translated message with why and what to do, the form keeps what was typed', async () => {
    await h.clear();
    await h.seed(GOOD);
    const { page, errors } = await h.open('popup.html');
    await page.getByTestId('log-button').click();
    await page.getByText('More details').click();
    await page.getByLabel('Notes').fill('left side only');
    await fillQuota();
    const before = await withoutFiller();
    await page.getByRole('button', { name: 'Save session' }).click();
    const alert = page.getByText(/^Nothing was saved:/);
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('storage for Roller Coach is full');
    expect(text).toContain('Download a backup');
    expect(text).not.toMatch(/quota|kQuotaBytes/i);
    expect(await page.getByLabel('Notes').inputValue()).toBe('left side only');
    expect(await withoutFiller()).toEqual(before);
    // Room again: the same form saves what was typed.
    await h.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }
      ).chrome.storage.local.remove('filler'),
    );
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByTestId('saved').waitFor();
    expect(JSON.stringify(await h.readStorage())).toContain('left side only');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('editing a session: nothing saved, the editor stays open with the message', async () => {
    await h.clear();
    await h.seed(GOOD);
    const { page, errors } = await h.open('options.html');
    await page.getByTestId('history-table').getByRole('button', { name: 'Edit' }).first().click();
    const editor = page.locator('form.session-editor');
    await editor.getByLabel('Notes').fill('x'.repeat(1500));
    await fillQuota();
    const before = await withoutFiller();
    await editor.getByRole('button', { name: 'Save changes' }).click();
    const failed = page.getByTestId('edit-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain(
      'Nothing was saved: the browser’s storage for Roller Coach is full',
    );
    expect(await editor.getByLabel('Notes').inputValue()).toHaveLength(1500);
    expect(await withoutFiller()).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('importing: nothing imported, nothing changed, the reason in words', async () => {
    await h.clear();
    await h.seed(GOOD);
    const { page, errors } = await h.open('options.html');
    const extra = Array.from({ length: 20 }, (_, i) =>
      sessionRecord(iso(prevMonth + (i + 13) * 3_600_000), { id: `imp${i}`, notes: 'imported '.repeat(20) }),
    );
    const backup = {
      format: 'roller-coach-backup',
      schemaVersion: 1,
      exportedAt: iso(Date.now()),
      rollers: [FACE_ROLLER],
      sessions: [A, B, C, ...extra],
      profile: PROFILE,
      settings: {},
    };
    await page.getByTestId('import-file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await fillQuota(256);
    const before = await withoutFiller();
    await preview.getByRole('button', { name: /Merge/ }).click();
    const refused = page.getByTestId('import-errors');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Nothing was imported and nothing was changed');
    expect(await refused.textContent()).not.toMatch(/quota/i);
    expect(await withoutFiller()).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('backup reminder and privacy page, in real Chromium', () => {
  it('a history of 70 days and no backup: the popup offers one; one click downloads it and the reminder goes', async () => {
    await h.clear();
    const old = sessionRecord(iso(Date.now() - 70 * 86_400_000), { id: 'old' });
    const { backup: _b, ...withoutMemo } = {
      ...GOOD,
      ...userStorage([old, A, B, C], PROFILE, [FACE_ROLLER, STAMP]),
    };
    await h.seed(withoutMemo);
    const { page, errors } = await h.open('popup.html');
    const reminder = page.getByTestId('backup-reminder');
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('You have 4 sessions and no backup yet.');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      reminder.getByTestId('backup-now').click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^roller-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await reminder.waitFor({ state: 'detached' });
    const memo = (await h.readStorage()).backup as { lastAt: string; sessionsAtLast: number };
    expect(memo.sessionsAtLast).toBe(4);
    expect(Math.abs(Date.parse(memo.lastAt) - Date.now())).toBeLessThan(60_000);
    const options = await h.open('options.html');
    await options.page
      .getByTestId('backup-last')
      .getByText(/^Last backup downloaded: /)
      .waitFor();
    expect(await options.page.getByTestId('backup-reminder').count()).toBe(0);
    expect(await options.page.getByTestId('storage-use').textContent()).toMatch(
      /^Storage used: \d+ KB of the browser’s 10 MB for Roller Coach\.$/,
    );
    expect([...errors, ...options.errors]).toEqual([]);
    await page.close();
    await options.page.close();
  });

  it('the privacy page lists exactly what the built manifest asks for, each with why', async () => {
    const { page, errors } = await h.open('privacy.html');
    const manifest = (await page.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { getManifest(): Record<string, string[] | undefined> } };
        }
      ).chrome.runtime.getManifest(),
    )) as Record<string, string[] | undefined>;
    const listed = async (id: string) =>
      page
        .getByTestId(id)
        .locator('[data-permission]')
        .evaluateAll((els) =>
          els.map(
            (e) =>
              [e.getAttribute('data-permission'), e.querySelector('dd')?.textContent?.length ?? 0] as const,
          ),
        );
    const required = await listed('permissions-required');
    const optional = await listed('permissions-optional');
    expect(required.map(([p]) => p)).toEqual([...(manifest.permissions ?? []), 'hosts']);
    expect(optional.map(([p]) => p)).toEqual([
      ...(manifest.optional_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ]);
    for (const [p, why] of [...required, ...optional]) expect(why, `${p} has a why`).toBeGreaterThan(20);
    const hosts = await page.getByTestId('permission-hosts').locator('li').allTextContents();
    expect(hosts).toEqual(manifest.host_permissions);
    expect(await page.getByText('does not ask for unlimited storage', { exact: false }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
