import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { formatDate, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { afterPaint } from '../shared/after-paint';
import type { MonthsState } from '../shared/months-state';
import { PAPERS, type Paper, pageSizeRule } from './format';
import type { Range } from './period';
import { ReportControls } from './ReportControls';
import { ReportPageOne } from './ReportPageOne';
import { ReportPhotos } from './ReportPhotos';
import { ReportSessions } from './ReportSessions';
import { defaultCustomDates, READ_ALL, reportModel } from './report-model';

/** How the page reads months on demand (a MonthsState); without it the state holds every session. */
export type MonthReads = Pick<MonthsState, 'from' | 'complete' | 'readFrom'>;

import '../../i18n/packs/options';
import '../../i18n/packs/report';

/**
 * The printable report for a dermatologist: page one (ReportPageOne), then the session table as
 * an appendix that can be left out. Every printed page repeats the period and "patient
 * self-reported, not medical advice". With `reads`, the page reads the months of its period first
 * and the devices' whole lives after the first paint (report-model.ts says which).
 */
export function Report({
  state,
  now,
  tz,
  initialRange = '6',
  reads,
}: {
  state: AppState;
  now: () => number;
  tz: string;
  initialRange?: Range;
  reads?: MonthReads;
}) {
  const nowMs = now();
  const range = useSignal<Range>(initialRange);
  const custom = defaultCustomDates(nowMs, tz);
  const customFrom = useSignal(custom.from);
  const customTo = useSignal(custom.to);
  const withAppendix = useSignal(true);
  const paper = useSignal<Paper>(PAPERS[0]);
  const ready = state.ready.value;
  const model = ready
    ? reportModel({
        range: range.value,
        customFrom: customFrom.value,
        customTo: customTo.value,
        sessions: state.sessions.value,
        rollers: state.rollers.value,
        settings: state.settings.value,
        nowMs,
        tz,
        read: reads ? { from: reads.from.value, complete: reads.complete.value } : READ_ALL,
      })
    : null;
  const periodRead = model?.periodRead ?? false;
  const usesKnown = model?.usesKnown ?? false;
  const needs = model?.needs;
  useEffect(() => {
    if (!reads || !needs) return;
    if (!periodRead) {
      void reads.readFrom(needs.period ?? null);
      return;
    }
    if (!usesKnown && needs.wear !== undefined) {
      const wear = needs.wear;
      return afterPaint(() => void reads.readFrom(wear));
    }
  }, [reads, periodRead, usesKnown, needs?.period, needs?.wear]);
  if (!model) return <p aria-busy="true">{t('app.loading')}</p>;

  const controls = (
    <ReportControls
      range={range}
      customFrom={customFrom}
      customTo={customTo}
      paper={paper}
      withAppendix={withAppendix}
    />
  );
  if (!model.periodRead)
    return (
      <div class="report">
        {controls}
        <p aria-busy="true">{t('app.loading')}</p>
      </div>
    );
  const period = t('report.range', {
    from: formatDate(model.fromMs, tz),
    to: formatDate(model.toMs - 1, tz),
  });

  return (
    <div class="report">
      {/* The paper size the browser's print dialog starts with (the user may still change it). */}
      <style>{pageSizeRule(paper.value)}</style>
      {controls}
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
              <ReportPageOne
                model={model}
                profile={state.profile.value}
                period={period}
                withAppendix={withAppendix.value}
                nowMs={nowMs}
                tz={tz}
              />
              {withAppendix.value ? (
                <ReportSessions sessions={model.data.sessions} rollers={state.rollers.value} tz={tz} />
              ) : null}
              <ReportPhotos state={state} tz={tz} reads={reads} />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
