import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/shared/base.css';
import '../../src/ui/options/options.css';
import { t } from '../../src/i18n/i18n';
import { Privacy } from '../../src/ui/privacy/Privacy';
import { createSettingsState } from '../../src/ui/privacy/settings-state';
import { followDisplaySettings } from '../../src/ui/shared/theme';

document.title = t('privacy.title');
// The theme and the language, and what is set aside: the privacy page reads no session.
const state = createSettingsState();
state.connect();
followDisplaySettings(state);
const root = document.getElementById('app');
if (root) render(<Privacy manifest={browser.runtime.getManifest()} state={state} />, root);
