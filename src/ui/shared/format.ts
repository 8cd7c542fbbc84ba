import { HOUR_MS, parseInstant } from '../../core/time';
import { formatDate, formatMm, t } from '../../i18n/i18n';

/** "in 4 d 14 h" / "in 3 h": a countdown in days and hours (rounded up to the hour). */
export function countdown(ms: number): string {
  const hoursTotal = Math.max(1, Math.ceil(ms / HOUR_MS));
  const days = Math.floor(hoursTotal / 24);
  const hours = hoursTotal % 24;
  if (days === 0) return t('popup.countdownHours', { hours });
  return t('popup.countdown', { days, hours });
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
