import de from './messages/de.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };
import { PSEUDO_LANGUAGE, type Language } from './languages';
import { pseudoMessage } from './pseudo';

/** Every message Linkdesk shows has a key in the English catalogue; the others must match it. */
export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

export const CATALOGUES: Record<Exclude<Language, typeof PSEUDO_LANGUAGE>, Catalogue> = { en, de, fr, es };

let pseudo: Catalogue | undefined;

/** The messages of one language; the pseudo-locale is made from English when first asked for. */
export function catalogueFor(language: Language): Catalogue {
  if (language !== PSEUDO_LANGUAGE) return CATALOGUES[language];
  pseudo ??= Object.fromEntries(Object.entries(en).map(([key, message]) => [key, pseudoMessage(message)])) as Catalogue;
  return pseudo;
}
