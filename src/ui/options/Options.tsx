import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { LazyPhotos } from '../photos/LazyPhotos';
import { afterPaint } from '../shared/after-paint';
import { BackupReminder } from '../shared/BackupReminder';
import { DataNotices } from '../shared/DataNotices';
import { Disclaimer } from '../shared/Disclaimer';
import type { MonthsState } from '../shared/months-state';
import { SourceList } from '../shared/SourceList';
import { Toast } from '../shared/Toast';
import { HistorySection } from './HistorySection';
import {
  dataCode,
  displayCode,
  FIRST_PAINT,
  productsCode,
  profileCode,
  rollersCode,
  rulesCode,
  WITH_HISTORY,
} from './section-code';
import '../../i18n/packs/options';

export interface OptionsProps {
  /** The whole history. With `history`, it is read once the first history page is shown (`loadAll`). */
  state: AppState;
  /** The history's months, read a page at a time (the options page); without it, `state` is all. */
  history?: MonthsState;
  /** Starts reading the whole history into `state` (idempotent). */
  loadAll?: () => void;
  /** What roller wear is counted from once read (the summary); without it, `state`. */
  wear?: AppState;
  now?: () => number;
  tz?: string;
  /** Export and import controls (built by the data module). */
  dataTools?: preact.ComponentChildren;
}

const SECTIONS = [
  ['rollers', 'options.rollers'],
  ['profile', 'options.profile'],
  ['products', 'options.products'],
  ['history', 'options.history'],
  ['photos', 'photos.title'],
  ['rules', 'options.rules'],
  ['display', 'options.display'],
  ['data', 'options.data'],
  ['sources', 'options.sources'],
] as const;

/** A section whose facts need the whole history, until it is read (and its code is in). */
function Pending({ id, title }: { id: string; title: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} aria-busy="true">
      <h2 id={`${id}-h`}>{title}</h2>
      <p class="muted">{t('app.loading')}</p>
    </section>
  );
}

/**
 * The options page: everything a user manages at leisure. With `history`, the page shows as soon
 * as the first history page is read (and the code of the sections beside it, fetched meanwhile);
 * the sections that need the whole history (roller wear, products, photos, data and its counts,
 * the backup reminder) follow once it is read, after that first paint, their code with it.
 */
export function Options({
  state,
  history,
  loadAll,
  wear,
  now = () => Date.now(),
  tz = 'UTC',
  dataTools,
}: OptionsProps) {
  const head = history ?? state;
  // With `history`, the sections that wait for the whole history are fetched with it, after the
  // first paint; without, `state` is already all of it and every section shows at once.
  const code = history ? FIRST_PAINT : [...FIRST_PAINT, ...WITH_HISTORY];
  const shown = head.ready.value && code.every((c) => c.loaded.value !== null);
  useEffect(() => {
    for (const c of code) void c.load();
  }, []);
  // The whole history is read once the first page is painted and the page is idle (a filter
  // asks for it at once): reading it at once would delay what the user does first.
  useEffect(() => {
    if (!history || !shown || !loadAll) return;
    return afterPaint(() => {
      loadAll();
      for (const c of WITH_HISTORY) void c.load();
    });
  }, [shown]);
  // Once the whole history is read, the history section (which reads `state` itself) shows it
  // at once; the other sections follow once that is painted (an effect), so an asked-for filter
  // is not kept waiting behind roller wear and the data counts.
  const ready = state.ready.value;
  const settled = useSignal(false);
  useEffect(() => {
    if (!history || !ready) return;
    settled.value = true;
    // However the whole history came (a filter asked for it, or the idle moment), its sections' code follows.
    for (const c of WITH_HISTORY) void c.load();
  }, [ready]);
  if (!shown) return <p aria-busy="true">{t('app.loading')}</p>;
  const full = ready && (!history || settled.value);
  const nowMs = now();
  const Profile = profileCode.loaded.value;
  const Rules = rulesCode.loaded.value;
  const Display = displayCode.loaded.value;
  const Rollers = full ? rollersCode.loaded.value : null;
  const Products = full ? productsCode.loaded.value : null;
  const Data = full ? dataCode.loaded.value : null;
  return (
    <div class="options">
      <header>
        <h1>{t('options.title')}</h1>
        <nav aria-label={t('options.nav')}>
          <ul class="nav">
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <DataNotices state={full ? state : head} />
        {full ? <BackupReminder state={state} now={now} tz={tz} /> : null}
        {Rollers ? (
          <Rollers state={state} wear={wear} nowMs={nowMs} tz={tz} />
        ) : (
          <Pending id="rollers" title={t('options.rollers')} />
        )}
        {Profile ? <Profile state={full ? state : head} now={now} tz={tz} /> : null}
        {Products ? <Products state={state} /> : <Pending id="products" title={t('options.products')} />}
        <HistorySection state={state} pages={history} loadAll={loadAll} now={now} tz={tz} />
        {full ? (
          <LazyPhotos state={state} now={now} tz={tz} />
        ) : (
          <Pending id="photos" title={t('photos.title')} />
        )}
        {Rules ? <Rules state={full ? state : head} now={now} /> : null}
        {Display ? <Display state={full ? state : head} /> : null}
        {Data ? (
          <Data state={state} dataTools={dataTools} now={now} tz={tz} />
        ) : (
          <Pending id="data" title={t('options.data')} />
        )}
        <section id="sources" aria-labelledby="sources-h">
          <h2 id="sources-h">{t('options.sources')}</h2>
          <SourceList />
        </section>
        <p>
          <a href="privacy.html">{t('privacy.link')}</a> · <a href="report.html">{t('options.reportLink')}</a>
        </p>
        <Disclaimer />
      </main>
      <Toast />
    </div>
  );
}
