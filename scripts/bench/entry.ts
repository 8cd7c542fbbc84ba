// The benchmark's in-page module: bundled by ./bundle.mjs as an IIFE and injected into an
// extension page, where it runs the real storage layer and core against chrome.storage.local.
// Every timing is taken here, with performance.now(), so CDP round trips are never counted.
import { browser } from 'wxt/browser';
import { backupToJson, makeBackup, parseBackup } from '../../src/core/backup';
import { sessionsToCsv } from '../../src/core/csv';
import { effectiveRules } from '../../src/core/rules';
import { type Session, sessionSchema } from '../../src/core/schemas';
import { areaStatuses } from '../../src/core/status';
import { encodeChunk } from '../../src/store/chunks';
import { areaKey, chunkKey, KEYS, monthOf } from '../../src/store/keys';
import { createRepository, type LoadResult } from '../../src/store/repository';

export interface BenchStore {
  profile: unknown;
  settings: unknown;
  rollers: unknown[];
  sessions: Session[];
}

let last: LoadResult | null = null;

function loaded(): LoadResult {
  if (!last) throw new Error('__rcBench: call load() first');
  return last;
}

const local = () => browser.storage.local;

const bench = {
  /**
   * Replace the whole store with `store`, laid out exactly as the repository writes it: one
   * array per calendar month of `when` (in input order) under `sessions:YYYY-MM`, the index
   * `sessions` = {months} sorted, and the profile, settings and rollers under their keys.
   */
  async seed(store: BenchStore) {
    await local().clear();
    const chunks = new Map<string, Session[]>();
    for (const s of store.sessions) {
      const m = monthOf(s.when);
      const list = chunks.get(m);
      if (list) list.push(s);
      else chunks.set(m, [s]);
    }
    const months = [...chunks.keys()].sort();
    const values: Record<string, unknown> = {
      [areaKey(KEYS.profile)]: store.profile,
      [areaKey(KEYS.settings)]: store.settings,
      [areaKey(KEYS.rollers)]: store.rollers,
    };
    for (const m of months) values[areaKey(chunkKey(m))] = encodeChunk(chunks.get(m) ?? []);
    values[areaKey(KEYS.sessionIndex)] = { months };
    await local().set(values);
    return { months: months.length, bytes: await local().getBytesInUse(null) };
  },

  /** (a) repository.load(): index, every chunk, validation, de-duplication, sort. */
  async load() {
    const repo = createRepository();
    const t0 = performance.now();
    const r = await repo.load();
    const ms = performance.now() - t0;
    last = r;
    return { ms, sessions: r.sessions.length, rejected: r.rejected.length };
  },

  /** (b) repository.putSessions([one]). */
  async append(session: Session) {
    const repo = createRepository();
    const t0 = performance.now();
    await repo.putSessions([session]);
    return { ms: performance.now() - t0 };
  },

  /** Untimed clean-up after `append`, so every run sees the same store. */
  async remove(targets: { id: string; when: string }[]) {
    return (await createRepository().deleteSessions(targets)).length;
  },

  /** (c) What the popup computes: effective rules, then a status per area, over the loaded history. */
  statuses(nowMs: number, tz: string) {
    const r = loaded();
    const t0 = performance.now();
    const statuses = areaStatuses({
      areas: r.profile.areas,
      sessions: r.sessions,
      rollers: r.rollers,
      rules: effectiveRules(r.settings.ruleOverrides),
      nowMs,
      tz,
    });
    return { ms: performance.now() - t0, areas: statuses.length };
  },

  /** Export of the loaded history to CSV and to a JSON backup, and reading that backup back. */
  exportImport(nowMs: number, tz: string) {
    const r = loaded();
    let t0 = performance.now();
    const csv = sessionsToCsv(r.sessions, r.rollers);
    const csvMs = performance.now() - t0;
    t0 = performance.now();
    const json = backupToJson(makeBackup(r, nowMs, tz));
    const jsonMs = performance.now() - t0;
    t0 = performance.now();
    const back = parseBackup(json, { nowMs });
    const parseMs = performance.now() - t0;
    if (!back.ok) throw new Error('the exported backup did not read back');
    return { csvMs, jsonMs, parseMs, csvBytes: csv.length, jsonBytes: json.length };
  },

  /** Part of load(): reading the index and every chunk from chrome.storage.local, no validation. */
  async rawRead() {
    const t0 = performance.now();
    const idx = (await local().get(areaKey(KEYS.sessionIndex)))[areaKey(KEYS.sessionIndex)] as {
      months: string[];
    };
    const got = await local().get(idx.months.map((m) => areaKey(chunkKey(m))));
    const ms = performance.now() - t0;
    let n = 0;
    for (const v of Object.values(got)) n += (JSON.parse(v as string) as unknown[]).length;
    return { ms, sessions: n };
  },

  /** Part of load(): sessionSchema.safeParse over the loaded sessions (already in memory). */
  validate() {
    const sessions = loaded().sessions;
    const t0 = performance.now();
    let ok = 0;
    for (const s of sessions) if (sessionSchema.safeParse(s).success) ok += 1;
    return { ms: performance.now() - t0, ok };
  },
};

export type RcBench = typeof bench;

(globalThis as unknown as { __rcBench: RcBench }).__rcBench = bench;
