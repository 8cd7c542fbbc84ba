import type { AppState } from '../../store/state';
import { DataSection } from './DataSection';
import { DataTools, exportBackup } from './DataTools';

/** The data section with its export and import controls: one chunk, fetched with the whole history. */
export function DataArea({
  state,
  dataTools,
  now,
  tz,
}: {
  state: AppState;
  dataTools?: preact.ComponentChildren;
  now: () => number;
  tz: string;
}) {
  return (
    <DataSection
      state={state}
      exportSlot={dataTools ?? <DataTools state={state} now={now} tz={tz} />}
      onExport={() => void exportBackup(state, now(), tz)}
      now={now}
      tz={tz}
    />
  );
}
