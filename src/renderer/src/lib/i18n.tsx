import { createContext, useContext, useEffect } from 'react';
import type { Language } from '../../../shared/i18n/languages';
import { SANDBOX_LABEL } from '../../../shared/settings';
import { translator, type Translator } from '../../../shared/i18n/translator';

export type { Translator } from '../../../shared/i18n/translator';

// The renderer says everything through the same FormatJS translator as main. Main decides the
// language (preference, or the system's) and tells the window in AppInfo; a change re-renders
// everything at once, with no restart.

const WordsContext = createContext<Translator>(translator('en'));

export function WordsProvider({
  language,
  locale,
  children,
}: {
  language: Language;
  locale: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const words = translator(language, [locale]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <WordsContext value={words}>{children}</WordsContext>;
}

/** The translator for the language the window is in. */
export function useWords(): Translator {
  return useContext(WordsContext);
}

/** A stored name shown in the staff's language: the built-in sandbox's, or any other as it is. */
export function storedName(name: string, words: Translator): string {
  return name === SANDBOX_LABEL ? words.t('env.sandbox') : name;
}
