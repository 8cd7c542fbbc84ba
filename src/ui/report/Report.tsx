import { useSignal } from '@preact/signals';
import { CONDITIONS } from '../../core/conditions';
import { buildReport } from '../../core/report';
import { effectiveRules } from '../../core/rules';
import { isSeeDoctorEffect, seeDoctorEffectsOf } from '../../core/side-effects';
import {
  addMonthsToDay,
  DAY_MS,
  formatIsoDate,
  localDay,
  parseInstant,
  parseIsoDate,
  startOfLocalDay,
} from '../../core/time';
import { formatDate, formatMm, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { effectLabel, ruleText } from '../shared/Findings';
import { MonthChart } from './Chart';
import { ReportPhotos } from './ReportPhotos';

type Range = '3' | '6' | '12' | 'all' | 'custom';

/**
 * The printable report for a dermatologist: one to two pages for a short visit. Every printed
 * page repeats the period and "patient self-reported, not medical advice".
 */
export function Report({
  state,
  now,
  tz,
  initialRange = '6',
}: {
  state: AppState;
  now: () => number;
  tz: string;
  initialRange?: Range;
}) {
  const range = useSignal<Range>(initialRange);
  const nowMs = now();
  const today = localDay(nowMs, tz);
  const customFrom = useSignal(formatIsoDate(addMonthsToDay(today, -6)));
  const customTo = useSignal(formatIsoDate(today));
  if (!state.ready.value) return <p aria-busy="true">{t('app.loading')}</p>;

  const first = state.sessions.value[0];
  const fromDay =
    range.value === 'all'
      ? first
        ? localDay(parseInstant(first.when), tz)
        : today
      : range.value === 'custom'
        ? parseIsoDate(customFrom.value)
        : addMonthsToDay(today, -Number(range.value));
  const toDay = range.value === 'custom' ? parseIsoDate(customTo.value) : today;
  const valid = Number.isFinite(fromDay) && Number.isFinite(toDay) && fromDay <= toDay;
  const fromMs = valid ? startOfLocalDay(fromDay, tz) : nowMs;
  const toMs = valid ? startOfLocalDay(toDay + 1, tz) : nowMs;
  const rules = effectiveRules(state.settings.value.ruleOverrides);
  const data = buildReport({
    sessions: state.sessions.value,
    rollers: state.rollers.value,
    rules,
    fromMs,
    toMs,
    nowMs,
    tz,
  });
  const profile = state.profile.value;
  const period = t('report.range', { from: formatDate(fromMs, tz), to: formatDate(toMs - 1, tz) });
  const present = CONDITIONS.filter(
    (c) => profile.conditions[c.id]?.present || profile.conditions[c.id]?.date,
  );

  return (
    <div class="report">
      <div class="controls no-print">
        <label>
          {t('report.rangeLabel')}
          <select value={range.value} onChange={(e) => (range.value = e.currentTarget.value as Range)}>
            {(['3', '6', '12', 'all', 'custom'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`report.range.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {range.value === 'custom' ? (
          <>
            <label>
              {t('options.history.from')}
              <input
                type="date"
                value={customFrom.value}
                onInput={(e) => (customFrom.value = e.currentTarget.value)}
              />
            </label>
            <label>
              {t('options.history.to')}
              <input
                type="date"
                value={customTo.value}
                onInput={(e) => (customTo.value = e.currentTarget.value)}
              />
            </label>
          </>
        ) : null}
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      {/* Printed at the foot of every page: the period and the self-reported line. A table whose
          footer repeats on each page keeps room for it, so it never covers content. */}
      <div class="page-footer" data-testid="page-footer">
        {period} · {t('report.selfReported')}
      </div>
      <table class="print-frame">
        <tfoot>
          <tr>
            <td>
              <div class="footer-space" />
            </td>
          </tr>
        </tfoot>
        <tbody>
          <tr>
            <td>
              <header>
                <h1>{t('report.title')}</h1>
                <p>
                  <strong>{period}</strong> · {t('report.selfReported')}
                </p>
                <p class="muted">{t('report.generated', { date: formatDate(nowMs, tz, 'datetime') })}</p>
              </header>

              <section class="two-col">
                <div>
                  <h2>{t('report.profile')}</h2>
                  <ul class="compact" data-testid="report-profile">
                    {present.length === 0 ? <li>{t('report.profile.none')}</li> : null}
                    {present.map((c) => {
                      const a = profile.conditions[c.id];
                      const extras = [
                        a?.date && c.dateMeaning === 'last-dose'
                          ? t('report.profile.lastDose', {
                              date: formatDate(parseIsoDate(a.date) * DAY_MS + 12 * 3_600_000, 'UTC'),
                            })
                          : a?.date
                            ? formatDate(parseIsoDate(a.date) * DAY_MS + 12 * 3_600_000, 'UTC')
                            : null,
                        a?.areas.length
                          ? t('report.profile.onlyAreas', {
                              areas: a.areas.map((x) => t(`area.${x}`)).join(', '),
                            })
                          : null,
                      ].filter(Boolean);
                      return (
                        <li key={c.id}>
                          {t(`condition.${c.id}`)}
                          {extras.length ? ` (${extras.join('; ')})` : ''}
                        </li>
                      );
                    })}
                    {profile.ageBand ? (
                      <li>
                        {t('report.profile.age', { value: t(`options.profile.ageBand.${profile.ageBand}`) })}
                      </li>
                    ) : null}
                    {profile.skinType ? (
                      <li>
                        {t('report.profile.skinType', {
                          value: ['I', 'II', 'III', 'IV', 'V', 'VI'][profile.skinType - 1] ?? '',
                        })}
                      </li>
                    ) : null}
                    {profile.areas.length ? (
                      <li>
                        {t('report.profile.areas', {
                          value: profile.areas.map((a) => t(`area.${a}`)).join(', '),
                        })}
                      </li>
                    ) : null}
                  </ul>
                </div>
                <div>
                  <h2>{t('report.devices')}</h2>
                  <ul class="compact" data-testid="report-devices">
                    {data.devices.length === 0 ? <li>{t('report.devices.none')}</li> : null}
                    {data.devices.map((d) => (
                      <li key={d.roller.id}>
                        {t('report.devices.row', {
                          name: d.roller.name,
                          kind: t(`roller.kind.${d.roller.kind}`),
                          mm: formatMm(d.roller.needleMm),
                          date: formatDate(parseIsoDate(d.roller.firstUse) * DAY_MS + 12 * 3_600_000, 'UTC'),
                          uses: d.uses,
                        })}
                        {d.worn ? ` — ${t('report.devices.worn')}` : ''}
                      </li>
                    ))}
                  </ul>
                </div>
              </section>

              <section>
                <h2>{t('report.summary')}</h2>
                <table class="grid" data-testid="report-summary">
                  <thead>
                    <tr>
                      <th scope="col">{t('report.col.area')}</th>
                      <th scope="col">{t('report.col.sessions')}</th>
                      <th scope="col">{t('report.col.lengths')}</th>
                      <th scope="col">{t('report.col.shortest')}</th>
                      <th scope="col">{t('report.col.median')}</th>
                      <th scope="col">{t('report.col.rule')}</th>
                      <th scope="col">{t('report.col.short')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.areas.map((a) => (
                      <tr key={a.area} data-area={a.area}>
                        <th scope="row">{t(`area.${a.area}`)}</th>
                        <td>{a.sessions}</td>
                        <td>{a.needleLengths.map(formatMm).join(', ')}</td>
                        <td>{a.shortestGap ?? '—'}</td>
                        <td>{a.medianGap ?? '—'}</td>
                        <td>{a.ruleDays ?? '—'}</td>
                        <td class={a.shortGaps > 0 ? 'flag' : ''}>{a.shortGaps}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>

              <section class="two-col">
                <div>
                  <h2>{t('report.warnings')}</h2>
                  {data.findings.length === 0 ? (
                    <p>{t('report.warnings.none')}</p>
                  ) : (
                    <table class="grid" data-testid="report-warnings">
                      <thead>
                        <tr>
                          <th scope="col">{t('report.col.warning')}</th>
                          <th scope="col">{t('report.col.shown')}</th>
                          <th scope="col">{t('report.col.acknowledged')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.findings
                          .filter((f) => f.severity !== 'info')
                          .map((f) => (
                            <tr key={`${f.severity}-${f.code}`}>
                              <td>
                                {t(`finding.severity.${f.severity}`)}: {t(`report.code.${f.code}`)}
                              </td>
                              <td>{f.shown}</td>
                              <td>{f.acknowledged}</td>
                            </tr>
                          ))}
                      </tbody>
                    </table>
                  )}
                </div>
                <div>
                  <h2>{t('report.loosened')}</h2>
                  <ul class="compact" data-testid="report-loosened">
                    {data.loosened.length === 0 && data.loosenedEarlier.length === 0 ? (
                      <li>{t('report.loosened.none')}</li>
                    ) : null}
                    {data.loosenedEarlier.map((r) => (
                      <li key={`earlier-${r.rule}`} data-earlier="true">
                        {t('report.loosened.before', {
                          rule: `${ruleText(r.rule, { ...rules, [r.rule]: { ...rules[r.rule], value: r.value } })} (${r.default})`,
                        })}
                      </li>
                    ))}
                    {data.loosened.map((r) => (
                      <li key={r.def.id}>
                        {t('report.loosened.row', {
                          rule: ruleText(r.def.id, rules),
                          default: r.def.defaultValue,
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              </section>

              {data.perMonth.length > 0 ? (
                <section class="keep">
                  <h2>{t('report.chart')}</h2>
                  <MonthChart data={data} />
                </section>
              ) : null}

              <section>
                <h2>{t('report.sideEffects')}</h2>
                {data.sideEffects.length === 0 ? (
                  <p>{t('report.sideEffects.none')}</p>
                ) : (
                  <ul class="compact columns" data-testid="report-side-effects">
                    {data.sideEffects.map((s) => (
                      <li key={s.id}>
                        {formatDate(parseInstant(s.when), tz)}, {t(`area.${s.area}`)}:{' '}
                        {[
                          s.bleeding !== 'none'
                            ? `${t('log.bleeding')} ${t(`log.bleeding.${s.bleeding}`).toLowerCase()}`
                            : null,
                          s.pain !== undefined ? `${t('report.col.pain')} ${s.pain}/10` : null,
                          s.rednessHours !== undefined && s.rednessHours > 0
                            ? `${t('redness.legend')}: ${t('redness.hours', { hours: s.rednessHours })}`
                            : null,
                          ...s.sideEffects.map((e) =>
                            isSeeDoctorEffect(e)
                              ? `${effectLabel(e)} (${t('effects.seeDoctor')})`
                              : effectLabel(e),
                          ),
                          ...(seeDoctorEffectsOf({ rednessHours: s.rednessHours }).length > 0
                            ? [`${effectLabel('long-redness')} (${t('effects.seeDoctor')})`]
                            : []),
                        ]
                          .filter(Boolean)
                          .join(', ')}
                      </li>
                    ))}
                  </ul>
                )}
              </section>

              <section>
                <h2>{t('report.sessions')}</h2>
                {data.sessions.length === 0 ? (
                  <p>{t('report.sessions.none')}</p>
                ) : (
                  <table class="grid sessions" data-testid="report-sessions">
                    <thead>
                      <tr>
                        <th scope="col">{t('report.col.when')}</th>
                        <th scope="col">{t('report.col.area')}</th>
                        <th scope="col">{t('report.col.needle')}</th>
                        <th scope="col">{t('report.col.bleeding')}</th>
                        <th scope="col">{t('report.col.pain')}</th>
                        <th scope="col">{t('report.col.products')}</th>
                        <th scope="col">{t('report.col.sideEffects')}</th>
                        <th scope="col">{t('report.col.findings')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.sessions.map((s) => (
                        <tr key={s.id}>
                          <td>{formatDate(parseInstant(s.when), tz)}</td>
                          <td>{t(`area.${s.area}`)}</td>
                          <td>{formatMm(s.needleMm)}</td>
                          <td>{t(`log.bleeding.${s.bleeding}`)}</td>
                          <td>{s.pain ?? ''}</td>
                          <td class="clip" title={s.products.join(', ')}>
                            {s.products.join(', ')}
                          </td>
                          <td
                            class="clip"
                            title={[...s.sideEffects.map(effectLabel), s.notes].filter(Boolean).join('; ')}
                          >
                            {[...s.sideEffects.map(effectLabel), s.notes].filter(Boolean).join('; ')}
                          </td>
                          <td>
                            {s.findings
                              .filter((f) => f.severity !== 'info')
                              .map(
                                (f) =>
                                  `${t(`report.code.${f.code}`)} (${f.acknowledgedAt ? t('report.yes') : t('report.no')})`,
                              )
                              .join('; ')}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
              <ReportPhotos state={state} tz={tz} />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
