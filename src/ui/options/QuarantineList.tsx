import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { asideField, asideRecord, asideValue, asideWhy } from '../shared/aside-words';
import { download } from '../shared/download';
import { showToast } from '../shared/Toast';

/** What is in quarantine, in words: which record, which field, why; download the raw JSON or discard. */
export function QuarantineList({ state, tz, now }: { state: AppState; tz: string; now: () => number }) {
  const entries = state.quarantine.value;
  if (entries.length === 0) return null;
  const save = () => {
    const stamp = new Date(now()).toISOString().slice(0, 10);
    download(
      `roller-coach-set-aside-${stamp}.json`,
      `${JSON.stringify({ format: 'roller-coach-set-aside', entries }, null, 2)}\n`,
      'application/json',
    );
  };
  const discard = async () => {
    await state.repo.clearQuarantine();
    showToast({ text: t('aside.discarded') });
  };
  return (
    <div id="quarantine" class="quarantine" data-testid="quarantine">
      <h3>{t('aside.title')}</h3>
      <p>{t('aside.intro')}</p>
      <table class="quarantine-list">
        <thead>
          <tr>
            <th scope="col">{t('aside.col.record')}</th>
            <th scope="col">{t('aside.col.field')}</th>
            <th scope="col">{t('aside.col.why')}</th>
            <th scope="col">{t('aside.col.value')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={i} data-testid="quarantine-entry">
              <td>{asideRecord(e, tz)}</td>
              <td>{asideField(e)}</td>
              <td>{asideWhy(e)}</td>
              <td>
                <code>{asideValue(e.raw)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" class="primary" onClick={save} data-testid="quarantine-download">
          {t('aside.download')}
        </button>
        <button
          type="button"
          class="danger-button"
          onClick={() => void discard()}
          data-testid="quarantine-discard"
        >
          {t('app.quarantine.discard')}
        </button>
      </div>
    </div>
  );
}
