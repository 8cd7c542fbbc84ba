export const BENCH_AREAS: string[];
export const BENCH_TZ: string;
export function makeStore(
  n: number,
  opts?: { years?: number; endMs?: number; seed?: number },
): {
  profile: unknown;
  settings: unknown;
  rollers: unknown[];
  sessions: Array<{ id: string; when: string; area: string }>;
};
