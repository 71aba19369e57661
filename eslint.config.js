// ESLint: typescript-eslint's strict rules, the React hooks rules, and the project's own boundaries: the folder
// layers (src/corpus, under src/search, under src/node and src/import, under src/app, under src/views, under
// src/App.tsx), no import
// upward, and the page's code taking from src/corpus only the types, src/corpus/client.ts and the quote diff.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A `no-restricted-imports` rule refusing each of `patterns`, each with its reason. */
const refuse = (...patterns) => ['error', { patterns }];

/** Everything above src/corpus: its folders, and src/App.tsx, which composes the app and the views. */
const LAYERS = ['search', 'node', 'import', 'app', 'views', 'App.tsx'];

/** Imports of the named folders (or src/App.tsx) from anywhere below them. */
const above = (message, ...names) => ({
  group: names.map((name) => (name.includes('.') ? `**/${name}` : `**/${name}/*`)),
  message,
});

/**
 * What the page may take from src/corpus: the contract's types, the module kept for the page, and the quote diff, kept
 * apart so that jsdiff loads only with the view that diffs (see client.ts).
 */
const BROWSER_CORPUS = {
  group: ['**/corpus/*', '!**/corpus/types.ts', '!**/corpus/client.ts', '!**/corpus/quote-diff.ts'],
  message:
    'The page imports from src/corpus only types.ts, client.ts and quote-diff.ts: the rest is the build-time pipeline (export what the page needs from client.ts).',
};

/** The page's code (src/search runs in a worker) has no Node shell. */
const NODE_SHELL = {
  group: ['**/node/*'],
  message: 'The page runs in the browser: src/node, the Node shell, is not part of it.',
};

/** Test helpers stay out of shipped and shell code. */
const TEST_SUPPORT = {
  group: ['**/test-support/*'],
  message: 'src/test-support is for tests and the bench only.',
};

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
      'no-restricted-imports': refuse(
        {
          group: ['node:*', 'fs', 'path', 'os', 'child_process'],
          message: 'src/corpus is pure: do I/O in src/node.',
        },
        { group: ['react', 'react-dom', 'react-dom/*'], message: 'src/corpus is pure: no React.' },
        above('src/corpus is the bottom layer: it depends on nothing outside it.', ...LAYERS),
        TEST_SUPPORT,
      ),
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'fetch', 'process'],
    },
  },
  {
    // The Node shell may read the search data's format (the Vite plugin writes what the worker reads), not the page.
    files: ['src/node/**/*.ts'],
    ignores: ['src/node/**/*.test.ts'],
    rules: {
      'no-restricted-imports': refuse(
        above(
          'src/node serves the page its data; it imports none of the page’s code.',
          'app',
          'views',
          'App.tsx',
        ),
        TEST_SUPPORT,
      ),
    },
  },
  {
    // The browser's shell around the pipeline (the import worker and the store of imported corpora), as src/node is
    // Node's: it may run all of src/corpus, and serves the page, whose code it does not import.
    files: ['src/import/**/*.ts'],
    ignores: ['src/import/**/*.test.ts'],
    rules: {
      'no-restricted-imports': refuse(
        above('src/import serves the page; it imports none of the page’s code.', 'app', 'views', 'App.tsx'),
        NODE_SHELL,
        TEST_SUPPORT,
      ),
    },
  },
  {
    files: ['src/search/**/*.ts'],
    ignores: ['src/search/**/*.test.ts'],
    rules: {
      'no-restricted-imports': refuse(
        BROWSER_CORPUS,
        above('src/search sits under the app and the views.', 'app', 'views', 'App.tsx'),
        NODE_SHELL,
        TEST_SUPPORT,
      ),
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': refuse(
        BROWSER_CORPUS,
        above(
          'src/app sits under the views: a view imports the app’s parts, never the reverse.',
          'views',
          'App.tsx',
        ),
        NODE_SHELL,
        TEST_SUPPORT,
      ),
    },
  },
  {
    // src/export writes the views' tables as files, from the views' own models: it is of the views' layer.
    files: ['src/views/**/*.{ts,tsx}', 'src/export/**/*.ts'],
    ignores: ['src/views/**/*.test.ts', 'src/export/**/*.test.ts'],
    rules: {
      'no-restricted-imports': refuse(
        BROWSER_CORPUS,
        above('src/App.tsx composes the views; a view does not import it.', 'App.tsx'),
        NODE_SHELL,
        TEST_SUPPORT,
      ),
    },
  },
  {
    // The top: the entry point and the shell that composes the app and the views.
    files: ['src/main.tsx', 'src/App.tsx'],
    rules: {
      'no-restricted-imports': refuse(BROWSER_CORPUS, NODE_SHELL, TEST_SUPPORT),
    },
  },
  // Tests (`*.test.ts`) and src/test-support are not layered: a test may build a corpus with the whole pipeline
  // (through src/node's folder reader) to check a view's helpers against it, and nothing ships them to the page.
);
