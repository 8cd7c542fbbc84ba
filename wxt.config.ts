import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { RETAILER_MATCHES } from './src/retail/sites';
import { CARD_SCRIPT } from './src/ui/card/card-script';

/**
 * The background's English (src/background/worker-english.ts) written into the build as a literal:
 * the module computes it from the whole catalogue, which the service worker then need not carry
 * (issue 12). Builds only; in dev and tests the module computes the same value itself.
 */
function inlineWorkerEnglish() {
  return {
    name: 'roller-coach:worker-english',
    enforce: 'pre' as const,
    apply: 'build' as const,
    async load(id: string) {
      if (!id.split('?')[0]?.endsWith('/src/background/worker-english.ts')) return null;
      const { workerEnglish } = await import('./src/background/worker-english');
      return `export const workerEnglish = ${JSON.stringify(workerEnglish)};`;
    },
  };
}

/** Each stylesheet link of the page replaced by the stylesheet itself. */
function inlineStyles(html: string, bundle: Record<string, { type: string; source?: unknown }>): string {
  return html.replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
    const asset = bundle[file];
    return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
  });
}

/**
 * The card's file starts with V8's compile hint `//# allFunctionsCalledOnLoad`: Chrome compiles
 * all of it as the module loads, so the code cache it keeps holds every function the card runs,
 * and a shop's page compiles none of them (src/ui/card/load-card.ts).
 */
function cardCompiledWhole() {
  return {
    name: 'roller-coach:card-compiled-whole',
    apply: 'build' as const,
    generateBundle(
      _options: unknown,
      bundle: Record<string, { type: string; code?: string; source?: unknown }>,
    ) {
      const card = bundle[CARD_SCRIPT.slice(1)];
      if (card?.type !== 'chunk') return;
      card.code = `//# allFunctionsCalledOnLoad\n${card.code}`;
      // A source map (RC_SOURCEMAP=1, for profiling) starts one line later.
      const map = bundle[`${CARD_SCRIPT.slice(1)}.map`];
      if (map?.type === 'asset') {
        const json = JSON.parse(String(map.source));
        map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
      }
    },
  };
}

const POPUP_SHELL_TAG = '<script src="/popup-shell.js"></script>';

/**
 * The module and its preloads taken out of the page: the first script loads the module once the
 * first paint is done (src/ui/popup/load-popup-module.ts), and is told its address.
 */
function moduleLoadedByFirstScript(html: string): string {
  const modules = html.match(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g) ?? [];
  const entry = /src="([^"]+)"/.exec(modules[0] ?? '')?.[1];
  if (!entry || !html.includes(POPUP_SHELL_TAG))
    throw new Error('popup.html: the module entry or the first script is missing');
  const withoutModules = modules.reduce((page, tag) => page.replace(tag, ''), html);
  return withoutModules.replace(
    POPUP_SHELL_TAG,
    `<script src="/popup-shell.js" data-module="${entry}"></script>`,
  );
}

/**
 * popup.html as its first paint needs it (src/ui/popup/shell.ts): its stylesheets written into
 * the page itself (a stylesheet link holds the first paint and the first script until the file is
 * read; inline styles are allowed by the extension pages' policy, only scripts must be the
 * extension's own files), and no script but the first one, which loads the popup's module once
 * the first paint is done. It is told the module's address (`data-module`): a hash of the popup's
 * code is in its name, so a view drawn by another build is not used.
 */
function popupFirstPaintOrder() {
  return {
    name: 'roller-coach:popup-first-paint-order',
    apply: 'build' as const,
    transformIndexHtml: {
      order: 'post' as const,
      handler(
        html: string,
        ctx: { filename: string; bundle?: Record<string, { type: string; source?: unknown }> },
      ) {
        const { bundle } = ctx;
        if (!bundle || !ctx.filename.replaceAll('\\', '/').endsWith('/entrypoints/popup/index.html'))
          return html;
        return moduleLoadedByFirstScript(inlineStyles(html, bundle));
      },
    },
  };
}

// Host permissions: only the retailers the safety card supports (the detector's matches, from
// src/retail/sites.ts), where the background injects the card. Everything else the extension
// needs is local: storage, alarms, notifications.
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
  hooks: {
    // The shop pages' scripts (the detector's content script and the card's unlisted script) use
    // the browser's own promise-based API, not the polyfill (src/ui/card/native-browser.ts says
    // why); WXT's module aliases `wxt/browser` to the polyfill, so its target is redirected in
    // those builds only.
    'vite:build:extendConfig': (entrypoints, config) => {
      const onShopPages = (e: { type: string; name: string }) =>
        e.type === 'content-script' || e.name === 'retailer-card';
      if (!entrypoints.every(onShopPages)) return;
      const nativeBrowser = resolve(import.meta.dirname ?? '.', 'src/ui/card/native-browser.ts');
      config.plugins = [
        {
          name: 'roller-coach:native-browser-in-content-scripts',
          enforce: 'pre',
          resolveId: (id) => (id === '@wxt-dev/webextension-polyfill/browser' ? nativeBrowser : null),
        },
        ...(config.plugins ?? []),
      ];
    },
    // The shop card's messages of each language, for the background to send to the card
    // (src/background/card-model.ts): a Chrome service worker may not import() a catalogue chunk.
    'build:publicAssets': async (_wxt, files) => {
      const { pickCardMessages, cardStringsPath } = await import('./src/ui/card/card-messages');
      const catalogues = {
        es: (await import('./src/i18n/es')).es,
        de: (await import('./src/i18n/de')).de,
        fr: (await import('./src/i18n/fr')).fr,
      };
      const { pickWorkerMessages, workerStringsPath } = await import('./src/i18n/worker-messages');
      for (const [locale, messages] of Object.entries(catalogues)) {
        files.push({
          relativeDest: cardStringsPath(locale).slice(1),
          contents: JSON.stringify(pickCardMessages(messages)),
        });
        // The badge, its title and notifications: Chrome's service worker fetches these.
        files.push({
          relativeDest: workerStringsPath(locale).slice(1),
          contents: JSON.stringify(pickWorkerMessages(messages)),
        });
      }
    },
  },
  vite: () => ({
    plugins: [preact(), inlineWorkerEnglish(), popupFirstPaintOrder(), cardCompiledWhole()],
    build: { sourcemap: process.env.RC_SOURCEMAP === '1' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // scripting: the background loads the safety card into a retailer page only once the tiny
    // detector found a microneedling product there, and the popup's "check this page" injects the
    // detector. activeTab: "check this page" on any shop, that tab only. Host permissions: the
    // listed retailers only (WXT moves them into `permissions` in Firefox's MV2 manifest).
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    host_permissions: [...RETAILER_MATCHES],
    // Notifications are off by default; the options page asks for them when the user turns one on.
    // A shop the user allows for good is asked for from the popup, one origin at a time (MV2 keeps
    // optional origins among the optional permissions).
    optional_permissions: browser === 'firefox' ? ['notifications', 'https://*/*'] : ['notifications'],
    ...(browser === 'firefox' ? {} : { optional_host_permissions: ['https://*/*'] }),
    // Chrome: the detector imports the card's code as a module, which Chrome keeps compiled
    // (src/ui/card/load-card.ts). To the listed shops' pages only (elsewhere, as after "check this
    // page" on another shop, the background injects it), at an address that changes each browser
    // session, so no page can probe for the extension by it. Firefox: the background injects the
    // card, nothing is exposed.
    ...(browser === 'firefox'
      ? {}
      : {
          web_accessible_resources: [
            { resources: [CARD_SCRIPT.slice(1)], matches: [...RETAILER_MATCHES], use_dynamic_url: true },
          ],
        }),
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
