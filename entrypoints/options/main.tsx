import { render } from 'preact';
import '../../src/ui/shared/base.css';
import '../../src/ui/options/options.css';
import { t } from '../../src/i18n/i18n';
import { createSummaryState } from '../../src/store/state';
import { Options } from '../../src/ui/options/Options';
import { FIRST_PAINT } from '../../src/ui/options/section-code';
import { userTimeZone } from '../../src/ui/shared/env';
import { createMonthsState } from '../../src/ui/shared/months-state';
import { followDisplaySettings } from '../../src/ui/shared/theme';
import { followWriteFailures } from '../../src/ui/shared/write-failure';

document.title = t('options.title');
// The first history page reads the newest months holding a page of sessions (and counts the
// rest from the summary); the whole history is read once that page is shown, for the sections
// that need it (see Options).
const history = createMonthsState({ atLeast: 50 }, undefined, { countUnread: true });
history.connect();
// The code of the sections shown beside that page, asked for at once: it arrives while the
// page's data is read (the page shows when both are in).
for (const c of FIRST_PAINT) void c.load();
// The whole history, read a few months per task so the page keeps answering while it reads.
const state = createMonthsState(null);
const tz = userTimeZone();
// Roller wear from the summary (each roller's days of use), as the popup counts it: the same
// wear as the whole history's, without working out a local day for every session.
const wear = createSummaryState(undefined, { tz });
let started = false;
const loadAll = () => {
  if (started) return;
  started = true;
  state.connect();
  wear.connect();
};
followDisplaySettings(history);
followWriteFailures();
const root = document.getElementById('app');
if (root)
  render(
    <Options state={state} history={history} loadAll={loadAll} wear={wear} now={() => Date.now()} tz={tz} />,
    root,
  );
