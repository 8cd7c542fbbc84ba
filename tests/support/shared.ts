import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { markTitle, sharedRoot } from '../../scripts/lib/shared.mjs';

/**
 * Issue 17, point 8: no silent skips. Every test that reads ../shared goes through here: when the
 * file it needs is absent its title carries the reason (SHARED_MARK), which `npm test` counts and
 * prints. Under CI=true an absent ../shared is a failure, not a skip. ROLLER_COACH_SHARED moves
 * the folder (ROLLER_COACH_SHARED=/nonexistent shows what a checkout without it does).
 */
export const SHARED_ROOT = sharedRoot();
const CI = process.env.CI === 'true';

export function sharedPath(rel: string): string {
  return join(SHARED_ROOT, rel);
}

/** Why `rel` cannot be read, or null when it can. */
export function sharedMissing(rel: string): string | null {
  return existsSync(sharedPath(rel)) ? null : `${rel} is absent from ${SHARED_ROOT}`;
}

const warned = new Set<string>();

/**
 * For `describe.skipIf(n.skip)(n.title, ...)` or `it.skipIf(n.skip)(n.title, ...)`: skips when
 * `rel` is absent, with the reason in the title, and warns once per reason. Under CI=true it also
 * registers a failing test, so the run fails.
 */
export function needsShared(title: string, rel: string): { skip: boolean; title: string } {
  const reason = sharedMissing(rel);
  if (reason === null) return { skip: false, title };
  if (!warned.has(reason)) {
    warned.add(reason);
    console.warn(`SKIPPED for want of ../shared: ${title}: ${reason}`);
  }
  if (CI)
    it(`${title}: ../shared is required when CI=true`, () => {
      throw new Error(`${reason} (CI=true: the shared fixtures must be checked out beside the project)`);
    });
  return { skip: true, title: markTitle(title, reason) };
}
