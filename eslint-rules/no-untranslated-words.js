// @ts-check
// Words typed straight into JSX never reach the translator (#17). This rule reports text with
// letters in it (symbols such as "×", "·" or "✕" are fine) as JSX children and in the props a
// person reads: labels, hints, placeholders, titles and aria text. Example addresses
// ("https://…", "#4b3fc4") and the product's name are not words to translate.
// eslint-plugin-formatjs has a rule for this, but it reports every literal, spaces and symbols
// included, which pushes code into contortions that hide real misses.

const READ_PROPS = new Set([
  'aria-label',
  'aria-description',
  'title',
  'alt',
  'placeholder',
  'label',
  'hint',
  'legend',
]);
const WORDS = /\p{L}{2,}/u;
const NOT_WORDS = [/^\s*(https?:\/\/|#)/, /^\s*Linkdesk\s*$/];

/** @param {string} text */
const hasWords = (text) => WORDS.test(text) && !NOT_WORDS.some((pattern) => pattern.test(text));

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Text people read goes through the translator, not into JSX' },
    messages: { untranslated: 'Untranslated text "{{text}}": add a message key and use t().' },
    schema: [],
  },
  create(context) {
    /** @param {import('estree').Node | null | undefined} node */
    const check = (node) => {
      if (!node) return;
      if (node.type === 'Literal' && typeof node.value === 'string' && hasWords(node.value)) {
        context.report({ node, messageId: 'untranslated', data: { text: node.value.trim().slice(0, 40) } });
      } else if (node.type === 'TemplateLiteral') {
        for (const quasi of node.quasis) {
          if (hasWords(quasi.value.cooked ?? '')) {
            const text = (quasi.value.cooked ?? '').trim().slice(0, 40);
            context.report({ node: quasi, messageId: 'untranslated', data: { text } });
          }
        }
      } else if (node.type === 'ConditionalExpression') {
        check(node.consequent);
        check(node.alternate);
      } else if (node.type === 'LogicalExpression') {
        check(node.right);
      }
    };
    return {
      /** @param {any} node */
      JSXText(node) {
        if (hasWords(node.value)) {
          context.report({ node, messageId: 'untranslated', data: { text: node.value.trim().slice(0, 40) } });
        }
      },
      /** @param {any} node */
      JSXExpressionContainer(node) {
        if (node.parent?.type === 'JSXElement' || node.parent?.type === 'JSXFragment') check(node.expression);
      },
      /** @param {any} node */
      JSXAttribute(node) {
        if (node.name.type !== 'JSXIdentifier' || !READ_PROPS.has(node.name.name) || !node.value) return;
        check(node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value);
      },
    };
  },
};
