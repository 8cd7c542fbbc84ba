import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Session } from '../../core/schemas';
import { CHUNK_PREFIX, isChunkAreaKey, monthOf } from '../../store/keys';
import { createRepository, type Repository, sortByWhen } from '../../store/repository';
import { type AppState, createAppState } from '../../store/state';
import type { Rejected } from '../../store/validate';

/**
 * The app state of a page that reads only some months of the history (issue 12 point 2): the
 * options page's history pages, the report's period. It is an `AppState` (every section reads it
 * the same way) whose `sessions` are those of the months from `from` on; `null` reads every
 * month. Live updates follow `storage.onChanged` as for any state: a change to a month read, or
 * to a newer month, shows at once; a change to an older month stays out until that month is read.
 */
export interface MonthsState extends AppState {
  /** The oldest month read ("YYYY-MM"), or null when every month is read. */
  from: ReadonlySignal<string | null>;
  /** Every month that holds sessions, newest first (as the index said when last read). */
  months: ReadonlySignal<string[]>;
  /** True when every stored month is read: `sessions` is the whole history. */
  complete: ReadonlySignal<boolean>;
  /**
   * With `countUnread`: how many sessions each month not read holds, from the summary (and, after
   * a change made elsewhere, as stored: a value that would be set aside is counted until its
   * month is read); null until known.
   */
  unread: ReadonlySignal<ReadonlyMap<string, number> | null>;
  /** Read from `month` on (null: everything); resolves when those sessions are in `sessions`. */
  readFrom: (month: string | null) => Promise<void>;
}

/** Where a months state starts: a month, everything (null), or the newest months holding at least `atLeast` sessions. */
export type StartAt = string | null | { atLeast: number };

/** `a` and `b` are months or null (everything): the one that reads more. */
export function earlierMonth(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  return a < b ? a : b;
}

/**
 * The newest months (given newest first) that together hold at least `atLeast` values: the
 * oldest of them, or null when that takes every month.
 */
export function monthsHolding(
  months: readonly string[],
  counts: ReadonlyMap<string, number>,
  atLeast: number,
): string | null {
  let sum = 0;
  for (let i = 0; i < months.length; i++) {
    const m = months[i] as string;
    sum += counts.get(m) ?? 0;
    if (sum >= atLeast) return i === months.length - 1 ? null : m;
  }
  return null;
}

/** Months validated per task: between batches the page answers input (no long task for years of history). */
const BATCH = 6;
/**
 * Batches asked for at once: the storage reads of the next ones travel (in the browser) while one
 * is validated here, and each arrives as a task of its own.
 */
const IN_FLIGHT = 3;

/**
 * The sessions of `months` (newest first), read a few months per task; an id stored in two
 * months keeps its most recently updated copy, as load() does.
 */
async function readInBatches(
  base: Repository,
  months: readonly string[],
): Promise<{ sessions: Session[]; rejected: Rejected[] }> {
  if (months.length <= BATCH) return base.loadMonths(months);
  const batches: string[][] = [];
  for (let i = 0; i < months.length; i += BATCH) batches.push(months.slice(i, i + BATCH));
  const results: { sessions: Session[]; rejected: Rejected[] }[] = [];
  let next = 0;
  const reader = async () => {
    while (next < batches.length) {
      const i = next++;
      results[i] = await base.loadMonths(batches[i] as string[]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, batches.length) }, reader));
  const byId = new Map<string, Session>();
  const rejected: Rejected[] = [];
  for (const r of results) {
    rejected.push(...r.rejected);
    for (const s of r.sessions) {
      const prev = byId.get(s.id);
      if (!prev || (s.updatedAt ?? s.loggedAt) > (prev.updatedAt ?? prev.loggedAt)) byId.set(s.id, s);
    }
  }
  return { sessions: sortByWhen([...byId.values()]), rejected };
}

export function createMonthsState(
  start: StartAt,
  base: Repository = createRepository(),
  opts: { countUnread?: boolean } = {},
): MonthsState {
  const fromSig = signal<string | null>(typeof start === 'object' && start !== null ? '9999-12' : start);
  const months = signal<string[]>([]);
  const unread = signal<ReadonlyMap<string, number> | null>(null);
  /** What the next load reads (set before `fromSig`, which moves once it is read). */
  let reading: StartAt = start;
  const repo: Repository = {
    ...base,
    async load() {
      // Each storage call is a round trip to the browser: what does not depend on the months
      // read is asked for side by side. The months not read are counted from the summary (kept
      // in step with them by every write), so only the months shown are read.
      const wantsCounts = opts.countUnread || typeof reading === 'object';
      const recordsRead = base.loadRecords();
      const [all, stored] = await Promise.all([
        base.listMonths(),
        wantsCounts ? base.readMonthCounts() : null,
      ]);
      const counts = stored ? new Map(all.map((m) => [m, stored[m] ?? 0])) : null;
      const boundary =
        reading !== null && typeof reading === 'object'
          ? monthsHolding(all, counts ?? new Map(), reading.atLeast)
          : reading;
      reading = boundary;
      const wanted = boundary === null ? all : all.filter((m) => m >= boundary);
      const [records, read] = await Promise.all([recordsRead, readInBatches(base, wanted)]);
      months.value = all;
      // The first load shows everything at once (ready and the sessions in one batch); a later
      // one moves `from` only once its sessions are in (readFrom).
      if (!state.ready.value) fromSig.value = boundary;
      if (opts.countUnread && counts)
        unread.value = new Map([...counts].filter(([m]) => boundary !== null && m < boundary));
      return { ...records, sessions: read.sessions, rejected: [...records.rejected, ...read.rejected] };
    },
  };
  const state = createAppState(repo);
  const sessions = computed<Session[]>(() => {
    const f = fromSig.value;
    const all = state.sessions.value;
    return f === null ? all : all.filter((s) => monthOf(s.when) >= f);
  });
  const complete = computed(() => {
    const f = fromSig.value;
    const oldest = months.value[months.value.length - 1];
    return f === null || oldest === undefined || oldest >= f;
  });
  let queue: Promise<void> = Promise.resolve();
  function readFrom(month: string | null): Promise<void> {
    queue = queue.then(async () => {
      const next = earlierMonth(month, fromSig.value);
      if (next === fromSig.value && state.ready.value) return;
      reading = next;
      await state.refresh();
      if (typeof reading !== 'object' || reading === null)
        fromSig.value = earlierMonth(reading, fromSig.value);
    });
    return queue;
  }
  /** A month not read that changes elsewhere: its stored count follows. */
  function onChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
    const counts = unread.value;
    if (area !== 'local' || !counts) return;
    let next: Map<string, number> | null = null;
    for (const [key, change] of Object.entries(changes)) {
      if (!isChunkAreaKey(key)) continue;
      const month = key.slice(CHUNK_PREFIX.length);
      const f = fromSig.value;
      if (f === null || month >= f) continue;
      let v = change.newValue;
      if (typeof v === 'string')
        try {
          v = JSON.parse(v);
        } catch {
          v = [];
        }
      next ??= new Map(counts);
      next.set(month, Array.isArray(v) ? v.length : 0);
    }
    if (next) unread.value = next;
  }
  function connect(): () => void {
    const stop = state.connect();
    if (!opts.countUnread) return stop;
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      stop();
      browser.storage.onChanged.removeListener(onChanged);
    };
  }
  return { ...state, repo, sessions, from: fromSig, months, complete, unread, readFrom, connect };
}
