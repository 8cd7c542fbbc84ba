import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/shared/base.css';
import '../../src/ui/options/options.css';
import { t } from '../../src/i18n/i18n';
import { createAppState } from '../../src/store/state';
import { Privacy } from '../../src/ui/privacy/Privacy';
import { followDisplaySettings } from '../../src/ui/shared/theme';

document.title = t('privacy.title');
const state = createAppState();
state.connect();
followDisplaySettings(state);
const root = document.getElementById('app');
if (root) render(<Privacy manifest={browser.runtime.getManifest()} state={state} />, root);
