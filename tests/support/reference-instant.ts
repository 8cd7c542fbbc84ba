/**
 * parseInstant as it was before issue 12 (one regex and a Date object for every instant): the
 * reading the faster one must give, for every string, valid or not.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
export function referenceInstant(iso: string): number {
  if (typeof iso !== 'string' || iso.length > 40) return Number.NaN;
  const m = ISO_INSTANT.exec(iso);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s = '0', frac = '0', off = 'Z'] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return Number.NaN;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), month - 1, day);
  date.setUTCHours(hour, minute, second, Number(frac.slice(0, 3).padEnd(3, '0')));
  if (date.getUTCDate() !== day) return Number.NaN;
  const base = date.getTime();
  let offset = 0;
  if (off !== 'Z') {
    const sign = off.startsWith('-') ? -1 : 1;
    const oh = Number(off.slice(1, 3));
    const om = Number(off.slice(4, 6));
    if (oh > 18 || om > 59) return Number.NaN;
    offset = sign * (oh * 3_600_000 + om * 60_000);
  }
  return base - offset;
}
