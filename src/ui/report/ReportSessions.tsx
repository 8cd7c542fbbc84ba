import type { Roller, Session } from '../../core/schemas';
import { parseInstant } from '../../core/time';
import { formatDate, formatMm, t } from '../../i18n/i18n';
import { effectsText } from './ReportAttention';
import '../../i18n/packs/report';

/** A cell of at most two printed lines; the whole text stays in its title and the CSV export. */
function Cell({ text, lines = 1 }: { text: string; lines?: 1 | 2 }) {
  return (
    <td title={text}>
      <div class={lines === 2 ? 'cell two' : 'cell'}>{text}</div>
    </td>
  );
}

/** The appendix: every session of the period with every field the reference lists (section 6). */
export function ReportSessions({
  sessions,
  rollers,
  tz,
}: {
  sessions: readonly Session[];
  rollers: readonly Roller[];
  tz: string;
}) {
  const device = (s: Session) => rollers.find((r) => r.id === s.rollerId)?.name ?? '—';
  return (
    <section class="appendix" data-testid="report-appendix">
      <h2>{t('report.appendix', { count: sessions.length })}</h2>
      {sessions.length === 0 ? (
        <p>{t('report.sessions.none')}</p>
      ) : (
        <table class="grid sessions" data-testid="report-sessions">
          <thead>
            <tr>
              <th scope="col">{t('report.col.when')}</th>
              <th scope="col">{t('report.col.area')}</th>
              <th scope="col">{t('report.col.needle')}</th>
              <th scope="col">{t('report.col.device')}</th>
              <th scope="col">{t('report.col.before')}</th>
              <th scope="col">{t('report.col.after')}</th>
              <th scope="col">{t('report.col.sideEffects')}</th>
              <th scope="col">{t('report.col.aftercare')}</th>
              <th scope="col">{t('report.col.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>{formatDate(parseInstant(s.when), tz, 'datetime')}</td>
                <td>{t(`area.${s.area}`)}</td>
                <td>{formatMm(s.needleMm)}</td>
                <Cell text={device(s)} />
                <Cell text={(s.productsBefore ?? []).join(', ')} />
                <Cell text={s.products.join(', ')} />
                <Cell text={[effectsText(s), s.notes].filter(Boolean).join('; ')} lines={2} />
                <td>
                  {s.aftercareKept === undefined
                    ? '—'
                    : s.aftercareKept.length === 0
                      ? t('report.aftercare.none')
                      : t('report.aftercare.kept', { count: s.aftercareKept.length })}
                </td>
                <Cell
                  lines={2}
                  text={s.findings
                    .filter((f) => f.severity !== 'info')
                    .map(
                      (f) =>
                        `${t(`report.code.${f.code}`)} (${f.acknowledgedAt ? t('report.yes') : t('report.no')})`,
                    )
                    .join('; ')}
                />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
