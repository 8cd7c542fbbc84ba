import { SOURCES, type SourceId } from '../../core/sources';

/** Short inline citations; the full text is in the title and in the Sources section. */
export function SourceRefs({ ids }: { ids: readonly SourceId[] }) {
  return (
    <span class="source-refs">
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? '; ' : ''}
          <a href={`#source-${id}`} title={SOURCES[id].citation}>
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
