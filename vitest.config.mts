import path from 'node:path';
import {defineConfig} from 'vitest/config';

const site = (p: string) => path.resolve(import.meta.dirname, p);

// Docusaurus's client modules only exist inside a Docusaurus build; component tests get small stand-ins.
const docusaurusStandIns = {
  '@docusaurus/Translate': site('tests/unit/support/Translate.tsx'),
  '@docusaurus/useDocusaurusContext': site('tests/unit/support/useDocusaurusContext.ts'),
  '@docusaurus/Link': site('tests/unit/support/Link.tsx'),
  '@docusaurus/useIsBrowser': site('tests/unit/support/useIsBrowser.ts'),
  '@docusaurus/useBaseUrl': site('tests/unit/support/useBaseUrl.ts'),
  '@theme/Heading': site('tests/unit/support/Heading.tsx'),
  '@theme/Layout': site('tests/unit/support/Layout.tsx'),
  '@docusaurus/Head': site('tests/unit/support/ThemeComponent.tsx'),
  '@theme-original/BackToTopButton': site('tests/unit/support/BackToTopButton.tsx'),
  '@site': site('.'),
  // The real ones: they hold no Docusaurus state, and Docusaurus's own helpers (tested with lean-client's
  // stand-ins) import them by these names.
  '@docusaurus/router': site('node_modules/@docusaurus/core/lib/client/exports/router.js'),
  '@docusaurus/useIsomorphicLayoutEffect': site('node_modules/@docusaurus/core/lib/client/exports/useIsomorphicLayoutEffect.js'),
};
// theme-common ships its modules as .js files with JSX in them, which the test compiler does not read; its
// TypeScript sources are the same modules.
const themeCommonSources = {find: /^(.*\/@docusaurus\/theme-common)\/lib\/(.+)\.js$/, replacement: '$1/src/$2'};
// The theme's navbar items: tests of the map that picks them only need something to point at.
const themeNavbarItems = {find: /^@theme\/NavbarItem\/.+$/, replacement: site('tests/unit/support/ThemeComponent.tsx')};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: {
          alias: [...Object.entries(docusaurusStandIns).map(([find, replacement]) => ({find, replacement})), themeNavbarItems, themeCommonSources],
        },
        // tsconfig keeps JSX for Docusaurus's bundler ("preserve"); the tests compile it themselves.
        oxc: {jsx: {runtime: 'automatic', importSource: 'react'}},
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          globals: true,
          // The checker and scaffold tests run the real CLIs (tsx in a child process): seconds each on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globals: true,
          // One Chromium at a time on a 2-core machine; each file starts its own server and browser.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
