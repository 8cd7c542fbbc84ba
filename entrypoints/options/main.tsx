import { render } from 'preact';
import '../../src/ui/shared/base.css';
import '../../src/ui/options/options.css';
import { t } from '../../src/i18n/i18n';
import { createAppState } from '../../src/store/state';
import { Options } from '../../src/ui/options/Options';
import { userTimeZone } from '../../src/ui/shared/env';
import { followDisplaySettings } from '../../src/ui/shared/theme';
import { followWriteFailures } from '../../src/ui/shared/write-failure';

document.title = t('options.title');
const state = createAppState();
state.connect();
followDisplaySettings(state);
followWriteFailures();
const root = document.getElementById('app');
if (root) render(<Options state={state} now={() => Date.now()} tz={userTimeZone()} />, root);
