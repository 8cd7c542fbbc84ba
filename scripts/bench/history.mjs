// A realistic, deterministic store for the storage benchmarks: `n` sessions spread over `years`
// years up to `endMs`, in four areas, with the optional fields filled the way real logging fills
// them (products, pain, redness, notes, findings, edits), written with the offset of the user's zone.
// Node 24 runs the app's own TypeScript (type stripping): instants are formatted exactly as the app does.
import { formatInstant as formatIn } from '../../src/core/time.ts';

export const formatInstant = (ms, tz = BENCH_TZ) => formatIn(ms, tz);

/** The areas the seeded user treats (and the popup shows). */
export const BENCH_AREAS = ['cheeks', 'forehead', 'neck', 'scalp'];
export const BENCH_TZ = 'Europe/Berlin';

const DAY_MS = 86_400_000;

/** Small, fast, seedable PRNG (mulberry32): the same store on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function uuid(rand) {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const PRODUCTS = [
  'Hyaluronic acid serum',
  'Niacinamide 5%',
  'Peptide serum',
  'Ceramide cream',
  'Minoxidil 5% foam',
  'Mineral sunscreen SPF 50',
  'Centella gel',
];
const SIDE_EFFECTS = ['Redness', 'Tightness', 'Mild itching', 'Dryness', 'Small scabs'];
const NOTES = [
  '',
  '',
  '',
  'Rolled slowly, 4 directions.',
  'Skin felt sensitive afterwards; used only moisturiser.',
  'Disinfected the roller before and after. Felt fine.',
  'Skipped the chin today, a breakout there.',
];
/** Needle length per area (the scalp gets the longer roller). */
const AREA_MM = { cheeks: 0.25, forehead: 0.25, neck: 0.2, scalp: 0.5 };

export function makeRollers(startMs) {
  const created = (ms) => formatInstant(ms);
  const day = (ms) => formatInstant(ms).slice(0, 10);
  return [
    {
      id: 'roller-face-025',
      name: 'Face roller 0.25 mm',
      kind: 'roller',
      needleMm: 0.25,
      needleCount: 540,
      material: 'titanium',
      firstUse: day(startMs),
      retired: false,
      createdAt: created(startMs),
    },
    {
      id: 'roller-neck-020',
      name: 'Neck roller 0.2 mm',
      kind: 'roller',
      needleMm: 0.2,
      material: 'stainless-steel',
      firstUse: day(startMs + 30 * DAY_MS),
      retired: false,
      createdAt: created(startMs + 30 * DAY_MS),
    },
    {
      id: 'roller-scalp-050',
      name: 'Scalp roller 0.5 mm',
      kind: 'roller',
      needleMm: 0.5,
      needleCount: 192,
      material: 'titanium',
      firstUse: day(startMs + 60 * DAY_MS),
      retired: false,
      createdAt: created(startMs + 60 * DAY_MS),
    },
  ];
}

const ROLLER_OF = { cheeks: 'roller-face-025', forehead: 'roller-face-025', neck: 'roller-neck-020' };

/** `n` sessions, oldest first, ending shortly before `endMs`. */
export function makeSessions(n, { years = 10, endMs = Date.now(), seed = 20261121 } = {}) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const span = years * 365.25 * DAY_MS;
  const start = endMs - span;
  const sessions = [];
  for (let i = 0; i < n; i++) {
    // Evenly spread with jitter, mostly in the evening.
    const base = start + ((i + rand() * 0.8) / n) * span;
    const ms = Math.min(base, endMs - 3_600_000);
    const area = BENCH_AREAS[Math.floor(rand() * BENCH_AREAS.length)];
    const needleMm = AREA_MM[area];
    const when = formatInstant(ms);
    const r = rand();
    const session = {
      id: uuid(rand),
      when,
      area,
      rollerId: area === 'scalp' ? 'roller-scalp-050' : (ROLLER_OF[area] ?? null),
      needleMm,
      bleeding: r < 0.8 ? 'none' : r < 0.97 ? 'pinpoint' : 'more',
      products: rand() < 0.7 ? [pick(PRODUCTS), ...(rand() < 0.4 ? [pick(PRODUCTS)] : [])] : [],
      sideEffects: rand() < 0.25 ? [pick(SIDE_EFFECTS)] : [],
      notes: pick(NOTES),
      findings: [],
      loggedAt: formatInstant(ms + Math.floor(rand() * 40) * 60_000),
    };
    if (rand() < 0.6) session.passes = 2 + Math.floor(rand() * 6);
    if (rand() < 0.5) session.pain = Math.floor(rand() * 5);
    if (rand() < 0.3) session.rednessHours = Math.floor(rand() * 30);
    if (rand() < 0.12)
      session.findings.push({
        code: 'too-soon',
        severity: 'warn',
        rule: 'interval.cosmetic',
        sources: ['aad-2018', 'roller-coach-proposal'],
        params: { until: when.slice(0, 10), days: 3 },
        acknowledgedAt: session.loggedAt,
      });
    if (rand() < 0.05) session.updatedAt = formatInstant(ms + DAY_MS);
    sessions.push(session);
  }
  return sessions;
}

/** Profile, settings and rollers of the seeded user, valid against the stored schemas. */
export function makeStore(n, opts = {}) {
  const endMs = opts.endMs ?? Date.now();
  const sessions = makeSessions(n, { ...opts, endMs });
  const startMs = endMs - (opts.years ?? 10) * 365.25 * DAY_MS - 90 * DAY_MS;
  return {
    profile: {
      ageBand: '22-plus',
      skinType: 3,
      goals: ['Texture', 'Hair density'],
      areas: [...BENCH_AREAS],
      conditions: {},
      onboardedAt: formatInstant(startMs),
    },
    settings: {
      ruleOverrides: {},
      notifications: { areaSafe: true, aftercare: false },
      locale: 'auto',
      theme: 'auto',
      card: { enabled: true, disabledSites: [], dismissedProducts: [] },
    },
    rollers: makeRollers(startMs),
    sessions,
  };
}

/** One more session, logged now: what "append one" writes. */
export function makeNewSession(i, nowMs = Date.now()) {
  const when = formatInstant(nowMs - 60_000);
  return {
    id: `bench-append-${i}`,
    when,
    area: 'cheeks',
    rollerId: 'roller-face-025',
    needleMm: 0.25,
    passes: 4,
    bleeding: 'none',
    pain: 2,
    products: ['Hyaluronic acid serum'],
    sideEffects: [],
    notes: 'Benchmark session.',
    findings: [],
    loggedAt: when,
  };
}
