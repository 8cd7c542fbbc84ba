import { issuesOf, type Session, sessionSchema } from '../../src/core/schemas';
import type { Rejected } from '../../src/store/validate';
import { referenceInstant } from './reference-instant';

/**
 * The sessions half of repository.load() as it was before issue 12, written out plainly: each
 * month as stored (a JSON string or an array), every element through sessionSchema.safeParse, the
 * newest copy of each id, then oldest first by instant, ties by id. What load() gives must equal it.
 */
export function referenceSessions(chunks: { key: string; value: unknown }[]): {
  sessions: Session[];
  rejected: Rejected[];
  perMonth: Session[][];
} {
  const rejected: Rejected[] = [];
  const perMonth: Session[][] = [];
  for (const { key, value: raw } of chunks) {
    let value = raw;
    const list: Session[] = [];
    perMonth.push(list);
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch {
        rejected.push({ key, issues: [{ path: [], key: 'errors.corrupt' }], raw });
        continue;
      }
    }
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      rejected.push({ key, issues: [{ path: [], key: 'errors.notAList' }], raw: value });
      continue;
    }
    value.forEach((el, index) => {
      const r = sessionSchema.safeParse(el);
      if (r.success) list.push(r.data);
      else rejected.push({ key, index, issues: issuesOf(r.error), raw: el });
    });
  }
  const byId = new Map<string, Session>();
  for (const list of perMonth)
    for (const s of list) {
      const prev = byId.get(s.id);
      if (!prev || (s.updatedAt ?? s.loggedAt) > (prev.updatedAt ?? prev.loggedAt)) byId.set(s.id, s);
    }
  const keyed = [...byId.values()].map((s) => ({ s, ms: referenceInstant(s.when) }));
  keyed.sort((a, b) => a.ms - b.ms || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
  return { sessions: keyed.map((k) => k.s), rejected, perMonth };
}
