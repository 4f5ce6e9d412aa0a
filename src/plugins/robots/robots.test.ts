import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import robotsPlugin, {robotsTxt, sitesUnder} from './index';

/** The i18n part of a build's context: each locale at an address (url and base URL), one of them being built. */
function i18n(currentLocale: string, addresses: Record<string, [url: string, baseUrl: string]>): LoadContext['i18n'] {
  const localeConfigs = Object.fromEntries(Object.entries(addresses).map(([locale, [url, baseUrl]]) => [locale, {url, baseUrl}]));
  return {defaultLocale: 'en', locales: Object.keys(addresses), currentLocale, localeConfigs} as unknown as LoadContext['i18n'];
}

// Docusaurus's addresses for a full build of this site: the default locale at the root, the others under it.
const fullBuild = {
  en: ['https://help.example.org', '/'],
  es: ['https://help.example.org', '/es/'],
  fr: ['https://help.example.org', '/fr/'],
  ar: ['https://help.example.org', '/ar/'],
} satisfies Record<string, [string, string]>;

describe('robots.txt', () => {
  it('lets every crawler in and lists the sitemaps by full address', () => {
    expect(robotsTxt(['https://help.example.org/sitemap.xml', 'https://help.example.org/es/sitemap.xml'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://help.example.org/sitemap.xml\nSitemap: https://help.example.org/es/sitemap.xml\n',
    );
  });

  it('is written by the default locale for every locale, and by no other locale of a full build', () => {
    expect(sitesUnder(i18n('en', fullBuild))).toEqual([
      'https://help.example.org/',
      'https://help.example.org/es/',
      'https://help.example.org/fr/',
      'https://help.example.org/ar/',
    ]);
    expect(sitesUnder(i18n('es', fullBuild))).toEqual([]);
  });

  it('names only its own sitemap in a one-locale build, which is served at its own root', () => {
    const oneLocale = Object.fromEntries(Object.keys(fullBuild).map((locale) => [locale, ['https://help.example.org', '/']])) as Record<
      string,
      [string, string]
    >;
    expect(sitesUnder(i18n('fr', oneLocale))).toEqual(['https://help.example.org/']);
  });

  it('leaves a locale on its own domain to that domain', () => {
    const ownDomain = {...fullBuild, fr: ['https://aide.example.org', '/']} satisfies Record<string, [string, string]>;
    expect(sitesUnder(i18n('en', ownDomain))).toEqual(['https://help.example.org/', 'https://help.example.org/es/', 'https://help.example.org/ar/']);
    expect(sitesUnder(i18n('fr', ownDomain))).toEqual(['https://aide.example.org/']);
  });

  it('writes the file at the root of the build, from the site url the build was given', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'robots-'));
    try {
      const plugin = robotsPlugin({i18n: i18n('en', {...fullBuild, en: ['https://fork.example.net/', '/']})} as LoadContext);
      await plugin.postBuild?.({outDir} as Parameters<NonNullable<Plugin['postBuild']>>[0]);
      expect(fs.readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://fork.example.net/sitemap.xml\n');
    } finally {
      fs.rmSync(outDir, {recursive: true, force: true});
    }
  });
});
