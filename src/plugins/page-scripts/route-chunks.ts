/**
 * The chunk files a page's route needs as it starts, worked out after the build from what Docusaurus and the
 * bundler wrote: the route tree (`.docusaurus/routes.js`), each route's chunk names (`routesChunkNames.json`) and
 * each chunk name's files (the client compilation's named chunk groups). Docusaurus's client asks for exactly these
 * once its main bundle has run (`preload` in @docusaurus/core/lib/client/preload.js), matching routes with the same
 * `matchRoutes`; listed in the page, they download beside the main bundle instead of one round trip after it.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {RouteConfig} from 'react-router-config';

type Route = RouteConfig & {path: string; component: string; routes?: Route[]};
type MatchRoutes = (routes: Route[], pathname: string) => {route: Route}[];

// Docusaurus's own copy of react-router-config, so that routes match here as they will in the reader's browser.
const {matchRoutes} = createRequire(require.resolve('@docusaurus/core/package.json'))('react-router-config') as {matchRoutes: MatchRoutes};

/**
 * The route tree from Docusaurus's generated `routes.js`, each route's component replaced by its key in
 * `routesChunkNames.json`. The file is a plain array literal whose components are `ComponentCreator(path, hash)`
 * calls; it is run here with a `ComponentCreator` that returns the key.
 */
export function routeTree(routesSource: string): Route[] {
  const body = routesSource.replace(/^import .*$/gm, '').replace(/^export default /m, 'return ');
  if (body === routesSource || !body.includes('return ')) {
    throw new Error('page-scripts: .docusaurus/routes.js is no longer an `export default [...]` of routes; update src/plugins/page-scripts/route-chunks.ts');
  }
  const keyOf = (routePath: string, hash?: string) => `${routePath}-${hash}`;
  // The generated file is ours to run: Docusaurus wrote it in this build (declared in src/docusaurus-internals.ts).
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  return new Function('ComponentCreator', body)(keyOf) as Route[];
}

/** Every chunk name in a route's entry of `routesChunkNames.json`, however deeply nested (as Docusaurus's `flat`). */
function chunkNamesIn(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry];
  if (entry && typeof entry === 'object') return Object.values(entry).flatMap(chunkNamesIn);
  return [];
}

type RouteChunks = {
  /** The chunk files, relative to the site's base URL, that a page at `pathname` loads as it starts. */
  filesFor(pathname: string): string[];
};

/**
 * @param chunkGroups each named chunk group's JS files (the bundler's `namedChunkGroups`), relative to the output
 *   folder: a route chunk's group also holds the shared chunks it needs.
 */
export function routeChunks(routes: Route[], routesChunkNames: Record<string, unknown>, chunkGroups: Record<string, string[]>): RouteChunks {
  return {
    filesFor(pathname) {
      const files = new Set<string>();
      for (const {route} of matchRoutes(routes, pathname)) {
        for (const chunkName of chunkNamesIn(routesChunkNames[route.component])) {
          const group = chunkGroups[chunkName];
          if (!group) {
            throw new Error(
              `page-scripts: route ${route.path} (${pathname}) needs chunk "${chunkName}", which the bundler's named chunk ` +
                `groups do not have. Docusaurus may have changed how it names route chunks; see src/plugins/page-scripts/route-chunks.ts.`,
            );
          }
          for (const file of group) files.add(file);
        }
      }
      return [...files];
    },
  };
}

/** Reads the generated route files of the locale just built. */
export function readRouteChunks(generatedFilesDir: string, chunkGroups: Record<string, string[]>): RouteChunks {
  const read = (file: string) => fs.readFileSync(path.join(generatedFilesDir, file), 'utf8');
  return routeChunks(routeTree(read('routes.js')), JSON.parse(read('routesChunkNames.json')) as Record<string, unknown>, chunkGroups);
}
