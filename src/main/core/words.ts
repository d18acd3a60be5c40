import { resolveLanguage, type LanguagePreference } from '../../shared/i18n/languages';
import { translator, type Translator } from '../../shared/i18n/translator';

/** The translator for the language the staff use right now (it follows the preference at once). */
export type Words = () => Translator;

/** Words from the language preference and the system's preferred languages (most wanted first). */
export function wordsFrom(preference: () => LanguagePreference, systemLanguages: readonly string[]): Words {
  return () => translator(resolveLanguage(preference(), systemLanguages), systemLanguages);
}
