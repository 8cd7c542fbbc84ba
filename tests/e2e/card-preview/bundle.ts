import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';

/** The card's test page script, as one IIFE string (Vite's JS API, nothing written to disk). */
export async function bundleCardPreview(): Promise<string> {
  const out = await build({
    configFile: false,
    envDir: false,
    root: resolve(import.meta.dirname, '../../..'),
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [preact()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      target: 'esnext',
      lib: { entry: resolve(import.meta.dirname, 'entry.tsx'), formats: ['iife'], name: 'rcCardPreview' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (chunk?.type !== 'chunk') throw new Error('card preview bundle: no entry chunk');
  return chunk.code;
}
