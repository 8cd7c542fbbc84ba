import { useSignal } from '@preact/signals';
import { rulesFor } from '../../core/assessment-context';
import { issuesOf, type Roller, rollerSchema } from '../../core/schemas';
import { DAY_MS, formatIsoDate, localDay, parseIsoDate } from '../../core/time';
import { rollerWear } from '../../core/wear';
import { formatDate, formatMm, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { newId } from '../shared/assess-context';
import { errorsAfterEdit, FieldError, fieldErrors } from '../shared/FieldError';
import { type RollerDraft, RollerFields, rollerFormErrors, typedNeedleMm } from '../shared/RollerFields';
import { SourceRefs } from '../shared/SourceList';
import { showToast } from '../shared/Toast';
import '../../i18n/packs/options';

interface Extra {
  needleCount: string;
  material: '' | 'stainless-steel' | 'titanium' | 'other';
  brand: string;
  link: string;
  cleaning: string;
}

/** The optional text fields of a roller: absent when left empty. */
function optionalText(fields: Pick<Extra, 'brand' | 'link' | 'cleaning'>) {
  const out: Partial<Record<'brand' | 'link' | 'cleaning', string>> = {};
  for (const k of ['brand', 'link', 'cleaning'] as const) if (fields[k].trim()) out[k] = fields[k].trim();
  return out;
}

function RollerEditor({
  state,
  initial,
  nowMs,
  onClose,
}: {
  state: AppState;
  initial: Roller | null;
  nowMs: number;
  onClose: () => void;
}) {
  const draft = useSignal<RollerDraft>({
    name: initial?.name ?? '',
    kind: initial?.kind ?? 'roller',
    needleMm: initial ? String(initial.needleMm) : '',
    // No day is assumed for a new roller (RollerFields: rollerFormErrors).
    firstUse: initial?.firstUse ?? '',
  });
  const extra = useSignal<Extra>({
    needleCount: initial?.needleCount ? String(initial.needleCount) : '',
    material: initial?.material ?? '',
    brand: initial?.brand ?? '',
    link: initial?.link ?? '',
    cleaning: initial?.cleaning ?? '',
  });
  const errors = useSignal<Record<string, string>>({});
  /** An extra field edited: its value, and its message gone (checked again on Save). */
  const setExtra = (patch: Partial<Extra>) => {
    extra.value = { ...extra.value, ...patch };
    errors.value = errorsAfterEdit(errors.value, patch);
  };
  const save = async () => {
    const d = draft.value;
    const { brand: _b, link: _l, cleaning: _c, ...kept } = initial ?? {};
    const candidate = {
      ...kept,
      id: initial?.id ?? newId(),
      name: d.name.trim(),
      kind: d.kind,
      needleMm: typedNeedleMm(d.needleMm),
      firstUse: d.firstUse,
      retired: initial?.retired ?? false,
      createdAt: initial?.createdAt ?? new Date(nowMs).toISOString(),
      ...(extra.value.needleCount.trim() === '' ? {} : { needleCount: Number(extra.value.needleCount) }),
      ...(extra.value.material ? { material: extra.value.material } : {}),
      ...optionalText(extra.value),
    };
    const r = rollerSchema.safeParse(candidate);
    if (!r.success) {
      errors.value = rollerFormErrors(fieldErrors(issuesOf(r.error)), d);
      return;
    }
    await state.repo.saveRollers([r.data]);
    showToast({ text: t('options.rollers.saved') });
    onClose();
  };
  return (
    <form
      class="card-form"
      noValidate
      aria-label={initial ? `${t('options.rollers.edit')}: ${initial.name}` : t('options.rollers.add')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <RollerFields draft={draft} errors={errors} />
      <label>
        {t('options.rollers.needleCount')}
        <input
          name="needleCount"
          inputMode="numeric"
          value={extra.value.needleCount}
          aria-invalid={errors.value.needleCount ? 'true' : undefined}
          aria-describedby="err-needleCount"
          onInput={(e) => setExtra({ needleCount: e.currentTarget.value })}
        />
      </label>
      <FieldError id="err-needleCount" message={errors.value.needleCount} />
      <label>
        {t('options.rollers.material')}
        <select
          name="material"
          value={extra.value.material}
          onChange={(e) => setExtra({ material: e.currentTarget.value as Extra['material'] })}
        >
          <option value="">{t('options.rollers.material.none')}</option>
          {(['stainless-steel', 'titanium', 'other'] as const).map((m) => (
            <option key={m} value={m}>
              {t(`options.rollers.material.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {(
        [
          ['brand', 'roller.brand', undefined],
          ['link', 'roller.link', 'https://'],
          ['cleaning', 'roller.cleaning', t('roller.cleaningPlaceholder')],
        ] as const
      ).map(([field, label, placeholder]) => (
        <div key={field}>
          <label>
            {t(label)}
            <input
              name={field}
              inputMode={field === 'link' ? 'url' : 'text'}
              value={extra.value[field]}
              placeholder={placeholder}
              aria-invalid={errors.value[field] ? 'true' : undefined}
              aria-describedby={`err-${field}`}
              onInput={(e) => setExtra({ [field]: e.currentTarget.value })}
            />
          </label>
          <FieldError id={`err-${field}`} message={errors.value[field]} />
        </div>
      ))}
      <div class="actions">
        <button type="button" onClick={onClose}>
          {t('options.rollers.cancel')}
        </button>
        <button type="submit" class="primary">
          {t('options.rollers.save')}
        </button>
      </div>
    </form>
  );
}

/** "Replaced on {date} by {name}" (or without the name when the new roller is gone). */
function replacedText(r: Roller, rollers: readonly Roller[]): string {
  const date = formatDate(parseIsoDate(r.replacedOn as string) * DAY_MS + 12 * 3_600_000, 'UTC');
  const next = rollers.find((x) => x.id === r.replacedBy);
  return next
    ? t('options.rollers.replacedBy', { date, name: next.name })
    : t('options.rollers.replacedOn', { date });
}

/**
 * Replace a roller by a new one of the same kind and length: the old one is retired with the date
 * it was replaced, and keeps its sessions (its history); the new one starts today.
 */
async function replaceRoller(state: AppState, old: Roller, nowMs: number, tz: string): Promise<void> {
  const today = formatIsoDate(localDay(nowMs, tz));
  const { replacedOn: _o, replacedBy: _b, ...rest } = old;
  const fresh: Roller = {
    ...rest,
    id: newId(),
    firstUse: today,
    retired: false,
    createdAt: new Date(nowMs).toISOString(),
  };
  await state.repo.saveRollers([{ ...old, retired: true, replacedOn: today, replacedBy: fresh.id }, fresh]);
  showToast({ text: t('options.rollers.saved') });
}

/**
 * The roller inventory: wear, replace-by date and cleaning routine per roller (reference, section 5).
 * Wear is counted from `wear` when given and read (the store's summary: each roller's days of use,
 * so the same wear as the whole history without a local day per session), else from `state`.
 */
export function RollersSection({
  state,
  wear: wearState,
  nowMs,
  tz,
}: {
  state: AppState;
  wear?: AppState;
  nowMs: number;
  tz: string;
}) {
  const editing = useSignal<string | 'new' | null>(null);
  const wearFrom = wearState?.ready.value && !wearState.loadError.value ? wearState : state;
  const rules = rulesFor(state.settings.value);
  const today = localDay(nowMs, tz);
  const rollers = state.rollers.value;
  return (
    <section id="rollers" aria-labelledby="rollers-h">
      <h2 id="rollers-h">{t('options.rollers')}</h2>
      {rollers.length === 0 ? <p class="muted">{t('options.rollers.empty')}</p> : null}
      <ul class="roller-list" data-testid="roller-list">
        {rollers.map((r) => {
          const wear = rollerWear(r, wearFrom.sessions.value, rules, today, tz);
          return (
            <li key={r.id} class={`roller ${r.retired ? 'retired' : ''}`} data-roller={r.id}>
              {editing.value === r.id ? (
                <RollerEditor
                  state={state}
                  initial={r}
                  nowMs={nowMs}
                  onClose={() => (editing.value = null)}
                />
              ) : (
                <>
                  <div class="row spread">
                    <strong>
                      {r.name} · {t(`roller.kind.${r.kind}`)} · {formatMm(r.needleMm)}
                      {r.retired ? ` · ${t('options.rollers.retired')}` : ''}
                    </strong>
                    <span class="row">
                      <button
                        type="button"
                        aria-label={rollerAction(t('options.rollers.edit'), r)}
                        onClick={() => (editing.value = r.id)}
                      >
                        {t('options.rollers.edit')}
                      </button>
                      <button
                        type="button"
                        aria-label={rollerAction(
                          r.retired ? t('options.rollers.unretire') : t('options.rollers.retire'),
                          r,
                        )}
                        onClick={() => void state.repo.saveRollers([{ ...r, retired: !r.retired }])}
                      >
                        {r.retired ? t('options.rollers.unretire') : t('options.rollers.retire')}
                      </button>
                      {r.replacedOn ? null : (
                        <button
                          type="button"
                          aria-label={rollerAction(t('options.rollers.replace'), r)}
                          onClick={() => void replaceRoller(state, r, nowMs, tz)}
                        >
                          {t('options.rollers.replace')}
                        </button>
                      )}
                    </span>
                  </div>
                  {r.brand || r.link || r.cleaning ? (
                    <p class="muted">
                      {[r.brand, r.cleaning].filter(Boolean).join(' · ')}
                      {r.link ? (
                        <>
                          {r.brand || r.cleaning ? ' · ' : ''}
                          <a href={r.link} target="_blank" rel="noreferrer noopener">
                            {r.link}
                          </a>
                        </>
                      ) : null}
                    </p>
                  ) : null}
                  {r.replacedOn ? (
                    <p class="muted" data-testid="replaced">
                      {replacedText(r, rollers)}
                    </p>
                  ) : null}
                  <p class="muted">
                    {t('options.rollers.uses', { uses: wear.uses })} ·{' '}
                    {t('options.rollers.age', { days: wear.ageDays })}
                  </p>
                  {r.kind === 'pen' ? (
                    <p>{t('options.rollers.penNote')}</p>
                  ) : wear.worn ? (
                    <p class="warning strong" data-testid="replace-now">
                      {t('options.rollers.replaceNow', {
                        reason:
                          wear.reason === 'uses'
                            ? t('options.rollers.reason.uses', { uses: wear.uses })
                            : t('options.rollers.reason.age', { days: wear.ageDays }),
                      })}
                    </p>
                  ) : (
                    <p>
                      {t('options.rollers.replaceBy', {
                        date: formatDate(wear.replaceByDay * DAY_MS + 12 * 3_600_000, 'UTC'),
                        maxUses: rules['wear.max-uses'].value,
                        maxDays: rules['wear.max-days'].value,
                      })}{' '}
                      <SourceRefs ids={rules['wear.max-uses'].def.sources} />
                    </p>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
      {editing.value === 'new' ? (
        <RollerEditor state={state} initial={null} nowMs={nowMs} onClose={() => (editing.value = null)} />
      ) : (
        <button
          type="button"
          class="primary"
          data-testid="roller-add"
          onClick={() => (editing.value = 'new')}
        >
          {t('options.rollers.add')}
        </button>
      )}
      <p class="notice">
        {t('options.rollers.cleaning')} <SourceRefs ids={['hygiene-consensus', 'roller-coach-proposal']} />
      </p>
    </section>
  );
}

/** A roller's button named with the roller (its visible word first), so a list of them can be told apart. */
function rollerAction(action: string, r: Roller): string {
  return t('options.rollers.rowAction', { action, name: r.name });
}
