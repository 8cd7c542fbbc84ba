import type { Roller, Session } from '../../core/schemas';
import { parseInstant } from '../../core/time';
import { formatDate, formatMm, t } from '../../i18n/i18n';
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
 * One session's row. Text only (textContent), never HTML. A cell of one or two printed lines
 * keeps its whole text in its title (and the CSV export).
 */
function sessionRow(doc: Document, s: Session, names: ReadonlyMap<string, string>, tz: string) {
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
  return tr;
}

/** The rows of a table body that shows the first sessions of a list: some on screen, all in print. */
export interface SessionRows {
  /** Shows the first `count` sessions: rows missing are made, rows beyond are removed. */
  show(count: number): void;
}

/**
 * The appendix's rows, built straight into the table body: a long period has thousands of rows,
 * which the browser makes several times faster than a virtual DOM does. Only the rows shown are
 * in the DOM (the screen shows a page of them; printing shows them all).
 */
export function sessionRows(
  body: HTMLTableSectionElement,
  sessions: readonly Session[],
  rollers: readonly Roller[],
  tz: string,
): SessionRows {
  const names = new Map(rollers.map((r) => [r.id, r.name]));
  const doc = body.ownerDocument;
  body.replaceChildren();
  return {
    show(count) {
      const n = Math.min(count, sessions.length);
      const have = body.children.length;
      for (let i = have; i > n; i--) body.lastElementChild?.remove();
      if (have >= n) return;
      const frag = doc.createDocumentFragment();
      for (let i = have; i < n; i++) frag.append(sessionRow(doc, sessions[i] as Session, names, tz));
      body.append(frag);
    },
  };
}
