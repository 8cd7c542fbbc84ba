import { useSignal } from '@preact/signals';
import { csvFileName, sessionsToCsv } from '../../core/csv';
import type { ImportFile } from '../../core/import-file';
import { parseImportText } from '../../core/import-file';
import { checkImportSize, describeIssue, type ImportIssue } from '../../core/import-issues';
import { type ImportPreview, previewImport } from '../../core/import-merge';
import type { MessageKey } from '../../i18n/en';
import { t } from '../../i18n/i18n';
import { applyImport } from '../../store/import';
import type { AppState } from '../../store/state';
import { exportPhotosIfTicked, importIfPhotoBackup } from '../photos/hooks';
import { LazyBackupTick, PhotoImportNotice } from '../photos/LazyPhotos';
import { download, exportBackup, snapshot } from '../shared/download';
import { showToast } from '../shared/Toast';
import '../../i18n/packs/options';
import '../../i18n/packs/data';

const translate = (k: string, p?: Record<string, string | number>) => t(k as MessageKey, p);

export { exportBackup };

/** Export (JSON backup, CSV, printable report) and import with a preview, merge or replace. */
export function DataTools({ state, now, tz }: { state: AppState; now: () => number; tz: string }) {
  const errors = useSignal<ImportIssue[]>([]);
  const warnings = useSignal<ImportIssue[]>([]);
  const pending = useSignal<{ name: string; file: ImportFile; preview: ImportPreview } | null>(null);
  const busy = useSignal(false);

  const onFile = async (file: File | undefined) => {
    errors.value = [];
    warnings.value = [];
    pending.value = null;
    if (!file) return;
    // A photo file (written next to the backup when photos were ticked) is restored on its own.
    if (await importIfPhotoBackup(file)) return;
    const tooBig = checkImportSize(file.size);
    if (tooBig) {
      errors.value = [tooBig];
      return;
    }
    // A file can become unreadable after it was chosen (moved, deleted, on a drive that went
    // away): Firefox reads the chosen file only now, and rejects with an AbortError.
    let text: string;
    try {
      text = await file.text();
    } catch {
      errors.value = [{ key: 'import.error.unreadable', params: {} }];
      return;
    }
    const current = snapshot(state);
    const r = parseImportText(text, {
      nowMs: now(),
      tz,
      current,
      csv: file.name.toLowerCase().endsWith('.csv'),
    });
    if (!r.ok) {
      errors.value = r.errors;
      return;
    }
    warnings.value = r.warnings;
    pending.value = { name: file.name, file: r.data, preview: previewImport(current, r.data.backup) };
  };

  const apply = async (mode: 'merge' | 'replace') => {
    const p = pending.value;
    if (!p) return;
    busy.value = true;
    try {
      const r = await applyImport(p.file.backup, mode, { now });
      if (!r.ok) {
        errors.value = r.errors;
        return;
      }
      pending.value = null;
      showToast({ text: t('data.imported', { sessions: r.counts.sessions, rollers: r.counts.rollers }) });
    } finally {
      busy.value = false;
    }
  };

  const p = pending.value;
  return (
    <div class="data-tools">
      <h3>{t('data.export')}</h3>
      <div class="actions">
        <button
          type="button"
          onClick={() => {
            void exportBackup(state, now(), tz);
            void exportPhotosIfTicked(now(), tz);
          }}
          data-testid="export-json"
        >
          {t('data.exportJson')}
        </button>
        <button
          type="button"
          data-testid="export-csv"
          onClick={() =>
            download(
              csvFileName(now(), tz),
              sessionsToCsv(state.sessions.value, state.rollers.value),
              'text/csv;charset=utf-8',
            )
          }
        >
          {t('data.exportCsv')}
        </button>
        <a class="button" href="report.html" target="_blank" rel="noreferrer">
          {t('data.openReport')}
        </a>
      </div>
      <LazyBackupTick now={now} tz={tz} />
      <h3>{t('data.import')}</h3>
      <p class="muted">{t('data.importIntro')}</p>
      <label>
        {t('data.importFile')}
        <input
          type="file"
          accept=".json,.jsonl,.csv,application/json,text/csv"
          data-testid="import-file"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </label>
      <PhotoImportNotice />
      {errors.value.length > 0 ? (
        <div class="notice error" role="alert" data-testid="import-errors">
          <p>
            <strong>{t('data.importRefused')}</strong>
          </p>
          <ul>
            {errors.value.map((e, i) => (
              <li key={i}>{describeIssue(e, translate)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {p ? (
        <div class="notice" data-testid="import-preview">
          <p>
            <strong>{t('data.previewTitle', { name: p.name })}</strong>
          </p>
          <ul>
            <li>
              {t('data.previewSessions', {
                incoming: p.preview.sessions.incoming,
                added: p.preview.sessions.added,
                identical: p.preview.sessions.identical,
                conflicts: p.preview.sessions.conflicts,
              })}
            </li>
            <li>
              {t('data.previewRollers', {
                incoming: p.preview.rollers.incoming,
                added: p.preview.rollers.added,
                identical: p.preview.rollers.identical,
                conflicts: p.preview.rollers.conflicts,
              })}
            </li>
            {p.file.kind === 'backup' && (p.preview.profile.differs || p.preview.settings.differs) ? (
              <li>{t('data.previewProfile')}</li>
            ) : null}
          </ul>
          {warnings.value.length > 0 ? (
            <ul class="muted">
              {warnings.value.map((w, i) => (
                <li key={i}>{describeIssue(w, translate)}</li>
              ))}
            </ul>
          ) : null}
          <p>{t('data.mergeOrReplace')}</p>
          <div class="actions">
            <button type="button" class="primary" disabled={busy.value} onClick={() => void apply('merge')}>
              {t('data.merge', { sessions: p.preview.after.merge.sessions })}
            </button>
            <button
              type="button"
              class="danger-button"
              disabled={busy.value}
              onClick={() => void apply('replace')}
            >
              {t('data.replace', { sessions: p.preview.after.replace.sessions })}
            </button>
            <button type="button" onClick={() => (pending.value = null)}>
              {t('options.rollers.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
