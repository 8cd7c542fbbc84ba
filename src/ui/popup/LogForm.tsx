import { useSignal } from '@preact/signals';
import type { Area } from '../../core/areas';
import { assess } from '../../core/assess';
import { issuesOf, LIMITS, type Session, type Settings, sessionInputSchema } from '../../core/schemas';
import { usualRoller } from '../../core/status';
import { formatInstant, instantOfWall, parseInstant } from '../../core/time';
import { formatMm, t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { AreaPicker } from '../shared/AreaPicker';
import { assessContext, newId } from '../shared/assess-context';
import { Disclaimer } from '../shared/Disclaimer';
import { FieldError, fieldErrors } from '../shared/FieldError';
import { NeedleBand } from '../shared/RollerFields';
import { SessionDetailsFields, sessionDetails, useSessionDetails } from '../shared/SessionDetails';
import { writeFailureReason } from '../shared/write-failure';

export interface LogFormProps {
  state: AppState;
  nowMs: number;
  tz: string;
  onSaved: (sessions: Session[]) => void;
  onBack: () => void;
}

/** "datetime-local" value of an instant in the user's zone. */
function localInputValue(ms: number, tz: string): string {
  return formatInstant(ms, tz).slice(0, 16);
}

/** Add products logged for the first time to the product list the form suggests from. */
async function rememberProducts(state: AppState, names: readonly string[]): Promise<void> {
  const isNew = (settings: Settings) => {
    const known = new Set(settings.products.map((p) => p.name.toLowerCase()));
    return [...new Set(names)].filter((n) => !known.has(n.toLowerCase()));
  };
  if (isNew(state.settings.value).length === 0) return;
  // Worked out again from the stored settings under the lock: nothing saved meanwhile is lost.
  await state.repo.update('settings', (settings) => ({
    ...settings,
    products: [...settings.products, ...isNew(settings).map((name) => ({ name, brokenSkin: false }))].slice(
      -LIMITS.productList,
    ),
  }));
}

/**
 * "I just rolled": the last roller, the last area and "now" are the defaults, so saving is one
 * more click. Everything else is one tap away. Findings are computed and stored with each session;
 * the popup never refuses to record what happened.
 */
export function LogForm({ state, nowMs, tz, onSaved, onBack }: LogFormProps) {
  const sessions = state.sessions.value;
  const rollers = state.rollers.value.filter((r) => !r.retired);
  const usual = usualRoller(rollers, sessions);
  const lastArea = sessions[sessions.length - 1]?.area ?? state.profile.value.areas[0];

  const areas = useSignal<Area[]>(lastArea ? [lastArea] : []);
  const rollerId = useSignal<string>(usual?.id ?? '');
  // No roller: the length must be typed; none is ever assumed.
  const needle = useSignal<string>(usual ? String(usual.needleMm) : '');
  const whenMode = useSignal<'now' | 'earlier'>('now');
  const whenLocal = useSignal(localInputValue(nowMs, tz));
  const details = useSessionDetails();
  const errors = useSignal<Record<string, string>>({});
  const failure = useSignal<string | null>(null);
  const saving = useSignal(false);

  const roller = rollers.find((r) => r.id === rollerId.value) ?? null;
  const needleEditable = !roller || roller.kind === 'pen';

  const whenMs = () => {
    if (whenMode.value === 'now') return nowMs;
    // The typed wall time is in the user's zone.
    const wall = parseInstant(`${whenLocal.value}:00Z`);
    return Number.isNaN(wall) ? Number.NaN : instantOfWall(wall, tz);
  };

  const save = async () => {
    failure.value = null;
    if (areas.value.length === 0) {
      errors.value = { area: 'log.pickArea' };
      return;
    }
    if (needleEditable && needle.value.trim() === '') {
      errors.value = { needleMm: 'log.needleRequired' };
      return;
    }
    const ms = whenMs();
    const needleMm =
      roller && roller.kind !== 'pen' ? roller.needleMm : Number(needle.value.replace(',', '.'));
    const typed = sessionDetails(details);
    // A session logged for an earlier moment may need months the popup's summary does not hold.
    const ctx = { ...assessContext(state, tz), sessions: await state.sessionsAround(ms) };
    const loggedAt = formatInstant(nowMs, tz);
    const when = Number.isNaN(ms) ? whenLocal.value : formatInstant(ms, tz);
    const drafts: Session[] = areas.value.map((area) => ({
      id: newId(),
      when,
      area,
      rollerId: roller?.id ?? null,
      needleMm,
      ...typed,
      findings: Number.isNaN(ms)
        ? []
        : assess(
            {
              whenMs: ms,
              area,
              needleMm,
              rollerId: roller?.id ?? null,
              bleeding: typed.bleeding,
              rednessHours: typed.rednessHours,
              sideEffects: typed.sideEffects,
              products: typed.products,
              ...(typed.productsBefore ? { productsBefore: typed.productsBefore } : {}),
            },
            ctx,
          ),
      loggedAt,
    }));
    const schema = sessionInputSchema(nowMs);
    for (const d of drafts) {
      const r = schema.safeParse(d);
      if (!r.success) {
        errors.value = fieldErrors(issuesOf(r.error));
        return;
      }
    }
    errors.value = {};
    saving.value = true;
    try {
      const saved = await state.repo.putSessions(drafts);
      await rememberProducts(state, [...(typed.productsBefore ?? []), ...typed.products]);
      onSaved(saved);
    } catch (e) {
      failure.value = writeFailureReason(e);
    } finally {
      saving.value = false;
    }
  };

  return (
    <form
      class="view log"
      aria-labelledby="log-h"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1 id="log-h">{t('log.title')}</h1>
      <AreaPicker
        selected={areas.value}
        onChange={(a) => (areas.value = a)}
        preferred={state.profile.value.areas}
        legend={t('log.areas')}
        hint={t('log.areasHint')}
      />
      <FieldError id="err-area" message={errors.value.area} />
      <label>
        {t('log.roller')}
        <select
          name="roller"
          value={rollerId.value}
          onChange={(e) => (rollerId.value = e.currentTarget.value)}
        >
          {rollers.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({formatMm(r.needleMm)})
            </option>
          ))}
          <option value="">{t('log.noRoller')}</option>
        </select>
      </label>
      {needleEditable ? (
        <>
          <label>
            {roller?.kind === 'pen' ? t('log.depth') : t('log.needle')}
            <input
              name="needleMm"
              inputMode="decimal"
              value={needle.value}
              aria-invalid={errors.value.needleMm ? 'true' : undefined}
              aria-describedby="err-needleMm"
              onInput={(e) => (needle.value = e.currentTarget.value)}
            />
          </label>
          <FieldError id="err-needleMm" message={errors.value.needleMm} />
          <NeedleBand value={needle.value} />
        </>
      ) : null}
      <fieldset>
        <legend>{t('log.when')}</legend>
        <label class="inline">
          <input
            type="radio"
            name="when"
            checked={whenMode.value === 'now'}
            onChange={() => (whenMode.value = 'now')}
          />{' '}
          {t('log.whenNow')}
        </label>
        <label class="inline">
          <input
            type="radio"
            name="when"
            checked={whenMode.value === 'earlier'}
            onChange={() => (whenMode.value = 'earlier')}
          />{' '}
          {t('log.whenEarlier')}
        </label>
        {whenMode.value === 'earlier' ? (
          <input
            type="datetime-local"
            name="whenLocal"
            aria-label={t('log.when')}
            value={whenLocal.value}
            max={localInputValue(nowMs, tz)}
            aria-invalid={errors.value.when ? 'true' : undefined}
            aria-describedby="err-when"
            onInput={(e) => (whenLocal.value = e.currentTarget.value)}
          />
        ) : null}
      </fieldset>
      <FieldError id="err-when" message={errors.value.when} />
      <details>
        <summary>{t('log.more')}</summary>
        <SessionDetailsFields
          details={details}
          errors={errors.value}
          idPrefix="log"
          knownProducts={state.settings.value.products.map((p) => p.name)}
        />
      </details>
      {failure.value ? (
        <p class="field-error" role="alert">
          {t('log.saveFailed', { reason: failure.value })}
        </p>
      ) : null}
      <div class="actions">
        <button type="button" onClick={onBack}>
          {t('popup.back')}
        </button>
        <button type="submit" class="primary" disabled={saving.value}>
          {areas.value.length > 1 ? tp('log.saveMany', areas.value.length) : t('log.save')}
        </button>
      </div>
      <Disclaimer />
    </form>
  );
}
