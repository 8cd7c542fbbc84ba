import type { ReportData } from '../../core/report';
import { formatMm, t } from '../../i18n/i18n';
import { formatDay } from './format';
import '../../i18n/packs/options';
import '../../i18n/packs/report';

/**
 * Devices: type, length, brand and link, material, first use, uses, cleaning, replaced on. Until
 * the devices' whole lives are read (`usesKnown`), uses and wear are shown as not counted yet.
 */
export function ReportDevices({
  devices,
  usesKnown = true,
}: {
  devices: ReportData['devices'];
  usesKnown?: boolean;
}) {
  return (
    <div>
      <h2>{t('report.devices')}</h2>
      <ul class="compact" data-testid="report-devices">
        {devices.length === 0 ? <li>{t('report.devices.none')}</li> : null}
        {devices.map(({ roller: r, uses, worn }) => (
          <li key={r.id}>
            <strong>{r.name}</strong>
            {': '}
            {[
              t(`roller.kind.${r.kind}`),
              formatMm(r.needleMm),
              r.brand,
              r.material ? t(`options.rollers.material.${r.material}`) : null,
              t('report.devices.firstUse', { date: formatDay(r.firstUse) }),
              usesKnown ? t('report.devices.uses', { uses }) : t('report.devices.usesCounting'),
              r.cleaning ? t('report.devices.cleaning', { value: r.cleaning }) : null,
              r.replacedOn ? t('report.devices.replaced', { date: formatDay(r.replacedOn) }) : null,
              worn && !r.replacedOn ? t('report.devices.worn') : null,
            ]
              .filter(Boolean)
              .join(', ')}
            {r.link ? <span class="link-text"> · {r.link}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
