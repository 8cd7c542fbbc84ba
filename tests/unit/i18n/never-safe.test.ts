import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../../src/i18n/de';
import { englishAll } from '../../../src/i18n/en-all';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';

/**
 * A rule of the house: no message promises safety. A status may say possible, not yet, not for
 * home use, ask a doctor or do not roll; never "safe". ("Safety", "seguridad", "Sicherheit" name
 * the subject, not a promise, and are allowed.)
 */
const PROMISES: Record<string, RegExp> = {
  en: /\bsafe(ly)?\b/i,
  es: /\bsegur[oa]s?\b/i,
  de: /\bsicher(e[nrsm]?)?\b/i,
  fr: /\bsûr(e|s|es)?\b|\bsans (danger|risque)\b/i,
};

const catalogues: Record<string, Record<string, string>> = {
  en: englishAll,
  es,
  de,
  fr,
};

/** The README's promises: the word itself, quoted ("safe") or in code, only names the rule. */
function readmePromises(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/"safe"|`[^`]*`/gi, ''))
    .flatMap((line) => line.match(/.{0,30}\bsafe(ly)?\b.{0,30}/gi) ?? []);
}

function promisesOf(lang: string, messages: Record<string, string>): string[] {
  const re = PROMISES[lang] as RegExp;
  return Object.entries(messages)
    .filter(([, text]) => re.test(text))
    .map(([key, text]) => `${key}: ${text}`);
}

describe('no message says "safe" (issue 10)', () => {
  it.each(Object.keys(catalogues))('%s catalogue', (lang) => {
    expect(promisesOf(lang, catalogues[lang] as Record<string, string>)).toEqual([]);
  });

  it.each(Object.keys(catalogues))('%s manifest strings', (lang) => {
    const file = join(import.meta.dirname, '../../../public/_locales', lang, 'messages.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
    const flat = Object.fromEntries(Object.entries(json).map(([k, v]) => [k, v.message]));
    expect(promisesOf(lang, flat)).toEqual([]);
  });

  it('the README', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    expect(readmePromises(readme)).toEqual([]);
  });

  it("package.json's description (npm shows it; the sources zip carries it)", () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8'));
    expect(promisesOf('en', { description: pkg.description })).toEqual([]);
  });

  it('the check can fail: a planted promise is found in every language', () => {
    expect(
      readmePromises('It shows the next safe date.\nA vocabulary that never says "safe" (`isSafe`).'),
    ).toEqual(['It shows the next safe date.']);
    expect(promisesOf('en', { x: 'Safe to roll now' })).toHaveLength(1);
    expect(promisesOf('es', { x: 'Es seguro usar el rodillo' })).toHaveLength(1);
    expect(promisesOf('de', { x: 'Rollen ist sicher' })).toHaveLength(1);
    expect(promisesOf('fr', { x: 'Le roller est sûr' })).toHaveLength(1);
    expect(promisesOf('en', { x: 'Safety profile' })).toEqual([]);
    expect(promisesOf('es', { x: 'copia de seguridad' })).toEqual([]);
  });
});
