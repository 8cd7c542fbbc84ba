import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { LazyPhotos } from '../photos/LazyPhotos';
import { BackupReminder } from '../shared/BackupReminder';
import { DataNotices } from '../shared/DataNotices';
import { Disclaimer } from '../shared/Disclaimer';
import { SourceList } from '../shared/SourceList';
import { Toast } from '../shared/Toast';
import { DataSection } from './DataSection';
import { DataTools, exportBackup } from './DataTools';
import { DisplaySection } from './DisplaySection';
import { HistorySection } from './HistorySection';
import { ProductsSection } from './ProductsSection';
import { ProfileSection } from './ProfileSection';
import { RollersSection } from './RollersSection';
import { RulesSection } from './RulesSection';
import '../../i18n/packs/options';
import '../../i18n/packs/privacy';
import '../../i18n/packs/report';

export interface OptionsProps {
  state: AppState;
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

/** The options page: everything a user manages at leisure. */
export function Options({ state, now = () => Date.now(), tz = 'UTC', dataTools }: OptionsProps) {
  if (!state.ready.value) return <p aria-busy="true">{t('app.loading')}</p>;
  const nowMs = now();
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
        <DataNotices state={state} />
        <BackupReminder state={state} now={now} tz={tz} />
        <RollersSection state={state} nowMs={nowMs} tz={tz} />
        <ProfileSection state={state} now={now} tz={tz} />
        <ProductsSection state={state} />
        <HistorySection state={state} now={now} tz={tz} />
        <LazyPhotos state={state} now={now} tz={tz} />
        <RulesSection state={state} now={now} />
        <DisplaySection state={state} />
        <DataSection
          state={state}
          exportSlot={dataTools ?? <DataTools state={state} now={now} tz={tz} />}
          onExport={() => void exportBackup(state, now(), tz)}
          now={now}
          tz={tz}
        />
        <section id="sources" aria-labelledby="sources-h">
          <h2 id="sources-h">{t('options.sources')}</h2>
          <SourceList />
        </section>
        <p>
          <a href="privacy.html">{t('privacy.link')}</a> · <a href="report.html">{t('report.pageTitle')}</a>
        </p>
        <Disclaimer />
      </main>
      <Toast />
    </div>
  );
}
