import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Page } from '@playwright/test';
import { CATALOGUES } from '../../../src/shared/i18n/catalogues';
import type { Language } from '../../../src/shared/i18n/languages';
import { translator, type Translator } from '../../../src/shared/i18n/translator';
import type { Harness } from './fixtures';

/** Chooses a language in Preferences, as the select there does, and waits for the window to speak it. */
export async function speak(app: Harness, language: Language): Promise<Translator> {
  const current = (await app.main.dispatch('settings:get', undefined, app.rendererUrl)) as {
    ok: true;
    data: { preferences: Record<string, unknown> };
  };
  await app.main.dispatch('settings:set-preferences', { ...current.data.preferences, language }, app.rendererUrl);
  await app.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  return translator(language);
}

/** The literal runs of a message, nested ones too ("Create ", " checkout" of "Create {amount} checkout"). */
function literalsOf(elements: MessageFormatElement[], into: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.literal) into.push(element.value);
    else if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) literalsOf(option.value, into);
    else if (element.type === TYPE.tag) literalsOf(element.children, into);
  }
  return into;
}

/**
 * English phrases that would show if a message were left untranslated in `language`: the literal
 * runs of the English catalogue (4 letters or more), less any word that language uses itself
 * ("Status", "Link", "Test").
 */
function englishPhrases(language: Exclude<Language, 'en-XA'>): string[] {
  const own = Object.values(CATALOGUES[language]).join(' ');
  const phrases = new Set<string>();
  for (const message of Object.values(CATALOGUES.en)) {
    for (const run of literalsOf(parse(message))) {
      const phrase = run.trim().replace(/^[^\p{L}]+|[^\p{L})]+$/gu, '');
      if ((phrase.match(/\p{L}/gu) ?? []).length < 4) continue;
      if (new RegExp(`(?<!\\p{L})${escape(phrase)}(?!\\p{L})`, 'u').test(own)) continue;
      phrases.add(phrase);
    }
  }
  return [...phrases];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * English left on screen in a window speaking `language`: in its text and in what assistive tech
 * reads. `data` is text the shop chose (a merchant's name), which stays as it was typed.
 */
export async function englishOnScreen(
  page: Page,
  language: Exclude<Language, 'en-XA'>,
  data: readonly string[] = [],
): Promise<string[]> {
  const raw = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label],[placeholder],[title]')].map((el) =>
      ['aria-label', 'placeholder', 'title'].map((name) => el.getAttribute(name) ?? '').join(' '),
    );
    return `${document.body.innerText}\n${attributes.join('\n')}\n${document.title}`;
  });
  const shown = data.reduce((text, chosen) => text.replaceAll(chosen, ''), raw);
  return englishPhrases(language).filter((phrase) =>
    new RegExp(`(?<!\\p{L})${escape(phrase)}(?!\\p{L})`, 'u').test(shown),
  );
}
