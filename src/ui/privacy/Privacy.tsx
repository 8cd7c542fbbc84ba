import { enPhotosPrivacy } from '../../i18n/en-photos-privacy';
import { addEnglish, t } from '../../i18n/i18n';
import { Disclaimer } from '../shared/Disclaimer';

addEnglish(enPhotosPrivacy);

const PERMISSIONS = ['storage', 'alarms', 'notifications', 'activeTab', 'hosts'] as const;

/** What is stored, where, for how long, what each permission is for; nothing leaves the machine. */
export function Privacy() {
  return (
    <div class="options">
      <header>
        <h1>{t('privacy.title')}</h1>
      </header>
      <main>
        <section aria-labelledby="p-where">
          <h2 id="p-where">{t('privacy.where')}</h2>
          <p>{t('privacy.whereText')}</p>
          <ul>
            <li>{t('privacy.what.rollers')}</li>
            <li>{t('privacy.what.sessions')}</li>
            <li>{t('privacy.what.profile')}</li>
            <li>{t('privacy.what.settings')}</li>
            <li>{t('privacy.what.photos')}</li>
          </ul>
        </section>
        <section aria-labelledby="p-photos">
          <h2 id="p-photos">{t('privacy.photos')}</h2>
          <p>{t('privacy.photosText')}</p>
        </section>
        <section aria-labelledby="p-long">
          <h2 id="p-long">{t('privacy.howLong')}</h2>
          <p>{t('privacy.howLongText')}</p>
        </section>
        <section aria-labelledby="p-net">
          <h2 id="p-net">{t('privacy.network')}</h2>
          <p>{t('privacy.networkText')}</p>
        </section>
        <section aria-labelledby="p-perm">
          <h2 id="p-perm">{t('privacy.permissions')}</h2>
          <dl class="permissions">
            {PERMISSIONS.map((p) => (
              <div key={p}>
                <dt>{t(`privacy.perm.${p}`)}</dt>
                <dd>{t(`privacy.perm.${p}.why`)}</dd>
              </div>
            ))}
          </dl>
        </section>
        <Disclaimer />
      </main>
    </div>
  );
}
