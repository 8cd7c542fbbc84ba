import type { Area } from '../../core/areas';
import { CONDITIONS, type ConditionDef, type ConditionGroup } from '../../core/conditions';
import { unansweredQuestions } from '../../core/safety-answers';
import type { ConditionAnswer, Profile } from '../../core/schemas';
import { parseInstant } from '../../core/time';
import { formatDate, t, tp } from '../../i18n/i18n';
import { AreaPicker } from './AreaPicker';
import { FieldError } from './FieldError';
import { SourceRefs } from './SourceList';

const AGE_BANDS = ['under-18', '18-21', '22-plus'] as const;

function QuestionRow({
  def,
  answer,
  error,
  nowIso,
  tz,
  withAreas,
  onChange,
}: {
  def: ConditionDef;
  answer: ConditionAnswer | undefined;
  error?: string | undefined;
  nowIso: string;
  tz: string;
  withAreas: boolean;
  onChange: (a: ConditionAnswer) => void;
}) {
  const label = t(`condition.${def.id}`);
  const id = `cond-${def.id}`;
  const answerWith = (patch: Partial<ConditionAnswer>) =>
    onChange({ present: false, areas: [], ...answer, ...patch, updatedAt: nowIso });
  return (
    <li class={`condition ${answer ? 'answered' : 'unanswered'}`} data-condition={def.id}>
      <fieldset class="question">
        <legend>
          {label} <SourceRefs ids={def.sources} />
        </legend>
        <label class="inline">
          <input
            type="radio"
            id={id}
            name={id}
            aria-label={`${t('safety.yes')}: ${label}`}
            checked={answer?.present === true}
            onChange={() => answerWith({ present: true })}
          />{' '}
          {t('safety.yes')}
        </label>
        <label class="inline">
          <input
            type="radio"
            name={id}
            aria-label={`${t('safety.no')}: ${label}`}
            checked={answer?.present === false}
            onChange={() => answerWith({ present: false })}
          />{' '}
          {t('safety.no')}
        </label>
        <span class={`answer-state ${answer ? 'muted' : 'warning'}`}>
          {answer
            ? answer.updatedAt
              ? t('safety.answeredOn', { date: formatDate(parseInstant(answer.updatedAt), tz) })
              : ''
            : t('safety.unanswered')}
        </span>
      </fieldset>
      {def.dateMeaning && (answer?.present || def.dateMeaning === 'last-dose') ? (
        <label class="indent">
          {t(`options.profile.date.${def.dateMeaning}`)}
          <input
            type="date"
            value={answer?.date ?? ''}
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => {
              const v = e.currentTarget.value;
              const { date: _drop, ...rest } = answer ?? { present: false, areas: [] };
              onChange({ ...rest, ...(v ? { date: v } : {}), updatedAt: nowIso });
            }}
          />
        </label>
      ) : null}
      <FieldError id={`${id}-err`} message={error} />
      {withAreas && def.perArea && answer?.present ? (
        <div class="indent">
          <AreaPicker
            selected={answer.areas}
            onChange={(areas: Area[]) => answerWith({ areas })}
            preferred={[]}
            legend={t('options.profile.onlyAreas')}
          />
        </div>
      ) : null}
    </li>
  );
}

/**
 * The contraindication questions of the reference, grouped as it groups them, each answered
 * yes or no (with the date it was answered); a question not answered says so. The age band too.
 */
export function SafetyQuestions({
  profile,
  onChange,
  nowIso,
  tz,
  errors = {},
  withAreas = true,
}: {
  profile: Profile;
  /** Gets a change to apply to the latest profile (answers given quickly in a row all count). */
  onChange: (update: (p: Profile) => Profile) => void;
  nowIso: string;
  tz: string;
  errors?: Record<string, string>;
  withAreas?: boolean;
}) {
  const unanswered = unansweredQuestions(profile).length;
  const group = (g: ConditionGroup) => (
    <fieldset class="conditions" data-group={g}>
      <legend>{t(g === 'do-not-roll' ? 'safety.doNotRoll' : 'safety.askDoctor')}</legend>
      <ul>
        {CONDITIONS.filter((c) => c.group === g).map((def) => (
          <QuestionRow
            key={def.id}
            def={def}
            answer={profile.conditions[def.id]}
            error={errors[def.id]}
            nowIso={nowIso}
            tz={tz}
            withAreas={withAreas}
            onChange={(a) => onChange((p) => ({ ...p, conditions: { ...p.conditions, [def.id]: a } }))}
          />
        ))}
      </ul>
    </fieldset>
  );
  return (
    <div class="safety-questions">
      <p class={unanswered > 0 ? 'warning' : 'muted'} role="status" data-testid="unanswered-count">
        {unanswered > 0 ? tp('safety.unansweredCount', unanswered) : t('safety.allAnswered')}
      </p>
      {group('do-not-roll')}
      {group('ask-doctor')}
      <label>
        {t('safety.ageBand')}
        <select
          name="ageBand"
          value={profile.ageBand ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value as Profile['ageBand'] | '';
            onChange((p) => {
              const { ageBand: _a, ...rest } = p;
              return v ? { ...rest, ageBand: v } : rest;
            });
          }}
        >
          <option value="">{t('safety.unanswered')}</option>
          {AGE_BANDS.map((b) => (
            <option key={b} value={b}>
              {t(`options.profile.ageBand.${b}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
