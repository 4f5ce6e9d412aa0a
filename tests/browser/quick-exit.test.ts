import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {quickExitDestination} from '../../src/config/quickExit';
import {quickExitMessages} from '../../src/plugins/quick-exit/messages';
import {focusUnderQuickExit} from './support/focus-obscured';
import {buildDir} from '../../scripts/support/server';
import {locales, localized, useSite, waitForHydration} from './support/site';

const destination = quickExitDestination.en;

/** Arrive at an article as a reader does: the home page, then a link (typed URLs would hide history effects). */
async function arriveAtArticle(page: Page, origin: string) {
  await page.goto(`${origin}/`);
  await waitForHydration(page);
  await page.locator('a[data-sign="phone"]').click();
  await page.waitForURL(`${origin}/stalkerware`);
  await page.locator('a[href="/account-hijacking"]').first().click();
  await page.waitForURL(`${origin}/account-hijacking`);
}

describe('the quick exit', () => {
  const site = useSite();

  it('works with JavaScript off, and sends no referrer', async () => {
    const {page, stubbed} = await site.open('/stalkerware', {javaScriptEnabled: false});
    await page.locator('a[data-quick-exit]').click();
    await page.waitForURL(destination);
    const request = stubbed.find((r) => r.url() === destination);
    expect(request).toBeDefined();
    expect(await request!.headerValue('referer')).toBeNull();
  });

  it('works when the JavaScript bundle is blocked, and sends no referrer', async () => {
    const {context, stubbed} = await site.newContext();
    await context.route(/\/assets\/js\//, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(site.url('/stalkerware'));
    await page.locator('a[data-quick-exit]').click();
    await page.waitForURL(destination);
    expect(await stubbed.find((r) => r.url() === destination)!.headerValue('referer')).toBeNull();
  });

  it('hides the page at once on click, before the neutral page arrives, and Back does not return to the site', async () => {
    const {context} = await site.newContext();
    const page = await context.newPage();
    await page.goto('about:blank');
    await arriveAtArticle(page, site.origin);
    // Hold the neutral page back, and watch what the article shows meanwhile.
    // A gate, not a resolver set inside the handler: the page may hide before the request even reaches the route.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let referer: string | null | undefined;
    await context.route(destination, async (route) => {
      referer = await route.request().headerValue('referer');
      await released;
      await route.fulfill({status: 200, contentType: 'text/html', body: '<title>Weather</title>'});
    });
    const seen: string[] = [];
    page.on('console', (message) => seen.push(message.text()));
    await page.evaluate(() => {
      const probe = () => {
        console.log(`visibility:${getComputedStyle(document.documentElement).visibility}|title:${document.title}`);
        setTimeout(probe, 10);
      };
      probe();
    });
    const navigation = page.waitForURL(destination);
    // Not awaited: Playwright's click waits for the navigation it starts, which is being held back.
    const clicking = page.locator('a[data-quick-exit]').click();
    await expect.poll(() => seen.some((line) => line === 'visibility:hidden|title:Weather')).toBe(true);
    release();
    await Promise.all([clicking, navigation]);
    expect(referer).toBeNull();
    await page.goBack().catch(() => undefined);
    expect(page.url().startsWith(site.origin)).toBe(false);
  });

  it('leaves on Shift pressed three times, from the page and from inside the search box', async () => {
    for (const fromSearch of [false, true]) {
      const {page} = await site.open('/stalkerware', {viewport: {width: 1280, height: 900}});
      await waitForHydration(page);
      if (fromSearch) {
        await page.locator('.navbar__search-input').first().click();
        await page.keyboard.type('Safety Plan');
        expect(page.url()).toBe(site.url('/stalkerware'));
      }
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      expect(await page.locator('#quick-exit-status').textContent()).toContain('1 more');
      await page.keyboard.press('Shift');
      await page.waitForURL(destination);
    }
  });

  it('leaves on Shift pressed with the left and right keys in turn (left, right, left)', async () => {
    const {page} = await site.open('/stalkerware');
    for (const key of ['ShiftLeft', 'ShiftRight']) await page.keyboard.press(key);
    expect(await page.locator('#quick-exit-status').textContent()).toContain('1 more');
    await page.keyboard.press('ShiftLeft');
    await page.waitForURL(destination);
  });

  it('shows nothing of the article if it comes back from the back-forward cache', async () => {
    const {page} = await site.open('/stalkerware');
    await page.locator('a[data-quick-exit]').click();
    await page.waitForURL(destination);
    await page.goBack().catch(() => undefined);
    if (page.url().startsWith(site.origin)) {
      const visible = await page.evaluate(() => getComputedStyle(document.documentElement).visibility);
      expect(visible).toBe('hidden');
    }
    await expect.poll(() => page.url()).not.toBe(site.url('/stalkerware'));
  });

  // Its place, size and what covers it on phones, in every locale, mode and page: tests/browser/phone.test.ts.

  it("covers none of the navbar's own controls, at desktop and phone widths, in both directions of text", async () => {
    for (const [locale, width] of [
      ['en', 1280],
      ['ar', 1280],
      ['fr', 1024],
      ['en', 375],
      ['ar', 375],
    ] as const) {
      const {page} = await site.open(localized(locale, '/stalkerware'), {viewport: {width, height: 800}});
      await waitForHydration(page);
      const covered = await page.$$eval('.navbar a, .navbar button, .navbar input', (controls) =>
        controls
          .filter((control) => {
            const box = control.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(control).visibility !== 'hidden';
          })
          .filter((control) => {
            const box = control.getBoundingClientRect();
            return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('[data-quick-exit]');
          })
          .map((control) => control.outerHTML.slice(0, 80)),
      );
      expect(covered, `${locale} at ${width}px`).toEqual([]);
    }
  });

  it('hides nothing that Tab reaches, on a desktop screen and a phone, in every locale (WCAG 2.4.11)', async () => {
    const failures: string[] = [];
    const screens = [
      {name: 'desktop', options: {viewport: {width: 1280, height: 800}}},
      {name: 'phone', options: {viewport: {width: 375, height: 740}, isMobile: true, hasTouch: true, deviceScaleFactor: 2}},
    ];
    for (const {name, options} of screens) {
      const {context} = await site.newContext(options);
      const page = await context.newPage();
      for (const locale of locales) {
        for (const kind of ['/', '/stalkerware', '/get-help', '/agents']) {
          const pathname = localized(locale, kind);
          await page.goto(site.url(pathname));
          await waitForHydration(page);
          // Round the whole page: Tab until focus comes back to the quick exit, the first stop.
          for (let presses = 0; presses < 400; presses += 1) {
            await page.keyboard.press('Tab');
            const hidden = await page.evaluate(focusUnderQuickExit);
            if (hidden) failures.push(`${pathname} (${name}): ${hidden.what} is ${hidden.covered} under the quick exit`);
            if (presses > 0 && (await page.evaluate(() => document.activeElement?.hasAttribute('data-quick-exit')))) break;
          }
        }
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('is the first thing Tab reaches', async () => {
    const {page} = await site.open('/stalkerware');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-quick-exit'))).toBe(true);
  });

  it("is labelled in the reader's language", async () => {
    for (const locale of locales) {
      const {page} = await site.open(localized(locale, '/get-help'));
      const link = page.locator('a[data-quick-exit]');
      const name = await link.evaluate((element) => element.textContent);
      expect(name).toContain(quickExitMessages[locale].label);
      expect(name).toContain(quickExitMessages[locale].purpose);
      expect(name).toContain(quickExitMessages[locale].hint);
      expect(await link.getAttribute('href')).toBe(quickExitDestination[locale]);
    }
  });

  it('is in the static HTML of every page of the build', () => {
    const pages = fs.readdirSync(buildDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const without = pages.filter((file) => !/<a data-quick-exit[^>]* href="?https:\/\//.test(fs.readFileSync(path.join(buildDir, file), 'utf8')));
    expect(without).toEqual([]);
  });
});
