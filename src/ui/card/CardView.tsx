import { useLayoutEffect, useRef } from 'preact/hooks';
import { type CardViewProps, drawCard } from './draw';

export type { CardAction, CardViewProps, NotesSection } from './draw';

/**
 * The safety card as a Preact component, for the extension's own pages and the tests: the same
 * DOM the content script draws (./draw.ts), so what they check is what the shopper reads.
 */
export function CardView(props: CardViewProps) {
  const slot = useRef<HTMLDivElement>(null);
  // The latest handlers, so that a parent's new closures do not redraw the card.
  const latest = useRef(props);
  latest.current = props;
  const { model, text, site, expanded } = props;
  useLayoutEffect(() => {
    const card = drawCard({
      model,
      text,
      site,
      expanded,
      onAction: (action) => latest.current.onAction(action),
      onNotes: (section) => latest.current.onNotes(section),
    });
    slot.current?.replaceChildren(card.el);
  }, [model, text, site, expanded]);
  return <div ref={slot} style={{ display: 'contents' }} />;
}
