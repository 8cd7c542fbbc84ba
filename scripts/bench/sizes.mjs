// Build sizes per entry point, raw and gzip (level 9): an HTML page's scripts (with the module its
// first script loads), modulepreloads and stylesheets, and every chunk they import (followed
// recursively through the built files), or a script entry (background.js) with its imported chunks.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

const ATTR = (name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i');

/**
 * Files an HTML page loads up front: scripts, modulepreloads and stylesheets, and the module its
 * first script loads (`data-module`: the popup's, src/ui/popup/load-popup-module.ts).
 */
function htmlRefs(html) {
  const refs = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const src = ATTR('src').exec(tag)?.[1];
    const rel = ATTR('rel').exec(tag)?.[1]?.toLowerCase();
    const href = ATTR('href').exec(tag)?.[1];
    const loaded = ATTR('data-module').exec(tag)?.[1];
    if (tag.toLowerCase().startsWith('<script') && src) refs.push(src);
    if (loaded) refs.push(loaded);
    else if (href && (rel === 'modulepreload' || rel === 'stylesheet')) refs.push(href);
  }
  return refs;
}

/** Static and dynamic import specifiers of an ES module. */
function jsImports(code) {
  const ast = parseAst(code);
  const statics = [];
  const dynamics = [];
  for (const node of ast.body)
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportNamedDeclaration' ||
        node.type === 'ExportAllDeclaration') &&
      node.source
    )
      statics.push(node.source.value);
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'ImportExpression' && typeof node.source?.value === 'string')
      dynamics.push(node.source.value);
    for (const key in node) if (key !== 'parent') walk(node[key]);
  };
  walk(ast.body);
  return { statics, dynamics };
}

function cssImports(css) {
  return [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].map((m) => m[1]);
}

/** Resolve a reference from `fromFile` to a path inside `outDir` (null for external URLs). */
function resolveRef(outDir, fromFile, ref) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return null;
  const clean = ref.split(/[?#]/)[0];
  return clean.startsWith('/') ? join(outDir, clean) : resolve(dirname(fromFile), clean);
}

/**
 * Everything `entry` (an .html or .js file under `outDir`) loads up front, with sizes.
 * Dynamic imports are not counted (they load later) but are listed as `lazy`.
 */
export function entrySize(dir, entry) {
  const outDir = resolve(dir);
  const files = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    let refs = [];
    if (file.endsWith('.html')) refs = htmlRefs(text);
    else if (file.endsWith('.css')) refs = cssImports(text);
    else if (/\.m?js$/.test(file)) {
      const { statics, dynamics } = jsImports(text);
      refs = statics;
      for (const d of dynamics) {
        const p = resolveRef(outDir, file, d);
        if (p) lazy.add(p);
      }
    }
    for (const ref of refs) {
      const p = resolveRef(outDir, file, ref);
      if (p) visit(p);
    }
  };
  const entryPath = join(outDir, entry);
  visit(entryPath);
  let raw = 0;
  let gzip = 0;
  const detail = [];
  for (const file of files) {
    // The HTML document itself is not JS or CSS: listed, not counted.
    if (file === entryPath && entry.endsWith('.html')) continue;
    const buf = readFileSync(file);
    const gz = gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    gzip += gz;
    detail.push({ file: relative(outDir, file), raw: buf.length, gzip: gz });
  }
  for (const f of files) lazy.delete(f);
  return { entry, raw, gzip, files: detail, lazy: [...lazy].map((f) => relative(outDir, f)) };
}
