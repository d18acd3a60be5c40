import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { formatMoney } from '../money';
import { typedDecimal } from './typed-amount';
import { CATALOGUES, catalogueFor, type MessageKey } from './catalogues';
import { formattingLocale, type Language } from './languages';

export type { MessageKey } from './catalogues';

/** Values an ICU message takes: `{count, plural, …}`, `{name}`, `{when, time, short}`. */
export type MessageValues = Record<string, string | number | Date>;

/** A message to show, not yet in a language: what main's errors and notices carry until they are shown. */
export interface Text {
  key: MessageKey;
  values?: MessageValues;
}

export const text = (key: MessageKey, values?: MessageValues): Text => (values ? { key, values } : { key });

/** Everything that turns Linkdesk's facts into words and figures in one language. */
export interface Translator {
  readonly language: Language;
  /** The BCP 47 locale numbers, money and dates are written in ("de", "de-CH", "en"). */
  readonly locale: string;
  t: (key: MessageKey, values?: MessageValues) => string;
  /** A `Text` in this language. */
  say: (message: Text) => string;
  money: (minor: number, currency: string) => string;
  /** Minor units as the staff would type them, no grouping: "12,50" in German, "12.50" in English. */
  decimal: (minor: number, decimals: number) => string;
  number: (value: number) => string;
  /** "14:05" / "2:05 PM". */
  time: (when: string | number | Date) => string;
  /** "2 Dec 2026, 14:05". */
  dateTime: (when: string | number | Date) => string;
  /** "2 December 2026". */
  date: (when: string | number | Date) => string;
  /** "2 Dec 2026". */
  day: (when: string | number | Date) => string;
}

const cache = createIntlCache();
const translators = new Map<string, Translator>();

/**
 * The translator for a language (one per language and locale, built once). A message missing
 * from a catalogue falls back to English rather than showing its key; the catalogue test keeps
 * that from happening.
 */
export function translator(language: Language, systemLanguages: readonly string[] = []): Translator {
  // Looked up on every IPC answer and every render: the key is cheap, the locale is worked out once.
  const id = `${language}|${systemLanguages.join(',')}`;
  let found = translators.get(id);
  if (!found) {
    found = build(language, formattingLocale(language, systemLanguages));
    translators.set(id, found);
  }
  return found;
}

function build(language: Language, locale: string): Translator {
  const intl: IntlShape = createIntl(
    { locale, defaultLocale: 'en', messages: catalogueFor(language), onError: reportOnce },
    cache,
  );
  const english = CATALOGUES.en;
  const t = (key: MessageKey, values?: MessageValues): string =>
    intl.formatMessage({ id: key, defaultMessage: english[key] }, values);
  return {
    language,
    locale,
    t,
    say: (message) => t(message.key, message.values),
    money: (minor, currency) => formatMoney(minor, currency, locale),
    decimal: (minor, decimals) => typedDecimal(minor, decimals, locale),
    number: (value) => intl.formatNumber(value),
    time: (when) => intl.formatTime(when, { hour: '2-digit', minute: '2-digit' }),
    dateTime: (when) => intl.formatDate(when, { dateStyle: 'medium', timeStyle: 'short' }),
    date: (when) => intl.formatDate(when, { dateStyle: 'long' }),
    day: (when) => intl.formatDate(when, { dateStyle: 'medium' }),
  };
}

const reported = new Set<string>();
/** A broken message is a bug the catalogue test catches; at run time, say it once, not per render. */
function reportOnce(error: { message: string }): void {
  if (reported.has(error.message)) return;
  reported.add(error.message);
  console.warn(`[i18n] ${error.message}`);
}
