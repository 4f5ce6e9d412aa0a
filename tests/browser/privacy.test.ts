import {describe, expect, it} from 'vitest';
import {localeConfigs} from '../../src/config/locales';
import {emptyTrace, leakyOutsideLinks, traceOf, watchCspErrors} from './support/privacy';
import {locales, localized, sitemapPaths, useSite, waitForHydration} from './support/site';

describe('a quiet site: nothing sent elsewhere, nothing left behind', () => {
  const site = useSite();

  for (const locale of locales) {
    it(`every ${locale} page makes no outside request, leaves no trace and keeps its CSP`, async () => {
      const {context, outsideRequests} = await site.newContext();
      const page = await context.newPage();
      const cspErrors = watchCspErrors(page);
      for (const path of sitemapPaths(locale)) {
        await page.goto(site.url(path), {waitUntil: 'networkidle'});
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), path).toMatch(/default-src 'self'/);
        expect(await page.locator('meta[name="referrer"]').getAttribute('content'), path).toBe('no-referrer');
        expect(await leakyOutsideLinks(page, site.origin), path).toEqual([]);
        expect(await traceOf(page, context), path).toEqual(emptyTrace);
      }
      expect(outsideRequests).toEqual([]);
      expect(cspErrors).toEqual([]);
    });
  }

  it('stays quiet while the reader searches, switches language and colour mode, opens the menu and prints', async () => {
    const {context, outsideRequests} = await site.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const cspErrors = watchCspErrors(page);
    await page.goto(site.url('/stalkerware'), {waitUntil: 'networkidle'});
    await waitForHydration(page);

    await page.locator('button[class*="toggleButton"]').first().click();
    await page.locator('button[class*="toggleButton"]').first().click();

    await page.locator('.navbar__search-input').click();
    await page.keyboard.type('phone');
    await page.waitForSelector('.navbar [role="option"]', {timeout: 15_000});
    await page.keyboard.press('Escape');
    await page.locator('h1').click();

    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.getByRole('link', {name: localeConfigs.es.label, exact: true}).first().click();
    await page.waitForURL(site.url('/es/stalkerware'));

    await page.setViewportSize({width: 375, height: 740});
    await page.locator('.navbar__toggle').click();
    await page.emulateMedia({media: 'print'});
    await page.goto(site.url(localized('ar', '/search?q=%D9%87%D8%A7%D8%AA%D9%81')), {waitUntil: 'networkidle'});

    expect(await traceOf(page, context)).toEqual(emptyTrace);
    expect(outsideRequests).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
