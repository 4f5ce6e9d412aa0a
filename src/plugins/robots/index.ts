/**
 * Local plugin: `robots.txt` at the site's root, written after the build. It lets every crawler in and names each
 * locale's sitemap by its full address, taken from the site's `url` (SITE_URL) and each locale's base URL, so a
 * fork that sets its own address gets its own file with nothing to edit.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** The file's text: everyone may crawl everything; the sitemaps say what there is. */
export function robotsTxt(sitemaps: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((sitemap) => `Sitemap: ${sitemap}`), ''].join('\n');
}

/**
 * Where each locale's site starts (`https://help.example.org/es/`), for the locale being built: the locales whose
 * sites sit under its own, itself first, or none when its site sits under another's (the default locale's build
 * writes the file for every locale; a one-locale build, served at its own root, writes its own).
 */
export function sitesUnder(i18n: LoadContext['i18n']): string[] {
  const start = (locale: string) => `${i18n.localeConfigs[locale]!.url.replace(/\/+$/, '')}${i18n.localeConfigs[locale]!.baseUrl}`;
  const own = start(i18n.currentLocale);
  const all = [...new Set([own, ...i18n.locales.map(start)])];
  if (all.some((other) => other !== own && own.startsWith(other))) return [];
  return all.filter((other) => other.startsWith(own));
}

export default function robotsPlugin(context: LoadContext): Plugin {
  return {
    name: 'robots',
    postBuild({outDir}) {
      const sites = sitesUnder(context.i18n);
      if (sites.length === 0) return;
      fs.writeFileSync(path.join(outDir, 'robots.txt'), robotsTxt(sites.map((site) => `${site}sitemap.xml`)));
    },
  };
}
