import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupToJson, makeBackup, parseBackup } from '../../../src/core/backup';
import { sessionsToCsv } from '../../../src/core/csv';
import { parseSessionsCsv } from '../../../src/core/import-csv';
import { importResult } from '../../../src/core/import-merge';
import { type Backup, backupSchema } from '../../../src/core/schemas';
import { applyImport } from '../../../src/store/import';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { NOW_MS, snapshot } from './arbitraries';

/**
 * A mutation fuzzer: valid backups (generated), damaged at the text level (characters flipped,
 * deleted, inserted, duplicated, cut off) and at the JSON level (values replaced by hostile ones,
 * keys deleted or added, including __proto__ and constructor, records duplicated, types changed).
 * parseBackup must never throw; whatever it refuses, applyImport refuses too and storage stays
 * byte-for-byte as it was; whatever it accepts is a valid backup that applyImport stores.
 */

const SEEDS = fc
  .sample(snapshot(6), { numRuns: 8, seed: 42 })
  .map((s) => makeBackup(s, NOW_MS, 'Europe/Berlin'));
const SEED_TEXTS = SEEDS.map(backupToJson);

const PIECES = [
  '"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\\',
  '\u0000',
  '\n',
  '-',
  '9',
  '.',
  'e',
  'null',
  '__proto__',
  '\ud800',
  '1e999',
  'x',
];

const textOp = fc.record({
  kind: fc.constantFrom('flip', 'delete', 'insert', 'duplicate', 'truncate'),
  pos: fc.nat(),
  len: fc.integer({ min: 1, max: 40 }),
  piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })),
});
type TextOp = typeof textOp extends fc.Arbitrary<infer T> ? T : never;

function mutateText(text: string, ops: TextOp[]): string {
  let s = text;
  for (const op of ops) {
    const at = s.length === 0 ? 0 : op.pos % s.length;
    if (op.kind === 'flip') s = s.slice(0, at) + op.piece + s.slice(at + 1);
    else if (op.kind === 'delete') s = s.slice(0, at) + s.slice(at + op.len);
    else if (op.kind === 'insert') s = s.slice(0, at) + op.piece + s.slice(at);
    else if (op.kind === 'duplicate')
      s = s.slice(0, at + op.len) + s.slice(at, at + op.len) + s.slice(at + op.len);
    else s = s.slice(0, at);
  }
  return s;
}

const HOSTILE_VALUES: unknown[] = [
  -1,
  -0.5,
  0,
  3.5,
  1e308,
  '',
  'x'.repeat(3000),
  'bell\u0007',
  '2099-01-01T00:00:00Z',
  '1999-12-31',
  'lips',
  '__proto__',
  null,
  true,
  [],
  {},
  JSON.parse('{"__proto__":{"polluted":true}}'),
  99,
  '1',
];
const jsonOp = fc.record({
  kind: fc.constantFrom('set', 'delete', 'duplicate', 'addKey', 'retype'),
  target: fc.nat(),
  value: fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.jsonValue({ maxDepth: 2 })),
  key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'date', 'schemaVersion'),
});
type JsonOp = typeof jsonOp extends fc.Arbitrary<infer T> ? T : never;

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every slot (object property or array element) in a JSON value. */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v))
      v.forEach((x, i) => {
        out.push({ parent: v, key: i });
        stack.push(x);
      });
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k });
        stack.push(x);
      }
  }
  return out;
}

const define = (o: object, k: string | number, v: unknown) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

function mutateJson(backup: Backup, ops: JsonOp[]): unknown {
  const root = JSON.parse(JSON.stringify(backup)) as Record<string, unknown>;
  for (const op of ops) {
    const all = slots(root);
    const slot = all[op.target % all.length];
    if (!slot) continue;
    const { parent, key } = slot;
    const current = (parent as Record<string | number, unknown>)[key];
    const value = JSON.parse(JSON.stringify(op.value ?? null));
    if (op.kind === 'set') define(parent, key, value);
    else if (op.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (op.kind === 'duplicate') {
      // An element again (a duplicated id); for an object property, a copy under another name.
      if (Array.isArray(parent)) parent.push(JSON.parse(JSON.stringify(current ?? null)));
      else define(parent, `${String(key)}2`, current);
    } else if (op.kind === 'addKey') {
      const target = current && typeof current === 'object' && !Array.isArray(current) ? current : parent;
      if (!Array.isArray(target)) define(target as object, op.key, value);
    } else {
      // A string where a number was, a number where anything else was (staying JSON: no NaN).
      const n = Number(current);
      define(parent, key, typeof current === 'number' || !Number.isFinite(n) ? String(current) : n);
    }
  }
  return root;
}

const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
let seeded: Record<string, unknown> = {};

beforeAll(async () => {
  resetStoreItems();
  fakeBrowser.reset();
  const repo = createRepository();
  const [mine] = fc.sample(snapshot(10), { numRuns: 1, seed: 7 });
  if (!mine) throw new Error('no seed data');
  await repo.replaceAll(mine);
  seeded = (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
});

beforeEach(async () => {
  resetStoreItems();
  await fakeBrowser.storage.local.set(seeded);
});

async function restore() {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.local.set(seeded);
}

describe('import fuzzing', () => {
  it('text mutations: parseBackup never throws, and what it accepts is a valid backup', () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: SEED_TEXTS.length - 1 }),
        fc.array(textOp, { minLength: 1, maxLength: 4 }),
        (i, ops) => {
          const text = mutateText(SEED_TEXTS[i] as string, ops);
          const r = parseBackup(text, { nowMs: NOW_MS });
          expect(typeof r.ok).toBe('boolean');
          if (r.ok) expect(backupSchema.safeParse(r.data).success).toBe(true);
          else {
            refused++;
            expect(r.errors.length).toBeGreaterThan(0);
            for (const e of r.errors) expect(e.key).toMatch(/^import\.error\./);
          }
        },
      ),
      { numRuns: 4000 },
    );
    // The mutations do damage most files (else the test would prove little).
    expect(refused).toBeGreaterThan(2000);
  });

  it('JSON mutations: refused means storage untouched; accepted means stored exactly', async () => {
    const repo = createRepository();
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: SEEDS.length - 1 }),
        fc.array(jsonOp, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('merge', 'replace'),
        async (i, ops, mode) => {
          await restore();
          const before = await dump();
          const value = mutateJson(SEEDS[i] as Backup, ops);
          const parsed = parseBackup(JSON.stringify(value), { nowMs: NOW_MS });
          const current = await repo.load();
          const applied = await applyImport(value, mode, { now: () => NOW_MS });
          expect(applied.ok).toBe(parsed.ok);
          if (!parsed.ok) {
            refused++;
            expect(await dump()).toBe(before);
          } else {
            accepted++;
            const expected = importResult(current, parsed.data, mode);
            const after = await repo.load();
            expect(after.sessions).toEqual(expected.sessions);
            expect(after.rollers).toEqual(expected.rollers);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 1500 },
    );
    expect(refused).toBeGreaterThan(300);
    expect(accepted).toBeGreaterThan(50);
  }, 60_000);

  it('CSV mutations: parseSessionsCsv never throws', () => {
    const csvs = SEEDS.map((b) => sessionsToCsv(b.sessions, b.rollers));
    fc.assert(
      fc.property(
        fc.nat({ max: csvs.length - 1 }),
        fc.array(textOp, { minLength: 1, maxLength: 4 }),
        (i, ops) => {
          const r = parseSessionsCsv(mutateText(csvs[i] as string, ops), {
            rollers: (SEEDS[i] as Backup).rollers,
            nowMs: NOW_MS,
          });
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) for (const e of r.errors) expect(e.key).toMatch(/^import\.error\./);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
