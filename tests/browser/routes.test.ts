import {describe, expect, it} from 'vitest';
import {localeConfigs} from '../../src/config/locales';
import {quickExitMessages} from '../../src/plugins/quick-exit/messages';
import {locales, localized, sitemapPaths, useSite} from './support/site';

const routes = ['/', '/stalkerware', '/account-hijacking', '/location-tracking', '/safety-planning', '/get-help', '/agents', '/privacy', '/updates', '/search'];

describe('every route in every locale', () => {
  const site = useSite();

  for (const locale of locales) {
    it(`renders the main routes in ${locale} with lang="${localeConfigs[locale].htmlLang}" and dir="${localeConfigs[locale].direction}"`, async () => {
      const {context} = await site.newContext();
      const page = await context.newPage();
      for (const route of routes) {
        const path = localized(locale, route);
        const response = await page.goto(site.url(path));
        expect(response?.status(), path).toBe(200);
        const html = page.locator('html');
        await expect.poll(() => html.getAttribute('lang'), {message: path}).toBe(localeConfigs[locale].htmlLang);
        expect(await html.getAttribute('dir'), path).toBe(localeConfigs[locale].direction);
        expect(await page.locator('#__docusaurus_skipToContent_fallback').isVisible(), path).toBe(true);
        expect(await page.locator('a[data-quick-exit]').textContent(), path).toContain(quickExitMessages[locale].label);
      }
    });
  }

  it("lists every locale's pages in its sitemap, and each page answers", async () => {
    const {context} = await site.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    for (const locale of locales) {
      const paths = sitemapPaths(locale);
      expect(paths.length).toBeGreaterThan(20);
      for (const path of paths) {
        const response = await page.goto(site.url(path));
        expect(response?.status(), path).toBe(200);
      }
    }
  });

  it('answers an unknown address with the 404 page, quick exit included', async () => {
    for (const locale of locales) {
      const {page} = await site.open(localized(locale, '/no-such-page'));
      expect(await page.locator('html').getAttribute('lang')).toBe(localeConfigs[locale].htmlLang);
      expect(await page.locator('a[data-quick-exit]').count()).toBe(1);
    }
  });
});
