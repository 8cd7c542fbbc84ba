import { DAY_MS, parseIsoDate } from '../../core/time';
import { formatDate } from '../../i18n/i18n';

/** A stored calendar date (YYYY-MM-DD) in the reader's locale, never shifted by a zone. */
export function formatDay(isoDate: string): string {
  return formatDate(parseIsoDate(isoDate) * DAY_MS + 12 * 3_600_000, 'UTC');
}

export const PAPERS = ['A4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** The @page rule for the paper the user picked (the print dialog starts with it). */
export function pageSizeRule(paper: Paper): string {
  return `@page { size: ${paper}; }`;
}
