import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/shared/base.css';
import '../../src/ui/popup/popup.css';
import { t } from '../../src/i18n/i18n';
import { createRepository } from '../../src/store/repository';
import { createSummaryState } from '../../src/store/state';
import { Popup } from '../../src/ui/popup/Popup';
import { userTimeZone } from '../../src/ui/shared/env';
import { setSourcesPage } from '../../src/ui/shared/SourceList';
import { followDisplaySettings } from '../../src/ui/shared/theme';
import { followWriteFailures } from '../../src/ui/shared/write-failure';

document.title = t('app.name');
setSourcesPage(browser.runtime.getURL('/options.html'));
// The popup reads the summary, not every month: its cost does not grow with the history.
const tz = userTimeZone();
const state = createSummaryState(createRepository({ tz: () => tz }), { now: () => Date.now(), tz });
state.connect();
followDisplaySettings(state);
followWriteFailures();
const root = document.getElementById('app');
if (root)
  render(
    <Popup
      state={state}
      now={() => Date.now()}
      tz={tz}
      openOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />,
    root,
  );
