import { parseInstant } from '../../core/time';
import type { MessageKey } from '../../i18n/en';
import { formatDate, isMessageKey, t, tp } from '../../i18n/i18n';
import type { QuarantineEntry } from '../../store/items';
import { areaKey, CHUNK_PREFIX, KEYS } from '../../store/keys';

/** Which kind of stored record an entry of the quarantine came from. */
export type AsideKind =
  | 'profile'
  | 'settings'
  | 'rollers'
  | 'sessions'
  | 'month'
  | 'index'
  | 'backup'
  | 'other';

export function asideKind(e: Pick<QuarantineEntry, 'key' | 'index'>): AsideKind {
  if (e.key === KEYS.profile) return 'profile';
  if (e.key === KEYS.settings) return 'settings';
  if (e.key === KEYS.rollers) return 'rollers';
  if (e.key === KEYS.sessionIndex) return 'index';
  if (e.key === KEYS.backup) return 'backup';
  if (areaKey(e.key).startsWith(CHUNK_PREFIX)) return e.index === undefined ? 'month' : 'sessions';
  return 'other';
}

const KIND_ORDER: AsideKind[] = [
  'profile',
  'rollers',
  'sessions',
  'month',
  'index',
  'settings',
  'backup',
  'other',
];
type Whole = 'profile' | 'settings' | 'rollers' | 'index' | 'backup';

/** A whole record set aside (not one of its fields or list entries). */
function wholeOf(e: QuarantineEntry): Whole | null {
  const kind = asideKind(e);
  if (kind === 'rollers') return e.index === undefined ? 'rollers' : null;
  if (kind === 'profile' || kind === 'settings' || kind === 'index' || kind === 'backup')
    return e.path === undefined ? kind : null;
  return null;
}

/** "2 entries of your safety profile and 1 session": what is in quarantine, in words. */
export function asideSummary(entries: readonly QuarantineEntry[], listLocale: string): string {
  const counts = new Map<AsideKind, number>();
  const wholes = new Set<Whole>();
  for (const e of entries) {
    const whole = wholeOf(e);
    if (whole) wholes.add(whole);
    else counts.set(asideKind(e), (counts.get(asideKind(e)) ?? 0) + 1);
  }
  const parts: string[] = [];
  for (const k of KIND_ORDER) {
    if (wholes.has(k as Whole)) parts.push(t(`aside.whole.${k as Whole}`));
    if (counts.has(k)) parts.push(tp(`aside.part.${k}` as 'aside.part.profile', counts.get(k) ?? 0));
  }
  try {
    return new Intl.ListFormat(listLocale, { type: 'conjunction' }).format(parts);
  } catch {
    return parts.join(', ');
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Which record: "Safety profile", "Roller 2 (Face roller)", "Session of 3 Nov 2026". */
export function asideRecord(e: QuarantineEntry, tz: string): string {
  const n = (e.index ?? 0) + 1;
  const raw = e.path === undefined ? e.raw : e.of;
  switch (asideKind(e)) {
    case 'profile':
      return t('aside.record.profile');
    case 'settings':
      return t('aside.record.settings');
    case 'backup':
      return t('aside.record.backup');
    case 'index':
      return t('aside.record.index');
    case 'rollers': {
      if (e.index === undefined) return t('aside.record.rollers');
      const name = str((raw as { name?: unknown } | undefined)?.name);
      return name
        ? t('aside.record.rollerNamed', { n, name: name.slice(0, 40) })
        : t('aside.record.roller', { n });
    }
    case 'month':
      return t('aside.record.month', { month: areaKey(e.key).slice(CHUNK_PREFIX.length) });
    case 'sessions': {
      const month = areaKey(e.key).slice(CHUNK_PREFIX.length);
      const when = str((raw as { when?: unknown } | undefined)?.when);
      const ms = when ? parseInstant(when) : Number.NaN;
      return Number.isNaN(ms)
        ? t('aside.record.session', { n, month })
        : t('aside.record.sessionAt', { date: formatDate(ms, tz, 'datetime') });
    }
    default:
      return t('aside.record.other', { key: areaKey(e.key) });
  }
}

/** Which field: "Areas you treat › item 2"; the whole record when no path. */
export function asideField(e: Pick<QuarantineEntry, 'path'>): string {
  const path = e.path ?? [];
  if (path.length === 0) return t('aside.field.whole');
  const [first, ...rest] = path;
  const words = [label(String(first))];
  for (const seg of rest) {
    if (typeof seg === 'number') words.push(t('aside.field.item', { n: seg + 1 }));
    else if (first === 'conditions' && isMessageKey(`condition.${seg}`))
      words.push(t(`condition.${seg}` as MessageKey));
    else words.push(label(seg));
  }
  return words.join(' › ');
}

function label(field: string): string {
  const key = `aside.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

/** Why: the first reason, translated. */
export function asideWhy(e: Pick<QuarantineEntry, 'issues'>): string {
  const keys = [...new Set(e.issues.map((i) => i.key))];
  const texts = keys.map((k) => (isMessageKey(k) ? t(k) : t('errors.invalid')));
  return texts.length > 0 ? texts.join(' ') : t('errors.invalid');
}

/** The stored value, short, for the list (the full value is in the download). */
export function asideValue(raw: unknown): string {
  let text: string;
  try {
    text = typeof raw === 'string' ? JSON.stringify(raw) : (JSON.stringify(raw) ?? String(raw));
  } catch {
    text = String(raw);
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
