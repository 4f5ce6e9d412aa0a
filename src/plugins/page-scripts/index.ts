/**
 * A page's scripts load after its first paint, all at once. Docusaurus lists the runtime and the main
 * bundle as `<script defer>` in the head, so the browser fetches them alongside the page and the stylesheet, and on
 * a slow connection they share the line before any text is on screen; the main bundle then asks for the route's
 * own chunks, one round trip later. A guide's text, links and quick exit need no script, so here the text comes
 * first: the head's tags become one inline script at the end of the body (`load-scripts.js`) that, once the page
 * has painted, asks for the runtime, the route's chunks (`route-chunks.ts`) and the main bundle together
 * (CONTRIBUTING, "Text before scripts", has what it changed).
 *
 * It rewrites the built pages rather than Docusaurus's page template (`ssrTemplate`), which Docusaurus would also
 * ship, whole, inside every reader's main bundle; and the template does not know the route's chunks.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {BuiltPage} from '../built-pages/pages';

// The leading comment and the indentation stay in the source; pages get the code alone.
const loaderSource = fs
  .readFileSync(path.join(__dirname, 'load-scripts.js'), 'utf8')
  .replace(/^\/\*[\s\S]*?\*\/\s*/, '')
  .replace(/^[ \t]+/gm, '')
  .trim();

/**
 * The inline script, the same on every page of every locale: the page's list is in its `data-scripts` attribute,
 * which the CSP hash does not cover. A list in the script itself would give every page its own hash, and the host
 * headers, which allow every page's scripts, one hash per page: kilobytes on every response.
 */
const loader = `${loaderSource}(document.currentScript.getAttribute('data-scripts').split(' '))`;

const escapeAttribute = (url: string) => url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/ /g, '%20');

// As Docusaurus's HTML minifier writes them: `<script src=/assets/js/main.93e0a06b.js defer></script>`.
const deferredScript = /<script src="?([^"\s>]+)"? defer><\/script>/g;

/**
 * The page with its deferred scripts, and the chunks its route needs, loaded by the inline loader instead: the
 * runtime first, the route's chunks next, the main bundle last, so that its start finds them all in place.
 */
export function loadScriptsAfterFirstPaint(html: string, page: BuiltPage, routeChunkUrls: string[]): string {
  const [runtime, ...entries] = [...html.matchAll(deferredScript)].map((match) => match[1]!);
  if (runtime === undefined || entries.length === 0) {
    throw new Error(
      `page-scripts: ${page.file} does not have Docusaurus's <script src=… defer></script> tags (the runtime, then the ` +
        `main bundle) to move. If Docusaurus now writes its scripts differently, update src/plugins/page-scripts/index.ts.`,
    );
  }
  const withoutTags = html.replace(deferredScript, '');
  const bodyEnd = withoutTags.lastIndexOf('</body>');
  if (bodyEnd < 0) throw new Error(`page-scripts: ${page.file} has no </body> to put its script loader before.`);
  const urls = [runtime, ...routeChunkUrls, ...entries].map(escapeAttribute).join(' ');
  return `${withoutTags.slice(0, bodyEnd)}<script data-scripts="${urls}">${loader}</script>${withoutTags.slice(bodyEnd)}`;
}

/** The part of a compilation (webpack's or Rspack's) the post-build stage reads: its named chunk groups and their chunks' files. */
export type Compilation = {
  namedChunkGroups: {keys(): Iterable<string>; get(name: string): {chunks: readonly {files: Iterable<string>}[]} | undefined};
};

/** Each named chunk group's JS files: a route chunk's group also holds the shared chunks it needs. */
export function namedChunkGroupFiles({namedChunkGroups}: Compilation): Record<string, string[]> {
  return Object.fromEntries(
    [...namedChunkGroups.keys()].map((name) => [
      name,
      (namedChunkGroups.get(name)?.chunks ?? []).flatMap((chunk) => [...chunk.files]).filter((file) => file.endsWith('.js')),
    ]),
  );
}
