import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, catalogueFor, type MessageKey } from '../../../src/shared/i18n/catalogues';
import { APP_LANGUAGES, PSEUDO_LANGUAGE, resolveLanguage } from '../../../src/shared/i18n/languages';
import { PSEUDO_EXPANSION } from '../../../src/shared/i18n/pseudo';
import { translator } from '../../../src/shared/i18n/translator';
import { priceText } from '../../../src/shared/record-text';

const english = CATALOGUES.en;
const keys = Object.keys(english) as MessageKey[];

/** The argument names a message uses: `{name}`, `{count, plural, …}`, nested ones too. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentsOf(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

/**
 * Messages that are rightly the same as in English: names, codes, and layouts of values with no
 * words. Everything else must be written in the language (a copied English string is a gap).
 */
const SAME_AS_ENGLISH = new Set<MessageKey>([
  'api.detail',
  'tip.percent',
  'tip.totalWith',
  'receipt.each',
  'receipt.transaction',
  'receipt.session',
  'receipt.subtotal',
  'shift.session',
  'shift.transaction',
  'history.tab.sessions',
  'event.title',
  'nav.event',
  'event.screen.label',
  'event.screen.online',
  'event.screen.sessions',
  'items.line',
  'settings.envOzura',
  'settings.kind.ozura',
  'nav.live',
  'nav.liveShort',
  'links.letter',
  'links.test',
  'share.transaction',
  'csv.status',
  'history.status',
  'item.description',
  'item.name',
  'staff.name',
  'staff.actions',
  'detail.session',
  'detail.note',
  'links.link',
  'catalogue.title',
  'options.surcharge',
  'cart.subtotal',
  'newLink.expiresRange',
  'options.surchargePlaceholder',
  'nav.links',
  'settings.keys',
]);

describe('the message catalogues', () => {
  it.each(APP_LANGUAGES)('%s has every key of English and no other', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual([...keys].sort());
  });

  it.each(APP_LANGUAGES)('every %s message parses as ICU and takes the same arguments as the English', (language) => {
    for (const key of keys) {
      const message = CATALOGUES[language][key];
      const ast = parse(message);
      expect([...argumentsOf(ast)].sort(), `${language} ${key}`).toEqual([...argumentsOf(parse(english[key]))].sort());
    }
  });

  it.each(APP_LANGUAGES.filter((l) => l !== 'en'))(
    '%s is written in its language, not copied from English',
    (language) => {
      const copied = keys.filter((key) => CATALOGUES[language][key] === english[key] && !SAME_AS_ENGLISH.has(key));
      expect(copied).toEqual([]);
    },
  );

  it('the pseudo-locale is accented, about 40 % longer, and keeps every placeholder', () => {
    const pseudo = catalogueFor(PSEUDO_LANGUAGE);
    for (const key of keys) {
      const printed = printAST(parse(english[key])).length;
      expect(pseudo[key].length, key).toBeGreaterThanOrEqual(Math.floor(printed * (1 + PSEUDO_EXPANSION)));
      expect([...argumentsOf(parse(pseudo[key]))].sort(), key).toEqual([...argumentsOf(parse(english[key]))].sort());
    }
    const words = translator(PSEUDO_LANGUAGE);
    const said = words.t('builder.createAmount', { amount: '$12.50' });
    expect(said).toMatch(/^⟦Çŕéàţé \$12\.50 çĥéçķöûţ·+⟧$/);
  });
});

describe('languages and locales', () => {
  it('follows the first of the system languages Linkdesk speaks, else English', () => {
    expect(resolveLanguage('system', ['de-AT', 'en-US'])).toBe('de');
    expect(resolveLanguage('system', ['ja-JP', 'fr_CA'])).toBe('fr');
    expect(resolveLanguage('system', ['ja-JP'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
    expect(resolveLanguage('es', ['de-DE'])).toBe('es');
  });

  it('writes money the local way, in the system’s own region when it speaks the language', () => {
    expect(translator('en').money(1250, 'USD')).toBe('$12.50');
    expect(translator('de').money(123450, 'EUR')).toBe('1.234,50\u00a0€');
    expect(translator('fr').money(123450, 'EUR')).toBe('1\u202f234,50\u00a0€');
    expect(translator('es').money(1250, 'EUR')).toBe('12,50\u00a0€');
    expect(translator('de', ['de-CH']).money(123450, 'CHF')).toMatch(/^CHF\u00a01['’]234\.50$/);
    expect(translator('de').money(2500, 'JPY')).toBe('2.500\u00a0¥');
    // A stored unit price ("4.50") reads as money; text that is not one stays as it was typed.
    expect(priceText('4.50', 'EUR', translator('de'))).toBe('4,50\u00a0€');
    expect(priceText('free', 'EUR', translator('de'))).toBe('free');
  });

  it('says the same problem in each language', () => {
    const problem = { key: 'amount.notPositive', values: { noun: 'amount' } } as const;
    expect(translator('en').say(problem)).toBe('Amount must be greater than zero');
    expect(translator('de').say(problem)).toBe('Der Betrag muss größer als null sein');
    expect(translator('fr').say(problem)).toBe('Le montant doit être supérieur à zéro');
    expect(translator('es').say(problem)).toBe('El importe debe ser mayor que cero');
  });
});

describe('a message missing at run time', () => {
  it('is said in English, never as its key', () => {
    const german = CATALOGUES.de as Record<string, string>;
    const kept = german['share.copied'];
    delete german['share.copied'];
    try {
      expect(translator('de', ['de-LU']).t('share.copied')).toBe('Link copied');
    } finally {
      german['share.copied'] = kept ?? '';
    }
  });
});
