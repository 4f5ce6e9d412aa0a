import {describe, expect, it} from 'vitest';
import {locales, localized, useSite} from './support/site';

import {homeSigns} from '../../src/config/homeSigns';

describe('the home page', () => {
  const site = useSite();

  it('"What are you noticing?" leads to the right guide with JavaScript off, in every locale', async () => {
    for (const locale of locales) {
      for (const {id: sign, to: target} of homeSigns) {
        const {page, context} = await site.open(localized(locale, '/'), {javaScriptEnabled: false});
        await page.locator(`a[data-sign="${sign}"]`).click();
        await page.waitForURL(site.url(localized(locale, target)));
        expect(await page.locator('h1').count()).toBe(1);
        // A sign that points into a guide lands on that section, not on the top of the page.
        const section = target.split('#')[1];
        if (section) expect(await page.locator(`[id="${section}"]`).count(), `${locale}: #${section}`).toBe(1);
        await context.close();
      }
    }
  });

  it('offers help now and says whether the site is safe to be on, before anything else', async () => {
    for (const locale of locales) {
      const {page} = await site.open(localized(locale, '/'), {javaScriptEnabled: false});
      expect(await page.locator(`a[href="${localized(locale, '/get-help')}"]`).count()).toBeGreaterThan(0);
      expect(await page.locator(`a[href="${localized(locale, '/privacy')}"]`).count()).toBeGreaterThan(0);
      expect(await page.locator('#noticing').count()).toBe(1);
    }
  });
});
