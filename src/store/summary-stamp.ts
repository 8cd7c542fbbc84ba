import type { Summary } from '../core/summary';
import { textFingerprint } from '../core/text-hash';
import { KEYS } from './keys';

/**
 * The summary grows with the years of use it sums up (its days of use of every roller), and the
 * popup's first script only needs to know whether it changed (src/store/status-view.ts). So every
 * write of the summary writes this fingerprint of it beside it, in the same storage call: the two
 * are never out of step. The store writes the summary only through `summaryWrites`.
 */
export function summaryStampOf(summary: Summary): string {
  return textFingerprint(JSON.stringify(summary));
}

/** The items to write, in one call, for `summary` to be stored. */
export function summaryWrites(summary: Summary): { key: `local:${string}`; value: unknown }[] {
  return [
    { key: KEYS.summary, value: summary },
    { key: KEYS.summaryStamp, value: summaryStampOf(summary) },
  ];
}
