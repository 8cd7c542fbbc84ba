import type { ReportData } from '../../core/report';
import type { Session } from '../../core/schemas';
import { bled, isSeeDoctorEffect, seeDoctorEffectsOf } from '../../core/side-effects';
import { parseInstant } from '../../core/time';
import { formatDate, t } from '../../i18n/i18n';
import { effectLabel } from '../shared/Findings';
import '../../i18n/packs/report';

/** A session's after-effects in words, those that need a doctor marked. */
export function effectsText(s: Session): string {
  return [
    bled(s) ? `${t('log.bleeding')} ${t(`log.bleeding.${s.bleeding}`).toLowerCase()}` : null,
    s.pain !== undefined ? `${t('report.col.pain')} ${s.pain}/10` : null,
    s.rednessHours !== undefined && s.rednessHours > 0
      ? t('report.redness', { hours: s.rednessHours })
      : null,
    ...s.sideEffects.map((e) =>
      isSeeDoctorEffect(e) ? `${effectLabel(e)} (${t('effects.seeDoctor')})` : effectLabel(e),
    ),
    ...(seeDoctorEffectsOf({ rednessHours: s.rednessHours }).length > 0
      ? [`${effectLabel('long-redness')} (${t('effects.seeDoctor')})`]
      : []),
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * "Nothing needing attention" only where the period's sessions recorded it: otherwise how many did
 * not record bleeding or redness, so the doctor never reads an absence nobody recorded.
 */
function NoneRecorded({ sessions }: { sessions: readonly Session[] }) {
  const bleeding = sessions.filter((s) => s.bleeding === undefined).length;
  const redness = sessions.filter((s) => s.rednessHours === undefined).length;
  if (bleeding === 0 && redness === 0) return <p>{t('report.attention.none')}</p>;
  const key =
    bleeding === 0
      ? 'report.attention.unrecorded.redness'
      : redness === 0
        ? 'report.attention.unrecorded.bleeding'
        : 'report.attention.unrecorded';
  return (
    <p data-testid="report-attention-unrecorded">{t(key, { bleeding, redness, total: sessions.length })}</p>
  );
}

/** After-effects that need attention, and the products on needled skin that matched a concern. */
export function ReportAttention({ data, tz }: { data: ReportData; tz: string }) {
  return (
    <section class="two-col">
      <div>
        <h2>{t('report.attention')}</h2>
        {data.attention.length === 0 ? (
          <NoneRecorded sessions={data.sessions} />
        ) : (
          <ul class="compact" data-testid="report-side-effects">
            {data.attention.map((s) => (
              <li key={s.id}>
                {formatDate(parseInstant(s.when), tz)}, {t(`area.${s.area}`)}: {effectsText(s)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h2>{t('report.products')}</h2>
        <ul class="compact" data-testid="report-products">
          {data.productConcerns.length === 0 ? <li>{t('report.products.none')}</li> : null}
          {data.productConcerns.map((p) => (
            <li key={`${p.product}-${p.concern}`} class="flag">
              {t('report.products.row', {
                product: p.product,
                concern: t(`concern.${p.concern}`),
                matched: p.matched,
                count: p.sessions,
                date: formatDate(p.lastMs, tz),
              })}
            </li>
          ))}
          {data.unverifiedProducts.length > 0 ? (
            <li>{t('report.products.unverified', { list: data.unverifiedProducts.join(', ') })}</li>
          ) : null}
        </ul>
        <p class="muted small">{t('report.products.note')}</p>
      </div>
    </section>
  );
}
