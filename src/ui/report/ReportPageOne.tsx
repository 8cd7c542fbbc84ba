import type { Profile } from '../../core/schemas';
import type { TimeZone } from '../../core/time';
import { formatDate, t } from '../../i18n/i18n';
import { ReportAreas } from './ReportAreas';
import { ReportAttention } from './ReportAttention';
import { ReportDevices } from './ReportDevices';
import { ReportFindings } from './ReportFindings';
import { ReportProfile } from './ReportProfile';
import type { ReportModel } from './report-model';
import { SpacingChart } from './SpacingChart';
import '../../i18n/packs/report';

/**
 * Page one, which stands alone for a short visit: who, devices, spacing per area against the
 * rule, warnings, loosened rules, after-effects and products of concern.
 */
export function ReportPageOne({
  model,
  profile,
  period,
  withAppendix,
  nowMs,
  tz,
}: {
  model: ReportModel;
  profile: Profile;
  period: string;
  withAppendix: boolean;
  nowMs: number;
  tz: TimeZone;
}) {
  const { data, rules, fromMs, toMs } = model;
  return (
    <section class="page-one" data-testid="report-page-one">
      <header>
        <h1>{t('report.title')}</h1>
        <p>
          <strong>{period}</strong> · {t('report.selfReported')}
        </p>
        <p class="muted" data-testid="report-kind">
          {withAppendix ? t('report.kind.complete', { count: data.sessions.length }) : t('report.kind.short')}{' '}
          {t('report.generated', { date: formatDate(nowMs, tz, 'datetime') })}
        </p>
      </header>
      <section class="two-col">
        <ReportProfile profile={profile} tz={tz} />
        <ReportDevices devices={data.devices} usesKnown={model.usesKnown} />
      </section>
      <section>
        <h2>{t('report.summary')}</h2>
        <ReportAreas areas={data.areas} />
        <SpacingChart spacing={data.spacing} fromMs={fromMs} toMs={toMs} tz={tz} />
      </section>
      <ReportFindings data={data} rules={rules} />
      <ReportAttention data={data} tz={tz} />
    </section>
  );
}
