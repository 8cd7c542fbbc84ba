import { SOURCES, type SourceId } from '../../core/sources';

let sourcesPage = '';

/** Where the full source list lives, for pages that do not show it (the popup links to the options page). */
export function setSourcesPage(url: string): void {
  sourcesPage = url;
}

/** Short inline citations; the full text is in the title and in the Sources section. */
export function SourceRefs({ ids }: { ids: readonly SourceId[] }) {
  return (
    <span class="source-refs">
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? '; ' : ''}
          <a
            href={`${sourcesPage}#source-${id}`}
            title={SOURCES[id].citation}
            target={sourcesPage ? '_blank' : undefined}
            rel="noreferrer"
          >
            {SOURCES[id].short}
          </a>
        </span>
      ))}
    </span>
  );
}

export function SourceList() {
  return (
    <ol class="sources">
      {Object.values(SOURCES).map((s) => (
        <li key={s.id} id={`source-${s.id}`}>
          {s.citation}
        </li>
      ))}
    </ol>
  );
}
