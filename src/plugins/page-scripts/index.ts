/**
 * Local plugin: a page's scripts load after its first paint. Docusaurus lists them as `<script defer>` in the head,
 * so the browser fetches them alongside the page and the stylesheet, and on a slow connection the three share the
 * line before any text is on screen. A guide's text, links and quick exit need no script, so here the text comes
 * first: the head's tags become one inline script at the end of the body (`load-scripts.js`) that asks for the same
 * scripts once the page has painted (CONTRIBUTING, "Text before scripts", has what it changed).
 *
 * It rewrites the built pages rather than Docusaurus's page template (`ssrTemplate`), which Docusaurus would also
 * ship, whole, inside every reader's main bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {rewriteBuiltPages} from '../built-pages';

// The leading comment and the indentation stay in the source; pages get the code alone.
const loaderSource = fs
  .readFileSync(path.join(__dirname, 'load-scripts.js'), 'utf8')
  .replace(/^\/\*[\s\S]*?\*\/\s*/, '')
  .replace(/^[ \t]+/gm, '')
  .trim();

// As Docusaurus's HTML minifier writes them: `<script src=/assets/js/main.93e0a06b.js defer></script>`.
const deferredScript = /<script src="?([^"\s>]+)"? defer><\/script>/g;

/** The page with its deferred scripts loaded by the inline loader instead; `file` names the page in errors. */
export function loadScriptsAfterFirstPaint(html: string, file: string): string {
  const urls = [...html.matchAll(deferredScript)].map((match) => match[1]!);
  if (urls.length === 0) {
    throw new Error(
      `page-scripts: ${file} has no <script src=… defer></script> tags to move. If Docusaurus now writes its ` +
        `scripts differently, update the pattern in src/plugins/page-scripts/index.ts.`,
    );
  }
  const page = html.replace(deferredScript, '');
  const bodyEnd = page.lastIndexOf('</body>');
  if (bodyEnd < 0) throw new Error(`page-scripts: ${file} has no </body> to put its script loader before.`);
  // `<` escaped, so that no URL could end the inline script early.
  const list = JSON.stringify(urls).replace(/</g, '\\u003c');
  return `${page.slice(0, bodyEnd)}<script>${loaderSource}(${list})</script>${page.slice(bodyEnd)}`;
}

export default function pageScriptsPlugin(context: LoadContext): Plugin {
  return {
    name: 'page-scripts',
    // Not async: see rewriteBuiltPages.
    postBuild({outDir}) {
      rewriteBuiltPages(context, outDir, loadScriptsAfterFirstPaint);
    },
  };
}
