import { EXPECTED_EFFECT_IDS, EXPECTED_SOURCES, SEE_DOCTOR_EFFECT_IDS } from '../../core/side-effects';
import { t } from '../../i18n/i18n';
import { SourceRefs } from './SourceList';

/** The reference's lists, section 3: what is expected after a session and when to see a doctor. */
export function AfterEffectsLists() {
  return (
    <div class="after-effects" data-testid="after-effects">
      <h3>{t('effects.expected')}</h3>
      <ul class="compact">
        {EXPECTED_EFFECT_IDS.map((id) => (
          <li key={id}>{t(`effect.${id}`)}</li>
        ))}
      </ul>
      <p class="muted small">
        {t('effects.cosmeticBleeding')} <SourceRefs ids={EXPECTED_SOURCES} />
      </p>
      <h3>{t('effects.seeDoctor')}</h3>
      <ul class="compact see-doctor">
        {SEE_DOCTOR_EFFECT_IDS.map((id) => (
          <li key={id}>{t(`effect.${id}`)}</li>
        ))}
        <li>{t('effect.long-redness')}</li>
      </ul>
      <p class="muted small">
        <SourceRefs ids={['skinpen-den160029', 'soltani-2014', 'friedmann-2024', 'clinic-aftercare']} />
      </p>
    </div>
  );
}

/** The lists behind a disclosure, reachable at any time from the popup. */
export function AfterEffectsInfo() {
  return (
    <details class="after-effects-info">
      <summary>{t('effects.title')}</summary>
      <AfterEffectsLists />
      <NeverRollOver />
    </details>
  );
}

/** Where never to roll (reference, section 2). */
export function NeverRollOver() {
  return (
    <p class="never-roll-over" data-testid="never-roll-over">
      <strong>{t('check.neverRollOver')}:</strong> {t('neverRollOver.list')}{' '}
      <SourceRefs ids={['skinpen-den160029', 'clinic-aftercare']} />
    </p>
  );
}
