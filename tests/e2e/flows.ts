import { expect } from 'vitest';
import { englishAll as en } from '../../src/i18n/en-all';
import { ANSWERED_PROFILE } from '../support/factories';
import { FACE_ROLLER, type SessionRecord, sessionRecord, userStorage } from './seed';
import { button, css, label, testId, type Ui } from './ui';

/**
 * Scenarios that are the same in every browser, written once against Ui (tests/e2e/ui.ts): the
 * Chromium tier (tests/e2e/*.test.ts, through `flowHarness`) and the Firefox tier
 * (tests/e2e-firefox) both run them. Texts come from the English catalogue, so a wording change
 * (issue 10 rewrites the popup's status and onboarding) lands in one place.
 */
export interface FlowHarness {
  open(page: string, opts?: { width?: number }): Promise<Ui>;
  seed(values: Record<string, unknown>): Promise<void>;
  readStorage(): Promise<Record<string, unknown>>;
  clear(): Promise<void>;
  /** The toolbar badge text the background set. */
  badge(): Promise<string>;
}

type Key = keyof typeof en;
/** A catalogue text up to its first placeholder: what a page shows whatever the parameters. */
export const msg = (key: Key) => en[key].split('{')[0] as string;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00');

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await read();
  while (!ok(v)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

async function seedUser(
  h: FlowHarness,
  sessions: SessionRecord[] = [],
  profile: Record<string, unknown> = {},
) {
  await h.seed(
    userStorage(sessions, profile, [{ ...FACE_ROLLER, firstUse: iso(Date.now() - 20 * DAY).slice(0, 10) }]),
  );
}

/** Storage once it has stopped changing (two reads 500 ms apart agree). */
async function settled(h: FlowHarness): Promise<Record<string, unknown>> {
  let last = JSON.stringify(await h.readStorage());
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = JSON.stringify(await h.readStorage());
    if (now === last) return JSON.parse(now);
    last = now;
  }
  throw new Error('storage kept changing');
}

type Stored = Omit<SessionRecord, 'findings'> & { findings: Array<Record<string, unknown>> };
export async function storedSessions(h: FlowHarness): Promise<Stored[]> {
  const all = await h.readStorage();
  const months = (all.sessions as { months: string[] } | undefined)?.months ?? [];
  return months.flatMap((m) => JSON.parse(all[`sessions:${m}`] as string));
}

async function popup(h: FlowHarness): Promise<Ui> {
  const ui = await h.open('popup.html', { width: 360 });
  await ui.waitFor(css('main, .view'));
  return ui;
}

/** First run: welcome with the disclaimer, first roller with its band live, areas, then the status. */
export async function firstRun(h: FlowHarness): Promise<void> {
  await h.clear();
  const ui = await popup(h);
  await ui.waitFor({ role: 'heading', name: msg('onboarding.title') });
  expect(await ui.text(testId('disclaimer'))).toContain('not a medical device');
  await ui.click(button(msg('onboarding.start')));
  await ui.fill(label('Name'), 'My roller');
  await ui.fill(label(msg('roller.firstUse')), '2026-11-01');
  await ui.fill(label(msg('log.needle')), '0.75');
  expect(await ui.text(testId('needle-band'))).toContain(msg('verdict.not-for-home'));
  await ui.fill(label(msg('log.needle')), '0.25');
  expect(await ui.text(testId('needle-band'))).toContain(msg('verdict.home-ok'));
  await ui.click(button(msg('onboarding.next')));
  await ui.check(label('Cheeks'));
  await ui.click(button(msg('onboarding.next')));
  // The safety step, before the first status: every question answered "no", and the age.
  await ui.waitFor({ role: 'heading', name: msg('safety.title') });
  await ui.evaluate(() => {
    for (const r of document.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      if (r.getAttribute('aria-label')?.startsWith('No: ')) r.click();
  }, null);
  await ui.select(label(msg('safety.ageBand')), '22-plus');
  await ui.click(button(msg('onboarding.finish')));
  await ui.waitFor(testId('status-cheeks'));
  expect(await ui.attr(testId('status-cheeks'), 'data-status')).toBe('possible');
  expect(await ui.text(testId('status-cheeks'))).toContain(msg('status.possible'));
  expect(await ui.text(css('body'))).not.toMatch(/\bsafe\b/i);
  expect(ui.errors()).toEqual([]);
  await ui.close();
}

/** The popup shows what storage holds, and follows a write made elsewhere. */
export async function popupFollowsStorage(h: FlowHarness): Promise<void> {
  await h.clear();
  await seedUser(h, [sessionRecord(iso(Date.now() - DAY), { rollerId: null })], { areas: ['cheeks'] });
  const ui = await popup(h);
  await ui.waitFor(testId('status-cheeks'));
  expect(await ui.text(testId('status-cheeks'))).toContain(msg('status.not-yet'));
  expect(await ui.text(testId('status-cheeks'))).toContain('0.5\u00a0mm');
  await h.seed({
    profile: { ...ANSWERED_PROFILE, areas: ['cheeks', 'scalp'], onboardedAt: '2026-01-01T00:00:00+00:00' },
  });
  await ui.waitFor(testId('status-scalp'));
  expect(await ui.text(testId('status-scalp'))).toContain(msg('status.possible'));
  expect(ui.errors()).toEqual([]);
  await ui.close();
}

/** Log a session in two clicks; the badge counts down; undo removes it and the badge clears. */
export async function logAndUndo(h: FlowHarness): Promise<void> {
  await h.clear();
  await seedUser(h, [], { areas: ['cheeks'] });
  const ui = await popup(h);
  await ui.click(testId('log-button'));
  await ui.click(button(msg('log.save')));
  await ui.waitFor(testId('saved'));
  expect(await storedSessions(h)).toHaveLength(1);
  expect(await ui.text(testId('next-safe'))).toMatch(/Cheeks.*Not yet: possible from .* \(in 7 d 0 h\)/);
  await poll(
    () => h.badge(),
    (b) => /^[78]d$/.test(b),
    'the badge after logging',
  );
  await ui.click(button(msg('saved.undo')));
  await ui.waitFor({ text: msg('saved.undone') });
  expect(await storedSessions(h)).toHaveLength(0);
  // Back to no session at all: the next one would be the first over 0.25 mm, an explicit warning
  // of the reference, so the badge shows the mark rather than an empty "possible".
  await poll(
    () => h.badge(),
    (b) => b === '!',
    'the badge after undo',
  );
  expect(ui.errors()).toEqual([]);
  await ui.close();
}

/** A session too soon is recorded with the warning, its rule and source; the acknowledgement is stored. */
export async function tooSoonAcknowledged(h: FlowHarness): Promise<void> {
  await h.clear();
  await seedUser(h, [sessionRecord(iso(Date.now() - 2 * DAY))]);
  const ui = await popup(h);
  expect(await ui.text(testId('status-cheeks'))).toContain(msg('status.not-yet'));
  await ui.click(testId('log-button'));
  await ui.click(button(msg('log.save')));
  const finding = css('[data-code="too-soon"]');
  await ui.waitFor(finding);
  expect(await ui.text(finding)).toContain('needs 7 days between sessions');
  expect(await ui.text(finding)).toContain('Rule: Minimum days between sessions');
  expect(await ui.attr({ role: 'link', name: 'FDA 2020', within: finding }, 'href')).toMatch(
    /options\.html#source-fda-guidance-2020$/,
  );
  await ui.click(button(msg('saved.acknowledge'), finding));
  await ui.waitFor({ text: /Read on/, within: finding });
  const logged = (await storedSessions(h)).find((s) => !s.id.startsWith('seed-'));
  expect(logged?.findings.find((f) => f.code === 'too-soon')?.acknowledgedAt).toBeTruthy();
  expect(ui.errors()).toEqual([]);
  await ui.close();
}

/** Options: the rule table with its sources, then each section's main flow (roller, profile, rules, theme). */
export async function optionsSections(h: FlowHarness): Promise<void> {
  await h.clear();
  const ui = await h.open('options.html');
  await ui.waitFor({ role: 'heading', name: msg('options.title') });
  expect(await ui.count(css('[data-testid="rules-table"] tr[data-rule]'))).toBe(20);
  expect(await ui.value(css('tr[data-rule="interval.caution"] input'))).toBe('7');
  expect(await ui.text(css('tr[data-rule="interval.caution"]'))).toContain('FDA 2020');
  expect(await ui.evaluate(() => document.title, null)).toBe(msg('options.title'));
  // Roller
  await ui.click(button(msg('options.rollers.add')));
  const form = { role: 'form', name: msg('options.rollers.add') } as const;
  await ui.fill(label('Name', form), 'Face roller');
  await ui.fill(label(msg('roller.firstUse'), form), '2026-10-15');
  await ui.fill(label(msg('log.needle'), form), '0.25');
  await ui.click(button(msg('options.rollers.save'), form));
  await ui.waitFor({ text: 'Face roller', within: testId('roller-list') });
  // Profile
  const profile = { role: 'region', name: msg('options.profile') } as const;
  await ui.check(label(/^Yes: a bleeding disorder/, profile));
  await ui.check(label('Cheeks', { role: 'group', name: msg('options.profile.areas'), within: profile }));
  await ui.click(button(msg('options.profile.save'), profile));
  await poll(
    async () => JSON.stringify((await h.readStorage()).profile) ?? '',
    (p) => p.includes('bleeding-disorder'),
    'the saved profile',
  );
  // The popup, open at the same time, follows at once.
  const pop = await h.open('popup.html');
  await pop.waitFor({ text: /a bleeding disorder/ });
  // Rules: a stricter value
  await ui.fill(label(/Minimum days between sessions, up to 0.25 mm/), '4');
  await ui.click(button(msg('options.rules.save')));
  await poll(
    async () => JSON.stringify((await h.readStorage()).settings) ?? '',
    (s) => s.includes('"interval.cosmetic":{"value":4}'),
    'the saved rules',
  );
  // Display: theme, followed by the open popup
  await ui.select(label('Theme'), 'dark');
  const theme = (u: Ui) => u.evaluate(() => document.documentElement.dataset.theme, null);
  await poll(
    () => theme(ui),
    (t) => t === 'dark',
    'the options theme',
  );
  await poll(
    () => theme(pop),
    (t) => t === 'dark',
    'the popup theme',
  );
  expect(ui.errors()).toEqual([]);
  await pop.close();
  await ui.close();
}

const when = (d: number) => new Date(Date.UTC(2026, 9, d, 8)).toISOString().replace('.000Z', '+00:00');
const backupSession = (id: string, d: number, notes = '') =>
  sessionRecord(when(d), { id, needleMm: 0.25, products: ['=HYPERLINK("http://evil")'], notes });
export const BACKUP_SEED = userStorage(
  [backupSession('a', 1, 'line one\nline, "two"'), backupSession('b', 5)],
  { areas: ['cheeks'] },
  [{ ...FACE_ROLLER, needleMm: 0.25 }],
);

/** Check an exported backup and CSV (however the browser delivered them). */
export function checkExports(json: { name: string; text: string }, csv: { name: string; text: string }) {
  expect(json.name).toMatch(/^roller-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(json.text);
  expect(backup).toMatchObject({ format: 'roller-coach-backup', schemaVersion: 1 });
  expect(backup.sessions.map((s: { id: string }) => s.id)).toEqual(['a', 'b']);
  expect(csv.name).toMatch(/^roller-coach-sessions-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.startsWith('\uFEFFid,when,area')).toBe(true);
  expect(csv.text).toContain('"line one\nline, ""two"""');
  expect(csv.text).toContain(`'=HYPERLINK`);
  expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
}

/** Import a good backup (the exported one) after a preview; a bad file changes nothing. */
export async function importBackup(h: FlowHarness, good: Buffer): Promise<void> {
  await h.clear();
  await h.seed(
    userStorage([backupSession('b', 5), backupSession('c', 9)], { areas: ['cheeks'] }, [
      { ...FACE_ROLLER, needleMm: 0.25 },
    ]),
  );
  const ui = await h.open('options.html');
  await ui.waitFor(testId('history-count')); // the stored data is loaded: the page renders no more
  await ui.upload(testId('import-file'), { name: 'backup.json', mimeType: 'application/json', buffer: good });
  await ui.waitFor(testId('import-preview'));
  expect(await ui.text(testId('import-preview'))).toContain(
    'Sessions in the file: 2 (1 new, 1 already here, 0 different',
  );
  await ui.click(button(/Merge/, testId('import-preview')));
  await ui.waitFor({ text: 'you now have 3 sessions', within: testId('toast') });
  expect(await ui.text(testId('history-count'))).toBe('3 of 3');
  // The background answers the import with its own write (its memo) a moment later: wait until
  // storage is still, so "changes nothing" compares all of it.
  const before = await settled(h);
  const truncated = good.subarray(0, Math.floor(good.length / 2));
  await ui.upload(testId('import-file'), {
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: truncated,
  });
  await ui.waitFor(testId('import-errors'));
  expect(await ui.text(testId('import-errors'))).toMatch(/line \d+/i);
  await ui.upload(testId('import-file'), {
    name: 'photo.json',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
  });
  await ui.waitFor(testId('import-errors'));
  expect(await ui.count(testId('import-preview'))).toBe(0);
  expect(await h.readStorage()).toEqual(before);
  expect(ui.errors()).toEqual([]);
  await ui.close();
}

/** The report renders the chosen period (seeded with `sessions` sessions over a year). */
export async function reportPeriods(h: FlowHarness, sessions: number): Promise<Ui> {
  const ui = await h.open('report.html?range=3');
  await ui.waitFor(testId('report-summary'));
  expect(await ui.visible({ role: 'heading', name: msg('report.title') })).toBe(true);
  const rows = () => ui.count(css('[data-testid="report-sessions"] tbody tr'));
  const rows3 = await rows();
  await ui.select(label(/^Period/), 'all');
  await poll(rows, (n) => n === sessions, 'the rows of the whole period');
  expect(rows3).toBeGreaterThan(0);
  expect(rows3).toBeLessThan(sessions);
  expect(await ui.text(testId('page-footer'))).toContain(msg('report.selfReported'));
  await ui.select(label(/^Period/), '3');
  await poll(rows, (n) => n === rows3, 'the rows of 3 months');
  expect(ui.errors()).toEqual([]);
  return ui;
}
