/**
 * The site's content collections, each declared once: where its English Markdown lives, the Docusaurus plugin that
 * serves it (and so where its translations live), the route it is served under, its sidebar, and the kind of page it
 * holds, which picks its front matter schema (src/content/articles.ts). docusaurus.config.ts builds its content
 * plugins and the search plugin's options from this list; the content check, the content-rules plugin, the benchmark
 * and the scaffolder read the same list. A new collection is one entry here and its schema.
 */
export type ContentKind = 'article' | 'agent' | 'update';

export type Collection = {
  kind: ContentKind;
  /** The English Markdown, relative to the site. */
  dir: string;
  /** The Docusaurus plugin that serves it, and that plugin's instance id. */
  plugin: 'docs' | 'blog';
  pluginId: string;
  /** Where its pages are served, under the locale's base URL: '' is the root. */
  routeBasePath: string;
  sidebarPath?: string;
};

export const collections = [
  // Survivor guides, at the site's root: /stalkerware.
  {kind: 'article', dir: 'docs', plugin: 'docs', pluginId: 'default', routeBasePath: '', sidebarPath: './sidebars.ts'},
  // The agent hub: /agents/verifying-identity.
  {kind: 'agent', dir: 'agents', plugin: 'docs', pluginId: 'agents', routeBasePath: 'agents', sidebarPath: './sidebars.agents.ts'},
  // Update notes, a blog: /updates/2026/11/24/welcome.
  {kind: 'update', dir: 'updates', plugin: 'blog', pluginId: 'default', routeBasePath: 'updates'},
] as const satisfies readonly Collection[];

export function collectionOf(kind: ContentKind): Collection {
  return collections.find((collection) => collection.kind === kind)!;
}

/** Where Docusaurus reads a collection's translations, under i18n/<locale>/ (its plugin's folder, as Docusaurus names it). */
export function translationDir(collection: Collection): string {
  const pluginDir = `docusaurus-plugin-content-${collection.plugin}${collection.pluginId === 'default' ? '' : `-${collection.pluginId}`}`;
  // Docs are versioned: the one version this site has is `current`.
  return collection.plugin === 'docs' ? `${pluginDir}/current` : pluginDir;
}

/** The route prefix of a collection's pages: '' at the root, else '/agents'. */
export function routePrefix(collection: Collection): string {
  return collection.routeBasePath ? `/${collection.routeBasePath}` : '';
}

/** The collection a site file belongs to, English (`docs/x.mdx`) or a translation (`i18n/es/<its folder>/x.mdx`), if any. */
export function collectionOfFile(siteRelativeFile: string): Collection | undefined {
  const file = siteRelativeFile.replace(/\\/g, '/');
  return collections.find(
    (collection) => file.startsWith(`${collection.dir}/`) || /^i18n\/[^/]+\/(.+)$/.exec(file)?.[1]?.startsWith(`${translationDir(collection)}/`),
  );
}
