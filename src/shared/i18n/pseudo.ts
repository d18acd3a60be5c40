import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

// The pseudo-locale: every letter of the English text accented and the text padded to about
// 140 % of its length, inside ⟦ ⟧, so a test or a screenshot shows at a glance text that was
// not translated (plain ASCII) and text that does not fit (a cut-off ⟧).

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? c,
  ]),
);

/** How much longer pseudo text is than English: German and French often run 30–40 % longer. */
export const PSEUDO_EXPANSION = 0.4;

function accentLiterals(elements: MessageFormatElement[]): void {
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      element.value = [...element.value].map((c) => ACCENTED[c] ?? c).join('');
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) accentLiterals(option.value);
    } else if (element.type === TYPE.tag) {
      accentLiterals(element.children);
    }
  }
}

/** One English message in the pseudo-locale, placeholders and plural rules untouched. */
export function pseudoMessage(message: string): string {
  const ast = parse(message);
  accentLiterals(ast);
  const printed = printAST(ast);
  const padding = '·'.repeat(Math.ceil(printed.length * PSEUDO_EXPANSION));
  return `⟦${printed}${padding}⟧`;
}
