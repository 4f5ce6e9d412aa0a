/**
 * Every place this site depends on something Docusaurus (or the search plugin) does not promise to keep: a module
 * inside a package's lib/ or dist/, a behaviour that is not documented, a theme component replaced rather than
 * wrapped. Each says why it exists and what breaks without it, so an upgrade knows what to recheck.
 *
 * The packages are pinned exactly in package.json, and tests/unit/docusaurus-internals.test.ts fails when an installed
 * version differs from `checkedWith` below, when a listed module is gone, or when a file under src/ reaches into a
 * package's lib/ or dist/ without being listed here. After an upgrade: recheck each entry (npm test covers the
 * behaviours), then update `checkedWith`.
 */

/** The versions every entry below was last checked against. */
export const checkedWith = {
  '@docusaurus/core': '3.10.2',
  '@docusaurus/faster': '3.10.2',
  '@docusaurus/preset-classic': '3.10.2',
  '@docusaurus/theme-classic': '3.10.2',
  '@docusaurus/theme-common': '3.10.2',
  '@docusaurus/plugin-content-docs': '3.10.2',
  '@docusaurus/mdx-loader': '3.10.2',
  '@docusaurus/utils': '3.10.2',
  '@easyops-cn/docusaurus-search-local': '0.55.3',
} as const;

export type Internal = {
  /** The files that depend on it. */
  files: readonly string[];
  /** What is relied on. */
  relies: string;
  /** Why: what the site gains. */
  why: string;
  /** What readers lose if it stops working, and which test notices. */
  breaksWithout: string;
  /** Modules inside packages it imports or aliases, which must still resolve. */
  modules?: readonly string[];
};

export const internals: readonly Internal[] = [
  {
    files: ['src/plugins/lean-client/docs-client-utils.ts', 'src/plugins/lean-client/react-utils.ts', 'src/plugins/lean-client/index.ts'],
    relies: 'Two lib/ modules (docs client utils, theme-common reactUtils) re-exported with stand-ins, aliased for their own package only',
    why: 'Their helpers call localeCompare as a guide starts, which loads collation data: a long task on every guide',
    breaksWithout: 'A long task at start-up on every guide; the stand-ins test (src/plugins/lean-client) and the start-up test notice',
    modules: [
      '@docusaurus/plugin-content-docs/lib/client/docsClientUtils.js',
      '@docusaurus/theme-common/lib/utils/reactUtils.js',
      '@docusaurus/plugin-content-docs/lib/client/index.js',
    ],
  },
  {
    files: ['src/plugins/lean-client/index.ts'],
    relies: "Docusaurus Faster's JS minimizer, found by its class name SwcJsMinimizerRspackPlugin, replaced with the same options and ascii_only off",
    why: 'The minifier escapes every non-ASCII character, making Arabic code three times longer',
    breaksWithout: 'Bigger pages in Arabic, Spanish and French; the byte budgets notice',
  },
  {
    files: ['src/plugins/lean-client/index.ts', 'src/plugins/lean-client/import-default-only.ts'],
    relies: "@docusaurus/utils-common's lib/index.js requiring tslib from CommonJS, matched by path",
    why: 'The require keeps every tslib helper in the bundle for one',
    breaksWithout: 'A few kilobytes more on every page; the byte budgets notice',
  },
  {
    files: ['src/plugins/lean-client/no-viewport-prefetch.ts'],
    relies: 'window.docusaurus.prefetch, replaced in a client module before the first route update',
    why: 'Docusaurus downloads the code of every internal link that scrolls into view',
    breaksWithout: 'Many downloads on a metered phone; the page-scripts and first-load tests notice',
  },
  {
    files: [
      'src/plugins/page-scripts/index.ts',
      'src/plugins/page-scripts/route-chunks.ts',
      'src/plugins/built-pages/index.ts',
      'src/plugins/built-pages/pages.ts',
    ],
    relies:
      "The minified HTML's `<script src=… defer>` tags, .docusaurus/routes.js and the client compilation's named chunk groups, and the default locale being built first (its folder then holds every locale's pages for the host headers)",
    why: 'Text before scripts: a page paints before its scripts are fetched; the CSP then hashes the loader written into it',
    breaksWithout: 'The build fails with a message naming the page (page-scripts), or pages lose their CSP hash; the CSP and start-up tests notice',
  },
  {
    files: ['src/theme/ColorModeToggle/index.tsx'],
    relies: "theme-common's setColorMode accepting {persist: false} (its type omits it)",
    why: 'A colour choice would otherwise be written to localStorage; the site stores nothing',
    breaksWithout: 'A trace in the browser; the privacy crawl notices',
  },
  {
    files: ['src/theme/Root.tsx'],
    relies: 'The router history object, whose push is swapped for replace',
    why: 'After a quick exit, Back must not land on a page of the site',
    breaksWithout: 'Back returns to the site after an exit; the quick-exit Back tests notice',
  },
  {
    files: ['src/theme/SearchBar/index.tsx', 'src/types/search-plugin.d.ts'],
    relies:
      "The search plugin's SearchBar CSS module (its class names, `input` marking a ready index), its focus-on-load behaviour, and its worker module's fetchIndexesByWorker(baseUrl, searchContext) keeping one download per address (typed in src/types/search-plugin.d.ts)",
    why: 'The stand-in looks exactly like the real box until search loads on intent; the index downloads beside the search code, not after it; the box says when the index is still loading',
    breaksWithout:
      'A box that shifts, pulls focus back, or never says it is loading, or a first search that waits for the code before the index starts; the search and keyboard tests notice',
    modules: [
      '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css',
      '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js',
    ],
  },
  {
    files: ['src/theme/BlogSidebar/Desktop/index.tsx', 'src/theme/DocRoot/Layout/Sidebar/index.tsx'],
    relies: "theme-classic's own CSS modules for two components replaced (ejected) to name their <aside>",
    why: 'A landmark without a name on every guide and update; a wrapper cannot reach the element',
    breaksWithout: 'Unstyled sidebars; the accessibility and phone tests notice',
    modules: [
      '@docusaurus/theme-classic/lib/theme/BlogSidebar/Desktop/styles.module.css',
      '@docusaurus/theme-classic/lib/theme/DocRoot/Layout/Sidebar/styles.module.css',
    ],
  },
  {
    files: [
      'src/theme/AnnouncementBar/index.tsx',
      'src/theme/BlogSidebar/Content/index.tsx',
      'src/theme/CodeBlock/index.tsx',
      'src/theme/DocItem/Footer/index.tsx',
      'src/theme/DocVersionBadge/index.tsx',
      'src/theme/DocVersionBanner/index.tsx',
      'src/theme/NavbarItem/ComponentTypes.tsx',
      'src/theme/prism-include-languages.ts',
    ],
    relies: 'Theme components replaced outright (theme-classic does not mark them safe to eject); each file says why',
    why: 'Code for parts the site never shows stays out of every page, and the blog list has a heading order that reads',
    breaksWithout: 'A theme upgrade may change their props or add features they lack; the browser tests of each page kind notice',
  },
  {
    files: ['src/content/structure.ts', 'src/plugins/content-rules/remark.ts', 'tests/unit/support/compile-as-build.ts'],
    relies:
      "How @docusaurus/mdx-loader parses a file: heading ids escaped first (@docusaurus/utils' escapeMarkdownHeadingIds), then remark-mdx, remark-frontmatter, remark-directive and remark-gfm, with beforeDefaultRemarkPlugins seeing that tree before Docusaurus's own plugins change it",
    why: 'The structure checks walk the tree the build already parsed, and npm run check:content parses each file the same way, so both report the same issues at the same lines without parsing every file twice',
    breaksWithout:
      'A parser that no longer matches the compiler: a rule that passes in the checker and fails in the build, or the other way round; tests/unit/content-structure-remark.test.ts and checker.test.ts compare the two, and a real guide must pass both',
  },
];
