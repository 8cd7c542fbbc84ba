import { isDescriptiveSource, SOURCES, type SourceId } from '../../core/sources';
import { t } from '../../i18n/i18n';

/** Sources that describe rather than cite are translated; citations stay as published. */
export function shortLabel(id: SourceId): string {
  return isDescriptiveSource(id) ? t(`source.short.${id}`) : SOURCES[id].short;
}

export function citation(id: SourceId): string {
  return isDescriptiveSource(id) ? t(`source.citation.${id}`) : SOURCES[id].citation;
}

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
            title={citation(id)}
            target={sourcesPage ? '_blank' : undefined}
            rel="noreferrer"
          >
            {shortLabel(id)}
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
          {citation(s.id)}
        </li>
      ))}
    </ol>
  );
}
