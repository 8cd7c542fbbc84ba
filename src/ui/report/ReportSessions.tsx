import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Roller, Session } from '../../core/schemas';
import { formatLocale, formatNumber, t } from '../../i18n/i18n';
import { onPrint } from './print-events';
import { type SessionRows, sessionRows } from './session-rows';
import '../../i18n/packs/report';

/**
 * Sessions the appendix shows on screen, and adds per "show more". The browser lays out every row
 * it holds, and ten thousand rows take it seconds (issue 12): the screen holds a page of them,
 * printing all of them.
 */
export const SCREEN_ROWS = 200;

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
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = useRef<SessionRows | null>(null);
  /** Between beforeprint and afterprint every row is in (the print is laid out from the DOM). */
  const printing = useRef(false);
  const shown = useSignal(SCREEN_ROWS);
  const total = sessions.length;
  useLayoutEffect(() => {
    rows.current = body.current ? sessionRows(body.current, sessions, rollers, tz) : null;
    rows.current?.show(printing.current ? total : shown.peek());
  }, [sessions, rollers, tz, formatLocale.value]);
  useLayoutEffect(() => {
    if (!printing.current) rows.current?.show(shown.value);
  }, [shown.value]);
  // Printing (Ctrl+P, the print button, a PDF) gets every row, whatever the screen shows; the
  // handlers change the DOM synchronously, as the print is laid out right after them. Listening
  // from the first layout on: a print asked for before the first paint gets every row too.
  useLayoutEffect(
    () =>
      onPrint(
        () => {
          printing.current = true;
          rows.current?.show(Number.POSITIVE_INFINITY);
        },
        () => {
          printing.current = false;
          rows.current?.show(shown.peek());
        },
      ),
    [],
  );
  const onScreen = Math.min(shown.value, total);
  return (
    <section class="appendix" data-testid="report-appendix">
      <h2>{t('report.appendix', { count: total })}</h2>
      {total === 0 ? (
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
          <tbody ref={body} />
        </table>
      )}
      {onScreen < total ? (
        <p class="more-rows no-print" data-testid="report-more">
          {t('report.appendix.onScreen', { shown: formatNumber(onScreen), count: formatNumber(total) })}{' '}
          <button type="button" onClick={() => (shown.value = onScreen + SCREEN_ROWS)}>
            {t('report.appendix.more', { count: formatNumber(Math.min(SCREEN_ROWS, total - onScreen)) })}
          </button>{' '}
          <button type="button" onClick={() => (shown.value = total)}>
            {t('report.appendix.all', { count: formatNumber(total) })}
          </button>
        </p>
      ) : null}
    </section>
  );
}
