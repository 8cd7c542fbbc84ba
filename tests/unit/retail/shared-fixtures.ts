import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The shared fixtures (real listing text and saved pages) live outside the project, in
 * ../shared/fixtures. They are read at test time, never copied; tests that need them skip when
 * the folder is absent.
 */
export const SHARED_FIXTURES = `${resolve(import.meta.dirname, '../../../../shared/fixtures')}/`;
export const HAS_SHARED = existsSync(`${SHARED_FIXTURES}listings.jsonl`);

export interface ListingRow {
  text: string;
  kind: 'title' | 'bullet' | 'description' | 'variant';
  source: string;
  expected_mm: number[] | null;
  note: string;
}

export function listingRows(): ListingRow[] {
  if (!HAS_SHARED) return [];
  return readFileSync(`${SHARED_FIXTURES}listings.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ListingRow);
}
