// @ts-check
import js from '@eslint/js';
import formatjs from 'eslint-plugin-formatjs';
import noUntranslatedWords from './eslint-rules/no-untranslated-words.js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electron = {
  group: ['electron'],
  message: 'Only src/main/adapters, src/main/index.ts and src/preload/index.ts may import electron.',
};
/** A layer may not reach into these folders (VS Code's code-layering rule, as import patterns). */
const layer = (why, ...folders) => ({ group: folders.map((folder) => `**/${folder}/**`), message: why });
const noImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const noIpc = {
  selector: 'ImportSpecifier[imported.name=/^(ipcMain|ipcRenderer)$/]',
  message: 'ipcMain and ipcRenderer belong in src/main/adapters/ipc.ts and src/preload/index.ts only.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**'],
    rules: { 'no-restricted-syntax': ['error', noIpc] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Everything Linkdesk shows is said through the translator (#17): no words typed into JSX, nor
  // into the labels, titles and messages main shows in menus, dialogs and notifications.
  {
    files: ['src/renderer/**/*.tsx'],
    plugins: { linkdesk: { rules: { 'no-untranslated-words': noUntranslatedWords } } },
    rules: { 'linkdesk/no-untranslated-words': 'error' },
  },
  {
    files: ['src/main/adapters/**', 'src/main/handlers/**', 'src/main/core/**'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-object': ['error', { include: ['label', 'title', 'message', 'body', 'detail'] }],
    },
  },
  // The layers. Each block names everything its files may not import (one block per file set,
  // since a later no-restricted-imports replaces an earlier one rather than adding to it).
  {
    files: ['src/shared/**'],
    rules: noImports(
      electron,
      layer('src/shared runs everywhere: it imports only zod and shared files.', 'main', 'renderer', 'preload'),
    ),
  },
  {
    files: ['src/main/core/**'],
    rules: noImports(
      electron,
      layer(
        'Core is what handlers and adapters call; it never calls them, nor the sandbox.',
        'handlers',
        'adapters',
        'sandbox',
      ),
    ),
  },
  {
    files: ['src/main/sandbox/**'],
    rules: noImports(
      electron,
      layer('The sandbox is an independent emulator of the API: no app code in it.', 'core', 'handlers', 'adapters'),
    ),
  },
  {
    files: ['src/main/handlers/**'],
    rules: noImports(electron, layer('Handlers get Electron only through the ports core defines.', 'adapters')),
  },
  {
    files: ['src/renderer/**'],
    rules: noImports(electron, layer('The renderer reaches main only through window.linkdesk.', 'main', 'preload')),
  },
  {
    files: ['src/main/compose.ts', 'src/main/main-options.ts', 'src/main/app-url.ts', 'src/main/csp.ts'],
    rules: noImports(electron),
  },
  {
    files: ['src/main/adapters/ipc.ts', 'src/preload/index.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: {
      // Tests read raw JSON off the wire and assert on it; typing every shape there adds nothing.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      'no-empty-pattern': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
