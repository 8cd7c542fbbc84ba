import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { enData } from '../../../src/i18n/en-data';
import { enOptions } from '../../../src/i18n/en-options';
import { enPhotosLazy } from '../../../src/i18n/en-photos-lazy';
import { enPhotosPrivacy } from '../../../src/i18n/en-photos-privacy';
import { enPrivacy } from '../../../src/i18n/en-privacy';
import { enReport } from '../../../src/i18n/en-report';

/**
 * English that is not in `en` loads with the code that shows it: a file that uses a key of a pack
 * must import the module that registers the pack, or it would show the raw key. Checked over every
 * string literal and template prefix in src (outside the catalogues).
 */
const PACKS: { name: string; keys: Record<string, string>; module: string }[] = [
  { name: 'options', keys: enOptions, module: 'src/i18n/packs/options.ts' },
  { name: 'privacy', keys: enPrivacy, module: 'src/i18n/packs/privacy.ts' },
  { name: 'data', keys: enData, module: 'src/i18n/packs/data.ts' },
  { name: 'report', keys: enReport, module: 'src/i18n/packs/report.ts' },
  { name: 'photos', keys: enPhotosLazy, module: 'src/ui/photos/messages.ts' },
  { name: 'photos-privacy', keys: enPhotosPrivacy, module: 'src/ui/privacy/Privacy.tsx' },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Literal keys and template prefixes ("report.range", "report.area.") written in a file. */
function keysWritten(text: string): { literals: string[]; prefixes: string[] } {
  const literals = [...text.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1] as string);
  const prefixes = [...text.matchAll(/`([a-z][\w-]*(?:\.[\w-]*)*\.)\$\{/g)].map((m) => m[1] as string);
  return { literals, prefixes };
}

/** The packs a file's text uses. */
function packsUsed(text: string, packs = PACKS): string[] {
  const { literals, prefixes } = keysWritten(text);
  return packs
    .filter((p) => {
      const keys = Object.keys(p.keys);
      return (
        literals.some((k) => k in p.keys) ||
        prefixes.some((x) => keys.some((k) => k.startsWith(x) && !(k in en)))
      );
    })
    .map((p) => p.name);
}

/** Whether `file` imports `module` (relative specifier, with or without extension). */
function imports(file: string, text: string, module: string): boolean {
  if (file === module) return true;
  let spec = relative(join(file, '..'), module).replace(/\.tsx?$/, '');
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return text.includes(`'${spec}'`);
}

describe('English packs', () => {
  // The core and the store carry keys as data (an import error's key); the UI that shows them
  // registers the pack. Every other file is checked.
  const sources = files('src').filter(
    (f) =>
      /\.tsx?$/.test(f) && !/^src\/(core|store)\//.test(f) && !/^src\/i18n\/(en|es|de|fr)[\w-]*\.ts$/.test(f),
  );

  it('every file that shows a key of a lazy pack registers that pack', () => {
    const missing: string[] = [];
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      for (const name of packsUsed(text)) {
        const pack = PACKS.find((p) => p.name === name);
        if (pack && !imports(f, text, pack.module))
          missing.push(`${f} uses ${name} keys: import '${pack.module}'`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no key is in two packs, or in a pack and in en', () => {
    const seen = new Map<string, string>(Object.keys(en).map((k) => [k, 'en']));
    const twice: string[] = [];
    for (const p of PACKS)
      for (const k of Object.keys(p.keys)) {
        if (seen.has(k)) twice.push(`${k}: ${seen.get(k)} and ${p.name}`);
        seen.set(k, p.name);
      }
    expect(twice).toEqual([]);
  });

  it('the check finds a use of a pack written as a literal or a template prefix (control)', () => {
    expect(packsUsed("t('report.title')")).toEqual(['report']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text that holds a template, read by the check
    expect(packsUsed('t(`import.error.${code}`)')).toEqual(['data']);
    expect(packsUsed("t('popup.title')")).toEqual([]);
  });
});
