import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noFloat = [
  'error',
  { selector: "CallExpression[callee.name='parseFloat']", message: 'No floats: parse decimals exactly (see decimal/).' },
  { selector: "CallExpression[callee.property.name='parseFloat']", message: 'No floats: parse decimals exactly (see decimal/).' },
  { selector: "CallExpression[callee.property.name='toFixed']", message: 'toFixed rounds through floats: use the decimal module.' },
  { selector: 'TSEnumDeclaration', message: 'No TypeScript enums: use string literal unions.' },
  { selector: 'TSModuleDeclaration[declare!=true]', message: 'No TypeScript namespaces: use ES modules.' },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'tests/output/**', '.tmp/**', 'addin/public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', structuredClone: 'readonly', Buffer: 'readonly', globalThis: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'addin/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': noFloat },
  },
);
