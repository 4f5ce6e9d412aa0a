/**
 * Local plugin: the one post-build stage. Every built page of a locale is rewritten here, in this order:
 * 1. its scripts load after its first paint (src/plugins/page-scripts),
 * 2. its meta CSP allows exactly the inline scripts it now has, by hash (src/plugins/csp);
 * then the locale's short link pages are written, static, with their CSP (src/plugins/short-links);
 * 3. then the host header files for the whole site are written from every page built so far
 *    (src/security/host-configs.ts): Docusaurus builds the default locale first, so the last locale's pass has them all.
 * So `docusaurus build`, `npm run build` and either with `--out-dir` all give the same complete output.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {addCspMeta} from '../csp';
import {loadScriptsAfterFirstPaint, namedChunkGroupFiles, type Compilation} from '../page-scripts';
import {readRouteChunks} from '../page-scripts/route-chunks';
import {writeHostConfigs} from '../../security/host-configs';
import {isLocale} from '../../config/locales';
import {writeShortLinkPages} from '../short-links/pages';
import {rewriteBuiltPages, siteOutDir} from './pages';

type Compiler = {hooks: {done: {tap(name: string, callback: (stats: {compilation: Compilation}) => void): void}}};

export default function builtPagesPlugin(context: LoadContext): Plugin {
  let chunkGroups: Record<string, string[]> | undefined;
  return {
    name: 'built-pages',
    injectHtmlTags() {
      // The referrer policy every page carries, also for hosts that cannot send headers.
      return {headTags: [{tagName: 'meta', attributes: {name: 'referrer', content: 'no-referrer'}}]};
    },
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const recordChunkGroups = {
        apply(compiler: Compiler) {
          compiler.hooks.done.tap('built-pages', (stats) => {
            chunkGroups = namedChunkGroupFiles(stats.compilation);
          });
        },
      };
      return {plugins: [recordChunkGroups]};
    },
    postBuild({outDir}) {
      if (!chunkGroups) throw new Error('built-pages: the client bundle was not built in this run, so its chunks are unknown.');
      const routes = readRouteChunks(context.generatedFilesDir, chunkGroups);
      rewriteBuiltPages(context, outDir, (html, page) =>
        addCspMeta(
          loadScriptsAfterFirstPaint(
            html,
            page,
            routes.filesFor(page.pathname).map((file) => `${context.baseUrl}${file}`),
          ),
        ),
      );
      const locale = context.i18n.currentLocale;
      if (!isLocale(locale)) throw new Error(`built-pages: unknown locale "${locale}"; declare it in src/config/languages.ts`);
      writeShortLinkPages(outDir, locale, context.baseUrl, addCspMeta);
      writeHostConfigs(siteOutDir(context, outDir));
    },
  };
}
