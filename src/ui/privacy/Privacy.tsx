import type { MessageKey } from '../../i18n/en';
import { enPhotosPrivacy } from '../../i18n/en-photos-privacy';
import { addEnglish, isMessageKey, t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { DataNotices } from '../shared/DataNotices';
import { Disclaimer } from '../shared/Disclaimer';
import { type ManifestPermissions, permissionKey, permissionList } from './permissions';
import '../../i18n/packs/privacy';

addEnglish(enPhotosPrivacy);

function Permission({ id, name }: { id: string; name: string }) {
  const label = `privacy.perm.${id}`;
  const why = `${label}.why`;
  return (
    <div data-permission={name}>
      <dt>
        {isMessageKey(label) ? t(label as MessageKey) : name} <code>{name}</code>
      </dt>
      {isMessageKey(why) ? <dd>{t(why as MessageKey)}</dd> : null}
    </div>
  );
}

/**
 * What is stored, where, for how long, what each permission is for; nothing leaves the machine.
 * The permissions are read from the extension's own manifest, so the page lists exactly what the
 * browser was asked for.
 */
export function Privacy({
  manifest,
  state,
}: {
  manifest: ManifestPermissions;
  state?: Pick<AppState, 'loadError' | 'quarantine'>;
}) {
  const list = permissionList(manifest);
  return (
    <div class="options">
      <header>
        <h1>{t('privacy.title')}</h1>
      </header>
      <main>
        {state ? <DataNotices state={state} where="options" /> : null}
        <section aria-labelledby="p-where">
          <h2 id="p-where">{t('privacy.where')}</h2>
          <p>{t('privacy.whereText')}</p>
          <ul>
            <li>{t('privacy.what.rollers')}</li>
            <li>{t('privacy.what.sessions')}</li>
            <li>{t('privacy.what.profile')}</li>
            <li>{t('privacy.what.settings')}</li>
            <li>{t('privacy.what.derived')}</li>
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
          <h3>{t('privacy.storageLimit')}</h3>
          <p>{t('privacy.storageLimitText')}</p>
        </section>
        <section aria-labelledby="p-net">
          <h2 id="p-net">{t('privacy.network')}</h2>
          <p>{t('privacy.networkText')}</p>
        </section>
        <section aria-labelledby="p-perm">
          <h2 id="p-perm">{t('privacy.permissions')}</h2>
          <h3>{t('privacy.perm.required')}</h3>
          <dl class="permissions" data-testid="permissions-required">
            {list.required.map((p) => (
              <Permission key={p} id={p} name={p} />
            ))}
            {list.hosts.length > 0 ? (
              <div data-permission="hosts">
                <dt>{t('privacy.perm.hosts')}</dt>
                <dd>
                  {t('privacy.perm.hosts.why')}
                  <details>
                    <summary>{tp('privacy.hosts.count', list.hosts.length)}</summary>
                    <ul class="hosts" data-testid="permission-hosts">
                      {list.hosts.map((h) => (
                        <li key={h}>
                          <code>{h}</code>
                        </li>
                      ))}
                    </ul>
                  </details>
                </dd>
              </div>
            ) : null}
          </dl>
          {manifest.web_accessible_resources ? (
            <p data-testid="web-accessible">{t('privacy.webAccessible')}</p>
          ) : null}
          {list.optional.length > 0 ? (
            <>
              <h3>{t('privacy.perm.optional')}</h3>
              <dl class="permissions" data-testid="permissions-optional">
                {list.optional.map((p) => (
                  <Permission key={p} id={permissionKey(p)} name={p} />
                ))}
              </dl>
            </>
          ) : null}
        </section>
        <Disclaimer />
      </main>
    </div>
  );
}
