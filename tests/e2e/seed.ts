import { inTimerTask } from '../../scripts/bench/bundle.mjs';
import { ANSWERED_PROFILE } from '../support/factories';
import type { Harness } from './support';

/** A stored session record, as the repository writes it. */
export function sessionRecord(when: string, over: Record<string, unknown> = {}) {
  return {
    id: `seed-${Date.parse(when)}`,
    when,
    area: 'cheeks',
    rollerId: 'r1',
    needleMm: 0.5,
    bleeding: 'none',
    products: [] as string[],
    sideEffects: [] as string[],
    notes: '',
    findings: [] as Record<string, unknown>[],
    loggedAt: when,
    ...over,
  };
}
export type SessionRecord = ReturnType<typeof sessionRecord>;

/** An instant `days` days ago, ISO with offset. */
export const daysAgo = (days: number, from = Date.now()) =>
  new Date(from - days * 86_400_000).toISOString().replace(/\.\d+Z$/, '+00:00');

export const FACE_ROLLER = {
  id: 'r1',
  name: 'Face roller',
  kind: 'roller',
  needleMm: 0.5,
  firstUse: '2026-01-01',
  retired: false,
  createdAt: '2026-01-01T00:00:00+00:00',
};

/**
 * Storage values for an onboarded user who answered every safety question "no": profile,
 * rollers, and sessions in monthly chunks. `profile` overrides fields of that profile (pass
 * `conditions: {}` for a user who answered nothing).
 */
export function userStorage(
  sessions: SessionRecord[] = [],
  profile: Record<string, unknown> = {},
  rollers: Record<string, unknown>[] = [FACE_ROLLER],
): Record<string, unknown> {
  const byMonth: Record<string, SessionRecord[]> = {};
  for (const s of sessions) byMonth[s.when.slice(0, 7)] = [...(byMonth[s.when.slice(0, 7)] ?? []), s];
  return {
    profile: {
      ...ANSWERED_PROFILE,
      safetyReviewedAt: new Date().toISOString(),
      areas: ['cheeks', 'neck'],
      onboardedAt: '2026-01-01T00:00:00+00:00',
      ...profile,
    },
    rollers,
    sessions: { months: Object.keys(byMonth).sort() },
    ...Object.fromEntries(
      Object.entries(byMonth).map(([m, list]) => [`sessions:${m}`, JSON.stringify(list)]),
    ),
  };
}

/**
 * Seed a generated store with the real repository code (the benchmark's bundle), in an extension
 * page; the bundle starts in a timer task so it initialises under the extension's CSP.
 */
export async function seedWithStoreCode(h: Harness, code: string, store: unknown): Promise<void> {
  const { page } = await h.open('manifest.json');
  await page.evaluate(inTimerTask(code));
  await page.evaluate(
    (s) => (globalThis as unknown as { __rcBench: { seed(s: unknown): Promise<unknown> } }).__rcBench.seed(s),
    store,
  );
  await page.close();
}
