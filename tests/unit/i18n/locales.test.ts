import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../../src/i18n/de';
import { englishAll } from '../../../src/i18n/en-all';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';

/** The catalogues, imported directly (not through i18n.ts, so a catalogue that is not registered is still checked). */
const catalogues: Record<string, Record<string, string>> = { es, de, fr };
// English is `en` plus the packs that load with the code that shows them (src/i18n/en-all.ts).
const reference: Record<string, string> = englishAll;

/**
 * Messages that may read exactly as in English, each with its reason. Keep this short: a message
 * that is only `{placeholders}` and punctuation (e.g. '{field}', '{band}: {verdict}') needs no
 * entry, since it has no words to translate.
 */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  es: {
    'app.name': 'brand',
    'popup.title': 'brand',
    'card.brand': 'brand',
    'badge.days': '"d" for días: the toolbar badge holds about four characters',
    'area.abdomen': 'Spanish word, spelled as in English',
    'report.no': 'Spanish word, spelled as in English',
    'aside.record.roller': '"roller", as everywhere in this catalogue',
    'aside.record.rollerNamed': '"roller", as everywhere in this catalogue',
  },
  de: {
    'app.name': 'brand',
    'popup.title': 'brand',
    'card.brand': 'brand',
    'roller.name': 'German word, spelled as in English',
    'roller.kind.pen': 'German word for a microneedling pen (der Pen)',
    'aside.field.name': 'German word, spelled as in English',
    'aside.record.roller': 'German word (der Roller), as everywhere in this catalogue',
    'aside.record.rollerNamed': 'German word (der Roller), as everywhere in this catalogue',
  },
  fr: {
    'app.name': 'brand',
    'popup.title': 'brand',
    'card.brand': 'brand',
    'log.notes': 'French word, spelled as in English',
    'finding.source': 'French word, spelled as in English',
    'options.rules.sources': 'French word, spelled as in English',
    'options.sources': 'French word, spelled as in English',
    'options.history.col.actions': 'French word, spelled as in English',
    'report.col.when': 'French word, spelled as in English',
    'area.decollete': 'French word, borrowed by English',
    'aside.field.date': 'French word, spelled as in English',
    'aside.field.notifications': 'French word, spelled as in English',
    'aside.record.roller': '"roller", as everywhere in this catalogue',
    'aside.record.rollerNamed': '"roller", as everywhere in this catalogue',
    'count.photos.one': 'French word, spelled as in English (photo)',
    'count.photos.other': 'French word, spelled as in English (photos)',
    'privacy.photos': 'French word, spelled as in English',
  },
};

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}

/** Whether anything in the message besides its placeholders is a letter (so it has words to translate). */
function hasWords(message: string): boolean {
  return /\p{L}/u.test(message.replace(/\{\w+\}/g, ''));
}

const enKeys = Object.keys(reference).sort();

describe.each(Object.keys(catalogues))('%s catalogue', (locale) => {
  const messages = catalogues[locale] as Record<string, string>;

  it('has exactly the keys of the English catalogue', () => {
    const keys = Object.keys(messages);
    expect(keys.filter((k) => !(k in reference))).toEqual([]);
    expect(enKeys.filter((k) => !(k in messages))).toEqual([]);
    expect(keys.sort()).toEqual(enKeys);
  });

  it('uses the same {placeholders} as English in every message', () => {
    const wrong = enKeys
      .filter((k) => messages[k] !== undefined)
      .filter(
        (k) => placeholders(messages[k] as string).join() !== placeholders(reference[k] as string).join(),
      )
      .map((k) => ({
        key: k,
        en: placeholders(reference[k] as string),
        [locale]: placeholders(messages[k] as string),
      }));
    expect(wrong).toEqual([]);
  });

  it('has no empty or blank message, and no unbalanced braces', () => {
    expect(Object.entries(messages).filter(([, v]) => typeof v !== 'string' || v.trim() === '')).toEqual([]);
    const unbalanced = Object.entries(messages).filter(([, v]) => /[{}]/.test(v.replace(/\{\w+\}/g, '')));
    expect(unbalanced).toEqual([]);
  });

  it('translates every message with words, except the listed ones', () => {
    const allowed = SAME_AS_ENGLISH[locale] ?? {};
    const untranslated = enKeys.filter(
      (k) => messages[k] === reference[k] && hasWords(reference[k] as string) && !(k in allowed),
    );
    expect(untranslated).toEqual([]);
  });

  it('lists no exception that is not needed', () => {
    // An exception whose message was since translated (or removed) must go from the list.
    const stale = Object.keys(SAME_AS_ENGLISH[locale] ?? {}).filter((k) => messages[k] !== reference[k]);
    expect(stale).toEqual([]);
  });

  it('has every plural form English has, and a form for each of its own plural categories', () => {
    // Plural messages are the pairs English has as `.one` + `.other` ('area.other' alone is not one).
    const bases = enKeys
      .filter((k) => k.endsWith('.other'))
      .map((k) => k.slice(0, -'.other'.length))
      .filter((base) => `${base}.one` in reference);
    expect(bases.length).toBeGreaterThan(5);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const base of bases) {
      expect(messages[`${base}.one`], `${base}.one`).toBeTruthy();
      expect(messages[`${base}.other`], `${base}.other`).toBeTruthy();
      // A category with no key of its own falls back to `.other` in tp(); the forms that do
      // exist must be categories this language has.
      for (const form of PLURAL_FORMS)
        if (messages[`${base}.${form}`] !== undefined) expect(categories, `${base}.${form}`).toContain(form);
    }
  });

  it('keeps {count} in both plural forms when English does', () => {
    for (const k of enKeys.filter(
      (k) => /\.(one|other)$/.test(k) && (reference[k] as string).includes('{count}'),
    ))
      expect(messages[k], k).toContain('{count}');
  });
});

describe('manifest strings (_locales)', () => {
  const read = (locale: string) =>
    JSON.parse(readFileSync(join('public', '_locales', locale, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string; description?: string }
    >;
  const enManifest = read('en');

  it.each(['es', 'de', 'fr'])('%s has the keys of en, each with a message', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(enManifest).sort());
    for (const [key, value] of Object.entries(messages)) {
      expect(value.message.trim(), key).not.toBe('');
      if (key !== 'extName') expect(value.message, key).not.toBe(enManifest[key]?.message);
    }
    expect(messages.extName?.message).toBe('Roller Coach');
  });

  it.each(['es', 'de', 'fr'])(
    '%s keeps the description within the Chrome Web Store limit (132)',
    (locale) => {
      expect(read(locale).extDescription?.message.length).toBeLessThanOrEqual(132);
    },
  );

  it.each(['es', 'de', 'fr'])('%s uses the same toolbar title as its catalogue', (locale) => {
    expect(read(locale).actionTitle?.message).toBe(
      (catalogues[locale] as Record<string, string>).actionTitle,
    );
  });
});
