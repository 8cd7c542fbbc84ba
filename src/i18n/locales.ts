/** The languages the extension speaks, and the browser's choice among them (pure: no catalogue). */
export const LOCALES = ['en', 'es', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocaleSetting = Locale | 'auto';

/** The locale the browser's UI uses, narrowed to one we ship. */
export function browserLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  for (const lang of languages) {
    const base = lang.toLowerCase().split('-')[0] as Locale;
    if ((LOCALES as readonly string[]).includes(base)) return base;
  }
  return 'en';
}
