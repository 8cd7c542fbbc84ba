import { formatDate, formatMm, t, tp } from '../../i18n/i18n';
import { citation, shortLabel } from '../shared/SourceList';
import { CardView, type CardViewProps } from './CardView';
import type { CardText } from './text';

export type { CardAction, NotesSection } from './CardView';

export interface CardProps extends Omit<CardViewProps, 'text'> {
  tz: string;
}

/** The card's words from the app's own i18n (every catalogue), in the app's current language. */
export function appCardText(tz: string): CardText {
  return {
    t,
    tp,
    formatMm,
    formatDate: (ms) => formatDate(ms, tz),
    source: (id) => ({ short: shortLabel(id), citation: citation(id) }),
  };
}

/**
 * The safety card spoken through the app's i18n: for the extension's own pages and the tests. The
 * content script renders the same CardView with the strings the background sends, so that the
 * shop's page carries one language and no catalogue (src/background/card-model.ts).
 */
export function Card({ tz, ...props }: CardProps) {
  return <CardView {...props} text={appCardText(tz)} />;
}
