import type { Area } from '../../core/areas';
import type { ReportData } from '../../core/report';
import { t } from '../../i18n/i18n';

/** Fill patterns that stay distinct in black-and-white print. */
const PATTERNS = ['solid', 'hatch', 'dots', 'cross', 'vert', 'open'] as const;

/** Sessions per month, one bar per month stacked by area, patterns instead of colours. */
export function MonthChart({ data }: { data: ReportData }) {
  const months = data.perMonth.slice(-18);
  const areas = data.areas.map((a) => a.area).slice(0, PATTERNS.length);
  const max = Math.max(1, ...months.map((m) => Object.values(m.counts).reduce((a, b) => a + (b ?? 0), 0)));
  const W = 640;
  const H = 160;
  const barW = months.length ? Math.min(28, (W - 40) / months.length - 4) : 0;
  const pattern = (area: Area) => PATTERNS[areas.indexOf(area)] ?? 'open';
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H + 40}`} width="100%" role="img" aria-label={t('report.chartAlt')}>
        <defs>
          <pattern
            id="p-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="2" />
          </pattern>
          <pattern id="p-dots" width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" fill="#fff" />
            <circle cx="2.5" cy="2.5" r="1.2" fill="#000" />
          </pattern>
          <pattern id="p-cross" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#fff" />
            <path d="M0 0L6 6M6 0L0 6" stroke="#000" stroke-width="1" />
          </pattern>
          <pattern id="p-vert" width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" fill="#fff" />
            <line x1="2.5" y1="0" x2="2.5" y2="5" stroke="#000" stroke-width="1.5" />
          </pattern>
        </defs>
        <line x1="30" y1={H} x2={W} y2={H} stroke="#000" />
        <text x="0" y="12" class="chart-label">
          {max}
        </text>
        {months.map((m, i) => {
          let y = H;
          const x = 36 + i * (barW + 4);
          return (
            <g key={m.month}>
              {areas.map((area) => {
                const n = m.counts[area] ?? 0;
                if (!n) return null;
                const h = (n / max) * (H - 10);
                y -= h;
                const p = pattern(area);
                return (
                  <rect
                    key={area}
                    x={x}
                    y={y}
                    width={barW}
                    height={h}
                    fill={p === 'solid' ? '#000' : p === 'open' ? '#fff' : `url(#p-${p})`}
                    stroke="#000"
                    stroke-width="1"
                  >
                    <title>
                      {m.month} {t(`area.${area}`)}: {n}
                    </title>
                  </rect>
                );
              })}
              <text x={x} y={H + 14} class="chart-label">
                {m.month.slice(2)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {areas.map((area) => (
          <span key={area} class="legend-item">
            <svg width="14" height="14" aria-hidden="true">
              <rect
                width="14"
                height="14"
                fill={
                  pattern(area) === 'solid'
                    ? '#000'
                    : pattern(area) === 'open'
                      ? '#fff'
                      : `url(#p-${pattern(area)})`
                }
                stroke="#000"
              />
            </svg>{' '}
            {t(`area.${area}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
