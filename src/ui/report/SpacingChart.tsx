import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import type { AreaSpacing } from '../../core/report';
import { formatDate, t, tp } from '../../i18n/i18n';
import '../../i18n/packs/report';

const LABEL_W = 120;
const WIDTH = 1000;
const ROW_H = 24;

/**
 * The gaps (normal and short) as line segments and the sessions as dots, each kind one path; and
 * where each short gap's "!" goes (`marks`: one x per mark, for one text element).
 */
export function markPaths(
  a: AreaSpacing,
  x: (ms: number) => number,
  y: number,
): { gaps: string; short: string; points: string; marks: string[] } {
  const gaps: string[] = [];
  const short: string[] = [];
  const points: string[] = [];
  const marks: string[] = [];
  a.points.forEach((p, i) => {
    const prev = a.points[i - 1];
    const px = x(p.ms).toFixed(1);
    if (prev) (p.short ? short : gaps).push(`M${x(prev.ms).toFixed(1)} ${y}H${px}`);
    points.push(`M${(x(p.ms) - 3).toFixed(1)} ${y}a3 3 0 1 0 6 0a3 3 0 1 0 -6 0`);
    if (p.short) marks.push(`${x(p.ms) - 3}`);
  });
  return { gaps: gaps.join(''), short: short.join(''), points: points.join(''), marks };
}

/**
 * Spacing against the rule, per area: one time line of sessions over the period; a gap shorter
 * than the rule is drawn thick and marked "!", so it reads in black and white. Screen readers get
 * a summary per area and a table alternative.
 */
export function SpacingChart({
  spacing,
  fromMs,
  toMs,
  tz,
}: {
  spacing: readonly AreaSpacing[];
  fromMs: number;
  toMs: number;
  tz: string;
}) {
  const titleId = useId();
  const descId = useId();
  // The table alternative is built when opened: a long period has a row per session.
  const tableOpen = useSignal(false);
  if (spacing.length === 0) return null;
  const span = Math.max(1, toMs - fromMs);
  const x = (ms: number) => LABEL_W + ((ms - fromMs) / span) * (WIDTH - LABEL_W - 10);
  const height = spacing.length * ROW_H + 16;
  const summary = spacing
    .map((a) =>
      t('report.spacing.row', {
        area: t(`area.${a.area}`),
        sessions: tp('report.spacing.sessions', a.points.length),
        short: tp('report.spacing.short', a.points.filter((p) => p.short).length),
      }),
    )
    .join(' ');
  return (
    <figure class="spacing keep" data-testid="report-spacing">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{t('report.spacingAlt')}</title>
        <desc id={descId}>{summary}</desc>
        {spacing.map((a, row) => {
          const y = row * ROW_H + 14;
          const paths = markPaths(a, x, y);
          return (
            <g key={a.area} data-area={a.area}>
              <text x={0} y={y + 4} class="chart-label">
                {t(`area.${a.area}`)}
              </text>
              <line x1={LABEL_W} x2={WIDTH - 10} y1={y} y2={y} class="axis" />
              {/* One path per kind of mark: a period of years has thousands of sessions. */}
              <path d={paths.gaps} class="gap" />
              {paths.short ? <path d={paths.short} class="gap short" data-short="true" /> : null}
              {/* One text for every "!" of the row, each placed by its own x: a period of years has
                  thousands of short gaps, and an element each took the browser long to lay out. */}
              {paths.marks.length > 0 ? (
                <text x={paths.marks.join(' ')} y={y - 5} class="chart-mark">
                  {'!'.repeat(paths.marks.length)}
                </text>
              ) : null}
              <path d={paths.points} class="point" />
            </g>
          );
        })}
        <text x={LABEL_W} y={height - 2} class="chart-label">
          {formatDate(fromMs, tz)}
        </text>
        <text x={WIDTH - 10} y={height - 2} class="chart-label" text-anchor="end">
          {formatDate(toMs - 1, tz)}
        </text>
      </svg>
      <figcaption class="legend">
        <span class="legend-item">
          <svg width="22" height="8" aria-hidden="true">
            <line x1="0" x2="22" y1="4" y2="4" class="gap" />
          </svg>
          {t('report.spacing.legend.gap')}
        </span>
        <span class="legend-item">
          <svg width="22" height="8" aria-hidden="true">
            <line x1="0" x2="22" y1="4" y2="4" class="gap short" />
          </svg>
          ! {t('report.spacing.legend.short')}
        </span>
      </figcaption>
      <details class="no-print" onToggle={(e) => (tableOpen.value = e.currentTarget.open)}>
        <summary>{t('report.spacing.table')}</summary>
        {tableOpen.value ? (
          <table class="grid" data-testid="report-spacing-table">
            <thead>
              <tr>
                <th scope="col">{t('report.col.area')}</th>
                <th scope="col">{t('report.col.when')}</th>
                <th scope="col">{t('report.col.gap')}</th>
                <th scope="col">{t('report.col.rule')}</th>
              </tr>
            </thead>
            <tbody>
              {spacing.flatMap((a) =>
                a.points.map((p) => (
                  <tr key={`${a.area}-${p.ms}`} class={p.short ? 'flag' : ''}>
                    <th scope="row">{t(`area.${a.area}`)}</th>
                    <td>{formatDate(p.ms, tz)}</td>
                    <td>
                      {p.gapDays ?? '—'}
                      {p.short ? ` (${t('report.spacing.legend.short')})` : ''}
                    </td>
                    <td>{p.ruleDays ?? '—'}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        ) : null}
      </details>
    </figure>
  );
}
