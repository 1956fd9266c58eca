// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint, and the dependency rule of docs/architecture.md made mechanical:
 * apps → packages, never back; the protocol package imports nothing of ours;
 * the server never imports React; the web app never imports Node or server code.
 */
const restrict = (...patterns) => ['error', { patterns }];
const group = (names, message) => ({ group: names, message });

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'bench/results/**', 'data/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        group(['@kopa/server', '@kopa/web', '**/apps/**'], 'Shared packages never import apps.'),
        group(['react', 'react-dom', '@lexical/react', '@lexical/react/*'], 'Shared packages stay free of React.'),
      ),
    },
  },
  {
    files: ['packages/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        group(['@kopa/*', '**/apps/**'], 'The protocol package imports nothing of ours.'),
        group(['node:*', 'react', 'react-dom', 'lexical', '@lexical/*', 'yjs'], 'The protocol package has no DOM, Node or editor dependencies.'),
      ),
    },
  },
  {
    files: ['apps/server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        group(['react', 'react-dom', '@lexical/react', '@lexical/react/*', '@kopa/web', '**/apps/web/**'], 'The server never imports React or the web app.'),
      ),
    },
  },
  {
    files: ['apps/server/src/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(
        group(['@kopa/server', '**/apps/server/**', 'node:*', 'better-sqlite3', 'express', 'ws'], 'The web app runs in browsers: no server or Node code.'),
      ),
    },
  },
  {
    files: ['bench/**/*.ts', '**/test/**/*.ts', '**/e2e/**/*.ts', '*.config.ts', 'vitest.workspace.ts'],
    rules: { 'no-console': 'off' },
  },
);
