// Bundles ./entry.ts (the real storage layer and core) into one IIFE string with Vite's JS API,
// for `page.evaluate(code)` in an extension page. Nothing is written to disk.
import { resolve } from 'node:path';
import { build } from 'vite';

const here = import.meta.dirname;
const root = resolve(here, '../..');

/** The bench entry as an IIFE that sets `globalThis.__rcBench`. */
export async function bundleBenchEntry() {
  const out = await build({
    configFile: false,
    envDir: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: {
      alias: [
        { find: /^wxt\/browser$/, replacement: resolve(here, 'browser-shim.ts') },
        { find: /^wxt\/utils\/storage$/, replacement: '@wxt-dev/storage' },
      ],
    },
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true, // as in the extension build: the code measured is the code shipped
      target: 'esnext',
      lib: { entry: resolve(here, 'entry.ts'), formats: ['iife'], name: 'rcBenchEntry' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (!chunk) throw new Error('bench bundle: no entry chunk in the Vite output');
  return chunk.code;
}

/**
 * A script that runs the bundle in a timer task (so it initialises under an extension page's CSP)
 * and resolves once it has, for `page.evaluate`.
 */
export function inTimerTask(code) {
  return `new Promise((resolve, reject) => setTimeout(() => { try {\n${code}\n; resolve(); } catch (e) { reject(e); } }))`;
}
