import { render } from 'preact';
import '../../src/ui/shared/base.css';
import '../../src/ui/report/report.css';
import { t } from '../../src/i18n/i18n';
import type { Range } from '../../src/ui/report/period';
import { Report } from '../../src/ui/report/Report';
import { defaultCustomDates, periodMonth } from '../../src/ui/report/report-model';
import { DataNotices } from '../../src/ui/shared/DataNotices';
import { userTimeZone } from '../../src/ui/shared/env';
import { createMonthsState } from '../../src/ui/shared/months-state';
import { followDisplaySettings } from '../../src/ui/shared/theme';

document.title = t('report.pageTitle');
const param = new URLSearchParams(location.search).get('range');
const initialRange: Range = param === '3' || param === '12' || param === 'all' ? param : '6';
const tz = userTimeZone();
const nowMs = Date.now();
// The report reads the months of its period only (report-model.ts says what else it reads, and when).
const custom = defaultCustomDates(nowMs, tz);
const from = periodMonth({ range: initialRange, customFrom: custom.from, customTo: custom.to, nowMs, tz });
const state = createMonthsState(from ?? null);
state.connect();
followDisplaySettings(state);
const root = document.getElementById('app');
if (root)
  render(
    <>
      <DataNotices state={state} where="options" />
      <Report state={state} reads={state} now={() => Date.now()} tz={tz} initialRange={initialRange} />
    </>,
    root,
  );
