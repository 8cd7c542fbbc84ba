import { t } from '../../i18n/i18n';
import { isQuotaError } from '../../store/errors';
import { showToast } from './Toast';

/** Why a write failed, in words: the reason to put after "Nothing was saved:". */
export function writeFailureReason(e: unknown): string {
  if (isQuotaError(e)) return t('storage.full');
  return t('storage.refused', { message: String((e as Error)?.message ?? e).slice(0, 200) });
}

/** The whole sentence: nothing was saved, why, what to do. */
export function writeFailureText(e: unknown): string {
  return t('storage.notSaved', { reason: writeFailureReason(e) });
}

/**
 * A save that fails where no form catches it (a toggle, a settings change) still tells the user:
 * a full storage is announced in words, never lost in the console. Returns the unsubscribe.
 */
export function followWriteFailures(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
) {
  const onRejection = (event: PromiseRejectionEvent) => {
    if (!isQuotaError(event.reason)) return;
    event.preventDefault();
    showToast({ text: writeFailureText(event.reason) }, 20_000);
  };
  target.addEventListener('unhandledrejection', onRejection);
  return () => target.removeEventListener('unhandledrejection', onRejection);
}
