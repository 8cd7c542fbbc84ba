import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Convention: only src/store reads or writes extension storage. Elsewhere, code asks the
 * repository (validated, under the store lock), so no writer can forget the lock or the summary.
 * Listening for changes (`storage.onChanged`) is allowed anywhere: it reads nothing by itself.
 */
const ROOT = join(__dirname, '../../..');
const SCANNED = ['src', 'entrypoints'];
/** What must stay, and why. */
const ALLOWED: Record<string, string> = {
  // Reads the storage area's byte counts (getBytesInUse) to show how full it is; reads no item.
  'src/ui/options/BackupStatus.tsx': 'storage usage figure, no item read',
};
const ACCESS = [
  /\bstoreItems\(/,
  /\bstorage\.(getItem|getItems|setItem|setItems|removeItem|removeItems|snapshot|defineItem|clear)\b/,
  /\bbrowser\.storage\.(local|sync|session)\b/,
  /\bchrome\.storage\.(local|sync|session)\b/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function storageAccessOutsideStore(sources: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [path, text] of Object.entries(sources)) {
    if (path.startsWith('src/store/') || path in ALLOWED) continue;
    text.split('\n').forEach((line, i) => {
      if (ACCESS.some((re) => re.test(line))) out.push(`${path}:${i + 1}: ${line.trim()}`);
    });
  }
  return out;
}

describe('no storage access outside src/store', () => {
  const sources = Object.fromEntries(
    SCANNED.flatMap((d) => files(join(ROOT, d))).map((p) => [relative(ROOT, p), readFileSync(p, 'utf8')]),
  );

  it('no file outside src/store (and the allow-list) reads or writes storage items', () => {
    expect(storageAccessOutsideStore(sources)).toEqual([]);
  });

  it('every allow-listed file exists and still needs its exception', () => {
    for (const path of Object.keys(ALLOWED)) {
      expect(sources[path], path).toBeDefined();
      const text = sources[path] as string;
      expect(
        ACCESS.some((re) => re.test(text)),
        path,
      ).toBe(true);
    }
  });

  it('(planted) the check finds a read and a write outside the store, and allows a listener', () => {
    expect(
      storageAccessOutsideStore({
        'src/ui/popup/Bad.tsx':
          'const v = await storeItems().settings.getValue();\nbrowser.storage.onChanged.addListener(f);',
        'src/background/bad.ts': 'await browser.storage.local.set({ settings: {} });',
        'src/store/ok.ts': 'await storage.setItems([]);',
      }),
    ).toEqual([
      'src/ui/popup/Bad.tsx:1: const v = await storeItems().settings.getValue();',
      'src/background/bad.ts:1: await browser.storage.local.set({ settings: {} });',
    ]);
  });
});
