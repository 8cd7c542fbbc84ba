// The shared fixtures (real listing text, saved shop pages) live beside the project, in ../shared,
// and are never copied in. Tests that need them skip when they are absent, and say so in their
// title with SHARED_MARK and the reason; `npm test` counts those skips from vitest's JSON report
// and prints them. ROLLER_COACH_SHARED points elsewhere (e.g. /nonexistent, to see the skips).
import { resolve } from 'node:path';

export const SHARED_MARK = '[needs ../shared';

/** Where ../shared is: ROLLER_COACH_SHARED when set, else the folder beside the project. */
export function sharedRoot(env = process.env) {
  return env.ROLLER_COACH_SHARED
    ? resolve(env.ROLLER_COACH_SHARED)
    : resolve(import.meta.dirname, '../../../shared');
}

/** The title of a test or suite skipped for want of ../shared, with its reason. */
export function markTitle(title, reason) {
  return `${title} ${SHARED_MARK}: ${reason}]`;
}

const REASON = /\[needs \.\.\/shared: ([^\]]+)\]/;

/**
 * From a vitest JSON report: how many tests were skipped for want of ../shared, and why (each
 * reason with its count). A test counts when its own title or a suite around it carries the mark.
 */
export function sharedSkips(report) {
  const reasons = new Map();
  let count = 0;
  for (const file of report?.testResults ?? [])
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'passed' || t.status === 'failed') continue;
      const m = REASON.exec([...(t.ancestorTitles ?? []), t.title ?? '', t.fullName ?? ''].join(' '));
      if (!m) continue;
      count += 1;
      reasons.set(m[1], (reasons.get(m[1]) ?? 0) + 1);
    }
  return { count, reasons };
}
