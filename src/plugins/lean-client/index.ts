/**
 * Local plugin: keeps out of the reader's download what a help center does not use. Survivors often read on old
 * phones over slow or metered connections, so every kilobyte is theirs to pay for.
 * - Code highlighting. Articles hold no code, yet the theme loads Prism and its grammars on every page. Code
 *   blocks are plain (src/theme/CodeBlock), no grammar is added (src/theme/prism-include-languages), and the
 *   `Prism` the theme's start-up module still imports comes from `no-prism.ts`, not `prism-react-renderer`.
 * - Viewport prefetching. Docusaurus downloads the code of every internal link that scrolls into view. Links still
 *   load their page's code on hover, focus or touch, when the reader shows they want it (`no-viewport-prefetch.ts`).
 * - All of tslib. `@docusaurus/utils-common` requires it from CommonJS for one helper, and a CommonJS require
 *   keeps every helper. That one module gets `import-default-only.ts` instead, which takes just that helper.
 * - Collation data at start-up. Two Docusaurus helpers order a few ASCII keys with `localeCompare` as a guide
 *   starts, and a browser's first `localeCompare` loads its collation data: a long task on every guide. The modules
 *   that import them get stand-ins that leave nothing to collate (`docs-client-utils.ts`, `react-utils.ts`).
 * - Escaped text. The minifier writes every non-ASCII character as `\uXXXX`, which makes Arabic text about three
 *   times longer and a tenth bigger even compressed. Pages declare UTF-8 and scripts inherit it, so the code is
 *   written in UTF-8 as it is.
 */
import path from 'node:path';
import {getSwcJsMinimizerOptions, rspack} from '@docusaurus/faster';
import type {Plugin} from '@docusaurus/types';

type Minimizers = NonNullable<NonNullable<Parameters<NonNullable<Plugin['configureWebpack']>>[0]['optimization']>['minimizer']>;
type RspackMinimizerOptions = NonNullable<ConstructorParameters<typeof rspack.SwcJsMinimizerRspackPlugin>[0]>['minimizerOptions'];

/** Docusaurus's own JS minimizer (see @docusaurus/bundler, getRspackMinimizers) with one format option changed. */
function utf8JsMinimizer() {
  const options = getSwcJsMinimizerOptions();
  return new rspack.SwcJsMinimizerRspackPlugin({
    // @swc/core and Rspack type `format.comments` differently; the values are the ones Docusaurus passes.
    minimizerOptions: {minify: true, ...options, format: {...options.format, ascii_only: false}} as RspackMinimizerOptions,
  });
}

/**
 * The Docusaurus modules that call `localeCompare` as a page starts, and the stand-ins that the modules of their own
 * package (their only importers) get instead. A stand-in re-exports the original and lives here, outside that
 * package, so its own import of the original is left alone.
 */
const collationFreeStandIns = [
  {
    importers: path.dirname(require.resolve('@docusaurus/plugin-content-docs/lib/client/index.js')),
    module: 'docsClientUtils',
    standIn: 'docs-client-utils.ts',
  },
  {importers: path.dirname(require.resolve('@docusaurus/theme-common')), module: 'utils/reactUtils', standIn: 'react-utils.ts'},
];

export default function leanClientPlugin(): Plugin {
  return {
    name: 'lean-client',
    getClientModules() {
      return [path.join(__dirname, 'no-viewport-prefetch.ts')];
    },
    configureWebpack(config, isServer, {currentBundler}) {
      const lean = {
        resolve: {alias: {'prism-react-renderer$': path.join(__dirname, 'no-prism.ts')}},
        module: {
          rules: [
            {
              test: /[\\/]@docusaurus[\\/]utils-common[\\/]lib[\\/]index\.js$/,
              resolve: {alias: {tslib$: path.join(__dirname, 'import-default-only.ts')}},
            },
            ...collationFreeStandIns.map(({importers, module, standIn}) => ({
              test: importers,
              resolve: {alias: {[path.join(importers, module)]: path.join(__dirname, standIn)}},
            })),
          ],
        },
      };
      // The server bundle is not minified, and only Rspack (Docusaurus Faster, which this site uses) has this plugin.
      if (isServer || currentBundler.name !== 'rspack') return lean;
      // Docusaurus types the config as webpack's, though under Rspack its minimizers are Rspack plugins; hence the cast.
      const minimizers: Minimizers = (config.optimization?.minimizer ?? []).map((minimizer) =>
        minimizer?.constructor.name === 'SwcJsMinimizerRspackPlugin' ? (utf8JsMinimizer() as unknown as typeof minimizer) : minimizer,
      );
      return {...lean, mergeStrategy: {'optimization.minimizer': 'replace'}, optimization: {minimizer: minimizers}};
    },
  };
}
