import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { Session } from '../../core/schemas';
import { monthOf } from '../../store/keys';
import { createRepository, type Repository } from '../../store/repository';
import { type AppState, createAppState } from '../../store/state';

/**
 * The app state of a page that reads only some months of the history (issue 12 point 2): the
 * options page's history pages, the report's period. It is an `AppState` (every section reads it
 * the same way) whose `sessions` are those of the months from `from` on, newest month first in
 * storage order; `null` reads every month. Live updates follow `storage.onChanged` as for any
 * state: a change to a month read, or to a newer month, shows at once; a change to an older month
 * that is not read stays out until that month is read.
 */
export interface MonthsState extends AppState {
  /** The oldest month read ("YYYY-MM"), or null when every month is read. */
  from: ReadonlySignal<string | null>;
  /** Every month that holds sessions, newest first (as the index said when last read). */
  months: ReadonlySignal<string[]>;
  /** True when every stored month is read: `sessions` is the whole history. */
  complete: ReadonlySignal<boolean>;
  /** Read from `month` on (null: everything); resolves when those sessions are in `sessions`. */
  readFrom: (month: string | null) => Promise<void>;
}

/** `a` and `b` are months or null (everything): the one that reads more. */
export function earlierMonth(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  return a < b ? a : b;
}

export function createMonthsState(from: string | null, base: Repository = createRepository()): MonthsState {
  const fromSig = signal<string | null>(from);
  const months = signal<string[]>([]);
  /** The boundary the next load reads from (set before `fromSig`, which moves once it is read). */
  let reading = from;
  const repo: Repository = {
    ...base,
    async load() {
      const boundary = reading;
      const all = await base.listMonths();
      const wanted = boundary === null ? all : all.filter((m) => m >= boundary);
      const [records, read] = await Promise.all([base.loadRecords(), base.loadMonths(wanted)]);
      months.value = all;
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
      fromSig.value = next;
    });
    return queue;
  }
  return { ...state, repo, sessions, from: fromSig, months, complete, readFrom };
}
