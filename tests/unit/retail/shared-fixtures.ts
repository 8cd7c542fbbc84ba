import { readFileSync } from 'node:fs';
import { SHARED_ROOT, sharedMissing } from '../../support/shared';

/**
 * The shared fixtures (real listing text and saved pages) live outside the project, in
 * ../shared/fixtures (or ROLLER_COACH_SHARED). They are read at test time, never copied; tests
 * that need them skip, with the reason in their title (tests/support/shared.ts), when absent.
 */
export const SHARED_FIXTURES = `${SHARED_ROOT}/fixtures/`;
export const HAS_SHARED = sharedMissing('fixtures/listings.jsonl') === null;

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
