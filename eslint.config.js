// ESLint: typescript-eslint's strict rules, the React hooks rules, and the project's own boundaries.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  reactHooks.configs.flat['recommended-latest'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Article text is untrusted: render it as text, never as HTML.',
        },
      ],
    },
  },
  {
    // The pipeline is pure: text in, data out. No file system, no DOM, no React.
    files: ['src/corpus/**/*.ts'],
    ignores: ['src/corpus/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/corpus is pure: do I/O in src/node.',
            },
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'src/corpus is pure: no React.' },
            {
              group: ['../node/*', '../app/*', '../views/*'],
              message: 'src/corpus depends on nothing outside it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'fetch', 'process'],
    },
  },
);
