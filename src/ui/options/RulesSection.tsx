import { useSignal } from '@preact/signals';
import { rulesFor } from '../../core/assessment-context';
import { BANDS, type Band } from '../../core/bands';
import { isLooser, RULES, type RuleDef, type RuleId, type RuleOverride } from '../../core/rules';
import { issuesOf, settingsSchema } from '../../core/schemas';
import { t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { FieldError } from '../shared/FieldError';
import { ruleText, ruleWhy } from '../shared/Findings';
import { verdictKey } from '../shared/RollerFields';
import { SourceRefs } from '../shared/SourceList';
import { showToast } from '../shared/Toast';
import '../../i18n/packs/options';

type Draft = Partial<Record<RuleId, { value: string; ack: boolean }>>;

function toDraft(overrides: Partial<Record<RuleId, RuleOverride>>): Draft {
  const d: Draft = {};
  for (const [id, o] of Object.entries(overrides) as [RuleId, RuleOverride][])
    d[id] = { value: String(o.value), ack: !!o.looserAcknowledgedAt };
  return d;
}

/**
 * The default rule table with sources. Stricter values are free; a looser value needs an
 * explicit acknowledgement, and is then marked wherever it applies and listed in every report.
 */
export function RulesSection({ state, now }: { state: AppState; now: () => number }) {
  const draft = useSignal<Draft | null>(null);
  const errors = useSignal<Record<string, string>>({});
  const stored = state.settings.value.ruleOverrides;
  const d = draft.value ?? toDraft(stored);
  const rules = rulesFor(state.settings.value);

  const set = (id: RuleId, patch: Partial<{ value: string; ack: boolean }>) => {
    const cur = d[id] ?? { value: String(rules[id].value), ack: false };
    draft.value = { ...d, [id]: { ...cur, ...patch } };
  };

  const save = async () => {
    const overrides: Partial<Record<RuleId, RuleOverride>> = {};
    for (const [id, v] of Object.entries(d) as [RuleId, { value: string; ack: boolean }][]) {
      if (v.value.trim() === '') continue;
      const value = Number(v.value.replace(',', '.'));
      const def = RULES.find((r) => r.id === id) as RuleDef;
      if (value === def.defaultValue) continue;
      const prev = stored[id];
      overrides[id] = {
        value,
        ...(v.ack && isLooser(def, value)
          ? { looserAcknowledgedAt: prev?.looserAcknowledgedAt ?? new Date(now()).toISOString() }
          : {}),
      };
    }
    const next = { ...state.settings.value, ruleOverrides: overrides };
    const r = settingsSchema.safeParse(next);
    if (!r.success) {
      const e: Record<string, string> = {};
      for (const i of issuesOf(r.error)) if (i.path[0] === 'ruleOverrides') e[String(i.path[1])] ??= i.key;
      errors.value = e;
      return;
    }
    errors.value = {};
    await state.repo.update('settings', (current) => ({ ...current, ruleOverrides: r.data.ruleOverrides }));
    draft.value = null;
    showToast({ text: t('options.rules.saved') });
  };

  const row = (def: RuleDef) => {
    const entry = d[def.id];
    const text = entry?.value ?? String(rules[def.id].value);
    const value = Number(text.replace(',', '.'));
    const looser = Number.isFinite(value) && isLooser(def, value);
    const stricter = Number.isFinite(value) && value !== def.defaultValue && !looser;
    const id = `rule-${def.id}`;
    return (
      <tr key={def.id} data-rule={def.id}>
        <th scope="row">
          <label for={id}>
            {ruleText(def.id, { ...rules, [def.id]: { ...rules[def.id], value: def.defaultValue } })}
          </label>
          {def.reading === 'proposal' ? <span class="tag"> ({t('options.rules.proposal')})</span> : null}
          {ruleWhy(def.id, rules) ? <p class="muted small">{ruleWhy(def.id, rules)}</p> : null}
        </th>
        <td>
          <input
            id={id}
            class="num"
            inputMode="numeric"
            value={text}
            aria-invalid={errors.value[def.id] ? 'true' : undefined}
            aria-describedby={`${id}-err`}
            onInput={(e) => set(def.id, { value: e.currentTarget.value })}
          />
          {looser ? <span class="tag loosened"> {t('options.rules.loosened')}</span> : null}
          {stricter ? <span class="tag"> {t('options.rules.stricter')}</span> : null}
          <FieldError id={`${id}-err`} message={errors.value[def.id]} />
          {looser ? (
            <div class="looser" role="note">
              <p class="warning">{t('options.rules.looserWarning')}</p>
              <label class="check-q">
                <input
                  type="checkbox"
                  checked={!!entry?.ack}
                  onChange={(e) => set(def.id, { ack: e.currentTarget.checked })}
                />{' '}
                {t('options.rules.ackLooser')}
              </label>
            </div>
          ) : null}
        </td>
        <td>{def.defaultValue}</td>
        <td>
          <SourceRefs ids={def.sources} />
        </td>
      </tr>
    );
  };

  const rulesOfBand = (b: Band) => RULES.filter((r) => r.band === b.id);
  const bandRules = BANDS.flatMap(rulesOfBand);
  const others = RULES.filter((r) => !bandRules.includes(r));
  return (
    <section id="rules" aria-labelledby="rules-h">
      <h2 id="rules-h">{t('options.rules')}</h2>
      <p>{t('options.rules.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <table class="rules" data-testid="rules-table">
          <thead>
            <tr>
              <th scope="col">{t('options.rules')}</th>
              <th scope="col">{t('options.rules.edit')}</th>
              <th scope="col">{t('options.rules.default')}</th>
              <th scope="col">{t('options.rules.sources')}</th>
            </tr>
          </thead>
          {BANDS.map((b) => (
            <tbody key={b.id} data-band={b.id}>
              <tr>
                <th colSpan={4} scope="rowgroup" class="band-verdict">
                  {t('options.rules.bandVerdict', { band: t(`band.${b.id}`), verdict: t(verdictKey(b)) })}
                </th>
              </tr>
              {rulesOfBand(b).map(row)}
            </tbody>
          ))}
          <tbody>
            <tr>
              <th colSpan={4} scope="rowgroup">
                {t('options.rules.other')}
              </th>
            </tr>
            {others.map(row)}
          </tbody>
        </table>
        <div class="actions">
          <button type="submit" class="primary">
            {t('options.rules.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              draft.value = {};
            }}
          >
            {t('options.rules.reset')}
          </button>
        </div>
      </form>
    </section>
  );
}
