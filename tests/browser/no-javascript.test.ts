import {describe, expect, it} from 'vitest';
import {localized, locales, sitemapPaths, useSite, waitForHydration} from './support/site';

/** Whether the (minified, so maybe unquoted) HTML has an element with this id. */
function hasId(html: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\sid=(["']?)${escaped}\\1[\\s>/]`).test(html);
}

// A reader whose browser blocks scripts (or whose phone is too slow to run them) gets every page's text and
// every link. Each page of each locale is read with JavaScript off; every link on it to this site is followed.
describe('with JavaScript off', () => {
  const site = useSite();

  for (const locale of locales) {
    it(`every ${locale} page shows its text, and every link on it has an address and, to this site, leads somewhere`, async () => {
      const {context} = await site.newContext({javaScriptEnabled: false});
      const page = await context.newPage();
      const links = new Map<string, string>();
      const problems: string[] = [];
      for (const pathname of sitemapPaths(locale)) {
        await page.goto(site.url(pathname));
        // Search itself needs scripts (it runs in the browser): its page says so and points to the guides and to
        // Get help. Every other page is read as it is.
        if (pathname.endsWith('/search')) {
          const notice = page.locator('[role="note"]', {has: page.locator(`a[href="${localized(locale, '/get-help')}"]`)});
          if (!(await notice.isVisible())) problems.push(`${pathname}: no visible notice that search needs JavaScript, with a link to Get help`);
        } else {
          const main = page.locator('main');
          const text = (await main.count()) === 1 ? (await main.innerText()).trim() : '';
          if (text.length < 20) problems.push(`${pathname}: only ${text.length} characters of text in <main>`);
        }
        // A link without an address leads nowhere, and search engines count it as broken.
        const withoutAddress = await page.locator('a:not([href])').count();
        if (withoutAddress > 0) problems.push(`${pathname}: ${withoutAddress} <a> without href`);
        const hrefs = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
        for (const href of hrefs) if (href.startsWith(site.origin) && !links.has(href)) links.set(href, pathname);
      }
      const pages = new Map<string, string>();
      for (const [href, foundOn] of links) {
        const url = new URL(href);
        const address = `${url.pathname}${url.search}`;
        if (!pages.has(address)) {
          const response = await context.request.get(site.url(address));
          if (response.status() !== 200) problems.push(`${foundOn}: link to ${address} answers ${response.status()}`);
          pages.set(address, response.ok() ? await response.text() : '');
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !hasId(pages.get(address)!, anchor)) {
          problems.push(`${foundOn}: link to ${address}#${anchor}, but that page has no element with that id`);
        }
      }
      expect(links.size).toBeGreaterThan(50);
      expect(problems).toEqual([]);
    });
  }

  it('with JavaScript on, the search page does not show the notice meant for readers without it', async () => {
    const {page} = await site.open('/search');
    await waitForHydration(page);
    // With scripts on, a browser reads what is inside <noscript> as text, so the notice is no element at all.
    expect(await page.locator('[role="note"]').count()).toBe(0);
    await expect.poll(() => page.locator('input[type="search"]').count()).toBeGreaterThan(0);
  });
});
