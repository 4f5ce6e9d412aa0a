import type {Config, PluginModule} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local/dist/types';
import {site} from './src/config/site';
import {buildingLocale, defaultLocale, localeConfigs} from './src/config/locales';
import {company, companyStaticDir, offeredLocales, shortNameIn} from './src/config/company';
import {inLocale} from './src/config/company-schema';
import {navbar} from './src/config/navbar';
import {searchIgnoredSelectors} from './src/config/search';
import {footer} from './src/config/footer';
import quickExitPlugin from './src/plugins/quick-exit';
import organizationsPlugin from './src/plugins/organizations';
import remarkOrganizations from './src/plugins/organizations/remark';
import remarkWhoGetsTold from './src/plugins/who-gets-told/remark';
import contentRulesPlugin from './src/plugins/content-rules';
import remarkContentStructure from './src/plugins/content-rules/remark';
import rehypeOutsideLinks from './src/plugins/outside-links';
import searchWorkerPlugin from './src/plugins/search-worker';
import homePlugin from './src/plugins/home';
import leanClientPlugin from './src/plugins/lean-client';
import builtPagesPlugin from './src/plugins/built-pages';
import feedsPlugin, {updatesEnglish, updatesText} from './src/plugins/feeds';
import companyPlugin from './src/plugins/company';
import remarkCompany from './src/plugins/company/remark';
import robotsPlugin from './src/plugins/robots';
import {timedPlugin, timedTransformer} from './src/plugins/plugin-times';
import {collectionRoutes} from './src/content/project';
import {collectionOf} from './src/content/collections';
import {frontMatterParser} from './src/content/front-matter';

// The content collections, declared once (src/content/collections.ts): folders, routes and sidebars come from there.
const guides = collectionOf('article');
const agentPages = collectionOf('agent');
const updates = collectionOf('update');

// Options every Markdown content plugin shares: the `:::safety` callout that opens every survivor article
// (rendered by src/theme/Admonition/Types), <GetHelp> and <Org> given their organizations and <Risk> its "Who gets
// told?" entry at build time, and outside links without referrer, in the same tab. Every local plugin is timed
// when the benchmark asks (src/plugins/plugin-times.ts).
const markdownOptions = {
  admonitions: {keywords: ['safety'], extendDefaults: true},
  // First, on the tree as parsed: the content rules' structure checks (src/content/structure.ts).
  beforeDefaultRemarkPlugins: [[timedTransformer('content-rules (remark)', remarkContentStructure), {siteDir: __dirname}]],
  remarkPlugins: [
    [timedTransformer('organizations (remark)', remarkOrganizations), {siteDir: __dirname}],
    [timedTransformer('who-gets-told (remark)', remarkWhoGetsTold), {siteDir: __dirname}],
    timedTransformer('company (remark)', remarkCompany),
  ],
  rehypePlugins: [timedTransformer('outside-links (rehype)', rehypeOutsideLinks)],
};

const config = {
  title: site.title,
  tagline: 'Calm, careful help with phones, accounts and tracking when someone close to you is misusing them.',
  url: site.url,
  baseUrl: site.baseUrl,
  trailingSlash: false,
  favicon: company.favicon ?? 'img/favicon.svg',
  // The company's own assets (logo, icon) are served beside ours.
  staticDirectories: ['static', ...(companyStaticDir ? [companyStaticDir] : [])],
  // Nothing links out to a repository: no edit links, no avatars, no requests to other hosts.
  noIndex: false,

  // The banner that warns of a wrong baseUrl is for developers; CI's browser tests catch that, and readers'
  // phones are spared its inline script and its code.
  baseUrlIssueBanner: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // Articles use `## Signs you might notice {#signs}`: ids that stay the same in every language, so a shared
    // `#options` link works in every locale. The v4 flags would turn this classic syntax off.
    mdx1Compat: {comments: false, admonitions: false, headingIds: true},
    // Front matter read as the content check reads it (dates stay text), and checked against its collection's schema.
    parseFrontMatter: frontMatterParser(__dirname),
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  future: {
    // Every v4 flag but CSS cascade layers: its polyfill gives Infima's rules ID-level specificity, which
    // silently beats our component styles (the navbar's room for the quick exit, link colours).
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      rspackBundler: true,
      // Off: a page compiled from Markdown also shows YAML data (the directory, "Who gets told?") that its remark
      // plugins read, which the persistent cache does not track, so a data change would be built from the old
      // data. Every build compiles afresh.
      rspackPersistentCache: false,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
  },

  i18n: {
    defaultLocale,
    locales: [...offeredLocales],
    localeConfigs: Object.fromEntries(offeredLocales.map((locale) => [locale, localeConfigs[locale]])),
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: guides.dir,
          routeBasePath: guides.routeBasePath || '/',
          sidebarPath: guides.sidebarPath,
          ...markdownOptions,
          showLastUpdateTime: false,
          showLastUpdateAuthor: false,
        },
        blog: {
          path: updates.dir,
          routeBasePath: updates.routeBasePath,
          blogTitle: updatesEnglish.title,
          blogDescription: updatesEnglish.description,
          showReadingTime: false,
          // Feeds are titled in the reader's language; src/plugins/feeds completes the Atom feed.
          feedOptions: {
            type: ['rss', 'atom'],
            xslt: false,
            copyright: site.title,
            title: `${site.title}: ${updatesText(__dirname, buildingLocale()).title}`,
            description: updatesText(__dirname, buildingLocale()).description,
          },
          onInlineAuthors: 'ignore',
          onInlineTags: 'throw',
          onUntruncatedBlogPosts: 'ignore',
          ...markdownOptions,
        },
        pages: markdownOptions,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: null, changefreq: null, priority: null},
        // No gtag, no Google Tag Manager: the site sends nothing to anyone.
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    ...[
      quickExitPlugin,
      companyPlugin,
      // Typed with their own content; Docusaurus's config type only knows PluginModule<unknown>.
      organizationsPlugin as PluginModule,
      contentRulesPlugin as PluginModule,
      homePlugin, // the home page, listing every guide in the sidebar
      // The one post-build stage: scripts after the first paint, then each page's CSP, the short link pages, then
      // the host header files.
      builtPagesPlugin,
      leanClientPlugin,
      searchWorkerPlugin,
      feedsPlugin,
      robotsPlugin as PluginModule, // robots.txt with every locale's sitemap, from the site's url
    ].map(timedPlugin),
    [
      '@docusaurus/plugin-content-docs',
      {
        id: agentPages.pluginId,
        path: agentPages.dir,
        routeBasePath: agentPages.routeBasePath,
        sidebarPath: agentPages.sidebarPath,
        ...markdownOptions,
      },
    ],
  ],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: [...offeredLocales],
        indexDocs: true,
        docsDir: [guides.dir, agentPages.dir],
        // Guides live at the site root. Naming each guide's route (rather than '/') keeps the plugin from
        // treating every route as a doc, which would leave /get-help and /privacy out of the index.
        docsRouteBasePath: [...collectionRoutes(__dirname, 'article').map((route) => route.slice(1)), agentPages.routeBasePath],
        ignoreFiles: ['translation-status', 'updates/archive'],
        // Index each thing once, where it lives (src/config/search.ts).
        ignoreCssSelectors: searchIgnoredSelectors,
        indexBlog: true,
        blogDir: updates.dir,
        blogRouteBasePath: updates.routeBasePath,
        indexPages: true,
        explicitSearchResultPath: true,
        // Search terms never go into the next page's URL, where the browser history would keep them.
        highlightSearchTermsOnTargetPage: false,
        searchBarShortcutHint: false,
      } satisfies Partial<SearchOptions>,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      ...navbar,
      // The company's short name in the reader's language (navbar.json carries no title, so nothing overrides it).
      title: shortNameIn(buildingLocale()),
      ...(company.logo ? {logo: {src: company.logo.src, alt: inLocale(company.logo.alt, buildingLocale())}} : {}),
    },
    footer,
    docs: {sidebar: {hideable: false, autoCollapseCategories: false}},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
