import type { ReportData } from '../../core/report';
import type { EffectiveRules } from '../../core/rules';
import { t } from '../../i18n/i18n';
import { ruleText } from '../shared/Findings';
import '../../i18n/packs/report';

/** Warnings shown at logging (and how many were acknowledged), and every rule loosened in the period. */
export function ReportFindings({ data, rules }: { data: ReportData; rules: EffectiveRules }) {
  const shown = data.findings.filter((f) => f.severity !== 'info');
  return (
    <section class="two-col">
      <div>
        <h2>{t('report.warnings')}</h2>
        {shown.length === 0 ? (
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
              {shown.map((f) => (
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
          {data.loosened.map((r) => (
            <li key={r.def.id}>
              {t('report.loosened.row', { rule: ruleText(r.def.id, rules), default: r.def.defaultValue })}
            </li>
          ))}
          {data.loosenedEarlier.map((r) => (
            <li key={`earlier-${r.rule}`} data-earlier="true">
              {t('report.loosened.before', {
                rule: `${ruleText(r.rule, { ...rules, [r.rule]: { ...rules[r.rule], value: r.value } })} (${r.default})`,
              })}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
