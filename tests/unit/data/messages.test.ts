import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../../src/i18n/i18n';
// The import and export messages load with the data tools' code: register them as they do.
import '../../../src/i18n/packs/data';

const FILES = [
  'src/core/backup.ts',
  'src/core/csv.ts',
  'src/core/import-csv.ts',
  'src/core/import-file.ts',
  'src/core/import-issues.ts',
  'src/core/import-json.ts',
  'src/core/import-merge.ts',
  'src/store/import.ts',
];

describe('import and export messages', () => {
  it('every key the import code can report has an English message', () => {
    const used = new Set<string>();
    for (const f of FILES)
      for (const m of readFileSync(f, 'utf8').matchAll(/'((?:import|errors)\.[\w.]+)'/g))
        used.add(m[1] as string);
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !isMessageKey(k))).toEqual([]);
  });
});
