import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Roller, Session } from '../../core/schemas';
import { parseInstant } from '../../core/time';
import { formatDate, formatLocale, formatMm, t } from '../../i18n/i18n';
import { effectsText } from './ReportAttention';
import '../../i18n/packs/report';

/** The text of each cell of a session's row, and how many printed lines the cell may take. */
export function rowCells(s: Session, names: ReadonlyMap<string, string>, tz: string): [string, 0 | 1 | 2][] {
  return [
    [formatDate(parseInstant(s.when), tz, 'datetime'), 0],
    [t(`area.${s.area}`), 0],
    [formatMm(s.needleMm), 0],
    [(s.rollerId ? names.get(s.rollerId) : undefined) ?? '—', 1],
    [(s.productsBefore ?? []).join(', '), 1],
    [s.products.join(', '), 1],
    [[effectsText(s), s.notes].filter(Boolean).join('; '), 2],
    [
      s.aftercareKept === undefined
        ? '—'
        : s.aftercareKept.length === 0
          ? t('report.aftercare.none')
          : t('report.aftercare.kept', { count: s.aftercareKept.length }),
      0,
    ],
    [
      s.findings
        .filter((f) => f.severity !== 'info')
        .map((f) => `${t(`report.code.${f.code}`)} (${f.acknowledgedAt ? t('report.yes') : t('report.no')})`)
        .join('; '),
      2,
    ],
  ];
}

/**
 * The rows, built straight into the table body: a long period has thousands of rows, which the
 * browser makes several times faster than a virtual DOM does. Text only (textContent), never HTML.
 * A cell of one or two printed lines keeps its whole text in its title (and the CSV export).
 */
function fillRows(
  body: HTMLTableSectionElement,
  sessions: readonly Session[],
  rollers: readonly Roller[],
  tz: string,
) {
  const names = new Map(rollers.map((r) => [r.id, r.name]));
  const doc = body.ownerDocument;
  const frag = doc.createDocumentFragment();
  for (const s of sessions) {
    const tr = doc.createElement('tr');
    for (const [text, lines] of rowCells(s, names, tz)) {
      const td = doc.createElement('td');
      if (lines === 0) td.textContent = text;
      else if (lines === 1) {
        // One line: the cell itself clips (no inner box per cell).
        td.title = text;
        td.className = 'clip';
        td.textContent = text;
      } else {
        td.title = text;
        const div = doc.createElement('div');
        div.className = lines === 2 ? 'cell two' : 'cell';
        div.textContent = text;
        td.append(div);
      }
      tr.append(td);
    }
    frag.append(tr);
  }
  body.replaceChildren(frag);
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
  const body = useRef<HTMLTableSectionElement>(null);
  useLayoutEffect(() => {
    if (body.current) fillRows(body.current, sessions, rollers, tz);
  }, [sessions, rollers, tz, formatLocale.value]);
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
          <tbody ref={body} />
        </table>
      )}
    </section>
  );
}
