import type { AftercareItem } from '../../core/aftercare';
import { formatDate, t } from '../../i18n/i18n';
import { AfterEffectsLists } from './AfterEffects';
import { countdown } from './format';
import { SourceRefs } from './SourceList';

/** The aftercare checklist with a countdown per timed item. */
export function AftercareList({
  items,
  nowMs,
  tz,
  withEffects = false,
}: {
  items: readonly AftercareItem[];
  nowMs: number;
  tz: string;
  /** Also list what is expected and when to see a doctor (right after a session). */
  withEffects?: boolean;
}) {
  return (
    <div class="aftercare">
      <ul data-testid="aftercare">
        {items.map((item) => (
          <li key={item.id} data-item={item.id} data-status={item.status}>
            <span class="aftercare-what">{t(`aftercare.${item.id}`)}</span>{' '}
            <span class="aftercare-when muted">
              {item.endMs === null
                ? null
                : item.status === 'upcoming'
                  ? t('aftercare.from', {
                      date: formatDate(item.startMs, tz),
                      end: formatDate(item.endMs, tz),
                    })
                  : t('aftercare.until', {
                      date: formatDate(item.endMs, tz, 'datetime'),
                      countdown: countdown(item.endMs - nowMs, nowMs),
                    })}
            </span>{' '}
            <SourceRefs ids={item.sources} />
          </li>
        ))}
      </ul>
      <p class="notice">{t('aftercare.seeDoctor')}</p>
      {withEffects ? <AfterEffectsLists /> : null}
    </div>
  );
}
