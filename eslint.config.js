import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/** Import direction is data here, not a wiki page: hosts → contract → core; renderer → types only. */
const coreRestrictions = {
  patterns: [
    {
      group: ['electron', 'electron/*'],
      message: 'The core never imports electron: it runs under the CLI and browser host too.',
    },
    { group: ['**/hosts/**', '../hosts/*', '../../hosts/*'], message: 'core must not depend on hosts.' },
    { group: ['**/src-renderer/**'], message: 'core must not depend on the renderer.' },
  ],
};

export default ts.config(
  { ignores: ['node_modules', 'out', '.native', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src-main/core/**/*.ts', 'src-main/contract.ts', 'src-main/result.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', coreRestrictions] },
  },
  {
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.svelte'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src-main/**', '!**/src-main/result', 'electron'],
              allowTypeImports: true,
              message: 'The renderer takes only types from src-main; it talks to the host through api.ts.',
            },
          ],
        },
      ],
    },
  },
);
