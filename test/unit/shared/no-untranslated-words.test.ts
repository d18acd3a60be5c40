import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import rule from '../../../eslint-rules/no-untranslated-words.js';

// The lint rule that keeps words out of JSX (#17): it must catch English where people read it,
// and leave symbols, example addresses and t() calls alone.

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run('no-untranslated-words', rule, {
  valid: [
    { code: "<p>{t('builder.enterHint')}</p>" },
    { code: "<button aria-label={t('item.remove', { name })}>✕</button>" },
    { code: '<span>{count} × {name} · {total}</span>' },
    { code: "<input placeholder='https://your-shop.example' />" },
    { code: "<input placeholder='#4b3fc4' />" },
    { code: '<span className="brand">Linkdesk</span>' },
    { code: "<option value='a4'>A4</option>" },
    { code: "<div className='outcome outcome-expired' data-state='waiting' />" },
  ],
  invalid: [
    { code: '<p>Loading…</p>', errors: 1 },
    { code: "<button aria-label='Remove item'>✕</button>", errors: 1 },
    { code: "<Field label='Amount' />", errors: 1 },
    { code: "<p>{busy ? 'Creating…' : t('builder.create')}</p>", errors: 1 },
    { code: '<p>{note && `Saved to ${file}`}</p>', errors: 1 },
    { code: "<input placeholder={sandbox ? t('x') : 'Your shop'} />", errors: 1 },
  ],
});
