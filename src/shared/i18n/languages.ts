// The languages Linkdesk speaks, and how a preference ("follow the system" or a choice) becomes one.

/** Complete, natural catalogues, one JSON file each under ./messages. */
export const APP_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

/** Accented and about 40 % longer English, to find cut-off text and untranslated strings. */
export const PSEUDO_LANGUAGE = 'en-XA';
export type Language = AppLanguage | typeof PSEUDO_LANGUAGE;

export const LANGUAGE_PREFERENCES = ['system', ...APP_LANGUAGES, PSEUDO_LANGUAGE] as const;
export type LanguagePreference = (typeof LANGUAGE_PREFERENCES)[number];

/** Each language named in itself, as a picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'en-XA': 'Ƥšéûðö (test)',
};

/**
 * The language to show: the chosen one, or the first of the system's preferred languages
 * ("de-AT", "fr-CA", …) that Linkdesk speaks, or English.
 */
export function resolveLanguage(preference: LanguagePreference, systemLanguages: readonly string[]): Language {
  if (preference !== 'system') return preference;
  for (const tag of systemLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const match = APP_LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return 'en';
}

/**
 * The locale Intl formats numbers, money and dates with: the system's own regional variant when
 * it speaks the same language ("de-CH" writes 1’234.50), else the language itself.
 */
export function formattingLocale(language: Language, systemLanguages: readonly string[]): string {
  if (language === PSEUDO_LANGUAGE) return 'en';
  const regional = systemLanguages.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === language);
  if (!regional) return language;
  try {
    return Intl.getCanonicalLocales(regional.replace('_', '-'))[0] ?? language;
  } catch {
    return language;
  }
}
