import { render } from 'preact';
import '../../src/ui/shared/base.css';
import '../../src/ui/report/report.css';
import { t } from '../../src/i18n/i18n';
import { createAppState } from '../../src/store/state';
import { Report } from '../../src/ui/report/Report';
import { DataNotices } from '../../src/ui/shared/DataNotices';
import { userTimeZone } from '../../src/ui/shared/env';
import { followDisplaySettings } from '../../src/ui/shared/theme';

document.title = t('report.pageTitle');
const state = createAppState();
state.connect();
followDisplaySettings(state);
const range = new URLSearchParams(location.search).get('range');
const root = document.getElementById('app');
if (root)
  render(
    <>
      <DataNotices state={state} where="options" />
      <Report
        state={state}
        now={() => Date.now()}
        tz={userTimeZone()}
        initialRange={range === '3' || range === '12' || range === 'all' ? range : '6'}
      />
    </>,
    root,
  );
