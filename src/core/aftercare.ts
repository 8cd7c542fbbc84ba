import type { RollerKind, Session } from './schemas';
import type { SourceId } from './sources';
import { addLocalDays, HOUR_MS, parseInstant, type TimeZone } from './time';

/** Aftercare of the safety reference, section 3: the conservative clinic-sheet durations. */
export const AFTERCARE_IDS = [
  'no-makeup',
  'no-exercise',
  'no-sun',
  'no-actives',
  'spf',
  'no-picking',
  'broken-skin-products',
  'disinfect-roller',
  'discard-cartridge',
] as const;
export type AftercareId = (typeof AFTERCARE_IDS)[number];

interface AftercareDef {
  id: AftercareId;
  /** Start and end after the session: hours are exact durations, days are calendar days. */
  start?: { hours?: number; days?: number };
  end?: { hours?: number; days?: number };
  sources: readonly SourceId[];
}

export const AFTERCARE: readonly AftercareDef[] = [
  { id: 'no-makeup', end: { hours: 24 }, sources: ['clinic-aftercare'] },
  { id: 'no-exercise', end: { hours: 72 }, sources: ['clinic-aftercare'] },
  { id: 'no-sun', end: { days: 7 }, sources: ['clinic-aftercare'] },
  { id: 'no-actives', end: { days: 7 }, sources: ['clinic-aftercare'] },
  { id: 'spf', start: { days: 7 }, end: { days: 21 }, sources: ['clinic-aftercare'] },
  { id: 'no-picking', sources: ['clinic-aftercare'] },
  { id: 'broken-skin-products', sources: ['soltani-2014', 'friedmann-2024'] },
  { id: 'disinfect-roller', sources: ['hygiene-consensus', 'fda-microneedling-page'] },
  { id: 'discard-cartridge', sources: ['skinpen-den160029', 'fda-microneedling-page'] },
];

/** A pen's cartridge is thrown away, a roller or stamp is cleaned: the other item does not apply. */
function appliesTo(id: AftercareId, kind: RollerKind | null): boolean {
  if (id === 'discard-cartridge') return kind === 'pen';
  if (id === 'disinfect-roller') return kind !== 'pen';
  return true;
}

export interface AftercareItem {
  id: AftercareId;
  sessionId: string;
  startMs: number;
  /** null for advice without a countdown (do not pick, disinfect the roller). */
  endMs: number | null;
  status: 'upcoming' | 'active' | 'done' | 'ongoing';
  sources: readonly SourceId[];
}

function offset(ms: number, o: { hours?: number; days?: number } | undefined, tz: TimeZone): number {
  if (!o) return ms;
  let out = ms;
  if (o.days) out = addLocalDays(out, o.days, tz);
  if (o.hours) out += o.hours * HOUR_MS;
  return out;
}

/**
 * The aftercare checklist of one session, with each item's window and state at `nowMs`. `kind`
 * is the device used (a pen's cartridge is discarded rather than cleaned); unknown counts as a roller.
 */
export function aftercareFor(
  session: Session,
  nowMs: number,
  tz: TimeZone,
  kind: RollerKind | null = null,
): AftercareItem[] {
  const at = parseInstant(session.when);
  return AFTERCARE.filter((def) => appliesTo(def.id, kind)).map((def) => {
    const startMs = offset(at, def.start, tz);
    const endMs = def.end ? offset(at, def.end, tz) : null;
    let status: AftercareItem['status'];
    if (endMs === null) status = 'ongoing';
    else if (nowMs < startMs) status = 'upcoming';
    else if (nowMs < endMs) status = 'active';
    else status = 'done';
    return { id: def.id, sessionId: session.id, startMs, endMs, status, sources: def.sources };
  });
}

/**
 * Timed aftercare still running (or about to start) across recent sessions: for each item the
 * latest end wins, so a second session extends the window rather than listing it twice.
 */
export function activeAftercare(sessions: readonly Session[], nowMs: number, tz: TimeZone): AftercareItem[] {
  const byId = new Map<AftercareId, AftercareItem>();
  const horizon = nowMs - 22 * 24 * HOUR_MS;
  for (const s of sessions) {
    const at = parseInstant(s.when);
    if (Number.isNaN(at) || at < horizon || at > nowMs) continue;
    for (const item of aftercareFor(s, nowMs, tz)) {
      if (item.status !== 'active' && item.status !== 'upcoming') continue;
      const cur = byId.get(item.id);
      if (!cur || (item.endMs ?? 0) > (cur.endMs ?? 0)) byId.set(item.id, item);
    }
  }
  return AFTERCARE.map((d) => byId.get(d.id)).filter((x): x is AftercareItem => x !== undefined);
}
