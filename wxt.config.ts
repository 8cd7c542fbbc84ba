import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Host permissions: only the retailers the safety card supports (issue 6 fills the list).
// Everything else the extension needs is local: storage, alarms, notifications.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  imports: false,
  // Firefox's store asks for the sources: everything needed to rebuild, nothing generated.
  zip: {
    excludeSources: ['screenshots/**', 'bench-results/**', 'test-results/**', '.cache/**', '**/*.log'],
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    permissions: ['storage', 'alarms'],
    // Notifications are off by default; the options page asks for this when the user turns them on.
    optional_permissions: ['notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'roller-coach@roller-coach.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
