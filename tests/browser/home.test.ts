import {describe, expect, it} from 'vitest';
import {locales, localized, useSite} from './support/site';

import {homeSigns} from '../../src/config/homeSigns';
import {firstGuides, homeGuides, toolGuides, topicGuides} from '../../src/config/guides';
import {splitFrontMatter} from '../../src/content/articles';
import {collectionOf, translationDir} from '../../src/content/collections';
import fs from 'node:fs';
import path from 'node:path';

/** A guide's title as written in its file, in the locale. */
function guideTitle(locale: string, id: string): string {
  const guides = collectionOf('article');
  const file = locale === 'en' ? path.join(guides.dir, `${id}.mdx`) : path.join('i18n', locale, translationDir(guides), `${id}.mdx`);
  return String(splitFrontMatter(file, fs.readFileSync(path.resolve(__dirname, '../..', file), 'utf8')).parsed?.frontMatter.title);
}

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

  it('lists every guide under "All guides", in the sidebar\'s order and groups, titled in the reader\'s language', async () => {
    const sidebarOrder = [...firstGuides, ...topicGuides, ...homeGuides, ...toolGuides];
    for (const locale of locales) {
      const {page} = await site.open(localized(locale, '/'), {javaScriptEnabled: false});
      const links = await page.locator('#all-guides ~ div a').evaluateAll((anchors) => anchors.map((a) => [a.getAttribute('href'), a.textContent]));
      expect(links, locale).toEqual(sidebarOrder.map((id) => [localized(locale, `/${id}`), guideTitle(locale, id)]));
      // The three sidebar categories head their guides, in the reader's language.
      expect(await page.locator('#all-guides ~ div h3').count(), locale).toBe(3);
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
