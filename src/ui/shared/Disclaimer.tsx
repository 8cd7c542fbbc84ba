import { t } from '../../i18n/i18n';

/** The not-medical-advice line every surface that gives advice carries. */
export function Disclaimer() {
  return (
    <p class="disclaimer" data-testid="disclaimer">
      {t('app.notMedicalAdvice')} {t('app.privacy')}
    </p>
  );
}
