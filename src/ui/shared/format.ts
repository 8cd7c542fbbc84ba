import { parseInstant } from '../../core/time';
import { formatDate, formatMm, t } from '../../i18n/i18n';
import { countdownMark, countdownWords, inSavedView } from './saved-view-render';

/**
 * "in 4 d 14 h" / "in 3 h": a countdown in days and hours (rounded up to the hour). In the view
 * the popup saves for its next open, a mark that the next open writes out (`nowMs` is the moment
 * drawn, so the mark is the countdown's target).
 */
export function countdown(ms: number, nowMs?: number): string {
  if (inSavedView() && nowMs !== undefined) return countdownMark(nowMs + ms);
  return countdownWords(ms, { days: t('popup.countdown'), hours: t('popup.countdownHours') });
}

/** Finding parameters as the user reads them: dates in their zone and locale, lengths with unit. */
export function readableParams(
  params: Record<string, string | number>,
  tz: string,
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v))
      out[k] = formatDate(parseInstant(v), tz, 'datetime');
    else if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))
      out[k] = formatDate(Date.parse(`${v}T12:00:00Z`), 'UTC');
  }
  if (typeof params.needleMm === 'number') out.mm = formatMm(params.needleMm);
  return out;
}
