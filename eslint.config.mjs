// Typed lint for the site's code (`npm run lint`, part of `npm test`): TypeScript's recommended type-checked rules,
// React's hooks rules, and the import boundaries that keep the browser bundle and the tools apart.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import {importX} from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['build/', 'build-company/', '.docusaurus/', 'node_modules/', 'coverage/', 'test-results/', 'bench/stock/', 'tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}},
    plugins: {'react-hooks': reactHooks, 'import-x': importX},
    rules: {
      // The classic hooks rules. The plugin's React Compiler rules are left out: the site does not use the compiler,
      // and the search bar's stand-in reads a ref during render on purpose (src/theme/SearchBar).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Boundaries: the site's code never reaches into the tests or the tools, and the tools never into the tests.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {target: './src', from: './tests', message: 'The site does not depend on its tests.'},
            {
              target: './src',
              from: './scripts',
              message: 'The site does not depend on the tools; shared code belongs in src/.',
            },
            {
              target: './scripts',
              from: './tests',
              message: 'Code the tools and tests share belongs in scripts/support/.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  // Tests read JSON and YAML back to check it: the assertions that follow are what types it. They also run the
  // scripts the build writes into pages with `new Function`, as a browser would.
  {
    files: ['tests/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-implied-eval': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked},
  // The quick exit's and the loader's scripts are one function expression each, which the build calls with its
  // settings when it writes them into a page; they are ES5, for the oldest phones, so a catch names its error.
  {
    files: ['src/plugins/quick-exit/inline.js', 'src/plugins/page-scripts/load-scripts.js'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-unused-vars': ['error', {caughtErrors: 'none'}]},
  },
  // Scripts written into pages run in the browser; the rest of the plain JavaScript runs in Node.
  {files: ['src/**/*.js'], languageOptions: {globals: globals.browser}},
  {files: ['scripts/**/*.mjs', '*.mjs'], languageOptions: {globals: globals.node}},
);
