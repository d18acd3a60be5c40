import { resolveLanguage, type LanguagePreference } from '../../shared/i18n/languages';
import { translator, type Translator } from '../../shared/i18n/translator';
import type { CustomerDisplay } from './customer-display';

/** The translator for the language the staff use right now (it follows the preference at once). */
export type Words = () => Translator;

/** Words from the language preference and the system's preferred languages (most wanted first). */
export function wordsFrom(preference: () => LanguagePreference, systemLanguages: readonly string[]): Words {
  return () => translator(resolveLanguage(preference(), systemLanguages), systemLanguages);
}

/** What the customer window is sent: the session or tip prompt on show, and the language to say it in. */
export function displayState(display: Pick<CustomerDisplay, 'current' | 'tipPrompt'>, words: Translator) {
  return { session: display.current(), tipPrompt: display.tipPrompt(), language: words.language, locale: words.locale };
}
