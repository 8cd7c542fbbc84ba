import { useSignal } from '@preact/signals';
import { rulesFor } from '../../core/assessment-context';
import { buildReport } from '../../core/report';
import { addMonthsToDay, formatIsoDate, localDay } from '../../core/time';
import { formatDate, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { PAPERS, type Paper, pageSizeRule } from './format';
import { periodOf, RANGES, type Range } from './period';
import { ReportAreas } from './ReportAreas';
import { ReportAttention } from './ReportAttention';
import { ReportDevices } from './ReportDevices';
import { ReportFindings } from './ReportFindings';
import { ReportPhotos } from './ReportPhotos';
import { ReportProfile } from './ReportProfile';
import { ReportSessions } from './ReportSessions';
import { SpacingChart } from './SpacingChart';
import '../../i18n/packs/options';
import '../../i18n/packs/report';

/**
 * The printable report for a dermatologist. Page one stands alone for a short visit: who, devices,
 * spacing per area against the rule, warnings, loosened rules, after-effects and products of
 * concern. The session table follows as an appendix that can be left out. Every printed page
 * repeats the period and "patient self-reported, not medical advice".
 */
export function Report({
  state,
  now,
  tz,
  initialRange = '6',
}: {
  state: AppState;
  now: () => number;
  tz: string;
  initialRange?: Range;
}) {
  const range = useSignal<Range>(initialRange);
  const nowMs = now();
  const today = localDay(nowMs, tz);
  const customFrom = useSignal(formatIsoDate(addMonthsToDay(today, -6)));
  const customTo = useSignal(formatIsoDate(today));
  const withAppendix = useSignal(true);
  const paper = useSignal<Paper>(PAPERS[0]);
  if (!state.ready.value) return <p aria-busy="true">{t('app.loading')}</p>;

  const { fromMs, toMs } = periodOf({
    range: range.value,
    customFrom: customFrom.value,
    customTo: customTo.value,
    firstSessionWhen: state.sessions.value[0]?.when,
    nowMs,
    tz,
  });
  const settings = state.settings.value;
  const rules = rulesFor(settings);
  const data = buildReport({
    sessions: state.sessions.value,
    rollers: state.rollers.value,
    rules,
    fromMs,
    toMs,
    nowMs,
    tz,
    products: settings.products,
  });
  const period = t('report.range', { from: formatDate(fromMs, tz), to: formatDate(toMs - 1, tz) });

  return (
    <div class="report">
      {/* The paper size the browser's print dialog starts with (the user may still change it). */}
      <style>{pageSizeRule(paper.value)}</style>
      <div class="controls no-print">
        <label>
          {t('report.rangeLabel')}
          <select value={range.value} onChange={(e) => (range.value = e.currentTarget.value as Range)}>
            {RANGES.map((r) => (
              <option key={r} value={r}>
                {t(`report.range.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {range.value === 'custom' ? (
          <>
            <label>
              {t('options.history.from')}
              <input
                type="date"
                value={customFrom.value}
                onInput={(e) => (customFrom.value = e.currentTarget.value)}
              />
            </label>
            <label>
              {t('options.history.to')}
              <input
                type="date"
                value={customTo.value}
                onInput={(e) => (customTo.value = e.currentTarget.value)}
              />
            </label>
          </>
        ) : null}
        <label>
          {t('report.paper')}
          <select value={paper.value} onChange={(e) => (paper.value = e.currentTarget.value as Paper)}>
            {PAPERS.map((p) => (
              <option key={p} value={p}>
                {t(`report.paper.${p === 'A4' ? 'a4' : 'letter'}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="check-q">
          <input
            type="checkbox"
            name="appendix"
            checked={withAppendix.value}
            onChange={(e) => (withAppendix.value = e.currentTarget.checked)}
          />{' '}
          {t('report.appendixToggle')}
        </label>
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      {/* Printed at the foot of every page: the period and the self-reported line. A table whose
          footer repeats on each page keeps room for it, so it never covers content. */}
      <div class="page-footer" data-testid="page-footer">
        {period} · {t('report.selfReported')}
      </div>
      <table class="print-frame">
        <tfoot>
          <tr>
            <td>
              <div class="footer-space" />
            </td>
          </tr>
        </tfoot>
        <tbody>
          <tr>
            <td>
              <section class="page-one" data-testid="report-page-one">
                <header>
                  <h1>{t('report.title')}</h1>
                  <p>
                    <strong>{period}</strong> · {t('report.selfReported')}
                  </p>
                  <p class="muted" data-testid="report-kind">
                    {withAppendix.value
                      ? t('report.kind.complete', { count: data.sessions.length })
                      : t('report.kind.short')}{' '}
                    {t('report.generated', { date: formatDate(nowMs, tz, 'datetime') })}
                  </p>
                </header>
                <section class="two-col">
                  <ReportProfile profile={state.profile.value} tz={tz} />
                  <ReportDevices devices={data.devices} />
                </section>
                <section>
                  <h2>{t('report.summary')}</h2>
                  <ReportAreas areas={data.areas} />
                  <SpacingChart spacing={data.spacing} fromMs={fromMs} toMs={toMs} tz={tz} />
                </section>
                <ReportFindings data={data} rules={rules} />
                <ReportAttention data={data} tz={tz} />
              </section>
              {withAppendix.value ? (
                <ReportSessions sessions={data.sessions} rollers={state.rollers.value} tz={tz} />
              ) : null}
              <ReportPhotos state={state} tz={tz} />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
