import { BANDS } from '../../core/bands';
import { effectiveRules } from '../../core/rules';
import { formatMm, t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { DataNotices } from '../shared/DataNotices';
import { Disclaimer } from '../shared/Disclaimer';
import { SourceList, SourceRefs } from '../shared/SourceList';

function RulesTable({ state }: { state: AppState }) {
  const rules = effectiveRules(state.settings.value.ruleOverrides);
  return (
    <table class="rules" data-testid="rules-table">
      <caption class="visually-hidden">{t('options.rules')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('options.rules.band')}</th>
          <th scope="col">{t('options.rules.verdict')}</th>
          <th scope="col">{t('options.rules.interval')}</th>
          <th scope="col">{t('options.rules.extended')}</th>
          <th scope="col">{t('options.rules.cap')}</th>
          <th scope="col">{t('options.rules.sources')}</th>
        </tr>
      </thead>
      <tbody>
        {BANDS.map((b) => (
          <tr key={b.id} data-band={b.id}>
            <th scope="row">{t(`band.${b.id}`)}</th>
            <td>
              {t(
                b.id === 'professional' || b.id === 'do-not-use' ? `verdict.${b.id}` : `verdict.${b.verdict}`,
              )}
            </td>
            <td>
              {rules[`interval.${b.id}`].value}
              {b.intervalIsProposal ? <span class="tag"> ({t('options.rules.proposal')})</span> : null}
            </td>
            <td>{rules[`interval-extended.${b.id}`].value}</td>
            <td>{rules[`weekly-cap.${b.id}`].value}</td>
            <td>
              <SourceRefs ids={b.sources} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The options page: its sections grow with the options issue; this is the frame they fill. */
export function Options({ state }: { state: AppState }) {
  if (!state.ready.value) return <p aria-busy="true">{t('app.loading')}</p>;
  const rollers = state.rollers.value;
  return (
    <div class="options">
      <header>
        <h1>{t('options.title')}</h1>
        <nav aria-label={t('options.nav')}>
          <a href="#rollers">{t('options.rollers')}</a> · <a href="#rules">{t('options.rules')}</a> ·{' '}
          <a href="#data">{t('options.data')}</a> · <a href="#sources">{t('options.sources')}</a>
        </nav>
      </header>
      <main>
        <DataNotices state={state} canDiscard />
        <section id="rollers" aria-labelledby="rollers-h">
          <h2 id="rollers-h">{t('options.rollers')}</h2>
          {rollers.length === 0 ? (
            <p class="muted">{t('options.rollers.empty')}</p>
          ) : (
            <ul data-testid="roller-list">
              {rollers.map((r) => (
                <li key={r.id}>
                  {r.name}, {formatMm(r.needleMm)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section id="rules" aria-labelledby="rules-h">
          <h2 id="rules-h">{t('options.rules')}</h2>
          <p>{t('options.rules.intro')}</p>
          <RulesTable state={state} />
        </section>
        <section id="data" aria-labelledby="data-h">
          <h2 id="data-h">{t('options.data')}</h2>
          <p data-testid="data-summary">
            {t('options.data.summary', {
              sessions: tp('count.sessions', state.sessions.value.length),
              rollers: tp('count.rollers', rollers.length),
            })}
          </p>
        </section>
        <section id="sources" aria-labelledby="sources-h">
          <h2 id="sources-h">{t('options.sources')}</h2>
          <SourceList />
        </section>
        <Disclaimer />
      </main>
    </div>
  );
}
