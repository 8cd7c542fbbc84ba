import type { Area } from '../../core/areas';
import type { EffectiveRules } from '../../core/rules';
import { requiredGap } from '../../core/schedule';
import type { Session } from '../../core/schemas';
import { DAY_MS, localDay, parseInstant } from '../../core/time';
import { formatDate, t, tp } from '../../i18n/i18n';
import '../../i18n/packs/options';

const DAYS = 182;
const ROW = 34;
const LEFT = 130;
const WIDTH = 760;

/**
 * Sessions per area over the last six months, and the gap between each session and the one
 * before it against the rule: short gaps are drawn red and dashed, and listed in words.
 */
export function HistoryCalendar({
  sessions,
  areas,
  rules,
  nowMs,
  tz,
}: {
  sessions: readonly Session[];
  areas: readonly Area[];
  rules: EffectiveRules;
  nowMs: number;
  tz: string;
}) {
  const today = localDay(nowMs, tz);
  const start = today - DAYS + 1;
  const x = (day: number) => LEFT + ((day - start) / DAYS) * (WIDTH - LEFT - 10);
  const rows = areas.map((area) => {
    const list = sessions
      .filter((s) => s.area === area)
      .map((s) => ({ s, day: localDay(parseInstant(s.when), tz) }))
      .filter((p) => p.day >= start - 60 && p.day <= today);
    const gaps = list.slice(1).map((cur, i) => {
      const prev = list[i] as (typeof list)[number];
      const required = requiredGap(prev.s, cur.s.needleMm, rules)?.days ?? 0;
      return { prev, cur, days: cur.day - prev.day, required, short: cur.day - prev.day < required };
    });
    return { area, list: list.filter((p) => p.day >= start), gaps: gaps.filter((g) => g.cur.day >= start) };
  });
  const height = rows.length * ROW + 30;
  const months: number[] = [];
  for (let d = start; d <= today; d++) if (new Date(d * DAY_MS).getUTCDate() === 1) months.push(d);
  return (
    <div class="calendar" data-testid="calendar">
      <p class="muted">{t('options.history.calendarIntro')}</p>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={t('options.history.calendar')}
        class="calendar-svg"
      >
        {months.map((d) => (
          <g key={d}>
            <line x1={x(d)} x2={x(d)} y1={0} y2={height - 20} class="cal-month" />
            <text x={x(d) + 3} y={height - 6} class="cal-label">
              {formatDate(d * DAY_MS + 12 * 3_600_000, 'UTC').replace(/,? \d{4}$/, '')}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = i * ROW + 20;
          return (
            <g key={r.area} data-area={r.area}>
              <text x={4} y={y + 4} class="cal-area">
                {t(`area.${r.area}`)}
              </text>
              {r.gaps.map((g) => (
                <line
                  key={g.cur.s.id}
                  x1={x(Math.max(g.prev.day, start))}
                  x2={x(g.cur.day)}
                  y1={y}
                  y2={y}
                  class={g.short ? 'cal-gap short' : 'cal-gap'}
                >
                  <title>
                    {g.short
                      ? t('options.history.gapShort', { days: g.days, required: g.required })
                      : tp('options.history.gapOk', g.days)}
                  </title>
                </line>
              ))}
              {r.list.map((p) => (
                <circle key={p.s.id} cx={x(p.day)} cy={y} r={5} class="cal-dot">
                  <title>{formatDate(parseInstant(p.s.when), tz, 'datetime')}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <ul class="short-gaps" data-testid="short-gaps">
        {rows.flatMap((r) =>
          r.gaps
            .filter((g) => g.short)
            .map((g) => (
              <li key={g.cur.s.id}>
                {t(`area.${r.area}`)}: {formatDate(parseInstant(g.prev.s.when), tz)} →{' '}
                {formatDate(parseInstant(g.cur.s.when), tz)}:{' '}
                {t('options.history.gapShort', { days: g.days, required: g.required })}
              </li>
            )),
        )}
      </ul>
    </div>
  );
}
