/**
 * The yardstick: Docusaurus's own `classic` TypeScript scaffold, at the version of @docusaurus/core, with the same
 * locales and the same search plugin as this site. Generated into a temporary folder on every run (never kept,
 * never committed), using this checkout's node_modules, so the comparison shows what this site adds to stock.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {locales} from '../../src/config/locales';
import {searchIgnoredSelectors} from '../../src/config/search';

/** Stock pages that play the part of ours: its intro doc for an article, its Markdown page for /get-help. */
export const stockRoutes = {home: '/', article: '/docs/intro', 'get-help': '/markdown-page'} as const;

// The options of docusaurus.config.ts that apply to a site without our docs layout.
const searchOptions = {
  hashed: true,
  language: [...locales],
  indexDocs: true,
  indexBlog: true,
  indexPages: true,
  explicitSearchResultPath: true,
  highlightSearchTermsOnTargetPage: false,
  searchBarShortcutHint: false,
  // The stock guides carry our Get help blocks and risk notes in elements marked as ours are (./guide-extras.ts).
  ignoreCssSelectors: searchIgnoredSelectors,
};

type StockSite = {siteDir: string; remove: () => void};

export async function scaffoldStock(ourSiteDir: string): Promise<StockSite> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-stock-'));
  const remove = () => {
    // Unlink our node_modules first, so that removing the folder can never reach into it.
    fs.rmSync(path.join(parent, 'stock', 'node_modules'), {force: true});
    fs.rmSync(parent, {recursive: true, force: true});
  };
  try {
    const cli = path.join(ourSiteDir, 'node_modules/create-docusaurus/bin/index.js');
    await new Promise<void>((resolve, reject) =>
      spawn(process.execPath, [cli, 'stock', 'classic', parent, '--typescript', '--skip-install', '--package-manager', 'npm'], {
        cwd: parent,
        stdio: 'ignore',
      }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`create-docusaurus failed (exit ${code})`)))),
    );
    const siteDir = path.join(parent, 'stock');
    fs.symlinkSync(path.join(ourSiteDir, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');
    const configFile = path.join(siteDir, 'docusaurus.config.ts');
    let config = fs.readFileSync(configFile, 'utf8');
    const edit = (from: string, to: string) => {
      if (!config.includes(from)) throw new Error(`The stock scaffold's docusaurus.config.ts has no \`${from}\`: update scripts/bench/stock.ts.`);
      config = config.replace(from, to);
    };
    // Served from the same kind of origin as ours, so canonical and hreflang audits judge both alike.
    edit("url: 'https://your-docusaurus-site.example.com',", "url: process.env.SITE_URL ?? 'https://your-docusaurus-site.example.com',");
    edit("locales: ['en'],", `locales: ${JSON.stringify(locales)},\n    localeConfigs: {ar: {direction: 'rtl'}},`);
    edit('  themeConfig: {', `  themes: [['@easyops-cn/docusaurus-search-local', ${JSON.stringify(searchOptions)}]],\n\n  themeConfig: {`);
    fs.writeFileSync(configFile, config);
    return {siteDir, remove};
  } catch (error) {
    remove();
    throw error;
  }
}
