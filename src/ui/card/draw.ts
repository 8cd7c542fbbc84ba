import { button, type Child, h, s } from './dom';
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

/** The card's own state, kept when the card is drawn again for the same product. */
export interface CardState {
  expanded: boolean;
  menu: boolean;
}

export interface DrawnCard {
  /** The card's <section>. */
  el: HTMLElement;
  state(): CardState;
}

// "Fine for home use" never stands alone on the card: it carries "when no contraindication applies".
const HEADLINE = {
  cosmetic: 'card.verdict.home-ok',
  caution: 'verdict.caution',
  'not-for-home': 'verdict.not-for-home',
  professional: 'verdict.professional',
  'do-not-use': 'verdict.do-not-use',
} as const;

function lengths({ model, text }: CardViewProps): HTMLElement {
  const { t, formatMm } = text;
  const source = model.source ? t(`card.source.${model.source}`) : '';
  if (model.lengths.length === 0)
    return h('p', { class: 'summary', 'data-testid': 'card-summary' }, t('card.unknown'));
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
  return h('p', { class: 'summary', 'data-testid': 'card-summary' }, line);
}

/** "This listing also sells 1.5 mm: Professional only." when the verdict follows a longer length than the one shown. */
function also({ model, text }: CardViewProps): HTMLElement | null {
  const { t, formatMm } = text;
  const longest = model.also[model.also.length - 1];
  if (longest === undefined || !model.band) return null;
  return h(
    'p',
    { class: 'also strong', 'data-testid': 'card-also' },
    t('card.also', {
      lengths: model.also.map(formatMm).join(', '),
      mm: formatMm(longest),
      verdict: model.rf ? t('card.verdict.rf') : t(HEADLINE[model.band.id]),
    }),
  );
}

function rows({ model, text }: CardViewProps): HTMLElement | null {
  const { t, formatMm } = text;
  // RF: no length makes it a home device, so no row carries a home verdict.
  if (model.rows.length < 2 || model.rf) return null;
  return h(
    'ul',
    { class: 'rows' },
    model.rows.map((r) =>
      h(
        'li',
        { class: r.band ? `v-${r.band.verdict}` : 'v-zero' },
        h('b', undefined, formatMm(r.mm)),
        ' ',
        r.band ? `${t(`band.${r.band.id}`)}: ${t(HEADLINE[r.band.id])}` : t('card.zero'),
      ),
    ),
  );
}

function often({ model, text }: CardViewProps): HTMLElement {
  const { t, formatMm } = text;
  const o = model.often;
  if (model.rf) return h('p', { class: 'strong' }, t('card.often.rf'));
  if (!o) return h('p', undefined, t('card.unknown.what'));
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
  if (o.band === 'cosmetic')
    return h('p', undefined, t('card.often.home', { days: o.days, cap: o.cap }) + proposal);
  if (o.band === 'caution')
    return h(
      'p',
      undefined,
      t('card.often.home', { days: o.days, cap: o.cap }) + proposal,
      ' ',
      t('card.often.caution'),
    );
  if (o.band === 'not-for-home')
    return h('p', { class: 'strong' }, t('card.often.notForHome', { days: o.days }) + proposal);
  if (o.band === 'professional')
    return h('p', { class: 'strong' }, t('card.often.professional', { mm, days: o.days }) + proposal);
  return h('p', { class: 'strong' }, `${t('card.often.doNotUse', { mm, days: o.days })}${proposal}.`);
}

function history({ model, text }: CardViewProps): HTMLElement | null {
  const { t, tp, formatMm, formatDate } = text;
  const hl = model.history;
  if (!hl) return null;
  const ago =
    hl.daysAgo === 0
      ? t('card.ago.today')
      : hl.daysAgo === 1
        ? t('card.ago.yesterday')
        : tp('card.ago.days', hl.daysAgo);
  const longest = model.lengths[model.lengths.length - 1];
  const device = t(`card.device.${model.device}`);
  const longestOffered = model.offered[model.offered.length - 1] ?? longest;
  let gap = '';
  if (model.rf) gap = t('card.history.rf');
  else if (hl.gap && longestOffered !== undefined)
    gap = `${t('card.history.gap', { mm: formatMm(longestOffered), device, days: hl.gap.days })} ${
      hl.gap.stop === 'do-not-roll'
        ? t('card.history.doNotRoll')
        : hl.gap.stop === 'ask-doctor'
          ? t('card.history.askDoctor')
          : hl.gap.stop === 'answer-first'
            ? t('card.history.answerFirst')
            : hl.gap.stop === 'warned' && hl.gap.possibleNow
              ? t('card.history.warned')
              : hl.gap.possibleNow
                ? t('card.history.safeNow')
                : t('card.history.safeFrom', { date: formatDate(hl.gap.possibleFromMs) })
    }`;
  else if (longestOffered !== undefined && longestOffered >= 1)
    gap = t('card.history.noHome', { mm: formatMm(longestOffered), device });
  else if (longestOffered !== undefined && longestOffered > 0.5)
    gap = t('card.history.notForHome', { mm: formatMm(longestOffered), device });
  return h(
    'p',
    // A stop for the area is marked as one (never left in the soft box alone).
    { class: 'history', 'data-testid': 'card-history', 'data-stop': hl.gap?.stop ?? undefined },
    t('card.history', { area: t(`area.${hl.area}`), ago }),
    ' ',
    gap,
  );
}

function conditions({ model, text }: CardViewProps): HTMLElement {
  const { t } = text;
  return h(
    'div',
    { class: 'conditions' },
    model.ownConditions.map((c) =>
      h('p', { class: 'strong' }, t('card.contra.yours', { condition: t(`condition.${c}`) })),
    ),
    h(
      'p',
      { 'data-testid': 'card-do-not-roll' },
      h('b', undefined, t('card.contra.title')),
      ' ',
      model.conditions.map((c) => t(`condition.${c}`)).join('; '),
      '.',
    ),
    h(
      'p',
      { 'data-testid': 'card-ask-doctor' },
      h('b', undefined, t('card.contra.askDoctor')),
      ' ',
      model.askDoctor.map((c) => t(`condition.${c}`)).join('; '),
      '.',
    ),
    h(
      'p',
      { 'data-testid': 'card-never-over' },
      h('b', undefined, t('card.never.title')),
      ' ',
      t('card.never.list'),
    ),
  );
}

function sources({ model, text, onNotes }: CardViewProps): HTMLElement {
  const { t } = text;
  return h(
    'p',
    { class: 'links' },
    button({ class: 'link' }, () => onNotes('rules'), t('card.notes')),
    h('span', { class: 'sep' }, ' · '),
    t('card.sources'),
    ' ',
    model.sources.map((id, i) =>
      h('span', { title: text.source(id).citation }, i > 0 ? '; ' : '', text.source(id).short),
    ),
    ' ',
    '(',
    button({ class: 'link' }, () => onNotes('sources'), t('card.allSources')),
    ')',
  );
}

function brand(t: CardText['t']): HTMLElement {
  return h(
    'span',
    { class: 'brand', 'aria-hidden': 'true' },
    s(
      'svg',
      { viewBox: '0 0 16 16', width: '16', height: '16', 'aria-hidden': 'true' },
      s('title', undefined, 'Roller Coach'),
      s('circle', { cx: '8', cy: '8', r: '8', fill: 'currentColor' }),
      s('rect', { x: '3', y: '6', width: '7', height: '4', rx: '1', fill: '#fff' }),
      s('path', { d: 'M10 8h3', stroke: '#fff', 'stroke-width': '1.5' }),
    ),
    t('card.brand'),
  );
}

/**
 * The safety card, as DOM. Every string comes from the catalogue or from numbers the card
 * computed; text read from the page never reaches it except as numbers, and all of it is added
 * as text. Showing or hiding the details, the menu and an error changes the card in place, so
 * the focused button keeps its focus.
 */
export function drawCard(props: CardViewProps, start?: Partial<CardState>): DrawnCard {
  const { model, text, site, onAction } = props;
  const { t } = text;
  let expanded = start?.expanded ?? props.expanded ?? true;
  let menuOpen = start?.menu ?? false;
  const headline = model.rf
    ? t('card.verdict.rf')
    : model.band
      ? t(HEADLINE[model.band.id])
      : t('card.verdict.unknown');

  let details: HTMLElement | null = null;
  const detailsEl = () =>
    (details ??= h(
      'div',
      { class: 'details', id: 'rc-details' },
      rows(props),
      often(props),
      history(props),
      conditions(props),
      sources(props),
    ));

  let errorEl: HTMLElement | null = null;
  const setError = (message: string | null) => {
    errorEl?.remove();
    errorEl = message === null ? null : h('p', { class: 'error', role: 'alert' }, message);
    if (errorEl) section.append(errorEl);
  };
  const act = (action: CardAction) => {
    setError(null);
    onAction(action).catch((e: unknown) =>
      setError(t('card.saveFailed', { reason: e instanceof Error ? e.message : String(e) })),
    );
  };

  let menu: HTMLElement | null = null;
  const menuEl = () =>
    (menu ??= h(
      'fieldset',
      { class: 'menu' },
      h('legend', { class: 'visually-hidden' }, t('card.menu.label')),
      button({}, () => act('dismiss-product'), t('card.dismissProduct')),
      button({}, () => act('disable-site'), t('card.disableSite', { site })),
      button({}, () => act('disable-all'), t('card.disableAll')),
      button({ class: 'link' }, () => closeMenu(), t('card.cancel')),
    ));

  const disclaimer = h(
    'p',
    { class: 'disclaimer', 'data-testid': 'card-disclaimer' },
    t('app.notMedicalAdvice'),
  );
  const toggle = button({ 'aria-expanded': String(expanded), 'aria-controls': 'rc-details' }, () =>
    setExpanded(!expanded),
  );
  const menuButton = button({}, () => setMenu(!menuOpen), t('card.menu.open'));
  const actions = h('div', { class: 'actions' }, toggle, menuButton);

  const children: Child[] = [
    h(
      'header',
      undefined,
      brand(t),
      h('span', { class: 'verdict', 'data-testid': 'card-verdict' }, headline),
    ),
    lengths(props),
    also(props),
    model.rf ? h('p', { class: 'strong' }, t('card.rf')) : null,
    model.titleFrom
      ? h(
          'p',
          { class: 'read-from', 'data-testid': 'card-read-from' },
          t('card.titleFrom', { from: t(`card.titleFrom.${model.titleFrom}`) }),
        )
      : null,
    // Always shown, also while the details are hidden.
    disclaimer,
    actions,
  ];
  const section = h(
    'section',
    { class: `card v-${model.verdict}`, 'aria-label': t('card.label'), 'data-testid': 'card' },
    children,
  );

  function setExpanded(value: boolean): void {
    expanded = value;
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.textContent = expanded ? t('card.details.hide') : t('card.details.show');
    if (expanded) section.insertBefore(detailsEl(), disclaimer);
    else details?.remove();
  }
  function setMenu(value: boolean): void {
    menuOpen = value;
    menuButton.setAttribute('aria-expanded', String(menuOpen));
    if (menuOpen) actions.after(menuEl());
    else menu?.remove();
  }
  function closeMenu(): void {
    setMenu(false);
    menuButton.focus();
  }

  section.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && menuOpen) {
      e.stopPropagation();
      closeMenu();
    }
  });
  setExpanded(expanded);
  setMenu(menuOpen);
  return { el: section, state: () => ({ expanded, menu: menuOpen }) };
}
