// The users the screenshot scripts show, as storage items in the shape the store writes them:
// one module, so that a change of the stored shape is made once for every script.

export const DAY_MS = 86_400_000;

/** An instant as the app writes it (UTC, seconds): "2026-11-30T08:00:00+00:00". */
export const isoAt = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00');

/** A session `daysAgo` days before `now`, with the log form's defaults; `extra` overrides any field. */
export function demoSession(id, daysAgo, area, needleMm, extra = {}, now = Date.now()) {
  const when = isoAt(now - daysAgo * DAY_MS);
  return {
    id,
    when,
    area,
    needleMm,
    rollerId: 'r1',
    bleeding: 'none',
    products: [],
    sideEffects: [],
    notes: '',
    findings: [],
    loggedAt: when,
    ...extra,
  };
}

/** A roller record; `extra` overrides any field. */
export function demoRoller(id, name, extra = {}) {
  return {
    id,
    name,
    kind: 'roller',
    needleMm: 0.5,
    firstUse: '2026-10-01',
    retired: false,
    createdAt: '2026-10-01T08:00:00+02:00',
    ...extra,
  };
}

/**
 * The storage items of a user: the records given, the session index and one chunk per month
 * (JSON text, as the store writes them). `chunk` may change a month's list before it is written.
 */
export function storedUser({ sessions = [], chunk = (_month, list) => list, ...records }) {
  const byMonth = {};
  for (const s of sessions) {
    const month = s.when.slice(0, 7);
    byMonth[month] = [...(byMonth[month] ?? []), s];
  }
  const months = Object.keys(byMonth).sort();
  return {
    ...records,
    sessions: { months },
    ...Object.fromEntries(months.map((m) => [`sessions:${m}`, JSON.stringify(chunk(m, byMonth[m]))])),
  };
}

/** The user most screenshots show: four areas, one 0.5 mm roller, four sessions of the last weeks. */
export function everydayUser(now = Date.now()) {
  return storedUser({
    profile: { areas: ['cheeks', 'forehead', 'neck', 'scalp'], onboardedAt: '2026-10-01T08:00:00+02:00' },
    rollers: [demoRoller('r1', 'Face roller 0.5')],
    sessions: [
      demoSession('a1', 9, 'cheeks', 0.25, {}, now),
      demoSession('a2', 2, 'cheeks', 0.5, { bleeding: 'pinpoint' }, now),
      demoSession('a3', 1, 'scalp', 0.5, {}, now),
      demoSession('a4', 20, 'forehead', 0.25, {}, now),
    ],
  });
}
