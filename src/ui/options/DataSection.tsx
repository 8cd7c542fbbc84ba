import { useSignal } from '@preact/signals';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../core/schemas';
import { t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { deletePhotosOnDeleteAll } from '../photos/hooks';
import { showToast } from '../shared/Toast';
import { BackupStatus } from './BackupStatus';
import { QuarantineList } from './QuarantineList';
import '../../i18n/packs/options';

/** Export, import, and "delete all data" behind a typed confirmation (with an export offered first). */
export function DataSection({
  state,
  exportSlot,
  onExport,
  now = () => Date.now(),
  tz = 'UTC',
}: {
  state: AppState;
  exportSlot?: preact.ComponentChildren;
  onExport?: () => void;
  now?: () => number;
  tz?: string;
}) {
  const confirm = useSignal('');
  const open = useSignal(false);
  const word = t('options.data.deleteAllWord');
  const deleteAll = async () => {
    await state.repo.replaceAll({
      profile: DEFAULT_PROFILE,
      settings: DEFAULT_SETTINGS,
      rollers: [],
      sessions: [],
    });
    await state.repo.clearQuarantine();
    const photosFailed = await deletePhotosOnDeleteAll();
    confirm.value = '';
    open.value = false;
    showToast({
      text: photosFailed ? t('photos.deleteAllFailed', { message: photosFailed }) : t('options.data.deleted'),
    });
  };
  return (
    <section id="data" aria-labelledby="data-h">
      <h2 id="data-h">{t('options.data')}</h2>
      <p data-testid="data-summary">
        {t('options.data.summary', {
          sessions: tp('count.sessions', state.sessions.value.length),
          rollers: tp('count.rollers', state.rollers.value.length),
        })}
      </p>
      <BackupStatus state={state} tz={tz} />
      <QuarantineList state={state} tz={tz} now={now} />
      {exportSlot}
      <div class="danger">
        {open.value ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (confirm.value.trim() === word) void deleteAll();
            }}
          >
            <p>{t('options.data.deleteAllIntro')}</p>
            {onExport ? (
              <p>
                <button type="button" onClick={onExport}>
                  {t('data.exportFirst')}
                </button>
              </p>
            ) : null}
            <label>
              {t('options.data.deleteAllType', { word })}
              <input
                name="confirm"
                autoComplete="off"
                value={confirm.value}
                onInput={(e) => (confirm.value = e.currentTarget.value)}
              />
            </label>
            <div class="actions">
              <button type="button" onClick={() => (open.value = false)}>
                {t('options.rollers.cancel')}
              </button>
              <button type="submit" class="danger-button" disabled={confirm.value.trim() !== word}>
                {t('options.data.deleteAllConfirm')}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" class="danger-button" onClick={() => (open.value = true)}>
            {t('options.data.deleteAll')}
          </button>
        )}
      </div>
    </section>
  );
}
