import { useRef, useState } from 'preact/hooks';
import type { CardModel } from './model';
import type { CardText } from './text';

export type CardAction = 'dismiss-product' | 'disable-site' | 'disable-all';
export type NotesSection = 'rules' | 'sources';

export interface CardViewProps {
  model: CardModel;
  /** The card's words in the shopper's language (./text.ts): sent by the background, or bound to the app's i18n. */
  text: CardText;
  /** The shop's host name, for "Turn off on …". */
  site: string;
  onAction: (action: CardAction) => Promise<void>;
  onNotes: (section: NotesSection) => void;
  /** Starts with the details shown (false when space is short). */
  expanded?: boolean;
}

// "Fine for home use" never stands alone on the card: it carries "when no contraindication applies".
const HEADLINE = {
  cosmetic: 'card.verdict.home-ok',
  caution: 'verdict.caution',
  'not-for-home': 'verdict.not-for-home',
  professional: 'verdict.professional',
  'do-not-use': 'verdict.do-not-use',
} as const;

function Lengths({ model, text }: { model: CardModel; text: CardText }) {
  const { t, formatMm } = text;
  const source = model.source ? t(`card.source.${model.source}`) : '';
  if (model.lengths.length === 0)
    return (
      <p class="summary" data-testid="card-summary">
        {t('card.unknown')}
      </p>
    );
  const [min, max] = [model.lengths[0] ?? 0, model.lengths[model.lengths.length - 1] ?? 0];
  const line =
    model.form === 'range'
      ? t('card.lengths.range', { min: formatMm(min), max: formatMm(max), source })
      : model.lengths.length > 1
        ? t('card.lengths.list', { lengths: model.lengths.map(formatMm).join(', '), source })
        : t('card.lengths.single', {
            mm: formatMm(min),
            // The band of the length on this page (the headline follows the longest the listing sells).
            band: ((b) => (b ? t(`band.${b.id}`) : ''))(model.rows.find((r) => r.mm === min)?.band ?? null),
            source,
          });
  return (
    <p class="summary" data-testid="card-summary">
      {line}
    </p>
  );
}

/** "This listing also sells 1.5 mm: Professional only." when the verdict follows a longer length than the one shown. */
function Also({ model, text }: { model: CardModel; text: CardText }) {
  const { t, formatMm } = text;
  const longest = model.also[model.also.length - 1];
  if (longest === undefined || !model.band) return null;
  return (
    <p class="also strong" data-testid="card-also">
      {t('card.also', {
        lengths: model.also.map(formatMm).join(', '),
        mm: formatMm(longest),
        verdict: model.rf ? t('card.verdict.rf') : t(HEADLINE[model.band.id]),
      })}
    </p>
  );
}

function Rows({ model, text }: { model: CardModel; text: CardText }) {
  const { t, formatMm } = text;
  // RF: no length makes it a home device, so no row carries a home verdict.
  if (model.rows.length < 2 || model.rf) return null;
  return (
    <ul class="rows">
      {model.rows.map((r) => (
        <li key={r.mm} class={r.band ? `v-${r.band.verdict}` : 'v-zero'}>
          <b>{formatMm(r.mm)}</b>{' '}
          {r.band ? `${t(`band.${r.band.id}`)}: ${t(HEADLINE[r.band.id])}` : t('card.zero')}
        </li>
      ))}
    </ul>
  );
}

function Often({ model, text }: { model: CardModel; text: CardText }) {
  const { t, formatMm } = text;
  const o = model.often;
  if (model.rf) return <p class="strong">{t('card.often.rf')}</p>;
  if (!o) return <p>{t('card.unknown.what')}</p>;
  // Each proposal is labelled as one, with its one-line reasoning; a value the user changed is theirs.
  const proposal =
    o.setting === 'stricter'
      ? ` (${t('card.setting.stricter')})`
      : o.setting === 'looser'
        ? ` (${t('card.setting.looser')})`
        : o.proposal
          ? ` (${t('card.proposal')}: ${t(`card.proposal.why.${o.band as Exclude<typeof o.band, 'professional'>}`)})`
          : '';
  const mm = formatMm(o.mm);
  if (o.band === 'cosmetic') return <p>{t('card.often.home', { days: o.days, cap: o.cap }) + proposal}</p>;
  if (o.band === 'caution')
    return (
      <p>
        {t('card.often.home', { days: o.days, cap: o.cap }) + proposal} {t('card.often.caution')}
      </p>
    );
  if (o.band === 'not-for-home')
    return <p class="strong">{t('card.often.notForHome', { days: o.days }) + proposal}</p>;
  if (o.band === 'professional')
    return <p class="strong">{t('card.often.professional', { mm, days: o.days }) + proposal}</p>;
  return <p class="strong">{`${t('card.often.doNotUse', { mm, days: o.days })}${proposal}.`}</p>;
}

function History({ model, text }: { model: CardModel; text: CardText }) {
  const { t, tp, formatMm, formatDate } = text;
  const h = model.history;
  if (!h) return null;
  const ago =
    h.daysAgo === 0
      ? t('card.ago.today')
      : h.daysAgo === 1
        ? t('card.ago.yesterday')
        : tp('card.ago.days', h.daysAgo);
  const longest = model.lengths[model.lengths.length - 1];
  const device = t(`card.device.${model.device}`);
  const longestOffered = model.offered[model.offered.length - 1] ?? longest;
  let gap = '';
  if (model.rf) gap = t('card.history.rf');
  else if (h.gap && longestOffered !== undefined)
    gap = `${t('card.history.gap', { mm: formatMm(longestOffered), device, days: h.gap.days })} ${
      h.gap.possibleNow
        ? t('card.history.safeNow')
        : t('card.history.safeFrom', { date: formatDate(h.gap.possibleFromMs) })
    }`;
  else if (longestOffered !== undefined && longestOffered >= 1)
    gap = t('card.history.noHome', { mm: formatMm(longestOffered), device });
  else if (longestOffered !== undefined && longestOffered > 0.5)
    gap = t('card.history.notForHome', { mm: formatMm(longestOffered), device });
  return (
    <p class="history" data-testid="card-history">
      {t('card.history', { area: t(`area.${h.area}`), ago })} {gap}
    </p>
  );
}

function Conditions({ model, text }: { model: CardModel; text: CardText }) {
  const { t } = text;
  return (
    <div class="conditions">
      {model.ownConditions.map((c) => (
        <p key={c} class="strong">
          {t('card.contra.yours', { condition: t(`condition.${c}`) })}
        </p>
      ))}
      <p data-testid="card-do-not-roll">
        <b>{t('card.contra.title')}</b> {model.conditions.map((c) => t(`condition.${c}`)).join('; ')}.
      </p>
      <p data-testid="card-ask-doctor">
        <b>{t('card.contra.askDoctor')}</b> {model.askDoctor.map((c) => t(`condition.${c}`)).join('; ')}.
      </p>
      <p data-testid="card-never-over">
        <b>{t('card.never.title')}</b> {t('card.never.list')}
      </p>
    </div>
  );
}

function Sources({
  model,
  text,
  onNotes,
}: {
  model: CardModel;
  text: CardText;
  onNotes: CardViewProps['onNotes'];
}) {
  const { t } = text;
  return (
    <p class="links">
      <button type="button" class="link" onClick={() => onNotes('rules')}>
        {t('card.notes')}
      </button>
      <span class="sep"> · </span>
      {t('card.sources')}{' '}
      {model.sources.map((id, i) => (
        <span key={id} title={text.source(id).citation}>
          {i > 0 ? '; ' : ''}
          {text.source(id).short}
        </span>
      ))}{' '}
      (
      <button type="button" class="link" onClick={() => onNotes('sources')}>
        {t('card.allSources')}
      </button>
      )
    </p>
  );
}

/**
 * The safety card. Every string comes from the catalogue or from numbers the card computed; text
 * read from the page never reaches it except as numbers, and Preact renders text as text.
 */
export function CardView({
  model,
  text,
  site,
  onAction,
  onNotes,
  expanded: startExpanded = true,
}: CardViewProps) {
  const { t } = text;
  const [expanded, setExpanded] = useState(startExpanded);
  const [menu, setMenu] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const headline = model.rf
    ? t('card.verdict.rf')
    : model.band
      ? t(HEADLINE[model.band.id])
      : t('card.verdict.unknown');

  const act = (action: CardAction) => {
    setError(null);
    onAction(action).catch((e: unknown) =>
      setError(t('card.saveFailed', { reason: e instanceof Error ? e.message : String(e) })),
    );
  };
  const closeMenu = () => {
    setMenu(false);
    menuButton.current?.focus();
  };

  return (
    <section
      class={`card v-${model.verdict}`}
      aria-label={t('card.label')}
      data-testid="card"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && menu) {
          e.stopPropagation();
          closeMenu();
        }
      }}
    >
      <header>
        <span class="brand" aria-hidden="true">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <title>Roller Coach</title>
            <circle cx="8" cy="8" r="8" fill="currentColor" />
            <rect x="3" y="6" width="7" height="4" rx="1" fill="#fff" />
            <path d="M10 8h3" stroke="#fff" stroke-width="1.5" />
          </svg>
          {t('card.brand')}
        </span>
        <span class="verdict" data-testid="card-verdict">
          {headline}
        </span>
      </header>
      <Lengths model={model} text={text} />
      <Also model={model} text={text} />
      {model.rf ? <p class="strong">{t('card.rf')}</p> : null}
      {model.titleFrom ? (
        <p class="read-from" data-testid="card-read-from">
          {t('card.titleFrom', { from: t(`card.titleFrom.${model.titleFrom}`) })}
        </p>
      ) : null}
      {expanded ? (
        <div class="details" id="rc-details">
          <Rows model={model} text={text} />
          <Often model={model} text={text} />
          <History model={model} text={text} />
          <Conditions model={model} text={text} />
          <Sources model={model} text={text} onNotes={onNotes} />
        </div>
      ) : null}
      {/* Always shown, also while the details are hidden. */}
      <p class="disclaimer" data-testid="card-disclaimer">
        {t('app.notMedicalAdvice')}
      </p>
      <div class="actions">
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls="rc-details"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('card.details.hide') : t('card.details.show')}
        </button>
        <button type="button" ref={menuButton} aria-expanded={menu} onClick={() => setMenu(!menu)}>
          {t('card.menu.open')}
        </button>
      </div>
      {menu ? (
        <fieldset class="menu">
          <legend class="visually-hidden">{t('card.menu.label')}</legend>
          <button type="button" onClick={() => act('dismiss-product')}>
            {t('card.dismissProduct')}
          </button>
          <button type="button" onClick={() => act('disable-site')}>
            {t('card.disableSite', { site })}
          </button>
          <button type="button" onClick={() => act('disable-all')}>
            {t('card.disableAll')}
          </button>
          <button type="button" class="link" onClick={closeMenu}>
            {t('card.cancel')}
          </button>
        </fieldset>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
