import { useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { AREAS, type Area } from '../../core/areas';
import { rulesFor } from '../../core/assessment-context';
import type { Session } from '../../core/schemas';
import { parseInstant } from '../../core/time';
import { formatDate, formatMm, formatNumber, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { findingText } from '../shared/Findings';
import type { MonthsState } from '../shared/months-state';
import { SourceRefs } from '../shared/SourceList';
import { showToast } from '../shared/Toast';
import {
  EMPTY_FILTER,
  filterSessions,
  type HistoryFilter,
  isDefaultFilter,
  olderBoundary,
  unreadTotal,
} from './history-model';
import { calendarCode, editorCode } from './section-code';
import '../../i18n/packs/options';

const PAGE = 50;

/**
 * Every session: filter, sort, page (fast with 10,000 rows), edit, delete with undo, calendar.
 * With `pages` (the options page), the newest-first view pages through the months `pages` has
 * read and reads older months when asked (Next page at the end, or "Show older"); filters, sorts,
 * the calendar and the editor use the whole history (`state`), which `loadAll` starts reading.
 * Until it is read, the view stays as it was and says that the history is being read.
 */
export function HistorySection({
  state,
  pages,
  loadAll,
  now,
  tz,
}: {
  state: AppState;
  pages?: MonthsState;
  loadAll?: () => void;
  now: () => number;
  tz: string;
}) {
  const filter = useSignal<HistoryFilter>(EMPTY_FILTER);
  const page = useSignal(0);
  const editing = useSignal<string | null>(null);
  const view = useSignal<'table' | 'calendar'>('table');
  const full = state.ready.value;
  const wantsAll = !isDefaultFilter(filter.value) || view.value === 'calendar' || editing.value !== null;
  useEffect(() => {
    if (pages && wantsAll && !full) loadAll?.();
  }, [wantsAll, full]);
  /** The paged months are shown: the default view, or any view until the whole history is read. */
  const paged = useComputed(
    () =>
      pages !== undefined &&
      (!state.ready.value || (isDefaultFilter(filter.value) && view.value === 'table')),
  );
  const rows = useComputed(() =>
    pages && paged.value
      ? filterSessions(pages.sessions.value, EMPTY_FILTER)
      : filterSessions(state.sessions.value, filter.value),
  );
  const reading = pages !== undefined && wantsAll && !full;
  // The calendar's and the editor's code come with the whole history (see section-code), or now.
  const Calendar = view.value === 'calendar' ? calendarCode.loaded.value : null;
  const Editor = editing.value !== null ? editorCode.loaded.value : null;
  useEffect(() => {
    if (view.value === 'calendar') void calendarCode.load();
    if (editing.value !== null) void editorCode.load();
  }, [view.value, editing.value]);
  const loadingNote = (
    <p class="muted" aria-busy="true">
      {t('app.loading')}
    </p>
  );
  const more = pages && paged.value && !pages.complete.value ? unreadTotal(pages.unread.value) : 0;
  const total = rows.value.length + more;
  // What is read so far: the whole history once it is, else the paged months (same rollers).
  const read = full || !pages ? state : pages;
  const all = read.sessions.value;
  const rollers = read.rollers.value;
  const rollersById = new Map(rollers.map((r) => [r.id, r]));
  const lengths = [...new Set(all.map((s) => s.needleMm))].sort((a, b) => a - b);
  const pageCount = Math.max(1, Math.ceil(total / PAGE));
  const current = Math.min(page.value, pageCount - 1);
  const shown = rows.value.slice(current * PAGE, current * PAGE + PAGE);
  /** Read the next months (about a page more), for "Show older" and Next at the end of what is read. */
  const readOlder = async () => {
    if (!pages) return;
    await pages.readFrom(olderBoundary(pages.unread.value ?? new Map(), PAGE));
  };
  // The next page must be read whole before it is shown.
  const next = async () => {
    if (pages && paged.value && (current + 2) * PAGE > rows.value.length && !pages.complete.value)
      await readOlder();
    page.value = current + 1;
  };
  const setFilter = (patch: Partial<HistoryFilter>) => {
    filter.value = { ...filter.value, ...patch };
    page.value = 0;
    // Asked for in the handler itself (the effect above would wait for the next paint).
    if (pages && !state.ready.value && !isDefaultFilter(filter.value)) loadAll?.();
  };
  const remove = async (s: Session) => {
    const removed = await state.repo.deleteSessions([s]);
    showToast({
      text: t('options.history.deleted'),
      action: {
        label: t('options.history.undo'),
        run: async () => {
          await state.repo.putSessions(removed);
          showToast({ text: t('options.history.restored') }, 4000);
        },
      },
    });
  };
  const rules = rulesFor(state.settings.value);
  const areasWithData = AREAS.filter((a) => all.some((s) => s.area === a));
  const readingNote = reading ? (
    <p class="muted" aria-busy="true" data-testid="history-reading">
      {t('options.history.reading')}
    </p>
  ) : null;

  return (
    <section id="history" aria-labelledby="history-h">
      <div class="row spread">
        <h2 id="history-h">{t('options.history')}</h2>
        <fieldset class="row view-toggle">
          <legend class="visually-hidden">{t('options.history')}</legend>
          <button type="button" aria-pressed={view.value === 'table'} onClick={() => (view.value = 'table')}>
            {t('options.history.table')}
          </button>
          <button
            type="button"
            aria-pressed={view.value === 'calendar'}
            onClick={() => (view.value = 'calendar')}
          >
            {t('options.history.calendar')}
          </button>
        </fieldset>
      </div>
      {view.value === 'calendar' && reading ? (
        readingNote
      ) : view.value === 'calendar' ? (
        Calendar ? (
          <Calendar
            sessions={state.sessions.value}
            areas={areasWithData}
            rules={rules}
            nowMs={now()}
            tz={tz}
          />
        ) : (
          loadingNote
        )
      ) : (
        <>
          <fieldset class="filters">
            <legend>{t('options.history.filters')}</legend>
            <div class="row">
              <div class="field">
                <label for="hf-area">{t('options.history.area')}</label>
                <select
                  id="hf-area"
                  value={filter.value.area}
                  onChange={(e) => setFilter({ area: e.currentTarget.value as Area | '' })}
                >
                  <option value="">{t('options.history.any')}</option>
                  {AREAS.map((a) => (
                    <option key={a} value={a}>
                      {t(`area.${a}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="hf-roller">{t('options.history.roller')}</label>
                <select
                  id="hf-roller"
                  value={filter.value.rollerId}
                  onChange={(e) => setFilter({ rollerId: e.currentTarget.value })}
                >
                  <option value="">{t('options.history.any')}</option>
                  {rollers.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                  <option value="none">{t('log.noRoller')}</option>
                </select>
              </div>
              <div class="field">
                <label for="hf-needle">{t('options.history.needle')}</label>
                <select
                  id="hf-needle"
                  value={filter.value.needleMm}
                  onChange={(e) => setFilter({ needleMm: e.currentTarget.value })}
                >
                  <option value="">{t('options.history.any')}</option>
                  {lengths.map((mm) => (
                    <option key={mm} value={String(mm)}>
                      {formatMm(mm)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="hf-from">{t('options.history.from')}</label>
                <input
                  id="hf-from"
                  type="date"
                  value={filter.value.from}
                  onInput={(e) => setFilter({ from: e.currentTarget.value })}
                />
              </div>
              <div class="field">
                <label for="hf-to">{t('options.history.to')}</label>
                <input
                  id="hf-to"
                  type="date"
                  value={filter.value.to}
                  onInput={(e) => setFilter({ to: e.currentTarget.value })}
                />
              </div>
              <div class="field">
                <label for="hf-sort">{t('options.history.sort')}</label>
                <select
                  id="hf-sort"
                  value={filter.value.sort}
                  onChange={(e) => setFilter({ sort: e.currentTarget.value as HistoryFilter['sort'] })}
                >
                  {(['when-desc', 'when-asc', 'area', 'needle'] as const).map((k) => (
                    <option key={k} value={k}>
                      {t(`options.history.sort.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </fieldset>
          <p class="muted" data-testid="history-count" aria-live="polite">
            {t('options.history.count', {
              shown: formatNumber(shown.length),
              total: formatNumber(total),
            })}
          </p>
          {readingNote}
          {rows.value.length === 0 ? (
            <p>{t('options.history.empty')}</p>
          ) : (
            <table class="history" data-testid="history-table">
              <thead>
                <tr>
                  <th scope="col">{t('options.history.col.when')}</th>
                  <th scope="col">{t('options.history.col.area')}</th>
                  <th scope="col">{t('options.history.col.needle')}</th>
                  <th scope="col">{t('options.history.col.roller')}</th>
                  <th scope="col">{t('options.history.col.bleeding')}</th>
                  <th scope="col">{t('options.history.col.findings')}</th>
                  <th scope="col">{t('options.history.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((s) =>
                  editing.value === s.id ? (
                    <tr key={s.id}>
                      <td colSpan={7}>
                        {!full ? (
                          readingNote
                        ) : Editor ? (
                          <Editor
                            state={state}
                            session={s}
                            now={now}
                            tz={tz}
                            onClose={() => (editing.value = null)}
                          />
                        ) : (
                          loadingNote
                        )}
                      </td>
                    </tr>
                  ) : (
                    <tr key={s.id} data-session={s.id}>
                      <td>{formatDate(parseInstant(s.when), tz, 'datetime')}</td>
                      <td>{t(`area.${s.area}`)}</td>
                      <td>{formatMm(s.needleMm)}</td>
                      <td>{s.rollerId ? (rollersById.get(s.rollerId)?.name ?? '—') : '—'}</td>
                      <td>{t(`log.bleeding.${s.bleeding ?? 'unrecorded'}`)}</td>
                      <td class="findings-cell">
                        {s.findings
                          .filter((f) => f.severity !== 'info')
                          .map((f, i) => (
                            <div key={i} class={`mini-finding ${f.severity}`} title={findingText(f, tz)}>
                              {t(`finding.severity.${f.severity}`)}: {findingText(f, tz).slice(0, 60)}
                              {findingText(f, tz).length > 60 ? '…' : ''} (
                              {f.acknowledgedAt
                                ? t('options.history.acknowledged')
                                : t('options.history.notAcknowledged')}
                              ) <SourceRefs ids={f.sources} />
                            </div>
                          ))}
                      </td>
                      <td>
                        <div class="row">
                          <button
                            type="button"
                            aria-label={rowAction(t('options.history.edit'), s, tz)}
                            onClick={() => (editing.value = s.id)}
                          >
                            {t('options.history.edit')}
                          </button>
                          <button
                            type="button"
                            aria-label={rowAction(t('options.history.delete'), s, tz)}
                            onClick={() => void remove(s)}
                          >
                            {t('options.history.delete')}
                          </button>
                        </div>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          )}
          {pageCount > 1 ? (
            <nav
              class="row pager"
              aria-label={t('options.history.page', { page: current + 1, pages: pageCount })}
            >
              <button type="button" disabled={current === 0} onClick={() => (page.value = current - 1)}>
                {t('options.history.prev')}
              </button>
              <span>{t('options.history.page', { page: current + 1, pages: pageCount })}</span>
              <button type="button" disabled={current >= pageCount - 1} onClick={() => void next()}>
                {t('options.history.next')}
              </button>
            </nav>
          ) : null}
          {more > 0 ? (
            <p>
              <button type="button" data-testid="history-older" onClick={() => void readOlder()}>
                {t('options.history.older')}
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

/** A row's button named with its session (its visible word first), so a list of them can be told apart. */
function rowAction(action: string, s: Session, tz: string): string {
  return t('options.history.rowAction', {
    action,
    when: formatDate(parseInstant(s.when), tz, 'datetime'),
    area: t(`area.${s.area}`),
  });
}
