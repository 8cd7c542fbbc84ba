import type { ReportData } from '../../core/report';
import { formatMm, t } from '../../i18n/i18n';
import '../../i18n/packs/report';

/** Per area: sessions, lengths, shortest and median gap against the rule, and how many were too close. */
export function ReportAreas({ areas }: { areas: ReportData['areas'] }) {
  return (
    <table class="grid" data-testid="report-summary">
      <thead>
        <tr>
          <th scope="col">{t('report.col.area')}</th>
          <th scope="col">{t('report.col.sessions')}</th>
          <th scope="col">{t('report.col.lengths')}</th>
          <th scope="col">{t('report.col.shortest')}</th>
          <th scope="col">{t('report.col.median')}</th>
          <th scope="col">{t('report.col.rule')}</th>
          <th scope="col">{t('report.col.short')}</th>
        </tr>
      </thead>
      <tbody>
        {areas.map((a) => (
          <tr key={a.area} data-area={a.area}>
            <th scope="row">{t(`area.${a.area}`)}</th>
            <td>{a.sessions}</td>
            <td>{a.needleLengths.map(formatMm).join(', ')}</td>
            <td>{a.shortestGap ?? '—'}</td>
            <td>{a.medianGap ?? '—'}</td>
            <td>{a.ruleDays ?? '—'}</td>
            <td class={a.shortGaps > 0 ? 'flag' : ''}>{a.shortGaps}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
