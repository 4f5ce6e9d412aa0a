import AxeBuilder from '@axe-core/playwright';
import {describe, expect, it} from 'vitest';
import {locales, localized, sitemapPaths, useSite, type Site, waitForHydration} from './support/site';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const schemes = ['light', 'dark'] as const;

/** Every page of a locale: its sitemap (which lists /search), /search in any case, and a page that does not exist. */
function pagesOf(locale: (typeof locales)[number]): string[] {
  const pages = sitemapPaths(locale);
  for (const extra of [localized(locale, '/search'), localized(locale, '/no-such-page')]) {
    if (!pages.includes(extra)) pages.push(extra);
  }
  return pages;
}

/**
 * Runs axe on every page in one context and one tab (a context per page costs more than axe itself), and returns
 * each violation as "page (scheme): rule at target".
 */
async function violations(site: Site, pages: string[], colorScheme: (typeof schemes)[number]): Promise<string[]> {
  const {context} = await site.newContext({colorScheme, viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const found: string[] = [];
  for (const pathname of pages) {
    await page.goto(site.url(pathname), {waitUntil: 'load'});
    await waitForHydration(page);
    // The scheme really is the one under test: the site follows the system setting.
    const theme = await page.locator('html').getAttribute('data-theme');
    if (theme !== colorScheme) found.push(`${pathname} (${colorScheme}): shown in ${theme} mode`);
    // Options first: AxeBuilder's options() replaces what withTags() set.
    const results = await new AxeBuilder({page})
      .options({resultTypes: ['violations']})
      .withTags(tags)
      .analyze();
    for (const violation of results.violations) {
      for (const node of violation.nodes) found.push(`${pathname} (${colorScheme}): ${violation.id} at ${node.target.join(' ')}`);
    }
  }
  await context.close();
  return found;
}

describe('accessibility: WCAG 2.2 A and AA on every page, light and dark, checked by axe-core', () => {
  const site = useSite();

  for (const locale of locales) {
    // Light and dark side by side, one context each: the two cores share the work.
    it(`has no violations on any page in ${locale}`, {timeout: 600_000}, async () => {
      const pages = pagesOf(locale);
      expect(pages.length).toBeGreaterThan(25);
      const found = (await Promise.all(schemes.map((scheme) => violations(site, pages, scheme)))).flat();
      expect(found, found.join('\n')).toEqual([]);
    });
  }
});
