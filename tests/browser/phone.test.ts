/**
 * The reader's phone, emulated as a phone: a mobile viewport that honours the meta viewport, touch, and a device
 * pixel ratio of 2 or 3. A narrow desktop window is not enough: it keeps a fixed element inside it even when the
 * page is too wide, where a phone widens its layout viewport and carries the quick exit off screen with it.
 *
 * Every page of every locale at every width, with the quick exit checked at first paint (JavaScript off, which is
 * what the first paint is) and after React has taken over, at the top and at the bottom of the page.
 */
import {describe, expect, it} from 'vitest';
import type {BrowserContextOptions, Page} from 'playwright-core';
import {quickExitDestination} from '../../src/config/quickExit';
import {phoneLayoutProblems} from './support/phone-layout';
import {locales, localized, sitemapPaths, useSite, waitForHydration} from './support/site';

const phoneWidths = [320, 360, 375, 390, 414] as const;

function phone(width: number, extra: BrowserContextOptions = {}): BrowserContextOptions {
  return {viewport: {width, height: 720}, isMobile: true, hasTouch: true, deviceScaleFactor: width >= 390 ? 3 : 2, ...extra};
}

const everyPage = locales.flatMap((locale) => sitemapPaths(locale).map((pathname) => ({locale, pathname})));
/** One page of each kind in every locale, for the checks that change modes or text size. */
const pageOfEachKind = locales.flatMap((locale) => ['/', '/stalkerware', '/get-help', '/agents'].map((kind) => localized(locale, kind)));

async function problemsOn(page: Page, width: number): Promise<string[]> {
  return page.evaluate(phoneLayoutProblems, width);
}

async function scrollToEnd(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  // Scrolling is asynchronous in a compositor; wait for two frames.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe('on a phone', () => {
  const site = useSite();

  // Each crawl visits every page of every locale: on two busy cores it needs more than the default two minutes.
  const crawlTimeout = 300_000;

  it.each(phoneWidths)(
    'every page fits a %i px screen, with the whole quick exit on it, at first paint (JavaScript off)',
    async (width) => {
      const failures: string[] = [];
      const {context} = await site.newContext(phone(width, {javaScriptEnabled: false}));
      const page = await context.newPage();
      for (const {pathname} of everyPage) {
        await page.goto(site.url(pathname));
        for (const problem of await problemsOn(page, width)) failures.push(`${pathname} at ${width}px: ${problem}`);
      }
      await context.close();
      expect(failures).toEqual([]);
    },
    crawlTimeout,
  );

  it.each(phoneWidths)(
    'every page fits a %i px screen once its scripts have run, at the top and at the bottom',
    async (width) => {
      const failures: string[] = [];
      {
        const {context} = await site.newContext(phone(width));
        const page = await context.newPage();
        for (const {pathname} of everyPage) {
          await page.goto(site.url(pathname));
          await waitForHydration(page);
          for (const problem of await problemsOn(page, width)) failures.push(`${pathname} at ${width}px, top: ${problem}`);
          await scrollToEnd(page);
          for (const problem of await problemsOn(page, width)) failures.push(`${pathname} at ${width}px, bottom: ${problem}`);
        }
        await context.close();
      }
      expect(failures).toEqual([]);
    },
    crawlTimeout,
  );

  it('fits at 200% text size (WCAG 1.4.4), in every locale', async () => {
    const failures: string[] = [];
    for (const width of [320, 390]) {
      const {context} = await site.newContext(phone(width));
      // The phone's own text-size setting scales the root font size; the site sizes everything in rem.
      await context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => document.documentElement.style.setProperty('font-size', '212.5%'));
      });
      const page = await context.newPage();
      for (const pathname of pageOfEachKind) {
        await page.goto(site.url(pathname));
        await waitForHydration(page);
        for (const problem of await problemsOn(page, width)) failures.push(`${pathname} at ${width}px: ${problem}`);
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('keeps the quick exit whole and on top in dark and forced-colours (high contrast) modes', async () => {
    const failures: string[] = [];
    const modes: [string, BrowserContextOptions][] = [
      ['dark', {colorScheme: 'dark'}],
      ['forced colours', {forcedColors: 'active'}],
    ];
    for (const [mode, options] of modes) {
      const {context} = await site.newContext(phone(320, options));
      const page = await context.newPage();
      for (const pathname of pageOfEachKind) {
        await page.goto(site.url(pathname));
        await waitForHydration(page);
        for (const problem of await problemsOn(page, 320)) failures.push(`${pathname}, ${mode}: ${problem}`);
        // Told apart from the page: its edge differs from what is behind it.
        const edge = await page.locator('a[data-quick-exit]').evaluate((link) => {
          const style = getComputedStyle(link);
          const behind = getComputedStyle(document.body).backgroundColor;
          return {width: parseFloat(style.borderTopWidth), border: style.borderTopColor, fill: style.backgroundColor, behind};
        });
        if (edge.width < 2 || (edge.border === edge.behind && edge.fill === edge.behind)) {
          failures.push(`${pathname}, ${mode}: the quick exit does not stand out (${JSON.stringify(edge)})`);
        }
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('keeps the quick exit whole and tappable with the menu open and with the search popup open, in every locale', async () => {
    const failures: string[] = [];
    const {context} = await site.newContext(phone(320));
    const page = await context.newPage();
    for (const locale of locales) {
      const pathname = localized(locale, '/stalkerware');
      await page.goto(site.url(pathname));
      await waitForHydration(page);
      await page.locator('.navbar__toggle').tap();
      await page.locator('.navbar-sidebar').waitFor({state: 'visible'});
      for (const problem of await problemsOn(page, 320)) failures.push(`${pathname}, menu open: ${problem}`);
      await page.goto(site.url(pathname));
      await waitForHydration(page);
      const search = page.locator('.navbar__search-input').first();
      await search.tap();
      await search.fill(locale === 'ar' ? 'تطبيق' : 'app');
      await page.locator('[class*="searchBar"] [role="listbox"], .dropdownMenu_, [class*="dropdownMenu"]').first().waitFor({state: 'visible', timeout: 15_000});
      for (const problem of await problemsOn(page, 320)) failures.push(`${pathname}, search open: ${problem}`);
      const searchBox = (await search.boundingBox())!;
      const exitBox = (await page.locator('a[data-quick-exit]').boundingBox())!;
      const overlaps =
        searchBox.x < exitBox.x + exitBox.width &&
        exitBox.x < searchBox.x + searchBox.width &&
        searchBox.y < exitBox.y + exitBox.height &&
        exitBox.y < searchBox.y + searchBox.height;
      if (overlaps) failures.push(`${pathname}: the search box runs under the quick exit`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  it('leaves when the quick exit is tapped on a 320 px phone, in every locale', async () => {
    for (const locale of locales) {
      const {page} = await site.open(localized(locale, '/stalkerware'), phone(320));
      await scrollToEnd(page);
      await page.locator('a[data-quick-exit]').tap();
      await page.waitForURL(quickExitDestination[locale]);
    }
  });
});
